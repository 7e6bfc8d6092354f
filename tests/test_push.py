"""``kg push`` against a real Virtuoso open-source server started on loopback by the suite.

The server (see ``tests/virtuoso.py``) lives in a temp folder for this module only. Every
test starts from a server without geokg graphs and reads the triples back over HTTP.
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from typer.testing import CliRunner

from kg.cli import app
from kg.push import DEFAULT_GRAPH, PushError, manifest_iri, push, read_graphs

from .virtuoso import VirtuosoServer, virtuoso_available

REPO = Path(__file__).resolve().parent.parent
GEOKG = "https://w3id.org/geokg/"
ID = GEOKG + "id/"
ONTOLOGY = GEOKG + "ontology#"
NORTH_KOREA, RUSSIA = ID + "country/PRK", ID + "country/RUS"
DBA = ["--user", "dba", "--password", "dba"]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not virtuoso_available():
        message = "virtuoso-t not found: install the Debian package virtuoso-opensource"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = VirtuosoServer.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", str(REPO / "data" / "articles"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(autouse=True)
def clean_server(request):
    """Drop every geokg graph (and the test graphs) before each test that uses the server."""
    if "virtuoso" in request.fixturenames:
        server = request.getfixturevalue("virtuoso")
        for graph in graph_counts(server):
            response = requests.delete(server.graph_store, params={"graph": graph},
                                       auth=requests.auth.HTTPDigestAuth("dba", "dba"), timeout=60)
            assert response.status_code in (200, 204), response.text
        assert graph_counts(server) == {}


# --- reading the server back -----------------------------------------------------------------

def select_cells(server: VirtuosoServer, query: str) -> list[dict[str, dict]]:
    response = requests.post(server.sparql, data={"query": query},
                             headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def select(server: VirtuosoServer, query: str) -> list[dict[str, str]]:
    return [{name: cell["value"] for name, cell in row.items()} for row in select_cells(server, query)]


def graph_counts(server: VirtuosoServer) -> dict[str, int]:
    rows = select(server, """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER(STRSTARTS(STR(?g), "https://w3id.org/geokg/") || STRSTARTS(STR(?g), "http://test.example/")) }
        GROUP BY ?g""")
    return {row["g"]: int(row["n"]) for row in rows}


def server_triples(server: VirtuosoServer) -> set[tuple]:
    """Every quad of the geokg graphs, each term with its kind, datatype and language."""
    rows = select_cells(server, """SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER(STRSTARTS(STR(?g), "https://w3id.org/geokg/")) }""")
    return {tuple(tuple(sorted(row[name].items())) for name in ("g", "s", "p", "o")) for row in rows}


def ask(server: VirtuosoServer, graph: str, s: str, p: str, o: str) -> bool:
    rows = select(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ <{s}> <{p}> <{o}> }} }}")
    return int(rows[0]["n"]) == 1


def trig_counts(build: Path, actor_graph: str = DEFAULT_GRAPH) -> dict[str, int]:
    """Triples per graph, counted straight from the build's TriG (not through kg.push)."""
    counts = Counter()
    for quad in ox.parse(path=build / "graph.trig", format=ox.RdfFormat.TRIG):
        name = actor_graph if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        counts[name] += 1
    return dict(counts)


def run_push(build: Path, *args: str):
    return CliRunner().invoke(app, ["push", str(build), *args])


def write_trig(path: Path, quads) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ox.serialize(list(quads), format=ox.RdfFormat.TRIG))


# --- against Virtuoso ------------------------------------------------------------------------

def test_gsp_push_loads_every_graph_with_its_triples(virtuoso, sample_build):
    result = run_push(sample_build, "--endpoint", virtuoso.graph_store, *DBA)
    assert result.exit_code == 0, result.output
    expected = trig_counts(sample_build)
    articles = len(list((REPO / "data" / "articles").glob("*.txt")))
    assert len(expected) == articles + 1  # the actor graph and one graph per sample article
    assert f"pushed {articles + 1} graphs, {sum(expected.values())} triples" in result.output
    assert len(result.output.strip().splitlines()) == 1

    counts = graph_counts(virtuoso)
    manifest = manifest_iri(DEFAULT_GRAPH)
    assert counts.pop(manifest) == articles  # one hasPart per article graph
    assert counts == expected
    assert ask(virtuoso, DEFAULT_GRAPH, NORTH_KOREA, ONTOLOGY + "deploysTroopsTo", RUSSIA)
    assert ask(virtuoso, DEFAULT_GRAPH, NORTH_KOREA, ONTOLOGY + "suppliesWeaponsTo", RUSSIA)
    assert not ask(virtuoso, DEFAULT_GRAPH, RUSSIA, ONTOLOGY + "deploysTroopsTo", NORTH_KOREA)


