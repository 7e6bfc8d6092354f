"""SPARQL over a build: ad-hoc queries and the canned ones shipped in ``kg/queries``.

Every query runs on Oxigraph: a build folder's on-disk store (opened read-only), or, for a
loose ``.ttl``/``.trig`` file, an in-memory store it is loaded into. The default graph of a
query is the actor graph merged with the ontology graph (so queries see the facts and the
ontology's annotations at once); provenance is reached with ``GRAPH ?g { ... }`` over the
article graphs. Not the union of all graphs: Oxigraph 0.5 merges graphs as a bag (a label
repeated in ten article graphs would count ten times, oxigraph/oxigraph#1919), and the
actor graph already holds every actor description the article graphs repeat.
"""
from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pyoxigraph as ox

from .errors import KgError
from .store import ONTOLOGY_GRAPH

if TYPE_CHECKING:
    from rdflib import Dataset

QUERIES = Path(__file__).resolve().parent / "queries"


def canned_queries() -> dict[str, Path]:
    """Names of the shipped queries.

    >>> sorted(canned_queries())
    ['actor', 'cooperation-conflict', 'evidence', 'leaders', 'military-support', 'timeline']
    """
    return {path.stem: path for path in sorted(QUERIES.glob("*.rq"))}


def canned_query(name: str) -> str:
    queries = canned_queries()
    if name not in queries:
        raise KgError(f"no canned query {name!r} (have: {', '.join(queries)})")
    return queries[name].read_text(encoding="utf8")


@lru_cache(maxsize=1)
def default_prefixes() -> dict[str, str]:
    """Prefixes every query may use without declaring them (a query's own PREFIX wins).

    >>> default_prefixes()["geokg"]
    'https://w3id.org/geokg/ontology#'
    """
    from .rdf import PREFIXES

    return {**{k: str(v) for k, v in PREFIXES.items()},
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"}


def turtle_prefixes() -> dict[str, str]:
    """Prefixes for Turtle output: not ``id:``, whose names would need ``\\/`` escapes."""
    return {k: v for k, v in default_prefixes().items() if k != "id"}


def one_line(err: BaseException, limit: int = 300) -> str:
    return " ".join(str(err).split())[:limit]


def open_graph(path: Path) -> ox.Store:
    """The Oxigraph store to query for a build folder or a graph file.

    A build's own store is opened read-only (nothing re-parsed); a ``.ttl``/``.trig`` file,
    or a folder from before builds had a store, is loaded into an in-memory store.
    """
    from .store import has_store, open_store

    path = Path(path)
    if path.is_dir() and has_store(path):
        return open_store(path, read_only=True)
    from .rdf import load_dataset  # one-line errors for missing or malformed files

    return memory_store(load_dataset(path))


def memory_store(ds) -> ox.Store:
    """An rdflib dataset as an Oxigraph store; a store-backed one is used as it is."""
    inner = getattr(ds.store, "_store", None)  # oxrdflib keeps the pyoxigraph Store here
    if isinstance(inner, ox.Store):
        return inner
    from .store import load_ontology_into, to_ox_quad

    store = ox.Store()  # no path: in memory
    store.extend([to_ox_quad(*quad) for quad in ds.quads((None, None, None, None))])
    if not store.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH)):
        load_ontology_into(store)
    return store


def substitutions(bindings: dict[str, str] | None) -> dict | None:
    """``--bind NAME=VALUE`` pairs as Oxigraph substitutions (values are plain literals)."""
    if not bindings:
        return None
    out = {}
    for name, value in bindings.items():
        try:
            out[ox.Variable(name.lstrip("?$"))] = ox.Literal(value)
        except ValueError:
            raise KgError(f"--bind {name!r}: not a SPARQL variable name") from None
    return out


