"""Facts → rdflib ``Dataset``: the actor graph in the default graph, provenance per article.

The default graph holds entities (type, labels, alt labels, Wikidata links) and one
direct triple per asserted, reported or hedged fact. Each article has a named graph
with its metadata and one ``geokg:FactRecord`` (an ``rdf:Statement``) per claim,
including negated, requested and planned ones, which never become edges.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID as DEFAULT
from rdflib.namespace import DCTERMS, OWL, SKOS

from .articles import Article
from .errors import GraphError
from .facts import ArticleFacts
from .ontology import GEOKG

ID = Namespace("https://w3id.org/geokg/id/")
ARTICLE = Namespace("https://w3id.org/geokg/article/")
FACT = Namespace("https://w3id.org/geokg/fact/")
MENTION = Namespace("https://w3id.org/geokg/mention/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {"geokg": GEOKG._NS, "id": ID, "article": ARTICLE, "fact": FACT, "mention": MENTION, "wd": WD,
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


def _record_iri(namespace: Namespace, *parts) -> URIRef:
    """Deterministic IRI from the parts: the same article always gives the same IRIs."""
    key = "|".join(str(part) for part in parts)
    return namespace[hashlib.sha256(key.encode("utf8")).hexdigest()[:16]]


def article_quads(article: Article, extracted: ArticleFacts) -> Iterator[tuple]:
    """Every quad one article contributes: its named graph and its share of the actor graph.

    The article's graph describes the actors it mentions, so the actor graph can be
    derived again from the article graphs alone (``kg remove`` relies on it).

    >>> from kg.facts import Actor, ArticleFacts
    >>> a = Article("a1", "T", "Kim.", None)
    >>> e = ArticleFacts("a1", actors=(Actor("country/PRK", "Country", "Corea del Nord"),))
    >>> sorted(str(q[0]) for q in article_quads(a, e) if q[3] == DEFAULT)[:1]
    ['https://w3id.org/geokg/id/country/PRK']
    """
    article_node = ARTICLE[article.id]
    describe = []
    for actor in extracted.actors:
        node = actor_iri(actor.id)
        describe.append((node, RDF.type, GEOKG[actor.type]))
        describe.append((node, RDFS.label, Literal(actor.label_it, lang="it")))
        if actor.label_en:
            describe.append((node, RDFS.label, Literal(actor.label_en, lang="en")))
        if actor.wikidata:
            describe.append((node, OWL.sameAs, WD[actor.wikidata]))
    labels = {(s, o) for s, p, o in describe if p == RDFS.label}
    for mention in extracted.mentions:
        surface = " ".join(mention.text.split())
        node = actor_iri(mention.actor_id)
        if surface and (node, Literal(surface, lang="it")) not in labels:
            describe.append((node, SKOS.altLabel, Literal(surface, lang="it")))
    for triple in describe:
        yield (*triple, DEFAULT)
        yield (*triple, article_node)

    meta = [(article_node, RDF.type, GEOKG.Article),
            (article_node, DCTERMS.identifier, Literal(article.id)),
            (article_node, DCTERMS.title, Literal(article.title or article.id, lang="it"))]
    if article.date:
        meta.append((article_node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    if article.url:
        meta.append((article_node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    for mention in extracted.mentions:  # the merge log: why each stretch of text is this actor
        record = _record_iri(MENTION, article.id, mention.start_char, mention.end_char, mention.actor_id)
        meta += [(record, RDF.type, GEOKG.Mention),
                 (record, GEOKG.refersTo, actor_iri(mention.actor_id)),
                 (record, GEOKG.mentionedIn, article_node),
                 (record, GEOKG.surfaceForm, Literal(" ".join(mention.text.split()), lang="it")),
                 (record, GEOKG.resolvedBy, Literal(mention.how)),
                 (record, GEOKG.mentionStart, Literal(mention.start_char)),
                 (record, GEOKG.mentionEnd, Literal(mention.end_char))]
    for triple in meta:
        yield (*triple, article_node)

    for fact in extracted.facts:
        subject, predicate, obj = actor_iri(fact.subject), GEOKG[fact.relation], actor_iri(fact.object)
        if fact.is_edge:
            yield (subject, predicate, obj, DEFAULT)
        record = _record_iri(FACT, article.id, fact.subject, fact.relation, fact.object, fact.evidence.start_char)
        triples = [(record, RDF.type, GEOKG.FactRecord),
                   (record, RDF.subject, subject),
                   (record, RDF.predicate, predicate),
                   (record, RDF.object, obj),
                   (record, GEOKG.article, article_node),
                   (record, GEOKG.evidence, Literal(fact.evidence.sentence, lang="it")),
                   (record, GEOKG.charStart, Literal(fact.evidence.start_char)),
                   (record, GEOKG.charEnd, Literal(fact.evidence.end_char)),
                   (record, GEOKG.modality, GEOKG[fact.modality]),
                   (record, GEOKG.confidence, Literal(f"{fact.confidence:.2f}", datatype=XSD.decimal)),
                   (record, GEOKG.pattern, Literal(fact.pattern))]
        if fact.source:
            triples.append((record, GEOKG.source, actor_iri(fact.source)))
        if fact.event_date:
            triples.append((record, GEOKG.eventDate, Literal(fact.event_date, datatype=XSD.date)))
        for triple in triples:
            yield (*triple, article_node)


def add_article(ds: Dataset, article: Article, extracted: ArticleFacts) -> None:
    """Add one article's actors, edges and provenance to ``ds``."""
    for s, p, o, g in article_quads(article, extracted):
        ds.graph(g).add((s, p, o))


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
    """Load a build: a folder (its store, else its ``graph.trig``), a ``.trig`` or a ``.ttl`` file."""
    path = Path(path)
    if path.is_dir():
        from .store import as_dataset, has_store, open_store
        if has_store(path):  # the build's own store: nothing to re-parse
            return as_dataset(open_store(path, read_only=True))
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
