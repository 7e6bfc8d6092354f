"""The extraction's output: frozen dataclasses for actors, mentions and facts."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MODALITIES = ("asserted", "reported", "hedged", "negated", "requested", "planned")
# Claims with these modalities stay in provenance: they are never actor-graph edges.
NON_FACTUAL = frozenset({"negated", "requested", "planned"})


@dataclass(frozen=True)
class Actor:
    """A linked actor: canonical id (``country/PRK``), ontology class and labels."""

    id: str
    type: str
    label_it: str
    label_en: str = ""
    wikidata: str | None = None


@dataclass(frozen=True)
class Mention:
    """A stretch of article text that names or describes an actor."""

    actor_id: str
    text: str
    start_char: int
    end_char: int
    how: str  # "name", "ner", "metonym", "role", "demonym", "surname"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the article text."""

    sentence: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Fact:
    """One subject–relation–object claim read from one sentence."""

    subject: str
    relation: str
    object: str
    evidence: Evidence
    modality: str = "asserted"
    confidence: float = 0.8
    pattern: str = ""
    source: str | None = None
    event_date: date | None = None

    @property
    def is_edge(self) -> bool:
        """True if the claim belongs in the actor graph (not negated/requested/planned)."""
        return self.modality not in NON_FACTUAL


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article_id: str
    actors: tuple[Actor, ...] = field(default=())
    mentions: tuple[Mention, ...] = field(default=())
    facts: tuple[Fact, ...] = field(default=())
    sentences: int = 0
