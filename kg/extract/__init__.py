"""Relation extraction over a UD parse, one rule module per language behind one registry.

>>> sorted(LANGUAGES)
['it']
"""
from __future__ import annotations

from .rules import Language, extract_article

LANGUAGES: dict[str, Language] = {}


def register(language: Language) -> Language:
    LANGUAGES[language.code] = language
    return language


def language_for(code: str) -> Language:
    """The rules for a language code (``it``); unknown codes raise ``KeyError`` with the list."""
    try:
        return LANGUAGES[code]
    except KeyError:
        raise KeyError(f"no extraction rules for language {code!r} (have: {', '.join(LANGUAGES)})") from None


from . import it  # noqa: E402,F401  (registers Italian)

__all__ = ["LANGUAGES", "Language", "extract_article", "language_for", "register"]
