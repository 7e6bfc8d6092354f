"""Shared fixtures: the shipped model is loaded once per test session."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.articles import Article, content_id
from kg.extract import extract_article, language_for
from kg.gazetteer import Gazetteer
from kg.nlp import load_model

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def gazetteer():
    return Gazetteer.load()


@pytest.fixture(scope="session")
def extract(nlp, gazetteer):
    """Extract facts from one Italian text; returns {(subject, relation, object): Fact}."""
    def run(text: str, day: date = date(2025, 6, 1)):
        article = Article(content_id("", text), "", text, day)
        result = extract_article(nlp(article.text), article.id, day, language_for("it"),
                                 gazetteer, nlp.tokenizer)
        return {(f.subject, f.relation, f.object): f for f in result.facts}
    return run


@pytest.fixture(scope="session")
def extract_misparsed(nlp, gazetteer):
    """Extract facts from a text with some words re-hung as a test says (``{index: (head index,
    dep)}``), to pin a parser's slip a rule repairs, whatever the shipped model does with the text."""
    def run(text: str, rehung: dict[int, tuple[int, str]], day: date = date(2025, 6, 1)):
        parsed = nlp(text)
        heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
        for i, (head, dep) in rehung.items():
            heads[i], deps[i] = head, dep
        doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
                  pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], morphs=[str(t.morph) for t in parsed],
                  lemmas=[t.lemma_ for t in parsed], heads=heads, deps=deps,
                  ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in parsed])
        result = extract_article(doc, content_id("", text), day, language_for("it"), gazetteer, nlp.tokenizer)
        return {(f.subject, f.relation, f.object): f for f in result.facts}
    return run


def build_articles(folder: Path, articles: dict[str, str]) -> Path:
    """Write ``{file name: text}`` into ``folder`` and ``kg build`` them; returns the build folder."""
    from typer.testing import CliRunner

    from kg.cli import app

    inputs = folder / "in"
    inputs.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (inputs / name).write_text(text, encoding="utf8")
    result = CliRunner().invoke(app, ["build", str(inputs), "--out", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return folder / "out"
