"""``kg push``: load a build into an existing SPARQL server, in batches, idempotently.

A build's ``graph.trig`` holds the actor graph (its default graph) and one named
graph per article. On the server the actor graph goes to one named graph (``--graph``,
by default ``https://w3id.org/geokg/graph/actors``) and every article graph keeps its IRI.

Idempotency is by graph replacement: each graph is emptied and refilled in one push
(Graph Store Protocol: ``PUT`` the first batch, ``POST`` the rest; SPARQL Update:
``DROP SILENT GRAPH`` then ``INSERT DATA`` batches), so pushing twice leaves the same
triples. A small manifest graph (``<GRAPH>/manifest``) lists the article graphs the
last push to that target wrote; an article graph that has left the build is dropped on
the next push, and graphs of other builds or tools on the same server are never touched.

Two protocols, one HTTP client (``requests``, with HTTP Basic or Digest login picked
from the server's challenge):

* ``gsp``: the SPARQL 1.1 Graph Store HTTP Protocol, ``--endpoint`` is the graph store
  (Virtuoso: ``/sparql-graph-crud-auth``; Fuseki: ``/DATASET/data``; Oxigraph: ``/store``).
* ``update``: SPARQL 1.1 Update, ``--endpoint`` takes updates and queries (Virtuoso:
  ``/sparql-auth``; give ``--query-endpoint`` when queries go elsewhere, as on Fuseki).
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from .errors import KgError

DEFAULT_GRAPH = "https://w3id.org/geokg/graph/actors"
HAS_PART = "http://purl.org/dc/terms/hasPart"
BATCH_TRIPLES = {"gsp": 10_000, "update": 1_000}  # Virtuoso compiles INSERT DATA to SQL: keep those small
TIMEOUT = 300  # seconds per request; a 10,000-triple batch loads in well under that
TURTLE = "text/turtle; charset=utf-8"  # N-Triples is Turtle; Virtuoso 7 rejects application/n-triples


class PushError(KgError):
    """The build cannot be read, or the SPARQL server refused or failed a request."""


@dataclass(frozen=True)
class PushSummary:
    graphs: int
    triples: int
    batches: int
    dropped: int
    seconds: float

    def line(self, endpoint: str) -> str:
        """The one-line report the CLI prints."""
        dropped = f", {self.dropped} stale graphs dropped" if self.dropped else ""
        return (f"pushed {self.graphs} graphs, {self.triples} triples in {self.batches} batches "
                f"to {endpoint}{dropped} in {self.seconds:.1f} s")


# --- reading a build -------------------------------------------------------------------------

def trig_path(build: Path) -> Path:
    """The ``graph.trig`` of a build folder (or the file itself)."""
    build = Path(build)
    path = build / "graph.trig" if build.is_dir() else build
    if path.suffix != ".trig" or not path.is_file():
        raise PushError(f"{build}: not a geokg build (no graph.trig)")
    return path


def read_graphs(build: Path, actor_graph: str = DEFAULT_GRAPH) -> dict[str, list[str]]:
    """Graph IRI → its triples as sorted N-Triples lines; the default graph becomes ``actor_graph``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "graph.trig").write_text(
    ...     '<http://x/a> <http://x/p> "è" .  <http://x/g> { <http://x/b> <http://x/p> 1 . }')
    >>> graphs = read_graphs(folder, "http://x/actors")
    >>> graphs["http://x/actors"]
    ['<http://x/a> <http://x/p> "è" .']
    >>> graphs["http://x/g"]
    ['<http://x/b> <http://x/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .']
    """
    path = trig_path(build)
    graphs: dict[str, set[str]] = {actor_graph: set()}  # an empty actor graph still replaces the old one
    try:
        for quad in ox.parse(path=path, format=ox.RdfFormat.TRIG):
            name = actor_graph if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            graphs.setdefault(name, set()).add(f"{quad.subject} {quad.predicate} {quad.object} .")
    except (SyntaxError, ValueError) as err:
        raise PushError(f"{path}: cannot parse TriG ({_first_line(str(err))})") from None
    except OSError as err:
        raise PushError(f"{path}: cannot read ({err.strerror or err})") from None
    return {name: sorted(lines) for name, lines in graphs.items()}


def batches(lines: list[str], size: int) -> list[list[str]]:
    """Split a graph's lines into batches of at most ``size``; triples with blank nodes stay together.

    A blank node only means the same node within one request, so all its triples go
    in the first batch (which may then be larger than ``size``).

    >>> [len(b) for b in batches([f"<http://x/s> <http://x/p> <http://x/o{i}> ." for i in range(5)], 2)]
    [2, 2, 1]
    >>> batches(["<http://x/s> <http://x/p> _:b .", "<http://x/a> <http://x/p> <http://x/c> .",
    ...          "_:b <http://x/p> <http://x/c> ."], 1)
    [['<http://x/s> <http://x/p> _:b .', '_:b <http://x/p> <http://x/c> .'], ['<http://x/a> <http://x/p> <http://x/c> .']]
    >>> batches([], 10)
    []
    """
    blank, rest = [], []
    for line in lines:
        (blank if "_:" in line and _has_blank_node(line) else rest).append(line)
    out = [blank] if blank else []
    if out and rest:
        room = max(size - len(blank), 0)
        out[0] += rest[:room]
        rest = rest[room:]
    out += [rest[i:i + size] for i in range(0, len(rest), size)]
    return out


def _has_blank_node(line: str) -> bool:
    # "_:" inside an IRI or a literal is not a blank node; parse the one line to be sure
    quad = next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES)))
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def manifest_iri(actor_graph: str) -> str:
    """The graph that lists the article graphs pushed with ``actor_graph``.

    >>> manifest_iri("https://w3id.org/geokg/graph/actors")
    'https://w3id.org/geokg/graph/actors/manifest'
    """
    return actor_graph.rstrip("/#") + "/manifest"


def manifest_lines(manifest: str, graphs: Iterable[str]) -> list[str]:
    return sorted(f"<{manifest}> <{HAS_PART}> <{graph}> ." for graph in graphs)


# --- HTTP ------------------------------------------------------------------------------------

class Client:
    """One HTTP session to one server; turns every failure into a one-line ``PushError``."""

    def __init__(self, user: str | None = None, password: str | None = None,
                 timeout: float = TIMEOUT):
        self.session = requests.Session()
        self.user, self.password = user, password
        self.auth: AuthBase | None = None
        self.timeout = timeout

    def request(self, method: str, url: str, *, ok_missing: bool = False, **kwargs) -> requests.Response:
        response = self._send(method, url, **kwargs)
        if response.status_code == 401 and self.auth is None and self.user is not None:
            self.auth = self._auth_for(response)  # learn Basic or Digest from the first challenge
            response = self._send(method, url, **kwargs)
        if response.status_code == 404 and ok_missing:
            return response
        if response.status_code == 401 or (response.status_code == 403 and self.user is None):
            problem = f"login refused for user {self.user!r}" if self.user else \
                "the server wants a login (give --user and --password)"
            raise PushError(f"{_where(url)}: HTTP {response.status_code}, {problem}")
        if response.status_code == 403:
            raise PushError(f"{_where(url)}: HTTP 403, user {self.user!r} may not {method} here "
                            f"({_server_message(response)})")
        if response.status_code >= 400:
            raise PushError(f"{_where(url)}: HTTP {response.status_code} on {method} "
                            f"({_server_message(response)})")
        return response

    def _send(self, method: str, url: str, **kwargs) -> requests.Response:
        try:
            return self.session.request(method, url, auth=self.auth, timeout=self.timeout, **kwargs)
        except requests.exceptions.Timeout:
            raise PushError(f"{_where(url)}: no answer in {self.timeout:g} s") from None
        except requests.exceptions.InvalidURL as err:
            raise PushError(f"{url}: not a usable URL ({_first_line(str(err))})") from None
        except requests.exceptions.MissingSchema:
            raise PushError(f"{url}: not an http(s) URL") from None
        except requests.exceptions.InvalidSchema:
            raise PushError(f"{url}: not an http(s) URL") from None
        except requests.exceptions.ConnectionError as err:
            raise PushError(f"{_where(url)}: cannot connect ({_connection_reason(err)})") from None
        except requests.exceptions.RequestException as err:
            raise PushError(f"{_where(url)}: request failed ({_first_line(str(err))})") from None

    def _auth_for(self, response: requests.Response) -> AuthBase:
        challenge = response.headers.get("WWW-Authenticate", "")
        if challenge.lower().startswith("digest"):
            return HTTPDigestAuth(self.user, self.password or "")
        return HTTPBasicAuth(self.user, self.password or "")


def _where(url: str) -> str:
    return url.split("?", 1)[0]


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "no details")


def _server_message(response: requests.Response) -> str:
    """The first informative line of an error page (Virtuoso puts it in plain text or HTML)."""
    text = re.sub(r"<[^>]+>", "\n", response.text or "")
    skip = {"", "error", response.reason or ""}
    for line in text.splitlines():
        line = " ".join(line.split())
        if line.lower() not in {s.lower() for s in skip} and not line.startswith("<!DOCTYPE"):
            return line[:300]
    return response.reason or "no details"


def _connection_reason(err: Exception) -> str:
    text = str(err)
    for reason in ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                   "No route to host", "Network is unreachable", "Connection reset by peer"):
        if reason in text:
            return reason
    return _first_line(text)[:200]


# --- protocols -------------------------------------------------------------------------------

class Target(Protocol):
    endpoint: str

    def read_manifest(self, manifest: str) -> set[str]: ...
    def replace(self, graph: str, batches: list[list[str]]) -> int: ...
    def drop(self, graph: str) -> None: ...


class GraphStore:
    """SPARQL 1.1 Graph Store HTTP Protocol, indirect graph identification (``?graph=IRI``)."""

    def __init__(self, client: Client, endpoint: str):
        self.client, self.endpoint = client, endpoint

    def read_manifest(self, manifest: str) -> set[str]:
        response = self.client.request("GET", self.endpoint, params={"graph": manifest}, ok_missing=True,
                                       headers={"Accept": "text/turtle, application/n-triples;q=0.9"})
        if response.status_code == 404 or not response.content.strip():
            return set()
        try:
            quads = ox.parse(response.content, format=ox.RdfFormat.TURTLE)
            return {q.object.value for q in quads if q.predicate.value == HAS_PART}
        except (SyntaxError, ValueError) as err:
            raise PushError(f"{self.endpoint}: manifest graph <{manifest}> is not Turtle "
                            f"({_first_line(str(err))})") from None

    def replace(self, graph: str, parts: list[list[str]]) -> int:
        if not parts:
            self.drop(graph)  # an empty PUT body is refused by some servers
            return 0
        for number, part in enumerate(parts):
            self.client.request("PUT" if number == 0 else "POST", self.endpoint, params={"graph": graph},
                                data=_body(part), headers={"Content-Type": TURTLE})
        return len(parts)

    def drop(self, graph: str) -> None:
        self.client.request("DELETE", self.endpoint, params={"graph": graph}, ok_missing=True)


class SparqlUpdate:
    """SPARQL 1.1 Update (``DROP SILENT GRAPH`` + ``INSERT DATA``), queries for the manifest."""

    def __init__(self, client: Client, endpoint: str, query_endpoint: str | None = None):
        self.client, self.endpoint = client, endpoint
        self.query_endpoint = query_endpoint or endpoint

    def read_manifest(self, manifest: str) -> set[str]:
        query = f"SELECT ?g WHERE {{ GRAPH <{manifest}> {{ <{manifest}> <{HAS_PART}> ?g }} }}"
        response = self.client.request("POST", self.query_endpoint, data={"query": query},
                                       headers={"Accept": "application/sparql-results+json"})
        try:
            rows = json.loads(response.text)["results"]["bindings"]
            return {row["g"]["value"] for row in rows}
        except (ValueError, KeyError, TypeError):
            raise PushError(f"{self.query_endpoint}: SELECT did not return SPARQL JSON results "
                            f"(is it a SPARQL query endpoint?)") from None

    def replace(self, graph: str, parts: list[list[str]]) -> int:
        drop = f"DROP SILENT GRAPH <{graph}>"
        if not parts:
            self._update(drop)
            return 0
        for number, part in enumerate(parts):
            insert = f"INSERT DATA {{ GRAPH <{graph}> {{\n{_body(part).decode('utf8')}}} }}"
            self._update(f"{drop} ;\n{insert}" if number == 0 else insert)
        return len(parts)

    def drop(self, graph: str) -> None:
        self._update(f"DROP SILENT GRAPH <{graph}>")

    def _update(self, text: str) -> None:
        self.client.request("POST", self.endpoint, data={"update": text.encode("utf8")})


def _body(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf8")


# --- push ------------------------------------------------------------------------------------

def push(build: Path, endpoint: str, *, graph: str = DEFAULT_GRAPH, protocol: str = "gsp",
         user: str | None = None, password: str | None = None,
         query_endpoint: str | None = None, batch_size: int | None = None) -> PushSummary:
    """Replace, on the server, every graph of ``build``; drop article graphs it no longer has."""
    started = time.monotonic()
    if protocol not in BATCH_TRIPLES:
        raise PushError(f"--protocol {protocol!r}: expected one of {', '.join(BATCH_TRIPLES)}")
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint}: not an http(s) URL")
    if batch_size is not None and batch_size < 1:
        raise PushError(f"--batch-size {batch_size}: must be at least 1")
    size = batch_size or BATCH_TRIPLES[protocol]
    try:
        ox.NamedNode(graph)
    except ValueError as err:
        raise PushError(f"--graph {graph!r}: not an absolute IRI ({err})") from None
    graphs = read_graphs(build, graph)
    client = Client(user, password)
    target: Target = GraphStore(client, endpoint) if protocol == "gsp" else \
        SparqlUpdate(client, endpoint, query_endpoint)
    manifest = manifest_iri(graph)
    named = set(graphs) - {graph}  # the article graphs

    previous = target.read_manifest(manifest)
    # list old and new first: a push that dies half-way still knows what to clean up next time
    target.replace(manifest, batches(manifest_lines(manifest, previous | named), size))
    sent = 0
    for name in _push_order(graphs, graph):
        sent += target.replace(name, batches(graphs[name], size))
    stale = sorted(previous - named - {graph, manifest})
    for name in stale:
        target.drop(name)
    target.replace(manifest, batches(manifest_lines(manifest, named), size))
    return PushSummary(graphs=len(graphs), triples=sum(map(len, graphs.values())), batches=sent,
                       dropped=len(stale), seconds=time.monotonic() - started)


def _push_order(graphs: dict[str, list[str]], actor_graph: str) -> Iterator[str]:
    yield actor_graph
    yield from sorted(name for name in graphs if name != actor_graph)
