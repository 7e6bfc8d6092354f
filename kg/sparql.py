"""SPARQL over a build: ad-hoc queries and the canned ones shipped in ``kg/queries``."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.query import Result

from .errors import KgError
from .ontology import load_ontology
from .rdf import PREFIXES

QUERIES = Path(__file__).resolve().parent / "queries"


def canned_queries() -> dict[str, Path]:
    """Names of the shipped queries.

    >>> sorted(canned_queries())
    ['actor', 'cooperation-conflict', 'leaders', 'military-support', 'timeline']
    """
    return {path.stem: path for path in sorted(QUERIES.glob("*.rq"))}


def canned_query(name: str) -> str:
    queries = canned_queries()
    if name not in queries:
        raise KgError(f"no canned query {name!r} (have: {', '.join(queries)})")
    return queries[name].read_text(encoding="utf8")


def run_query(ds: Dataset, query: str, bindings: dict[str, str] | None = None) -> Result:
    """Run SPARQL over the union of the actor graph, provenance graphs and the ontology."""
    union = Dataset(default_union=True)
    for quad in ds.quads((None, None, None, None)):
        union.add(quad)
    ontology = union.graph(URIRef("https://w3id.org/geokg/ontology"))
    for triple in load_ontology():
        ontology.add(triple)
    init = {name: Literal(value) for name, value in (bindings or {}).items()}
    namespaces = {**PREFIXES, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
    try:
        return union.query(query, initBindings=init, initNs=namespaces)
    except Exception as err:  # pyparsing and rdflib evaluation errors
        raise KgError(f"SPARQL error: {' '.join(str(err).split())[:300]}") from None


def _cell(value) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: str) -> str:
    """Render a SELECT result as ``table``, ``csv`` or ``json``; ASK as true/false."""
    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
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
