"""``kg build``, ``kg add`` and ``kg remove``: articles → spaCy → facts → the build's store → exports.

Articles stream through the pipeline in batches, so memory is bounded by the batch, not
by the corpus. A full build fills a fresh store and publishes it only when complete; add
and remove change the store in transactions. Exports (Turtle, TriG, JSON-LD, HTML) are
written to temporary files and renamed into place together, so a killed build leaves the
previous outputs as they were, and the next ``kg add`` repairs a half-finished one; ``kg add``
serialises only the new article graphs (see ``kg.exports``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from . import store as stores
from .articles import JSONL_SUFFIXES, Article, content_id, iter_input_files, read_articles
from .errors import InputError, KgError
from .executors import batched, extract_stream
from .exports import write_exports
from .facts import ArticleFacts
from .rdf import ARTICLE
from .shacl import ShaclReport, validate

BATCH_SIZE = 32
SHACL_MAX_TRIPLES = 10_000  # pySHACL with RDFS inference soon costs more than parsing: larger builds use `kg validate`

Progress = Callable[[int], None]


@dataclass
class BuildSummary:
    articles: int = 0
    unchanged: int = 0
    sentences: int = 0
    actors: int = 0
    facts_by_relation: Counter = field(default_factory=Counter)
    provenance_only: int = 0
    skipped: list[str] = field(default_factory=list)
    shacl: ShaclReport | None = None
    removed: int = 0


def count_articles(inputs: list[Path]) -> int:
    """A cheap upper bound on the articles in ``inputs`` (for the progress bar)."""
    total = 0
    for path in iter_input_files(inputs):
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                pass
        else:
            total += 1
    return total


def iter_articles(inputs: list[Path], strict: bool, skipped: list[str]) -> Iterator[Article]:
    """Read every input lazily; a bad file or line is reported and skipped (or stops if ``strict``).

    The same article twice (same id, same text) is read once; a different text under an id
    already seen is skipped with a message rather than silently dropped.
    """
    seen: dict[str, str] = {}  # id → digest of the text
    on_error = None if strict else (lambda err: skipped.append(str(err)))
    for article in read_articles(inputs, on_error=on_error):
        digest = content_id(article.title, article.body)
        if article.id not in seen:
            seen[article.id] = digest
            yield article
        elif seen[article.id] != digest:
            message = f"{article.source or article.id}: duplicate article id {article.id!r} with a different text"
            if strict:
                raise InputError(message)
            skipped.append(message)


def _count(summary: BuildSummary, extracted: ArticleFacts, actors: set[str]) -> None:
    summary.articles += 1
    summary.sentences += extracted.sentences
    actors.update(actor.id for actor in extracted.actors)
    for fact in extracted.facts:
        if fact.is_edge:
            summary.facts_by_relation[fact.relation] += 1
        else:
            summary.provenance_only += 1


def _store_results(store: ox.Store, results: Iterable, summary: BuildSummary) -> None:
    """Write extracted articles (with their N-Quads) into ``store``, one transaction per batch."""
    actors: set[str] = set()
    for batch in batched(results, BATCH_SIZE):
        store.load(b"".join(quads for _, _, quads in batch), format=ox.RdfFormat.N_QUADS)
        for _, extracted, _ in batch:
            _count(summary, extracted, actors)
    summary.actors = len(actors)


def _validate(store: ox.Store) -> ShaclReport | None:
    size = len(store)
    if size > SHACL_MAX_TRIPLES:
        return None
    with stores.dataset_view(store) as ds:
        return validate(ds)


def validate_build(out: Path) -> ShaclReport:
    """SHACL-validate a build's store, whatever its size (``kg validate``)."""
    store = stores.open_store(out, read_only=True)
    with stores.dataset_view(store) as ds:
        return validate(ds)


def build(inputs: list[Path], out: Path, model: str | None = None, strict: bool = False,
          progress_factory: Callable[[int], Progress | None] | None = None, jobs: int = 1,
          executor: str = "local", scheduler: str | None = None) -> BuildSummary:
    """Build the graph of ``inputs`` into ``out`` from scratch; returns the summary to print."""
    summary = BuildSummary()
    progress = progress_factory(count_articles(inputs)) if progress_factory else None
    with stores.build_lock(out):
        _build_locked(inputs, out, model, strict, progress, jobs, executor, scheduler, summary)
    return summary


def _build_locked(inputs, out, model, strict, progress, jobs, executor, scheduler, summary) -> None:
    # The store lives in this frame only, so it is closed before the lock is released.
    generation, store = stores.new_generation(out)
    try:
        articles = iter_articles(inputs, strict, summary.skipped)
        results = extract_stream(articles, model, jobs, executor, scheduler, BATCH_SIZE, progress, with_quads=True)
        _store_results(store, results, summary)
        stores.settle_labels(store)
        if not summary.articles:
            raise KgError("no readable articles in the input" +
                          (f" ({len(summary.skipped)} skipped: {summary.skipped[0]})" if summary.skipped else ""))
        summary.shacl = _validate(store)
        store.flush()
    except BaseException:
        del store
        stores.discard(generation)
        raise
    stores.mark_dirty(out)
    stores.publish(out, generation)
    write_exports(store, out)
    stores.mark_clean(out)


def add(inputs: list[Path], out: Path, model: str | None = None, strict: bool = False,
        progress_factory: Callable[[int], Progress | None] | None = None, jobs: int = 1,
        executor: str = "local", scheduler: str | None = None) -> BuildSummary:
    """Add articles to the build in ``out``; articles it already holds change nothing."""
    summary = BuildSummary()
    with stores.build_lock(out):
        _add_locked(inputs, out, model, strict, progress_factory, jobs, executor, scheduler, summary)
    return summary


def _add_locked(inputs, out, model, strict, progress_factory, jobs, executor, scheduler, summary) -> None:
    store = stores.open_store(out)
    repair = stores.is_dirty(out)  # an earlier add/remove/build stopped half-way
    if repair:
        stores.derive_actor_graph(store)
    known = stores.article_graphs(store)
    fresh = []
    for article in iter_articles(inputs, strict, summary.skipped):
        if str(ARTICLE[article.id]) in known:
            summary.unchanged += 1
        else:
            fresh.append(article)
    if fresh:
        progress = progress_factory(len(fresh)) if progress_factory else None
        stores.mark_dirty(out)
        results = extract_stream(iter(fresh), model, jobs, executor, scheduler, BATCH_SIZE, progress,
                                 with_quads=True)
        _store_results(store, results, summary)
        stores.settle_labels(store, [str(ARTICLE[a.id]) for a in fresh])  # only the actors they touch
    if fresh or repair:
        summary.shacl = _validate(store)
        write_exports(store, out, None if repair else [str(ARTICLE[a.id]) for a in fresh])
        stores.mark_clean(out)


def remove(article_ids: list[str], out: Path) -> BuildSummary:
    """Take articles (by id or IRI) out of the build; facts other articles support stay."""
    summary = BuildSummary()
    with stores.build_lock(out):
        _remove_locked(article_ids, out, summary)
    return summary


def _remove_locked(article_ids, out, summary) -> None:
    store = stores.open_store(out)
    known = stores.article_graphs(store)
    iris = [a if a.startswith("http") else str(ARTICLE[a]) for a in article_ids]
    missing = [a for a, iri in zip(article_ids, iris) if iri not in known]
    if missing:
        raise KgError(f"{out}: no article {missing[0]!r} in this build")
    stores.mark_dirty(out)
    stores.remove_articles(store, iris)
    summary.removed = len(iris)
    summary.shacl = _validate(store)
    write_exports(store, out)
    stores.mark_clean(out)
