"""Italian: prepositions fused with articles, and dates as news Italian writes them."""
from __future__ import annotations

import re
from datetime import date

from ..lexicon import load_lexicon
from .rules import Language

# Articulated prepositions ("alla", "nel", "dall'") reduce to their preposition.
_FUSED = {"a": "a", "al": "a", "allo": "a", "alla": "a", "ai": "a", "agli": "a", "alle": "a", "all'": "a",
          "in": "in", "nel": "in", "nello": "in", "nella": "in", "nei": "in", "negli": "in", "nelle": "in", "nell'": "in",
          "da": "da", "dal": "da", "dallo": "da", "dalla": "da", "dai": "da", "dagli": "da", "dalle": "da", "dall'": "da",
          "di": "di", "del": "di", "dello": "di", "della": "di", "dei": "di", "degli": "di", "delle": "di", "dell'": "di",
          "su": "su", "sul": "su", "sullo": "su", "sulla": "su", "sui": "su", "sugli": "su", "sulle": "su", "sull'": "su",
          "con": "con", "col": "con", "coi": "con", "tra": "tra", "fra": "tra", "per": "per", "contro": "contro",
          "verso": "verso", "secondo": "secondo"}

MONTHS = {m: i for i, m in enumerate(
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(), 1)}
DATE = re.compile(r"\b(\d{1,2})(?:°|º)?\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.IGNORECASE)


def preposition(word: str) -> str:
    """The bare preposition of a (possibly fused) Italian preposition.

    >>> preposition("Alla"), preposition("nell'"), preposition("contro")
    ('a', 'in', 'contro')
    """
    word = word.lower().replace("’", "'")
    return _FUSED.get(word, word)


def find_date(text: str, article_date: date | None) -> date | None:
    """The first full date in a sentence; a day and month take the article's year.

    >>> find_date("Il trattato firmato il 19 giugno 2024 a Pyongyang", None)
    datetime.date(2024, 6, 19)
    >>> find_date("Il 3 ottobre i soldati sono partiti", date(2024, 12, 1))
    datetime.date(2024, 10, 3)
    """
    for match in DATE.finditer(text):
        day, month, year = match.groups()
        year = int(year) if year else (article_date.year if article_date else None)
        if year is None:
            continue
        try:
            return date(year, MONTHS[month.lower()], int(day))
        except ValueError:
            continue
    return None


ITALIAN = Language(code="it", lexicon=load_lexicon("it"), preposition=preposition, find_date=find_date,
                   negators=frozenset({"non", "né", "mai"}))

from . import register  # noqa: E402

register(ITALIAN)
