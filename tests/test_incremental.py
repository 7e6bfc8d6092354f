"""Builds over time: kg add / kg remove, workers, Dask, the writer lock, and crashes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg import store as stores
from kg.cli import app
from kg.rdf import ARTICLE, actor_iri, load_dataset
from kg.ontology import GEOKG

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "articles"

# Two articles that share one fact (North Korea sends troops to Russia) and each have their own.
TROOPS = ("date 2024-11-05 Truppe nordcoreane in Russia\n"
          "La Corea del Nord ha inviato truppe in Russia. "
          "Il leader nordcoreano Kim Jong-un ha visitato una fabbrica di missili.\n")
SHELLS = ("date 2024-11-20 Proiettili per Mosca\n"
          "La Corea del Nord ha inviato truppe in Russia. "
          "Il presidente russo Vladimir Putin ha elogiato la Corea del Nord.\n")
SANCTIONS = ("date 2025-02-24 Nuove sanzioni\n"
             "L'Unione europea ha imposto sanzioni alla Russia. "
             "Il ministro degli Esteri Antonio Tajani ha incontrato Kaja Kallas a Bruxelles.\n")


def run(*args: str):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def build_quads(build: Path) -> set[str]:
    """The build's dataset (actor graph + article graphs) as comparable strings."""
    store = stores.open_store(build, read_only=True)
    return {str(q) for q in stores.build_quads(store)}


def edges(build: Path) -> set[tuple]:
    return set(load_dataset(build).default_graph.triples((None, None, None)))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("inputs")
    paths = {}
    for name, text in {"troops": TROOPS, "shells": SHELLS, "sanctions": SANCTIONS}.items():
        paths[name] = root / f"{name}.txt"
        paths[name].write_text(text, encoding="utf8")
    return paths


@pytest.fixture(scope="module")
def reference(tmp_path_factory, inputs) -> Path:
    """A build of all three articles at once."""
    out = tmp_path_factory.mktemp("reference") / "build"
    run("build", inputs["troops"], inputs["shells"], inputs["sanctions"], "--out", out)
    return out


def test_add_equals_building_everything_at_once(tmp_path, inputs, reference):
    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    run("add", inputs["shells"], inputs["sanctions"], "--to", out)
    assert build_quads(out) == build_quads(reference)
    # the exports follow the store
    trig = load_dataset(out / "graph.trig")
    assert (actor_iri("person/vladimir-putin"), GEOKG.praises, actor_iri("country/PRK")) in trig.default_graph


def test_adding_the_same_article_twice_changes_nothing(tmp_path, inputs):
    out = tmp_path / "build"
    run("build", inputs["troops"], inputs["shells"], "--out", out)
    before = build_quads(out)
    trig_before = (out / "graph.trig").read_bytes()
    result = run("add", inputs["troops"], "--to", out)
    assert "already in the build" in result.output
    assert build_quads(out) == before
    assert (out / "graph.trig").read_bytes() == trig_before


def test_a_new_mention_of_a_known_actor_joins_its_node(tmp_path, inputs):
    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    run("add", inputs["shells"], "--to", out)
    ds = load_dataset(out)
    prk = actor_iri("country/PRK")
    # one node, typed once, with the facts of both articles
    assert list(ds.default_graph.objects(prk, stores_rdf_type())) == [GEOKG.Country]
    assert (actor_iri("person/vladimir-putin"), GEOKG.praises, prk) in ds.default_graph
    assert (actor_iri("person/kim-jong-un"), GEOKG.leaderOf, prk) in ds.default_graph


def stores_rdf_type():
    from rdflib import RDF
    return RDF.type


def test_remove_keeps_what_other_articles_support(tmp_path, inputs):
    both = tmp_path / "both"
    run("build", inputs["troops"], inputs["shells"], "--out", both)
    only_shells = tmp_path / "only-shells"
    run("build", inputs["shells"], "--out", only_shells)

    troops_id = next(a for a in stores.article_graphs(stores.open_store(both, read_only=True))
                     if a not in stores.article_graphs(stores.open_store(only_shells, read_only=True)))
    run("remove", troops_id.rsplit("/", 1)[-1], "--from", both)
    # exactly what a build of the other article alone holds
    assert build_quads(both) == build_quads(only_shells)
    graph = load_dataset(both / "graph.trig").default_graph
    assert (actor_iri("country/PRK"), GEOKG.deploysTroopsTo, actor_iri("country/RUS")) in graph
    assert (actor_iri("person/kim-jong-un"), GEOKG.leaderOf, actor_iri("country/PRK")) not in graph


