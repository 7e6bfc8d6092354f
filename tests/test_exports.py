"""The export files hold exactly the build's dataset, whether written whole (build, remove) or
from kept article parts plus new articles (add), and kept parts that do not match are rewritten."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import store as stores
from kg.build import add, build, remove
from kg.exports import KeptArticles

ARTICLES = {
    "troops": "date 2024-11-05 Truppe in Russia\nLa Corea del Nord ha inviato truppe in Russia.\n",
    "praise": "date 2024-11-20 Elogi\nIl presidente russo Vladimir Putin ha elogiato la Corea del Nord.\n",
    "sanctions": "date 2025-02-24 Sanzioni\nL'Unione europea ha imposto sanzioni alla Russia.\n",
}


def export_quads(out: Path, name: str, rdf_format: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(path=str(out / name), format=rdf_format))


def store_quads(out: Path) -> set[ox.Quad]:
    return set(stores.build_quads(stores.open_store(out, read_only=True)))


def assert_exports_match_store(out: Path) -> None:
    expected = store_quads(out)
    assert export_quads(out, "graph.trig", ox.RdfFormat.TRIG) == expected
    assert export_quads(out, "graph.jsonld", ox.RdfFormat.JSON_LD) == expected
    actor_graph = {q for q in expected if q.graph_name == ox.DefaultGraph()}
    assert {ox.Quad(t.subject, t.predicate, t.object) for t in
            ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)} == actor_graph


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, encoding="utf8")
    return {name: root / f"{name}.txt" for name in ARTICLES}


def article_graph_count(out: Path) -> int:
    return len({q.graph_name for q in export_quads(out, "graph.trig", ox.RdfFormat.TRIG)} - {ox.DefaultGraph()})


def test_adds_append_to_the_kept_parts_and_exports_stay_whole(tmp_path, files):
    out = tmp_path / "build"
    build([files["troops"]], out)
    assert_exports_match_store(out)
    kept = KeptArticles(out)
    trig_before = kept.trig.read_bytes()
    add([files["praise"]], out)
    add([files["sanctions"]], out)
    assert kept.trig.read_bytes().startswith(trig_before)  # appended to, not rewritten
    assert article_graph_count(out) == 3
    assert_exports_match_store(out)


def test_remove_rewrites_the_kept_parts(tmp_path, files):
    out = tmp_path / "build"
    build([files["troops"], files["praise"]], out)
    article = next(iter(stores.article_graphs(stores.open_store(out, read_only=True))))
    remove([article], out)
    assert article_graph_count(out) == 1
    assert_exports_match_store(out)
    add([files["sanctions"]], out)
    assert article_graph_count(out) == 2
    assert_exports_match_store(out)


@pytest.mark.parametrize("damage", ["truncate", "manifest", "delete"])
def test_kept_parts_that_do_not_match_are_written_again(tmp_path, files, damage):
    out = tmp_path / "build"
    build([files["troops"]], out)
    kept = KeptArticles(out)
    if damage == "truncate":  # a write stopped half-way
        kept.trig.write_bytes(kept.trig.read_bytes()[:-20])
    elif damage == "manifest":
        kept.manifest.write_text("{not json", encoding="utf8")
    else:
        kept.jsonld.unlink()
    add([files["praise"]], out)
    assert article_graph_count(out) == 2
    assert_exports_match_store(out)
