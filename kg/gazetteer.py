"""The actor gazetteer: canonical geopolitical actors and the ways news names them.

The data is ``data/gazetteer/actors.jsonl`` (built by ``scripts/build_gazetteer.py``;
format in ``data/gazetteer/README.md``): one JSON object per actor with an id
(``country/PRK``, ``person/kim-jong-un``, ``org/nato``, ``city/pyongyang``), its
ontology class, Italian and English labels, surface forms (names, Italian demonyms,
metonyms such as "il Cremlino") and dated offices.

Lookups go through :func:`normalize`, so they ignore case, accents, extra
whitespace, hyphens and a leading article ("il Cremlino" == "Cremlino").

>>> g = Gazetteer.load()
>>> g.by_demonym("nordcoreani").id
'country/PRK'
>>> g.by_metonym("il Cremlino").id
'country/RUS'
>>> [e.id for e in g.lookup("Corea del Nord")]
['country/PRK']
>>> g.office_holder("country/USA", "head_of_state", date(2025, 6, 1)).label_it
'Donald Trump'
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .errors import KgError
from .resources import resource

DEFAULT_PATH = resource("data", "gazetteer", "actors.jsonl")

TYPES = frozenset({
    "Person", "Country", "Organization", "Government", "ArmedForces", "MediaOutlet",
    "IntelligenceAgency", "Company", "InternationalOrganization", "PoliticalParty",
    "ArmedGroup", "Group", "Location", "City", "Region", "WaterBody", "Facility", "Event", "Weapon",
})
ROLES = frozenset({"leader", "head_of_state", "head_of_government", "foreign_minister",
                   "defence_minister", "crown_prince", "pope"})
_FIELDS = ("id", "type", "label_it", "label_en", "wikidata", "names", "demonyms", "metonyms",
           "country", "offices")

_ARTICLE = re.compile(r"^(?:(?:il|lo|la|i|gli|le|the)\s+|l'\s*)(?=\S)")
_DASHES = re.compile(r"[-‐‑‒–—_]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


class GazetteerError(KgError, ValueError):
    """The gazetteer file is missing or malformed (the message names file and line)."""


def normalize(surface: str) -> str:
    """The lookup key of a surface form.

    Accents stripped, case folded, hyphens and runs of whitespace turned into one
    space, and one leading Italian article (il, lo, la, l', i, gli, le) or English
    "the" removed.

    >>> normalize("  il   Cremlino ")
    'cremlino'
    >>> normalize("L’Eliseo")
    'eliseo'
    >>> normalize("Kim Jong-un") == normalize("kim jong un")
    True
    >>> normalize("Erdoğan")
    'erdogan'
    """
    text = surface.translate(_APOSTROPHES)
    if not text.isascii():  # most names are ASCII, for which NFKD changes nothing
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = " ".join(_DASHES.sub(" ", text).split())
    stripped = _ARTICLE.sub("", text, count=1)
    return stripped or text


@dataclass(frozen=True)
class Office:
    """An office held by an actor: ``role`` in ``country`` (a country or organisation
    id) from ``start`` (inclusive) to ``end`` (exclusive; ``None`` = still held)."""

    role: str
    country: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        """Whether the office is held on ``day`` (the successor holds it on a handover day).

        >>> o = Office("head_of_state", "country/USA", date(2021, 1, 20), date(2025, 1, 20))
        >>> o.holds_on(date(2023, 5, 1)), o.holds_on(date(2025, 1, 20))
        (True, False)
        """
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One canonical actor of the gazetteer."""

    id: str
    type: str
    label_it: str
    label_en: str
    wikidata: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    country: str | None
    offices: tuple[Office, ...]


def _parse_date(value, what: str) -> date:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a YYYY-MM-DD string")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} is not a YYYY-MM-DD date: {value!r}") from None


def _entry_from_json(obj) -> ActorEntry:
    if not isinstance(obj, dict):
        raise ValueError("each line must be a JSON object")
    missing = [f for f in _FIELDS if f not in obj]
    if missing:
        raise ValueError(f"missing field(s) {', '.join(missing)}")
    for field in ("id", "type", "label_it", "label_en"):
        if not isinstance(obj[field], str) or not obj[field]:
            raise ValueError(f"{field} must be a non-empty string")
    if obj["type"] not in TYPES:
        raise ValueError(f"unknown type {obj['type']!r}")
    for field in ("wikidata", "country"):
        if obj[field] is not None and not isinstance(obj[field], str):
            raise ValueError(f"{field} must be a string or null")
    for field in ("names", "demonyms", "metonyms"):
        if not isinstance(obj[field], list) or not all(isinstance(x, str) for x in obj[field]):
            raise ValueError(f"{field} must be a list of strings")
    if not isinstance(obj["offices"], list):
        raise ValueError("offices must be a list")
    offices = []
    for office in obj["offices"]:
        if not isinstance(office, dict) or not {"role", "country", "start", "end"} <= set(office):
            raise ValueError("an office needs role, country, start and end")
        if office["role"] not in ROLES:
            raise ValueError(f"unknown office role {office['role']!r}")
        if not isinstance(office["country"], str):
            raise ValueError("office country must be an id string")
        start = _parse_date(office["start"], "office start")
        end = None if office["end"] is None else _parse_date(office["end"], "office end")
        offices.append(Office(office["role"], office["country"], start, end))
    return ActorEntry(obj["id"], obj["type"], obj["label_it"], obj["label_en"], obj["wikidata"],
                      tuple(obj["names"]), tuple(obj["demonyms"]), tuple(obj["metonyms"]),
                      obj["country"], tuple(offices))


