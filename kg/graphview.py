"""A NetworkX view of the rdflib graph: actors as nodes, facts as directed multi-edges.

Derived from the graph, never stored: the rdflib ``Dataset`` stays the one model.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from .errors import KgError
from .ontology import GEOKG, quad_class, symmetric_properties
from .rdf import ID

GEOKG_NS = str(GEOKG._NS)
ACTOR_NS = str(ID)


@dataclass(frozen=True)
class ViewFilter:
    """What ``kg viz`` keeps: relation and actor-type names, evidence and confidence floors."""

    relations: frozenset[str] = frozenset()
    actor_types: frozenset[str] = frozenset()
    min_evidence: int = 1
    min_confidence: float = 0.0


def local_name(iri) -> str:
    text = str(iri)
    return text[len(GEOKG_NS):] if text.startswith(GEOKG_NS) else text.rsplit("/", 1)[-1]


def _label(ds: Dataset, node: URIRef) -> str:
    labels = {lit.language: str(lit) for lit in ds.default_graph.objects(node, RDFS.label)
              if isinstance(lit, Literal)}
    return labels.get("it") or labels.get("en") or next(iter(labels.values()), local_name(node))


def _evidence(ds: Dataset) -> dict[tuple, list[tuple[str, float, str]]]:
    """(s, p, o) → [(sentence, confidence, modality)] from every article's FactRecords."""
    found: dict[tuple, list] = defaultdict(list)
    query = """
        SELECT ?s ?p ?o ?evidence ?confidence ?modality WHERE {
          GRAPH ?g { ?r a geokg:FactRecord ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                        geokg:evidence ?evidence ; geokg:confidence ?confidence ; geokg:modality ?modality }
        }"""
    for row in ds.query(query, initNs={"geokg": str(GEOKG._NS), "rdf": str(RDF)}):
        found[(row.s, row.p, row.o)].append((str(row.evidence), float(row.confidence), local_name(row.modality)))
    return found


def combined_confidence(scores: list[float]) -> float:
    """Confidence of an edge from its supporting sentences: each independent sentence can
    only raise it (noisy-or), so three hedged mentions outweigh one.

    >>> combined_confidence([0.6]), combined_confidence([0.6, 0.6]), combined_confidence([])
    (0.6, 0.84, 0.0)
    """
    doubt = 1.0
    for score in scores:
        doubt *= 1.0 - score
    return round(min(1.0 - doubt, 0.99), 2) if scores else 0.0


def actor_network(ds: Dataset, view: ViewFilter = ViewFilter()) -> nx.MultiDiGraph:
    """Actors and their relations, with evidence on every edge.

    Each edge carries ``relation``, ``quad`` (quad class or ``structural``), ``evidence``
    (sentences), ``confidence`` (from all its supporting sentences, see
    :func:`combined_confidence`) and ``symmetric``; each node ``label`` and ``type``.
    """
    graph = nx.MultiDiGraph()
    evidence = _evidence(ds)
    symmetric = symmetric_properties()
    types = {s: local_name(o) for s, o in ds.default_graph.subject_objects(RDF.type)}
    for s, p, o in ds.default_graph:
        if not str(p).startswith(GEOKG_NS) or p == RDF.type or not isinstance(o, URIRef):
            continue
        relation = local_name(p)
        support = evidence.get((s, p, o), [])
        asserted = [e for e in support if e[2] not in {"negated", "requested", "planned"}]
        best = combined_confidence([e[1] for e in asserted])
        if view.relations and relation not in view.relations:
            continue
        if len(asserted) < view.min_evidence or best < view.min_confidence:
            continue
        if view.actor_types and not {types.get(s), types.get(o)} <= view.actor_types:
            continue
        for node in (s, o):
            if node not in graph:
                graph.add_node(node, label=_label(ds, node), type=types.get(node, "Actor"))
        quad = quad_class(p)
        graph.add_edge(s, o, key=relation, relation=relation,
                       quad=local_name(quad) if quad else "structural",
                       evidence=[e[0] for e in asserted], confidence=best,
                       symmetric=p in symmetric)
    return graph


def find_actor(graph: nx.MultiDiGraph, actor: str):
    """The node ``actor`` names: its IRI, its id (``country/PRK``) or its label, case-insensitive.

    >>> from kg.rdf import actor_iri
    >>> g = nx.MultiDiGraph()
    >>> g.add_node(actor_iri("country/PRK"), label="Corea del Nord", type="Country")
    >>> find_actor(g, "corea del nord") == find_actor(g, "Country/prk") == actor_iri("country/PRK")
    True
    >>> find_actor(g, "Narnia")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: no actor 'Narnia' in the graph (give an IRI, an id like country/PRK, or a label)
    """
    wanted = actor.strip().casefold()
    for key in (lambda n: str(n), lambda n: actor_id(n), lambda n: graph.nodes[n].get("label", "")):
        found = sorted((n for n in graph if key(n).casefold() == wanted), key=str)
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(actor_id(n) for n in found[:5])
            raise KgError(f"{actor!r} names {len(found)} actors ({names}); give an id instead")
    raise KgError(f"no actor {actor!r} in the graph (give an IRI, an id like country/PRK, or a label)")


def actor_id(node) -> str:
    """``https://w3id.org/geokg/id/country/PRK`` → ``country/PRK`` (other IRIs unchanged)."""
    text = str(node)
    return text.removeprefix(ACTOR_NS)


def top_actors(graph: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    """The ``n`` actors of highest degree centrality and the edges among them (ties: by IRI).

    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("c", "hub"), ("d", "e")])
    >>> sorted(top_actors(g, 3)), top_actors(g, 3).number_of_edges()
    (['a', 'b', 'hub'], 3)
    >>> len(top_actors(g, 100)) == len(g)
    True
    """
    if n < 1:
        raise KgError(f"--top must be at least 1 (got {n})")
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {node: 1.0 for node in graph}
    keep = sorted(graph, key=lambda node: (-centrality[node], str(node)))[:n]
    return graph.subgraph(keep).copy()


def neighbourhood(graph: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """Actors within ``depth`` relations of ``actor`` (either direction), and the edges among them.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d"), ("x", "y")])
    >>> nx.set_node_attributes(g, {n: n.upper() for n in g}, "label")
    >>> sorted(neighbourhood(g, "B")), sorted(neighbourhood(g, "b", depth=2))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if depth < 0:
        raise KgError(f"--depth must be 0 or more (got {depth})")
    centre = find_actor(graph, actor)
    return nx.ego_graph(graph, centre, radius=depth, undirected=True).copy()
