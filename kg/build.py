"""``kg build``: articles → spaCy → facts → rdflib Dataset → Turtle, TriG, HTML.

Outputs are written only after the whole build succeeded, each atomically, so a
failed build leaves the previous outputs as they were.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rdflib import Dataset

from .articles import Article, iter_input_files, read_jsonl_file, read_text_file, JSONL_SUFFIXES
from .atomic import write_text
from .errors import InputError, KgError
from .extract import extract_article, language_for
from .facts import ArticleFacts
from .gazetteer import Gazetteer
from .graphview import actor_network
from .html import write_html
from .nlp import load_model
from .rdf import actor_graph, build_dataset
from .shacl import ShaclReport, validate

BATCH_SIZE = 32


@dataclass
class BuildSummary:
    articles: int = 0
    sentences: int = 0
    actors: int = 0
    facts_by_relation: Counter = field(default_factory=Counter)
    provenance_only: int = 0
    skipped: list[str] = field(default_factory=list)
    shacl: ShaclReport | None = None


def collect_articles(inputs: list[Path], strict: bool, skipped: list[str]) -> list[Article]:
    """Read every input; a bad file is reported and skipped (or stops the build if ``strict``)."""
    articles = []
    for path in iter_input_files(inputs):
        try:
            if path.suffix.lower() in JSONL_SUFFIXES:
                articles.extend(read_jsonl_file(path))
            else:
                articles.append(read_text_file(path))
        except InputError as err:
            if strict:
                raise
            skipped.append(str(err))
    unique = {article.id: article for article in articles}  # the same article twice counts once
    return list(unique.values())


def extract_all(articles: list[Article], model: str | None = None,
                progress: Callable[[int], None] | None = None) -> Iterator[tuple[Article, ArticleFacts]]:
    """Parse articles in batches with ``nlp.pipe`` and extract each one's facts."""
    nlp = load_model(model)
    language = language_for(nlp.lang)
    gazetteer = Gazetteer.load()
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=BATCH_SIZE)
    for doc, article in docs:
        yield article, extract_article(doc, article.id, article.date, language, gazetteer, nlp.tokenizer)
        if progress:
            progress(1)


def summarize(extracted: list[ArticleFacts], summary: BuildSummary) -> None:
    summary.articles = len(extracted)
    summary.sentences = sum(e.sentences for e in extracted)
    summary.actors = len({a.id for e in extracted for a in e.actors})
    for item in extracted:
        for fact in item.facts:
            if fact.is_edge:
                summary.facts_by_relation[fact.relation] += 1
            else:
                summary.provenance_only += 1


def write_outputs(ds: Dataset, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_text(out / "graph.ttl", actor_graph(ds).serialize(format="turtle"))
    write_text(out / "graph.trig", ds.serialize(format="trig"))
    write_text(out / "graph.jsonld", ds.serialize(format="json-ld", auto_compact=True))
    write_html(actor_network(ds), out / "graph.html")


def build(inputs: list[Path], out: Path, model: str | None = None, strict: bool = False,
          progress_factory: Callable[[int], Callable[[int], None]] | None = None) -> BuildSummary:
    """Build the graph of ``inputs`` into ``out``; returns the summary to print."""
    summary = BuildSummary()
    articles = collect_articles(inputs, strict, summary.skipped)
    if not articles:
        raise KgError("no readable articles in the input" +
                      (f" ({len(summary.skipped)} skipped: {summary.skipped[0]})" if summary.skipped else ""))
    progress = progress_factory(len(articles)) if progress_factory else None
    pairs = list(extract_all(articles, model, progress))
    ds = build_dataset(pairs)
    summarize([e for _, e in pairs], summary)
    summary.shacl = validate(ds)
    write_outputs(ds, out)
    return summary
