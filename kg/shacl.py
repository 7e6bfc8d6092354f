"""Check a build against the SHACL shapes in ``ontologies/shapes.ttl`` with pySHACL."""
from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Dataset, Graph
from rdflib.namespace import SH

from .ontology import SHAPES_PATH, load_ontology


@dataclass(frozen=True)
class ShaclReport:
    conforms: bool
    violations: int
    text: str


def validate(ds: Dataset) -> ShaclReport:
    """Validate the union of the actor graph and every provenance graph."""
    data = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        data.add((s, p, o))
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=load_ontology(),
                                              inference="rdfs", allow_warnings=True)
    violations = len(set(report.subjects(SH.resultSeverity, SH.Violation)))
    return ShaclReport(bool(conforms), violations, text)