def execute(store: ox.Store, query: str, bindings: dict[str, str] | None = None, *,
            default_graphs: list[str] | None = None, named_graphs: list[str] | None = None):
    """Start a query on the store; results are lazy (errors can still come while iterating).

    Without ``default_graphs`` the default graph is the actor graph merged with the ontology.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/geokg/id/a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    ...                   ox.Literal("Mosca")))
    >>> [s["l"].value for s in execute(store, "SELECT ?l WHERE { id:a rdfs:label ?l }")]
    ['Mosca']
    >>> execute(store, "SELEC ?x")
    Traceback (most recent call last):
    kg.errors.KgError: SPARQL syntax error: error at 1:9: expected one of DESCRIBE, [_]
    """
    kwargs = {"prefixes": default_prefixes(), "substitutions": substitutions(bindings)}
    try:
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kwargs["default_graph"] = [ox.DefaultGraph(), ox.NamedNode(ONTOLOGY_GRAPH)]
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return store.query(query, **kwargs)
    except SyntaxError as err:
        raise KgError(f"SPARQL syntax error: {one_line(err)}") from None
    except (ValueError, OSError, RuntimeError) as err:  # bad graph IRI, storage errors
        raise KgError(f"SPARQL error: {one_line(err)}") from None


class Value(str):
    """A result cell: its lexical form (what ``str()`` gives), the RDF term in ``.term``.

    >>> cell = Value.of(ox.Literal("Mosca", language="it"))
    >>> cell, cell.term.language
    ('Mosca', 'it')
    """

    term: ox.NamedNode | ox.BlankNode | ox.Literal

    @classmethod
    def of(cls, term) -> Value | None:
        if term is None:
            return None
        plain = isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal))
        value = cls(term.value if plain else str(term))  # quoted triples: their N-Triples form
        value.term = term
        return value


class Row(tuple):
    """One solution: by position, by variable name (``row["s"]``) or as an attribute (``row.s``)."""

    __slots__ = ()
    index: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key):
        return tuple.__getitem__(self, self.index[key] if isinstance(key, str) else key)

    def __getattr__(self, name):
        try:
            return tuple.__getitem__(self, self.index[name])
        except KeyError:
            raise AttributeError(name) from None


class QueryResult:
    """What a query gave: ``type`` SELECT (``vars``, rows), ASK (``askAnswer``) or CONSTRUCT (``triples``)."""

    def __init__(self, type_: str, vars_: list[str] | None = None, rows: list[Row] | None = None,
                 ask: bool | None = None, triples: list | None = None):
        self.type, self.vars, self.rows, self.askAnswer, self.triples = type_, vars_ or [], rows or [], ask, triples

    def __iter__(self):
        if self.type == "ASK":
            return iter([self.askAnswer])
        return iter(self.triples if self.type == "CONSTRUCT" else self.rows)

    def __len__(self) -> int:
        return 1 if self.type == "ASK" else len(self.triples if self.type == "CONSTRUCT" else self.rows)

    def __bool__(self) -> bool:
        return bool(self.askAnswer) if self.type == "ASK" else len(self) > 0

    def turtle(self) -> str:
        return ox.serialize(self.triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes()).decode("utf8")


def run_query(source: ox.Store | Dataset, query: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run SPARQL on a build, results read in full (the CLI's path; the endpoint streams).

    ``source`` is an Oxigraph store or an rdflib dataset (store-backed ones are queried in
    place, others are copied into an in-memory Oxigraph store first).

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/geokg/id/a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    ...                   ox.Literal("Mosca", language="it")))
    >>> [(r.a, r["l"]) for r in run_query(store, "SELECT ?a ?l WHERE { ?a rdfs:label ?l }")]
    [('https://w3id.org/geokg/id/a', 'Mosca')]
    """
    store = source if isinstance(source, ox.Store) else memory_store(source)
    answer = execute(store, query, bindings)
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ASK", ask=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            return QueryResult("CONSTRUCT", triples=list(answer))
        names = [v.value for v in answer.variables]
        row_type = type("Row", (Row,), {"__slots__": (), "index": {n: i for i, n in enumerate(names)}})
        variables = answer.variables
        rows = [row_type(Value.of(solution[v]) for v in variables) for solution in answer]
        return QueryResult("SELECT", names, rows)
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:  # evaluation errors are lazy
        raise KgError(f"SPARQL error: {one_line(err)}") from None


def _cell(value) -> str:
    return "" if value is None else str(value)


def format_result(result: QueryResult, fmt: str) -> str:
    """Render a SELECT result as ``table``, ``csv`` or ``json``; ASK as true/false; CONSTRUCT as Turtle."""
    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type == "CONSTRUCT":
        return result.turtle()
    names = list(result.vars)
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt != "table":
        raise KgError(f"unknown format {fmt!r} (expected table, csv or json)")
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)
