"""Shared fixtures: the shipped model is loaded once per test session."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

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
