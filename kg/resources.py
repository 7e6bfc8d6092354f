"""Where the package finds its data: the repo's ``data/`` and ``ontologies/`` folders.

In a source checkout (and an editable install) they sit beside ``kg/``; a wheel
carries them inside the package as ``kg/_data`` and ``kg/_ontologies``.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource(folder: str, *parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("data", "lexicon", "it.json")``.

    >>> resource("ontologies", "geokg.ttl").name
    'geokg.ttl'
    """
    bundled = _PACKAGE / f"_{folder}"
    root = bundled if bundled.is_dir() else _PACKAGE.parent / folder
    return root.joinpath(*parts)
