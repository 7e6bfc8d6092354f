"""Facts → rdflib ``Dataset``: the actor graph in the default graph, provenance per article.

The default graph holds entities (type, labels, alt labels, Wikidata links) and one
direct triple per asserted, reported or hedged fact. Each article has a named graph
with its metadata and one ``geokg:FactRecord`` (an ``rdf:Statement``) per claim,
including negated, requested and planned ones, which never become edges.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from .articles import Article
from .errors import GraphError
from .facts import ArticleFacts
from .ontology import GEOKG

ID = Namespace("https://w3id.org/geokg/id/")
ARTICLE = Namespace("https://w3id.org/geokg/article/")
FACT = Namespace("https://w3id.org/geokg/fact/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {"geokg": GEOKG._NS, "id": ID, "article": ARTICLE, "fact": FACT, "wd": WD,
            "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA, "owl": OWL}


def actor_iri(actor_id: str) -> URIRef:
    """Stable IRI of an actor from its canonical id.

    >>> actor_iri("country/PRK")
    rdflib.term.URIRef('https://w3id.org/geokg/id/country/PRK')
    """
    return ID[actor_id]


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    return ds


def add_article(ds: Dataset, article: Article, extracted: ArticleFacts) -> None:
    """Add one article's actors, edges and provenance to ``ds``."""
    actor_graph = ds.default_graph
    for actor in extracted.actors:
        node = actor_iri(actor.id)
        actor_graph.add((node, RDF.type, GEOKG[actor.type]))
        actor_graph.add((node, RDFS.label, Literal(actor.label_it, lang="it")))
        if actor.label_en:
            actor_graph.add((node, RDFS.label, Literal(actor.label_en, lang="en")))
        if actor.wikidata:
            actor_graph.add((node, OWL.sameAs, WD[actor.wikidata]))
    for mention in extracted.mentions:
        surface = " ".join(mention.text.split())
        node = actor_iri(mention.actor_id)
        if Literal(surface, lang="it") not in set(actor_graph.objects(node, RDFS.label)):
            actor_graph.add((node, SKOS.altLabel, Literal(surface, lang="it")))

    article_node = ARTICLE[article.id]
    provenance = ds.graph(article_node)
    provenance.add((article_node, RDF.type, GEOKG.Article))
    provenance.add((article_node, DCTERMS.identifier, Literal(article.id)))
    provenance.add((article_node, DCTERMS.title, Literal(article.title or article.id, lang="it")))
    if article.date:
        provenance.add((article_node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    if article.url:
        provenance.add((article_node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))

    for fact in extracted.facts:
        subject, predicate, obj = actor_iri(fact.subject), GEOKG[fact.relation], actor_iri(fact.object)
        if fact.is_edge:
            actor_graph.add((subject, predicate, obj))
        key = f"{article.id}|{fact.subject}|{fact.relation}|{fact.object}|{fact.evidence.start_char}"
        record = FACT[hashlib.sha256(key.encode("utf8")).hexdigest()[:16]]
        provenance.add((record, RDF.type, GEOKG.FactRecord))
        provenance.add((record, RDF.subject, subject))
        provenance.add((record, RDF.predicate, predicate))
        provenance.add((record, RDF.object, obj))
        provenance.add((record, GEOKG.article, article_node))
        provenance.add((record, GEOKG.evidence, Literal(fact.evidence.sentence, lang="it")))
        provenance.add((record, GEOKG.charStart, Literal(fact.evidence.start_char)))
        provenance.add((record, GEOKG.charEnd, Literal(fact.evidence.end_char)))
        provenance.add((record, GEOKG.modality, GEOKG[fact.modality]))
        provenance.add((record, GEOKG.confidence, Literal(f"{fact.confidence:.2f}", datatype=XSD.decimal)))
        provenance.add((record, GEOKG.pattern, Literal(fact.pattern)))
        if fact.source:
            provenance.add((record, GEOKG.source, actor_iri(fact.source)))
        if fact.event_date:
            provenance.add((record, GEOKG.eventDate, Literal(fact.event_date, datatype=XSD.date)))


def build_dataset(items: Iterable[tuple[Article, ArticleFacts]]) -> Dataset:
    ds = new_dataset()
    for article, extracted in items:
        add_article(ds, article, extracted)
    return ds


def actor_graph(ds: Dataset) -> Graph:
    """The actor graph alone (what ``graph.ttl`` holds)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in ds.default_graph:
        graph.add(triple)
    return graph


def load_dataset(path: Path) -> Dataset:
    """Load a build: a folder (its ``graph.trig``), a ``.trig`` or a ``.ttl`` file."""
    path = Path(path)
    if path.is_dir():
        for name in ("graph.trig", "graph.ttl"):
            if (path / name).is_file():
                return load_dataset(path / name)
        raise GraphError(f"{path}: not a geokg build (no graph.trig or graph.ttl)")
    if not path.is_file():
        raise GraphError(f"{path}: no such file or folder")
    fmt = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".jsonld": "json-ld"}.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format {path.suffix!r} (expected .ttl, .trig, .jsonld)")
    ds = new_dataset()
    try:
        if fmt == "turtle":
            ds.default_graph.parse(path, format="turtle")
        else:
            ds.parse(path, format=fmt)
    except Exception as err:  # rdflib raises parser-specific exception types
        message = " ".join(str(err).split())[:200]
        raise GraphError(f"{path}: malformed {fmt} ({message})") from None
    return ds