def test_fact_records_keep_their_article_graph_and_italian_evidence(virtuoso, sample_build):
    assert run_push(sample_build, "--endpoint", virtuoso.graph_store, *DBA).exit_code == 0
    rows = select(virtuoso, f"""SELECT ?g ?evidence WHERE {{ GRAPH ?g {{
        ?record <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{NORTH_KOREA}> ;
                <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{ONTOLOGY}deploysTroopsTo> ;
                <{ONTOLOGY}evidence> ?evidence }} }}""")
    local = {(q.graph_name.value, q.object.value)
             for q in ox.parse(path=sample_build / "graph.trig", format=ox.RdfFormat.TRIG)
             if q.predicate.value == ONTOLOGY + "evidence"}
    assert rows, "no FactRecord for North Korea deploysTroopsTo Russia on the server"
    for row in rows:
        assert row["g"].startswith(GEOKG + "article/")
        assert (row["g"], row["evidence"]) in local  # same text, accents and all


def test_pushing_twice_leaves_the_same_triples(virtuoso, sample_build):
    assert run_push(sample_build, "--endpoint", virtuoso.graph_store, *DBA).exit_code == 0
    first = server_triples(virtuoso)
    # small batches: the second push really goes through PUT + many POSTs per graph
    result = run_push(sample_build, "--endpoint", virtuoso.graph_store, *DBA, "--batch-size", "25")
    assert result.exit_code == 0, result.output
    assert server_triples(virtuoso) == first
    expected = trig_counts(sample_build)
    assert len(first) == sum(expected.values()) + len(expected) - 1  # the manifest lists the articles


def test_push_replaces_graphs_and_drops_removed_articles(virtuoso, sample_build, tmp_path):
    assert run_push(sample_build, "--endpoint", virtuoso.graph_store, *DBA).exit_code == 0
    # a graph in our namespace that kg push did not write: it must survive
    foreign = GEOKG + "article/a-written-by-someone-else"
    response = requests.put(virtuoso.graph_store, params={"graph": foreign},
                            data=b"<http://test.example/s> <http://test.example/p> <http://test.example/o> .\n",
                            headers={"Content-Type": "text/turtle"},
                            auth=requests.auth.HTTPDigestAuth("dba", "dba"), timeout=60)
    assert response.status_code in (200, 201, 204)

    quads = list(ox.parse(path=sample_build / "graph.trig", format=ox.RdfFormat.TRIG))
    removed = min(q.graph_name.value for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))
    troops = (NORTH_KOREA, ONTOLOGY + "deploysTroopsTo", RUSSIA)
    kept = [q for q in quads
            if (isinstance(q.graph_name, ox.DefaultGraph) or q.graph_name.value != removed)
            and (q.subject.value, q.predicate.value, q.object.value) != troops]
    smaller = tmp_path / "smaller"
    write_trig(smaller / "graph.trig", kept)

    result = run_push(smaller, "--endpoint", virtuoso.graph_store, *DBA)
    assert result.exit_code == 0, result.output
    assert "1 stale graphs dropped" in result.output
    counts = graph_counts(virtuoso)
    assert removed not in counts
    assert counts.pop(foreign) == 1
    assert counts.pop(manifest_iri(DEFAULT_GRAPH)) == len(trig_counts(smaller)) - 1
    assert counts == trig_counts(smaller)
    assert not ask(virtuoso, DEFAULT_GRAPH, *troops)  # replaced, not merged
    assert ask(virtuoso, DEFAULT_GRAPH, NORTH_KOREA, ONTOLOGY + "suppliesWeaponsTo", RUSSIA)


def test_sparql_update_push_to_another_graph(virtuoso, sample_build):
    actors = "http://test.example/actors"
    args = ["--endpoint", virtuoso.sparql_auth, "--protocol", "update", "--graph", actors, *DBA]
    result = run_push(sample_build, *args, "--batch-size", "40")
    assert result.exit_code == 0, result.output
    counts = graph_counts(virtuoso)
    assert counts.pop(manifest_iri(actors)) == len(trig_counts(sample_build)) - 1
    assert counts == trig_counts(sample_build, actors)
    assert ask(virtuoso, actors, NORTH_KOREA, ONTOLOGY + "deploysTroopsTo", RUSSIA)
    first = server_triples(virtuoso)
    assert run_push(sample_build, *args).exit_code == 0
    assert server_triples(virtuoso) == first


