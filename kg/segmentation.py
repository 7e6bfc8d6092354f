"""Sentence boundaries from the text's layout and punctuation, set before the parser, which keeps
them: a headline, a paragraph or a credit line ends where its line ends, even without a full
stop; a full stop before a capital ends a sentence; and nowhere else can one start (the parser,
trained on sentences one by one, otherwise splits "il missile | Oreshnik" or runs two together).

News dumps put the title on its own line and one paragraph per line; a headline has no final
period ("Kim ordina più missili"), so the parser alone would read it into the first sentence of
the body. The component runs before the parser, which keeps the boundaries it finds set.

>>> import spacy
>>> nlp = spacy.blank("it")
>>> _ = nlp.add_pipe("geokg_sentence_bounds")
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


def may_end_sentence(token: Token, before: bool) -> bool:
    """Whether a sentence may start after ``token``: after final punctuation or a line break,
    and after a closing quote or bracket or a space that follows one (``before``)."""
    text = token.text
    if text in CLOSERS or token.is_space and "\n" not in text:
        return before
    return text in FINAL or text.endswith(("...", "…")) or "\n" in text or "\n" in token.whitespace_


@Language.component("geokg_sentence_bounds")
def sentence_bounds(doc: Doc) -> Doc:
    may_start = False
    for token in doc:
        if token.i > 0:
            if starts_line(token) or follows_full_stop(token):
                token.is_sent_start = True
            elif not may_start:
                token.is_sent_start = False  # the parser splits "il missile | Oreshnik" otherwise
        may_start = may_end_sentence(token, may_start)
    return doc