def test_remove_unknown_article_is_one_line_error(tmp_path, inputs):
    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    result = CliRunner().invoke(app, ["remove", "a-000000000000", "--from", str(out)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "a-000000000000" in result.output


def test_add_to_a_folder_that_is_not_a_build(tmp_path, inputs):
    result = CliRunner().invoke(app, ["add", str(inputs["troops"]), "--to", str(tmp_path)])
    assert result.exit_code == 1
    assert "not a geokg build" in result.output


def test_worker_processes_give_the_same_graph(tmp_path, inputs, reference):
    out = tmp_path / "build"
    run("build", inputs["troops"], inputs["shells"], inputs["sanctions"], "--out", out, "--jobs", "2")
    assert build_quads(out) == build_quads(reference)


def test_dask_executor_on_a_local_cluster_gives_the_same_graph(tmp_path, inputs, reference):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        out = tmp_path / "build"
        run("build", inputs["troops"], inputs["shells"], inputs["sanctions"], "--out", out,
            "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert build_quads(out) == build_quads(reference)


def test_dask_without_scheduler_is_one_line_error(tmp_path, inputs):
    result = CliRunner().invoke(app, ["build", str(inputs["troops"]), "--out", str(tmp_path / "b"),
                                      "--executor", "dask"])
    assert result.exit_code == 1 and "--scheduler" in result.output


# --- crashes and concurrent writers: real processes ---------------------------------------

def kg_process(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def many_articles(folder: Path, count: int) -> Path:
    """``count`` distinct articles made from the samples (a suffix makes each one new)."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(count):
        text = samples[i % len(samples)].read_text(encoding="utf8")
        (folder / f"{i:03}.txt").write_text(f"{text}\nAggiornamento numero {i}.\n", encoding="utf8")
    return folder


def wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def test_killed_build_leaves_previous_outputs_intact(tmp_path, inputs):
    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    exports = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")}
    before = build_quads(out)
    generations = set((out / "stores").iterdir())

    proc = kg_process("build", many_articles(tmp_path / "many", 40), "--out", out)
    wait_for(lambda: set((out / "stores").iterdir()) - generations)  # the new store exists: work has begun
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    assert {name: (out / name).read_bytes() for name in exports} == exports
    assert build_quads(out) == before
    # the next build succeeds and leaves one generation behind
    run("build", inputs["troops"], inputs["shells"], "--out", out)
    assert len([p for p in (out / "stores").iterdir()]) == 1


def test_add_after_a_crash_gives_the_uninterrupted_graph(tmp_path, inputs):
    articles = many_articles(tmp_path / "many", 24)
    uninterrupted = tmp_path / "uninterrupted"
    run("build", inputs["troops"], articles, "--out", uninterrupted)

    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    proc = kg_process("add", articles, "--to", out)
    wait_for(lambda: stores.is_dirty(out))  # the add has started changing the build
    time.sleep(1.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    run("add", articles, "--to", out)
    assert not stores.is_dirty(out)
    assert build_quads(out) == build_quads(uninterrupted)
    assert load_dataset(out / "graph.trig").default_graph.isomorphic(
        load_dataset(uninterrupted / "graph.trig").default_graph)


def test_concurrent_adds_are_serialised(tmp_path, inputs, reference):
    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    first = kg_process("add", inputs["shells"], "--to", out)
    second = kg_process("add", inputs["sanctions"], "--to", out)
    for proc in (first, second):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    assert build_quads(out) == build_quads(reference)


def test_the_lock_excludes_a_second_writer(tmp_path):
    import fcntl
    with stores.build_lock(tmp_path):
        with open(tmp_path / stores.LOCK_FILE, "a+") as other:
            with pytest.raises(BlockingIOError):
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    with open(tmp_path / stores.LOCK_FILE, "a+") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free again


def test_article_iris_are_deterministic(tmp_path, inputs):
    a, b = tmp_path / "a", tmp_path / "b"
    run("build", inputs["troops"], "--out", a)
    run("build", inputs["troops"], "--out", b)
    assert build_quads(a) == build_quads(b)
    assert all(iri.startswith(str(ARTICLE)) for iri in stores.article_graphs(stores.open_store(a, read_only=True)))


def test_validate_command_finds_a_broken_record(tmp_path, inputs):
    out = tmp_path / "build"
    run("build", inputs["troops"], "--out", out)
    assert "SHACL: conforms" in run("validate", out).output
    import pyoxigraph as ox
    store = stores.open_store(out)
    graph = ox.NamedNode(next(iter(stores.article_graphs(store))))
    record = ox.NamedNode("https://w3id.org/geokg/fact/broken")
    store.add(ox.Quad(record, ox.NamedNode(str(stores_rdf_type())),
                      ox.NamedNode(str(GEOKG.FactRecord)), graph))  # no subject, evidence, modality…
    del store
    result = CliRunner().invoke(app, ["validate", str(out)])
    assert result.exit_code == 1
    assert "violations" in result.output


def test_more_supporting_sentences_raise_confidence(tmp_path, inputs, reference):
    from kg.graphview import ViewFilter, actor_network
    single = tmp_path / "single"
    run("build", inputs["troops"], "--out", single)
    edge = (actor_iri("country/PRK"), actor_iri("country/RUS"), "deploysTroopsTo")

    def confidence(build, view=ViewFilter()):
        network = actor_network(load_dataset(build), view)
        return network.edges[edge]["confidence"] if network.has_edge(*edge) else None

    once, twice = confidence(single), confidence(reference)  # one article states it, then two
    assert once is not None and twice > once
    # so a --min-confidence between the two keeps the corroborated edge only
    floor = ViewFilter(min_confidence=(once + twice) / 2)
    assert confidence(single, floor) is None and confidence(reference, floor) == twice


def test_actor_spelt_differently_keeps_one_label_per_language():
    """Three article graphs spell one actor two ways: the actor graph keeps the majority spelling
    as its label, the other as an altLabel, after a build's settling and after a re-derivation."""
    store = ox.Store()
    actor = ox.NamedNode(str(actor_iri("org/federpesca")))
    for n, label in enumerate(["FederPesca", "FederPesca", "Federpesca"]):
        quad_label = ox.Literal(label, language="it")
        store.add(ox.Quad(actor, RDFS_LABEL, quad_label, ox.NamedNode(f"https://example.org/article/{n}")))
        store.add(ox.Quad(actor, RDFS_LABEL, quad_label, ox.DefaultGraph()))  # as a build writes it
    for settle in (stores.settle_labels, stores.derive_actor_graph):
        settle(store)
        labels = {q.object.value for q in store.quads_for_pattern(actor, RDFS_LABEL, None, ox.DefaultGraph())}
        alts = {q.object.value for q in store.quads_for_pattern(actor, SKOS_ALT, None, ox.DefaultGraph())}
        assert (labels, alts) == ({"FederPesca"}, {"Federpesca"})