def test_blank_nodes_stay_one_node_across_batches(virtuoso, tmp_path):
    g = "http://test.example/"
    b = ox.BlankNode("event")
    quads = [ox.Quad(ox.NamedNode(g + f"s{i}"), ox.NamedNode(g + "about"), b, ox.DefaultGraph()) for i in range(5)]
    quads += [ox.Quad(b, ox.NamedNode(g + "label"), ox.Literal("vertice"), ox.DefaultGraph())]
    quads += [ox.Quad(ox.NamedNode(g + f"x{i}"), ox.NamedNode(g + "p"), ox.Literal(str(i)), ox.DefaultGraph())
              for i in range(5)]
    write_trig(tmp_path / "graph.trig", quads)
    summary = push(tmp_path, virtuoso.graph_store, graph=g + "bnodes", user="dba", password="dba", batch_size=2)
    assert (summary.graphs, summary.triples) == (1, 11)
    nodes = select(virtuoso, f"SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {{ GRAPH <{g}bnodes> {{ ?s <{g}about> ?b }} }}")
    labelled = select(virtuoso, f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}bnodes> {{
        ?s <{g}about> ?b . ?b <{g}label> "vertice" }} }}""")
    assert (nodes, labelled) == ([{"n": "1"}], [{"n": "5"}])
    assert graph_counts(virtuoso)[g + "bnodes"] == 11


# --- errors: one line naming the endpoint or file and the problem ------------------------------

def one_error_line(result) -> str:
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: ")
    return lines[0]


def test_wrong_password_is_one_line_naming_the_endpoint(virtuoso, sample_build):
    line = one_error_line(run_push(sample_build, "--endpoint", virtuoso.graph_store,
                                   "--user", "dba", "--password", "wrong"))
    assert virtuoso.graph_store in line and "401" in line and "login refused" in line
    assert graph_counts(virtuoso) == {}


def test_missing_login_is_one_line(virtuoso, sample_build):
    line = one_error_line(run_push(sample_build, "--endpoint", virtuoso.graph_store))
    assert virtuoso.graph_store in line and "--user" in line


def test_server_error_message_reaches_the_user(virtuoso, sample_build):
    # the anonymous /sparql endpoint of Virtuoso refuses updates with a 500 and an SR186 message
    line = one_error_line(run_push(sample_build, "--endpoint", virtuoso.sparql, "--protocol", "update"))
    assert virtuoso.sparql in line and "HTTP 500" in line and "SR186" in line


def test_unreachable_endpoint_is_one_line(sample_build):
    from .virtuoso import free_port
    url = f"http://127.0.0.1:{free_port()}/sparql-graph-crud"
    line = one_error_line(run_push(sample_build, "--endpoint", url))
    assert url in line and "cannot connect" in line


def test_not_a_build_folder_is_one_line(tmp_path):
    line = one_error_line(run_push(tmp_path, "--endpoint", "http://127.0.0.1:9/sparql"))
    assert str(tmp_path) in line and "not a geokg build" in line


def test_bad_options_are_one_line(sample_build):
    line = one_error_line(run_push(sample_build, "--endpoint", "http://127.0.0.1:9/x", "--graph", "actors"))
    assert "--graph 'actors': not an absolute IRI" in line
    line = one_error_line(run_push(sample_build, "--endpoint", "http://127.0.0.1:9/x", "--batch-size", "0"))
    assert "--batch-size 0" in line
    line = one_error_line(run_push(sample_build, "--endpoint", "localhost:8890/sparql"))
    assert "localhost:8890/sparql: not an http(s) URL" in line


def test_malformed_trig_names_the_file(tmp_path):
    (tmp_path / "graph.trig").write_text("<http://x/a> <http://x/p> .", encoding="utf8")
    with pytest.raises(PushError, match=r"graph\.trig: cannot parse TriG"):
        read_graphs(tmp_path)


def test_read_graphs_puts_the_default_graph_under_the_actor_graph(sample_build):
    graphs = read_graphs(sample_build, "http://test.example/actors")
    assert {name: len(lines) for name, lines in graphs.items()} == \
        trig_counts(sample_build, "http://test.example/actors")
    assert f"<{NORTH_KOREA}> <{ONTOLOGY}deploysTroopsTo> <{RUSSIA}> ." in graphs["http://test.example/actors"]


def test_cli_default_graph_is_the_documented_one():
    import inspect

    from kg import cli
    default = inspect.signature(cli.push).parameters["graph"].default.default
    assert default == DEFAULT_GRAPH
