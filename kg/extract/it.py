"""Italian: prepositions fused with articles, and dates as news Italian writes them."""
from __future__ import annotations

from functools import lru_cache

import re
from datetime import date

from ..lexicon import load_lexicon
from .rules import Language

# Articulated prepositions ("alla", "nel", "dall'") reduce to their preposition.
_FUSED = {"a": "a", "ad": "a", "al": "a", "allo": "a", "alla": "a", "ai": "a", "agli": "a", "alle": "a", "all'": "a",
          "in": "in", "nel": "in", "nello": "in", "nella": "in", "nei": "in", "negli": "in", "nelle": "in", "nell'": "in",
          "da": "da", "dal": "da", "dallo": "da", "dalla": "da", "dai": "da", "dagli": "da", "dalle": "da", "dall'": "da",
          "di": "di", "del": "di", "dello": "di", "della": "di", "dei": "di", "degli": "di", "delle": "di", "dell'": "di",
          "su": "su", "sul": "su", "sullo": "su", "sulla": "su", "sui": "su", "sugli": "su", "sulle": "su", "sull'": "su",
          "con": "con", "col": "con", "coi": "con", "tra": "tra", "fra": "tra", "per": "per", "contro": "contro",
          "verso": "verso", "secondo": "secondo"}

PREPOSITIONS = frozenset(_FUSED.values())

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


_IRREGULAR = load_lexicon("it").irregular_participles  # "impost-o" → "imporre"
_CLITICS = ("gliela", "glielo", "gli", "lo", "la", "li", "le", "ne", "si", "ci", "vi", "mi", "ti")
_ENDINGS = (("ando", ("are",)), ("endo", ("ere", "ire")), ("ato", ("are",)), ("ata", ("are",)),
            ("ati", ("are",)), ("ate", ("are",)), ("ito", ("ire",)), ("ita", ("ire",)), ("iti", ("ire",)),
            ("ite", ("ire",)), ("uto", ("ere",)), ("uta", ("ere",)), ("uti", ("ere",)), ("ute", ("ere",)),
            # conditionals (hedged claims) and futures: "fabbricherebbe", "fornirebbero", "firmerà"
            ("rrebbero", ("rre",)), ("rrebbe", ("rre",)), ("rranno", ("rre",)), ("rrà", ("rre",)),  # "produrrebbe"
            ("erebbero", ("are", "ere")), ("erebbe", ("are", "ere")), ("irebbero", ("ire",)), ("irebbe", ("ire",)),
            ("eranno", ("are", "ere")), ("erà", ("are", "ere")), ("iranno", ("ire",)), ("irà", ("ire",)),
            # the imperfect of reports: "faceva la spola", "mediavano"
            ("avano", ("are",)), ("ava", ("are",)), ("evano", ("ere",)), ("eva", ("ere",)),
            ("ivano", ("ire",)), ("iva", ("ire",)))
# Latin stems of contracted infinitives: "facev-a" → "fare", "producev-a" → "produrre"
_CONTRACTED = {"fac": "fare", "dic": "dire", "duc": "durre", "pon": "porre", "tra": "trarre"}


def lemma_guesses(form: str) -> list[str]:
    """Infinitives a gerund or participle may come from, for when the lemmatizer slips
    ("accusando" → "accusira"); a trailing clitic is dropped first ("chiamandolo").

    >>> lemma_guesses("accusando"), lemma_guesses("chiamandolo")[:1], lemma_guesses("colpendo")
    (['accusare'], ['chiamare'], ['colpere', 'colpire'])
    >>> lemma_guesses("imposti")
    ['imporre']
    >>> lemma_guesses("fabbricherebbe")
    ['fabbricare', 'fabbrichere']
    >>> lemma_guesses("produrrebbe"), lemma_guesses("imporranno")
    (['produrre'], ['imporre'])
    >>> lemma_guesses("faceva")[:1], lemma_guesses("producevano")[:1]
    (['fare'], ['produrre'])
    """
    return list(_guesses(form.lower()))


@lru_cache(maxsize=8192)  # asked for every verb of every clause: the same forms come back
def _guesses(word: str) -> tuple[str, ...]:
    stems = [word] + [word[: -len(c)] for c in _CLITICS if word.endswith(c) and len(word) > len(c) + 4]
    guesses = [_IRREGULAR[word[:-1]]] if word[:-1] in _IRREGULAR and word[-1] in "oaie" else []
    for stem in stems:
        for ending, infinitives in _ENDINGS:
            if stem.endswith(ending):
                root = stem[: -len(ending)]
                contracted = next((root[: -len(k)] + v for k, v in _CONTRACTED.items() if root.endswith(k)), None)
                guesses += [contracted] if contracted and ending.startswith("e") else []
                # "fabbrich-erebbe" → "fabbricare": the "h" only keeps the consonant hard
                guesses += [(root[:-1] if inf == "are" and root.endswith(("ch", "gh")) else root) + inf
                            for inf in infinitives]
                break
    return tuple(guesses)


@lru_cache(maxsize=64)  # asked once per predicate, with the same sentence each time
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
                   negators=frozenset({"non", "né", "mai"}), prepositions=PREPOSITIONS,
                   lemma_guesses=lemma_guesses, relatives=frozenset({"che", "cui", "quale", "quali"}))

from . import register  # noqa: E402

register(ITALIAN)