class Gazetteer:
    """Canonical actors with indexes by id, name, demonym, metonym and office.

    >>> g = Gazetteer.load()
    >>> g.get("person/kim-jong-un").country
    'country/PRK'
    >>> g.by_metonym("Pyongyang").id
    'country/PRK'
    >>> g.office_holder("country/PRK", "leader", date(2024, 6, 19)).id
    'person/kim-jong-un'
    """

    def __init__(self, entries: Iterable[ActorEntry]):
        self._entries: dict[str, ActorEntry] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise ValueError(f"duplicate gazetteer id {entry.id}")
            self._entries[entry.id] = entry
        names: dict[str, list[ActorEntry]] = {}
        demonyms: dict[str, list[ActorEntry]] = {}
        metonyms: dict[str, list[ActorEntry]] = {}
        offices: dict[tuple[str, str], list[tuple[Office, ActorEntry]]] = {}
        for entry in self._entries.values():
            for index, forms in ((names, (entry.label_it, entry.label_en, *entry.names)),
                                 (demonyms, entry.demonyms), (metonyms, entry.metonyms)):
                for key in dict.fromkeys(normalize(f) for f in forms):
                    index.setdefault(key, []).append(entry)
            for office in entry.offices:
                offices.setdefault((office.country, office.role), []).append((office, entry))
        self._names = {k: tuple(v) for k, v in names.items()}
        self._demonyms = {k: min(v, key=_preference) for k, v in demonyms.items()}
        self._metonyms = {k: min(v, key=_preference) for k, v in metonyms.items()}
        self._offices = offices

    @classmethod
    def load(cls, path: Path | None = None) -> "Gazetteer":
        """Read a gazetteer file (default: the repository's ``data/gazetteer/actors.jsonl``).

        A missing file or a malformed line raises :class:`GazetteerError` (a ``ValueError``)
        naming the file and the line number.
        """
        path = Path(path) if path is not None else DEFAULT_PATH
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise GazetteerError(f"{path}: cannot read the gazetteer ({err})") from None
        entries = []
        seen: set[str] = set()
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = _entry_from_json(json.loads(line))
                if entry.id in seen:
                    raise ValueError(f"duplicate id {entry.id}")
            except ValueError as err:    # json.JSONDecodeError is a ValueError
                raise GazetteerError(f"{path}:{lineno}: malformed gazetteer entry: {err}") from None
            seen.add(entry.id)
            entries.append(entry)
        return cls(entries)

    def get(self, actor_id: str) -> ActorEntry:
        """The entry with this id; ``KeyError`` if unknown."""
        try:
            return self._entries[actor_id]
        except KeyError:
            raise KeyError(actor_id) from None

    def lookup(self, surface: str) -> tuple[ActorEntry, ...]:
        """Entries one of whose names (or labels) is ``surface``, up to :func:`normalize`.

        >>> [e.id for e in Gazetteer.load().lookup("nord corea")]
        ['country/PRK']
        """
        return self._names.get(normalize(surface), ())

    def by_demonym(self, word: str) -> ActorEntry | None:
        """The state (or actor) an Italian demonym refers to: "nordcoreani" → North Korea."""
        return self._demonyms.get(normalize(word))

    def by_metonym(self, surface: str) -> ActorEntry | None:
        """The actor a capital or seat of power stands for: "Pyongyang", "la Casa Bianca"."""
        return self._metonyms.get(normalize(surface))

    def office_holder(self, country_id: str, role: str, on: date) -> ActorEntry | None:
        """Who held ``role`` in ``country_id`` on the day ``on`` (the latest to take office
        if several did). "leader" falls back to "head_of_state" when no leader office
        matches; for an organisation (a non-country id) "head_of_state" and
        "head_of_government" fall back to "leader" (the president of the Commission).

        >>> g = Gazetteer.load()
        >>> g.office_holder("country/ITA", "head_of_government", date(2023, 1, 1)).id
        'person/giorgia-meloni'
        >>> g.office_holder("org/nato", "leader", date(2025, 6, 25)).id
        'person/mark-rutte'
        """
        holder = self._holder(country_id, role, on)
        if holder is None and role == "leader":
            holder = self._holder(country_id, "head_of_state", on)
        if holder is None and role in {"head_of_state", "head_of_government"} \
                and not country_id.startswith("country/"):
            holder = self._holder(country_id, "leader", on)
        return holder

    def _holder(self, country_id: str, role: str, on: date) -> ActorEntry | None:
        current = [(office.start, entry.id, entry) for office, entry in
                   self._offices.get((country_id, role), ()) if office.holds_on(on)]
        if not current:
            return None
        latest = max(start for start, _, _ in current)
        return min((actor_id, entry) for start, actor_id, entry in current if start == latest)[1]

    def offices_of(self, actor_id: str) -> tuple[Office, ...]:
        """The offices of an actor (``KeyError`` if unknown), in order of start."""
        return self.get(actor_id).offices

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """``(surface, actor_id)`` for every name and metonym, e.g. to build a PhraseMatcher.

        >>> ("il Cremlino", "country/RUS") in set(Gazetteer.load().surface_forms())
        True
        """
        for entry in self._entries.values():
            seen: set[str] = set()
            for form in (*entry.names, *entry.metonyms):
                if form not in seen:
                    seen.add(form)
                    yield form, entry.id

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self._entries.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} actors>"


def _preference(entry: ActorEntry) -> tuple[int, str]:
    """Countries first, then organisations, then anything else; ties by id."""
    rank = 0 if entry.type == "Country" else 1 if entry.id.startswith("org/") else 2
    return rank, entry.id
