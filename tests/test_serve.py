"""`kg serve` over real HTTP on loopback: formats, read-only, timeout, limits, load."""
import csv
import io
import json
import statistics
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.serve import Limits, make_server
from kg.sparql import canned_query

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
PRK, RUS = "https://w3id.org/geokg/id/country/PRK", "https://w3id.org/geokg/id/country/RUS"
TROOPS = "https://w3id.org/geokg/ontology#deploysTroopsTo"
TIMEOUT = 2.0
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SIMPLE = f"ASK {{ <{PRK}> <{TROOPS}> <{RUS}> }}"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve") / "build"
    result = CliRunner().invoke(app, ["build", str(ARTICLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def server(build):
    limits = Limits(timeout=TIMEOUT, max_results=1000, workers=2, max_request=64 * 1024, max_url=16 * 1024)
    srv = make_server(build, "127.0.0.1", 0, limits)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def request(server, method, path, body=None, headers=None, conn=None):
    """(status, headers, body) of one request; a fresh connection unless one is given."""
    own = conn is None
    if own:
        host, port = urlsplit(server.url).netloc.split(":")
        conn = HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        if own:
            conn.close()


def get(server, query, accept=None, **extra):
    params = urlencode({"query": query, **extra})
    return request(server, "GET", f"/sparql?{params}", headers={"Accept": accept} if accept else {})


def bindings(body):
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(body)["results"]["bindings"]]


def test_select_in_every_format(server):
    query = canned_query("military-support")
    status, headers, body = get(server, query, "application/sparql-results+json")
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    assert {"supplier": "Corea del Nord", "relation": "deploysTroopsTo", "recipient": "Russia"} in bindings(body)

    status, headers, body = get(server, query, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    rows = [{b.get("name"): b[0].text for b in result.findall("r:binding", ns)}
            for result in ET.fromstring(body).iterfind("r:results/r:result", ns)]
    assert {"supplier": "Corea del Nord", "relation": "deploysTroopsTo", "recipient": "Russia"} in rows

    status, headers, body = get(server, query, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf8"))))
    assert rows[0] == ["supplier", "relation", "recipient"]
    assert ["Corea del Nord", "deploysTroopsTo", "Russia"] in rows

    status, headers, body = get(server, query, "text/tab-separated-values")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    lines = body.decode("utf8").splitlines()
    assert lines[0] == "?supplier\t?relation\t?recipient"
    assert '"Corea del Nord"@it\t"deploysTroopsTo"\t"Russia"@it' in lines


def test_get_and_both_posts_agree(server):
    query = canned_query("leaders")
    _, _, by_get = get(server, query)
    status, _, by_form = request(server, "POST", "/sparql", urlencode({"query": query}),
                                 {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    status, _, direct = request(server, "POST", "/sparql", query.encode("utf8"),
                                {"Content-Type": "application/sparql-query"})
    assert status == 200
    assert by_get == by_form == direct
    assert any(row["leader"] == "Kim Jong-un" and row["of"] == "Corea del Nord" for row in bindings(direct))


def test_ask_json_and_xml(server):
    status, _, body = get(server, SIMPLE)
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    status, _, body = get(server, f"ASK {{ <{RUS}> <{TROOPS}> <{PRK}> }}", "application/sparql-results+xml")
    assert status == 200 and b"<boolean>false</boolean>" in body


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt")])
def test_construct_as_rdf(server, accept, fmt):
    status, headers, body = get(server, "CONSTRUCT WHERE { ?s geokg:deploysTroopsTo ?o }", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    graph = Graph().parse(data=body.decode("utf8"), format=fmt)
    assert (URIRef(PRK), URIRef(TROOPS), URIRef(RUS)) in graph


def test_default_graph_uri_and_named_graphs(server):
    # an article graph as the default graph: its fact records, not the actor graph's edges
    status, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?r a geokg:FactRecord }")
    assert bindings(body) == [{"n": "0"}]
    status, _, body = get(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r a geokg:FactRecord } } LIMIT 1")
    article = bindings(body)[0]["g"]
    status, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?r a geokg:FactRecord }",
                          **{"default-graph-uri": article})
    assert status == 200 and int(bindings(body)[0]["n"]) > 0


def test_updates_are_refused_and_change_nothing(server, build):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = bindings(get(server, count)[2])
    insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    for body, content_type in ((urlencode({"update": insert}), "application/x-www-form-urlencoded"),
                               (urlencode({"update": "DROP ALL"}), "application/x-www-form-urlencoded"),
                               (b"DROP ALL", "application/sparql-update"),
                               (insert.encode(), "application/sparql-update")):
        status, _, reply = request(server, "POST", "/sparql", body, {"Content-Type": content_type})
        assert status == 403, reply
        assert b"read-only" in reply
    assert get(server, "x", update="DROP ALL")[0] == 403
    assert get(server, insert)[0] == 400  # an update passed as a query is not a query
    assert bindings(get(server, count)[2]) == before
    assert json.loads(get(server, "ASK { <urn:x> ?p ?o }")[2])["boolean"] is False
    store = ox.Store.read_only(str(build / "store"))
    assert not store.contains_named_graph(ox.NamedNode("urn:x")) and len(store) > 1000
    assert not list(store.quads_for_pattern(ox.NamedNode("urn:x"), None, None))


def test_runaway_query_stops_while_others_are_served(server):
    outcome = {}

    def runaway():
        start = time.monotonic()
        outcome["reply"] = get(server, CARTESIAN_COUNT)
        outcome["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)  # the runaway holds a worker now
    served = []
    while thread.is_alive():
        start = time.monotonic()
        status, _, body = get(server, SIMPLE)
        served.append((status, time.monotonic() - start, json.loads(body)["boolean"]))
    thread.join()
    status, _, body = outcome["reply"]
    assert status == 503 and b"timed out" in body
    assert outcome["seconds"] < TIMEOUT + 3
    assert len(served) >= 3 and all(s == 200 and ok for s, _, ok in served)
    assert max(seconds for _, seconds, _ in served) < TIMEOUT  # never queued behind the runaway
    # the killed worker was replaced: both workers serve again
    with ThreadPoolExecutor(4) as pool:
        assert all(r[0] == 200 for r in pool.map(lambda _: get(server, SIMPLE), range(8)))
    assert server.pool.timeouts >= 1


def test_memory_hog_dies_alone(build):
    # sorting a cartesian product needs it all in memory: the worker's cap ends it, not the timeout
    srv = make_server(build, "127.0.0.1", 0, Limits(timeout=60, workers=2, memory_mb=256))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        hog = "SELECT ?x WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f } BIND(CONCAT(STR(?c), STR(?f)) AS ?x) } ORDER BY ?x"
        start = time.monotonic()
        status, _, body = get(srv, hog)
        assert status == 500 and b"died" in body
        assert time.monotonic() - start < 40
        assert get(srv, SIMPLE)[0] == 200 and get(srv, SIMPLE)[0] == 200  # both workers serve
    finally:
        srv.shutdown()
        srv.server_close()


def test_result_cap(server):
    start = time.monotonic()
    status, _, body = get(server, CARTESIAN)
    assert status == 422 and b"more than 1000 result rows" in body
    assert time.monotonic() - start < TIMEOUT
    assert get(server, CARTESIAN + " LIMIT 1000")[0] == 200


def test_request_size_limits(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000
    status, headers, _ = request(server, "POST", "/sparql", big.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 413 and headers.get("Connection") == "close"
    status, _, _ = request(server, "POST", "/sparql", urlencode({"query": big}),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413
    assert get(server, "SELECT * WHERE { ?s ?p ?o } #" + "x" * 20_000)[0] == 414
    # just under the limits is fine
    fits = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 60_000
    assert request(server, "POST", "/sparql", fits.encode(), {"Content-Type": "application/sparql-query"})[0] == 200


def test_protocol_errors(server):
    status, _, body = get(server, "SELEC ?x")
    assert status == 400 and body.startswith(b"SPARQL syntax error") and body.count(b"\n") == 1
    assert request(server, "GET", "/sparql")[0] == 400
    assert get(server, SIMPLE, "image/png")[0] == 406
    assert request(server, "POST", "/sparql", b"x", {"Content-Type": "text/plain"})[0] == 415
    assert request(server, "GET", "/nowhere")[0] == 404
    status, _, body = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body
    assert request(server, "GET", "/health", headers={"Host": "attacker.example"})[0] == 403


def test_page_and_health(server, build):
    status, headers, body = request(server, "GET", "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert body == (build / "graph.html").read_bytes()
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src 'sha256-" in csp
    status, _, body = request(server, "GET", "/health")
    assert status == 200 and json.loads(body)["status"] == "ok"


def test_serve_needs_a_build(tmp_path):
    result = CliRunner().invoke(app, ["serve", str(tmp_path)])
    assert result.exit_code == 1
    assert "not a geokg build with a store" in result.output and result.output.count("\n") == 1


def test_load_many_concurrent_queries(server):
    queries = [canned_query("military-support"), canned_query("leaders"), canned_query("cooperation-conflict"),
               canned_query("timeline"), SIMPLE]
    requests, concurrency = 320, 32
    latencies, failures = [], []
    host, port = urlsplit(server.url).netloc.split(":")

    def client(worker):
        conn = HTTPConnection(host, int(port), timeout=30)  # keep-alive, one per client
        for i in range(worker, requests, concurrency):
            start = time.monotonic()
            try:
                status, _, body = request(server, "POST", "/sparql", queries[i % len(queries)].encode(),
                                          {"Content-Type": "application/sparql-query"}, conn)
                ok = status == 200 and (body.startswith(b'{"head"'))
            except OSError as err:
                ok, status = False, repr(err)
            latencies.append(time.monotonic() - start)
            if not ok:
                failures.append(status)
        conn.close()

    start = time.monotonic()
    threads = [threading.Thread(target=client, args=(w,)) for w in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - start
    cuts = statistics.quantiles(latencies, n=100)
    print(f"\nload: {len(latencies)} requests, {concurrency} concurrent, {len(failures)} errors, "
          f"p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms, {len(latencies) / wall:.0f} req/s")
    assert len(latencies) == requests
    assert failures == []


def test_cli_query_runs_on_the_store(build):
    runner = CliRunner()
    result = runner.invoke(app, ["query", str(build), "--name", "actor", "--bind", "actor=kim jong-un", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert any(r["subject"] == "Kim Jong-un" and r["relation"] == "leaderOf" and r["object"] == "Corea del Nord"
               for r in rows)
    result = runner.invoke(app, ["query", str(build), f"ASK {{ <{PRK}> <{TROOPS}> <{RUS}> }}"])
    assert result.exit_code == 0 and result.output.strip() == "true"
    result = runner.invoke(app, ["query", str(build), "SELECT ?x WHERE { ?x ?y }"])
    assert result.exit_code == 1
    assert result.output.startswith("error: SPARQL syntax error") and result.output.count("\n") == 1
    result = runner.invoke(app, ["query", str(build), "--name", "actor", "--bind", "not a name=x"])
    assert result.exit_code == 1 and "not a SPARQL variable name" in result.output


def test_sees_articles_added_while_serving(server, build, tmp_path):
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a geokg:Article } }"
    before = int(bindings(get(server, count)[2])[0]["n"])
    article = tmp_path / "nuovo.txt"
    article.write_text("date 2025-06-01 Vertice a Roma\nLa Francia ha firmato un accordo con l'Italia.\n",
                       encoding="utf8")
    result = CliRunner().invoke(app, ["add", str(article), "--to", str(build)])
    assert result.exit_code == 0, result.output
    for _ in range(4):  # every worker reopens its snapshot
        assert int(bindings(get(server, count)[2])[0]["n"]) == before + 1


def test_follows_a_rebuild(server, build, tmp_path):
    """Last in the module: rebuilds the served folder from one article only."""
    assert bindings(get(server, canned_query("military-support"))[2])
    only = tmp_path / "one"
    only.mkdir()
    (only / "a.txt").write_text((ARTICLES / "2025-usa-cina-dazi.txt").read_text(encoding="utf8"), encoding="utf8")
    result = CliRunner().invoke(app, ["build", str(only), "--out", str(build)])
    assert result.exit_code == 0, result.output
    # the workers follow the `store` link to the new generation: North Korea is gone
    for _ in range(4):  # every worker, not just one
        status, _, body = get(server, SIMPLE)
        assert status == 200 and json.loads(body)["boolean"] is False
