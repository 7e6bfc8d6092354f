"""Build on sample text end to end: triples in Turtle/TriG, SPARQL, SHACL, HTML, CLI."""
import re

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.ontology import GEOKG
from kg.rdf import actor_iri, load_dataset
from kg.sparql import canned_query, run_query

HOSTILE = ("date 2025-01-10 <script>alert('x')</script> Mosca\n"
           "La Corea del Nord ha inviato truppe in Russia \"><img src=x onerror=alert(1)>. "
           "Pyongyang avrebbe fornito missili a Mosca <script>alert(2)</script>.\n")
ARTICLE = ("date 2024-11-05 Truppe nordcoreane in Russia\n"
           "La Corea del Nord ha inviato truppe in Russia. "
           "Il leader nordcoreano Kim Jong-un ha visitato una fabbrica di missili. "
           "La Corea del Nord non ha inviato truppe in Ucraina.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    (root / "in").mkdir()
    (root / "in" / "a.txt").write_text(ARTICLE, encoding="utf8")
    (root / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf8")
    result = CliRunner().invoke(app, ["build", str(root / "in"), "--out", str(root / "out")])
    assert result.exit_code == 0, result.output
    return root / "out", result.output


def test_actor_graph_has_the_facts(built):
    out, _ = built
    graph = Graph().parse(out / "graph.ttl")
    assert (actor_iri("country/PRK"), GEOKG.deploysTroopsTo, actor_iri("country/RUS")) in graph
    assert (actor_iri("person/kim-jong-un"), GEOKG.leaderOf, actor_iri("country/PRK")) in graph


def test_trig_round_trip_and_provenance(built):
    out, _ = built
    ds = load_dataset(out / "graph.trig")
    again = Dataset()
    again.parse(data=ds.serialize(format="trig"), format="trig")
    # no blank nodes in a build, so equal quad sets mean equal datasets
    assert set(ds.quads((None, None, None, None))) == set(again.quads((None, None, None, None)))
    rows = list(run_query(ds, """
        SELECT ?evidence ?modality WHERE { GRAPH ?g { ?r a geokg:FactRecord ;
          rdf:subject <https://w3id.org/geokg/id/country/PRK> ; rdf:predicate geokg:deploysTroopsTo ;
          geokg:evidence ?evidence ; geokg:modality ?modality } }""",))
    assert any("ha inviato truppe in Russia" in str(r.evidence) for r in rows)


def test_jsonld_holds_the_same_dataset(built):
    out, _ = built
    from_jsonld = Dataset()
    from_jsonld.parse(out / "graph.jsonld", format="json-ld")
    trig = load_dataset(out / "graph.trig")
    assert set(from_jsonld.quads((None, None, None, None))) == set(trig.quads((None, None, None, None)))


def test_turtle_round_trip(built):
    out, _ = built
    graph = Graph().parse(out / "graph.ttl")
    assert isomorphic(graph, Graph().parse(data=graph.serialize(format="turtle"), format="turtle"))


def test_canned_query_military_support(built):
    out, _ = built
    rows = {(str(r.supplier), str(r.relation), str(r.recipient))
            for r in run_query(load_dataset(out), canned_query("military-support"))}
    assert ("Corea del Nord", "deploysTroopsTo", "Russia") in rows


def test_canned_query_evidence_gives_each_edge_its_sentence(built):
    out, _ = built
    rows = [r for r in run_query(load_dataset(out), canned_query("evidence"))
            if (str(r.subject), str(r.relation), str(r.object)) == ("Corea del Nord", "deploysTroopsTo", "Russia")]
    assert rows and all("Russia" in str(r.sentence) or "Mosca" in str(r.sentence) for r in rows)
    assert all(str(r.modality) in {"asserted", "hedged", "reported"} for r in rows)  # edges only


def test_negated_claim_stays_in_provenance(built):
    out, _ = built
    ds = load_dataset(out)
    negated = list(run_query(ds, "SELECT ?r WHERE { GRAPH ?g { ?r geokg:modality geokg:negated } }"))
    assert negated
    graph = Graph().parse(out / "graph.ttl")
    assert (actor_iri("country/PRK"), GEOKG.deploysTroopsTo, actor_iri("country/UKR")) not in graph


def test_summary_reports_shacl(built):
    _, output = built
    assert "SHACL" in output and "conforms" in output


def test_html_is_offline_and_escaped(built):
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "Content-Security-Policy" in page


def test_cli_query_csv(built):
    out, _ = built
    result = CliRunner().invoke(app, ["query", str(out), "--name", "leaders", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Kim Jong-un,Corea del Nord" in result.output


def test_cli_viz_filters_relations(built, tmp_path):
    out, _ = built
    page = tmp_path / "f.html"
    result = CliRunner().invoke(app, ["viz", str(out), "--out", str(page), "--relation", "leaderOf"])
    assert result.exit_code == 0, result.output
    assert "1 relations" in result.output or "relations" in result.output
    html = page.read_text(encoding="utf8")
    assert "leaderOf" in html and "deploysTroopsTo" not in html


def test_failed_build_keeps_previous_outputs(built, tmp_path):
    out, _ = built
    before = (out / "graph.ttl").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(app, ["build", str(empty), "--out", str(out)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert (out / "graph.ttl").read_bytes() == before


def test_malformed_turtle_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b ")
    result = CliRunner().invoke(app, ["query", str(bad), "SELECT * WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1
    assert f"{bad}: malformed turtle" in result.output
