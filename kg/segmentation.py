"""Sentence starts the text's own layout gives: a headline, a paragraph or a credit line ends
where its line ends, even without a full stop; a full stop before a capital ends a sentence
(the parser, trained on sentences one by one, sometimes runs two together).

News dumps put the title on its own line and one paragraph per line; a headline has no final
period ("Kim ordina più missili"), so the parser alone would read it into the first sentence of
the body. The component runs before the parser, which keeps the boundaries it finds set.

>>> import spacy
>>> nlp = spacy.blank("it")
>>> _ = nlp.add_pipe("geokg_line_breaks")
>>> doc = nlp("Kim ordina più missili\\n\\nIl leader ha visitato una fabbrica.")
>>> [t.text for t in doc if t.is_sent_start]
['Kim', 'Il']
>>> [t.text for t in nlp("Israele e Hamas hanno firmato. A Sharm hanno mediato.") if t.is_sent_start]
['Israele', 'A']
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

OPENERS = frozenset("«\"“'‘([-–—")
CLOSERS = frozenset("»\"”’)]")
FINAL = frozenset({".", "!", "?", "!?", "?!"})


def starts_line(token: Token) -> bool:
    """A token right after a line break: a blank line always starts a sentence; a single line break
    does when the new line opens like a sentence (capital, digit, quote, dash), so hard-wrapped
    text that goes on in lower case stays one sentence."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.is_space and "\n" in before.text:
        breaks = before.text.count("\n")
    elif "\n" in before.whitespace_:
        breaks = before.whitespace_.count("\n")
    else:
        return False
    return breaks > 1 or token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in OPENERS


def follows_full_stop(token: Token) -> bool:
    """A capitalised word after a full stop, "!" or "?" standing alone (abbreviations keep their
    dot inside the token; a lone capital before the dot is an initial: "J. R. Tolkien")."""
    if token.i < 2 or not (token.text[:1].isupper() or token.text[:1] in OPENERS - {"'", "-"}):
        return False
    stop, before = token.doc[token.i - 1], token.doc[token.i - 2]
    initial = len(before.text) == 1 and before.text.isupper()
    return stop.text in {".", "!", "?"} and bool(stop.whitespace_) and not initial


def may_start_sentence(token: Token) -> bool:
    """Only after sentence-final punctuation (a closing quote or bracket may follow it) or a line
    break can a sentence start."""
    k = token.i - 1
    while k > 0 and (token.doc[k].text in CLOSERS or token.doc[k].is_space):
        k -= 1
    return token.doc[k].text in FINAL or token.doc[k].text.endswith(("...", "…")) or \
        any("\n" in t.text or "\n" in t.whitespace_ for t in token.doc[k: token.i])


@Language.component("geokg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    for token in doc[1:]:
        if starts_line(token) or follows_full_stop(token):
            token.is_sent_start = True
        elif not may_start_sentence(token):
            token.is_sent_start = False  # the parser splits "il missile | Oreshnik" otherwise
    return doc
