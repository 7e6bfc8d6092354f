"""``kg eval``: score extraction against a gold file of annotated Italian news.

Gold format (JSON Lines, documented in ``data/gold/README.md``): one item a line
with ``id``, ``date``, ``text``, ``triples`` (``[subject, relation, object]`` by
actor label) and optionally ``excluded`` (negated/requested/planned claims that
must not become edges). Symmetric relations match either way.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .articles import Article
from .errors import InputError
from .ontology import symmetric_properties

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    date: date | None
    triples: frozenset[Triple]
    excluded: frozenset[Triple] = frozenset()


@dataclass
class Scores:
    true_positives: Counter = field(default_factory=Counter)
    false_positives: Counter = field(default_factory=Counter)
    false_negatives: Counter = field(default_factory=Counter)
    misses: list[tuple[str, Triple]] = field(default_factory=list)
    false_edges: list[tuple[str, Triple]] = field(default_factory=list)
    excluded_as_edges: list[tuple[str, Triple]] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        """Precision, recall, F1.

        >>> Scores.prf(8, 2, 2)
        (0.8, 0.8, 0.8)
        """
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0

    def overall(self) -> tuple[float, float, float]:
        return self.prf(sum(self.true_positives.values()), sum(self.false_positives.values()),
                        sum(self.false_negatives.values()))

    def per_relation(self) -> dict[str, tuple[float, float, float, int]]:
        relations = set(self.true_positives) | set(self.false_positives) | set(self.false_negatives)
        return {r: (*self.prf(self.true_positives[r], self.false_positives[r], self.false_negatives[r]),
                    self.true_positives[r] + self.false_negatives[r]) for r in sorted(relations)}


def normalize(label: str) -> str:
    """Labels compare without case, accents or extra spaces.

    >>> normalize("  Recep Tayyip  Erdoğan ")
    'recep tayyip erdogan'
    """
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().split())


def _key(triple: Triple, symmetric: set[str]) -> Triple:
    s, r, o = normalize(triple[0]), triple[1], normalize(triple[2])
    if r in symmetric and o < s:
        s, o = o, s
    return s, r, o


def load_gold(path: Path) -> list[GoldItem]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read gold file ({err})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            triples = frozenset(tuple(t) for t in record["triples"])
            excluded = frozenset(tuple(t) for t in record.get("excluded", []))
            day = date.fromisoformat(record["date"]) if record.get("date") else None
            items.append(GoldItem(str(record["id"]), record["text"], day, triples, excluded))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise InputError(f"{path}:{number}: malformed gold item ({type(err).__name__}: {err})") from None
    if not items:
        raise InputError(f"{path}: no gold items")
    return items


def score(items: list[GoldItem], predicted: dict[str, set[Triple]]) -> Scores:
    """Compare predicted edges (by item id, triples of labels) with the gold triples."""
    symmetric = {str(p).split("#")[-1] for p in symmetric_properties()}
    scores = Scores()
    for item in items:
        gold = {_key(t, symmetric): t for t in item.triples}
        guessed = {_key(t, symmetric): t for t in predicted.get(item.id, set())}
        for key, triple in gold.items():
            if key in guessed:
                scores.true_positives[key[1]] += 1
            else:
                scores.false_negatives[key[1]] += 1
                scores.misses.append((item.id, triple))
        for key, triple in guessed.items():
            if key not in gold:
                scores.false_positives[key[1]] += 1
                scores.false_edges.append((item.id, triple))
        excluded = {_key(t, symmetric) for t in item.excluded}
        scores.excluded_as_edges += [(item.id, t) for k, t in guessed.items() if k in excluded]
    return scores


def predict(items: list[GoldItem], model: str | None = None) -> dict[str, set[Triple]]:
    """Run the extractor on every gold item; edges as triples of Italian labels."""
    from .executors import extract_stream
    articles = [Article(item.id, "", item.text, item.date) for item in items]
    predicted: dict[str, set[Triple]] = {}
    for article, extracted, _ in extract_stream(iter(articles), model):
        labels = {actor.id: actor.label_it for actor in extracted.actors}
        predicted[article.id] = {(labels[f.subject], f.relation, labels[f.object])
                                 for f in extracted.facts if f.is_edge}
    return predicted


def report(scores: Scores, show_errors: bool = True) -> str:
    p, r, f = scores.overall()
    lines = [f"overall  P {p:.3f}  R {r:.3f}  F1 {f:.3f}", "",
             f"{'relation':<20} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for relation, (rp, rr, rf, support) in scores.per_relation().items():
        lines.append(f"{relation:<20} {rp:>6.3f} {rr:>6.3f} {rf:>6.3f} {support:>5}")
    lines.append("")
    lines.append(f"negated/requested/planned claims that became edges: {len(scores.excluded_as_edges)}")
    if show_errors:
        lines += ["", "misses:"] + [f"  {i}: {' | '.join(t)}" for i, t in scores.misses]
        lines += ["", "false edges:"] + [f"  {i}: {' | '.join(t)}" for i, t in scores.false_edges]
    return "\n".join(lines)
