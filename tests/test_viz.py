"""``kg viz`` options (--top, --around/--depth), the big-graph page and its CSP, without a browser."""
from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import numpy as np
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.graphview import actor_network, find_actor, neighbourhood, top_actors
from kg.html import BIG_GRAPH, layout, render_html
from kg.rdf import actor_iri, load_dataset
from tests.conftest import build_articles

ARTICLE = ("date 2025-02-03 Vertice a Mosca\n"
           "La Corea del Nord ha inviato truppe in Russia. "
           "Il leader nordcoreano Kim Jong-un ha visitato una fabbrica di missili. "
           "La Russia ha fornito missili alla Corea del Nord. "
           "Il presidente ucraino Volodymyr Zelensky ha incontrato il segretario della NATO a Bruxelles.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_articles(tmp_path_factory.mktemp("viz"), {"a.txt": ARTICLE})


def page_data(page: str) -> dict:
    return json.loads(re.search(r'<script id="graph-data" type="application/json">(.*?)</script>',
                                page, re.DOTALL).group(1))


def star_and_pair() -> nx.MultiDiGraph:
    """A hub with four spokes (one spoke also linked to another) and a separate pair."""
    graph = nx.MultiDiGraph()
    edges = [("hub", "s1"), ("hub", "s2"), ("s3", "hub"), ("hub", "s4"), ("s1", "s2"), ("p1", "p2")]
    for node in {n for edge in edges for n in edge}:
        graph.add_node(actor_iri(f"test/{node}"), label=f"Attore {node.upper()}", type="Country")
    for s, o in edges:
        graph.add_edge(actor_iri(f"test/{s}"), actor_iri(f"test/{o}"), key="threatens", relation="threatens",
                       quad="VerbalConflict", evidence=["Frase."], confidence=0.9, symmetric=False)
    return graph


def ids(graph) -> set[str]:
    return {str(node).rsplit("/", 1)[-1] for node in graph}


def test_top_actors_keeps_the_most_central_and_edges_among_them():
    top = top_actors(star_and_pair(), 3)
    assert ids(top) == {"hub", "s1", "s2"}
    assert top.number_of_edges() == 3
    assert top.nodes[actor_iri("test/hub")]["label"] == "Attore HUB"  # attributes travel
    with pytest.raises(KgError):
        top_actors(star_and_pair(), 0)


def test_neighbourhood_follows_both_directions_to_the_depth():
    graph = star_and_pair()
    assert ids(neighbourhood(graph, "test/s3")) == {"s3", "hub"}
    assert ids(neighbourhood(graph, "attore s3", depth=2)) == {"s3", "hub", "s1", "s2", "s4"}
    assert ids(neighbourhood(graph, str(actor_iri("test/p1")), depth=5)) == {"p1", "p2"}
    assert ids(neighbourhood(graph, "test/hub", depth=0)) == {"hub"}


def test_find_actor_rejects_unknown_and_ambiguous_names():
    graph = star_and_pair()
    with pytest.raises(KgError, match="no actor 'Atlantide'"):
        find_actor(graph, "Atlantide")
    graph.add_node(actor_iri("test/other"), label="Attore HUB", type="Person")
    with pytest.raises(KgError, match="names 2 actors"):
        find_actor(graph, "attore hub")
    assert find_actor(graph, "test/hub") == actor_iri("test/hub")  # the id still picks one


def test_cli_viz_around_and_top(built, tmp_path):
    full = actor_network(load_dataset(built))
    page = tmp_path / "around.html"
    result = CliRunner().invoke(app, ["viz", str(built), "--out", str(page), "--around", "Corea del Nord"])
    assert result.exit_code == 0, result.output
    expected = neighbourhood(full, "country/PRK")
    assert 1 < expected.number_of_nodes() < full.number_of_nodes()  # the article has other actors
    data = page_data(page.read_text(encoding="utf8"))
    assert {n["id"] for n in data["nodes"]} == {str(n) for n in expected}
    assert len(data["edges"]) == expected.number_of_edges()
    assert f"{expected.number_of_nodes()} actors, {expected.number_of_edges()} relations" in result.output

    wider = neighbourhood(full, "country/PRK", depth=2)
    result = CliRunner().invoke(app, ["viz", str(built), "--out", str(page), "--around", "country/prk", "--depth", "2"])
    assert result.exit_code == 0, result.output
    assert len(page_data(page.read_text(encoding="utf8"))["nodes"]) == wider.number_of_nodes()

    result = CliRunner().invoke(app, ["viz", str(built), "--out", str(page), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert {n["id"] for n in page_data(page.read_text(encoding="utf8"))["nodes"]} == {str(n) for n in top_actors(full, 2)}


def test_cli_viz_unknown_actor_is_one_line(built, tmp_path):
    page = tmp_path / "x.html"
    result = CliRunner().invoke(app, ["viz", str(built), "--out", str(page), "--around", "Atlantide"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and result.output.startswith("error: no actor 'Atlantide'")
    assert "Traceback" not in result.output and not page.exists()
    result = CliRunner().invoke(app, ["viz", str(built), "--out", str(page), "--depth", "2"])
    assert result.exit_code == 1 and result.output.strip() == "error: --depth needs --around ACTOR"
    result = CliRunner().invoke(app, ["viz", str(built), "--out", str(page), "--top", "0"])
    assert result.exit_code == 1 and result.output.startswith("error: --top must be at least 1")


def big_graph(actors: int) -> nx.MultiDiGraph:
    base = nx.barabasi_albert_graph(actors, 1, seed=5)
    graph = nx.MultiDiGraph()
    for i in base:
        graph.add_node(f"a{i}", label=f"Attore {i}", type="Country")
    for u, v in base.edges():
        graph.add_edge(f"a{u}", f"a{v}", key="attacks", relation="attacks", quad="MaterialConflict",
                       evidence=["Frase."], confidence=0.8, symmetric=False)
    return graph


def test_big_page_has_positions_and_no_edge_labels():
    big = page_data(render_html(big_graph(BIG_GRAPH + 1)))
    assert big["big"] is True
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in big["nodes"])
    assert len({(n["x"], n["y"]) for n in big["nodes"]}) > 0.95 * len(big["nodes"])  # spread out
    assert all("label" not in e for e in big["edges"]) and all(e["title"][0].startswith("attacks") for e in big["edges"])
    small = page_data(render_html(big_graph(BIG_GRAPH)))
    assert small["big"] is False  # physics on, from computed positions; relation names drawn
    assert all("x" in n for n in small["nodes"]) and all(e["label"] == "attacks" for e in small["edges"])


def test_layout_puts_neighbours_closer_than_strangers():
    graph = nx.connected_caveman_graph(40, 8)  # 320 nodes in a ring of cliques
    pos = layout(graph)
    assert pos == layout(graph)  # deterministic: the same page for the same graph
    points = np.array([pos[n] for n in graph], dtype=float)
    edges = np.array(list(graph.edges()))
    edge_length = np.hypot(*(points[edges[:, 0]] - points[edges[:, 1]]).T).mean()
    pairs = np.random.default_rng(0).integers(0, len(points), (5000, 2))
    random_length = np.hypot(*(points[pairs[:, 0]] - points[pairs[:, 1]]).T).mean()
    assert edge_length < random_length / 4


def test_csp_allows_only_the_template_scripts():
    pages = [render_html(star_and_pair()), render_html(big_graph(BIG_GRAPH + 1), title="<script>x()</script>")]
    policies = [re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', p).group(1) for p in pages]
    assert policies[0] == policies[1]  # hashes do not depend on the data
    assert "'unsafe-inline'" not in policies[0].split("script-src", 1)[1].split(";")[0]
    assert "default-src 'none'" in policies[0] and "connect-src 'none'" in policies[0]
    for page, policy in zip(pages, policies):
        executable = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
        hashes = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in executable}
        allowed = set(re.search(r"script-src ([^;]*)", policy).group(1).split())
        assert allowed == hashes and len(allowed) == 2
