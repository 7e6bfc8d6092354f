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
>>> [t.text for t in nlp("C'era anche Ferdinand Marcos Jr. La Russia ha mandato una ministra.") if t.is_sent_start]
["C'", 'La']
"""
from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

OPENERS = frozenset("«\"“'‘([-–—")
CLOSERS = frozenset("»\"”’)]")
FINAL = frozenset({".", "!", "?", "!?", "?!"})
STOPS = frozenset({".", "!", "?"})
OPENING_QUOTES = OPENERS - {"'", "-"}


def starts_line(i: int, texts: list[str], spaces: list[str]) -> bool:
    """Token ``i`` comes right after a line break: a blank line always starts a sentence; a single
    line break does when the new line opens like a sentence (capital, digit, quote, dash), so
    hard-wrapped text that goes on in lower case stays one sentence."""
    before, space = texts[i - 1], spaces[i - 1]
    if "\n" in before and before.isspace():
        breaks = before.count("\n")
    elif "\n" in space:
        breaks = space.count("\n")
    else:
        return False
    first = texts[i][:1]
    return breaks > 1 or first.isupper() or first.isdigit() or first in OPENERS


def follows_full_stop(i: int, texts: list[str], spaces: list[str]) -> bool:
    """A capitalised word after a full stop, "!" or "?" standing alone (abbreviations keep their
    dot inside the token; a lone capital before the dot is an initial: "J. R. Tolkien")."""
    first = texts[i][:1]
    if i < 2 or not (first.isupper() or first in OPENING_QUOTES):
        return False
    before = texts[i - 2]
    initial = len(before) == 1 and before.isupper()
    return texts[i - 1] in STOPS and bool(spaces[i - 1]) and not initial


# capitalised only where a sentence starts: after an abbreviation's dot they start one ("Marcos Jr. La Russia…")
SENTENCE_OPENING_ARTICLES = frozenset({"Il", "Lo", "La", "L'", "I", "Gli", "Le", "Un", "Una", "Uno", "The"})


def follows_abbreviation(i: int, texts: list[str], spaces: list[str]) -> bool:
    """An article after a word that keeps a final dot inside it ("Jr.", "Sr."), which may end a sentence."""
    before = texts[i - 1]
    return len(before) > 2 and before.endswith(".") and before[:1].isupper() and bool(spaces[i - 1]) \
        and texts[i] in SENTENCE_OPENING_ARTICLES


def may_end_sentence(text: str, space: str, before: bool) -> bool:
    """Whether a sentence may start after a token: after final punctuation or a line break,
    and after a closing quote or bracket or a space that follows one (``before``)."""
    if text in CLOSERS or text.isspace() and "\n" not in text:
        return before
    return text in FINAL or text.endswith(("...", "…")) or "\n" in text or "\n" in space


def sentence_starts(texts: list[str], spaces: list[str]) -> list[int]:
    """``SENT_START`` values for tokens with these texts and trailing spaces: 1 starts a
    sentence, -1 cannot, 0 is left to the parser.

    >>> sentence_starts(["Kim", "ordina", "\\n\\n", "Il", "leader", "."], ["", " ", "", " ", "", ""])
    [1, -1, -1, 1, -1, -1]
    """
    starts = [1] if texts else []
    may_start = bool(texts) and may_end_sentence(texts[0], spaces[0], False)
    for i in range(1, len(texts)):
        if starts_line(i, texts, spaces) or follows_full_stop(i, texts, spaces) \
                or follows_abbreviation(i, texts, spaces):
            starts.append(1)
        else:
            starts.append(0 if may_start else -1)  # the parser splits "il missile | Oreshnik" otherwise
        may_start = may_end_sentence(texts[i], spaces[i], may_start)
    return starts


@Language.component("geokg_sentence_bounds")
def sentence_bounds(doc: Doc) -> Doc:
    if len(doc):
        orths, spaced = doc.to_array([ORTH, SPACY]).T.tolist()  # no Token objects: this runs on every word
        starts = sentence_starts([doc.vocab.strings[orth] for orth in orths], [" " if s else "" for s in spaced])
        starts[0] = {True: 1, False: -1, None: 0}[doc[0].is_sent_start]  # the first token keeps its own
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc
