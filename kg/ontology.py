"""The geokg ontology as Python terms.

``GEOKG`` lists every class, property and individual of
``ontologies/geokg.ttl`` (namespace ``https://w3id.org/geokg/ontology#``);
a misspelt term raises ``AttributeError``. The helper functions read facts
such as symmetry and quad class from the ontology graph itself, so the
Turtle file stays the single source of truth.

>>> GEOKG.leaderOf
rdflib.term.URIRef('https://w3id.org/geokg/ontology#leaderOf')
>>> GEOKG.notAThing
Traceback (most recent call last):
...
AttributeError: term 'notAThing' not in namespace 'https://w3id.org/geokg/ontology#'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace as _rdflib_ns
from rdflib.namespace import OWL, RDF, RDFS
from .resources import resource

__all__ = [
    "GEOKG",
    "ONTOLOGY_PATH",
    "SHAPES_PATH",
    "interaction_properties",
    "load_ontology",
    "load_shapes",
    "plover_event",
    "quad_class",
    "symmetric_properties",
]

ONTOLOGY_PATH: Path = resource("ontologies", "geokg.ttl")
SHAPES_PATH: Path = resource("ontologies", "shapes.ttl")


# Base class reached via the module so doctest collection never probes the
# bare DefinedNamespace (which warns on every unknown attribute).
class GEOKG(_rdflib_ns.DefinedNamespace):
    """Terms of the geokg ontology.

    >>> GEOKG.Person
    rdflib.term.URIRef('https://w3id.org/geokg/ontology#Person')
    >>> GEOKG.meetsWith in symmetric_properties()
    True
    """

    _NS = Namespace("https://w3id.org/geokg/ontology#")
    _fail = True  # a typo must raise, not mint a new IRI

    # Actors
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Government: URIRef
    ArmedForces: URIRef
    MediaOutlet: URIRef
    IntelligenceAgency: URIRef
    Company: URIRef
    InternationalOrganization: URIRef
    PoliticalParty: URIRef
    ArmedGroup: URIRef
    Group: URIRef

    # Places and other objects
    Location: URIRef
    City: URIRef
    Region: URIRef
    WaterBody: URIRef
    Facility: URIRef
    Event: URIRef
    Weapon: URIRef
    Topic: URIRef

    # Articles and provenance
    Article: URIRef
    FactRecord: URIRef
    Mention: URIRef
    Modality: URIRef
    QuadClass: URIRef

    # Modality individuals
    asserted: URIRef
    reported: URIRef
    hedged: URIRef
    negated: URIRef
    requested: URIRef
    planned: URIRef

    # Quad class individuals
    VerbalCooperation: URIRef
    MaterialCooperation: URIRef
    VerbalConflict: URIRef
    MaterialConflict: URIRef

    # Structural properties
    leaderOf: URIRef
    memberOf: URIRef
    partOf: URIRef
    basedIn: URIRef
    locatedIn: URIRef
    capitalOf: URIRef

    # Interaction properties
    interactsWith: URIRef
    meetsWith: URIRef
    visits: URIRef
    attends: URIRef
    praises: URIRef
    cooperatesWith: URIRef
    signsAgreementWith: URIRef
    mediates: URIRef
    providesAidTo: URIRef
    suppliesWeaponsTo: URIRef
    deploysTroopsTo: URIRef
    tradesWith: URIRef
    criticizes: URIRef
    threatens: URIRef
    opposes: URIRef
    sanctions: URIRef
    attacks: URIRef

    # Actor-object properties
    orders: URIRef
    produces: URIRef
    tests: URIRef

    # Provenance properties (on FactRecord)
    article: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    modality: URIRef
    confidence: URIRef
    eventDate: URIRef
    source: URIRef
    pattern: URIRef

    # Mention properties (the merge log)
    refersTo: URIRef
    mentionedIn: URIRef
    surfaceForm: URIRef
    resolvedBy: URIRef
    mentionStart: URIRef
    mentionEnd: URIRef

    # Annotation properties on interaction properties
    ploverEvent: URIRef
    cameoCode: URIRef
    quadClass: URIRef


def load_ontology() -> Graph:
    """Parse ``geokg.ttl`` into a new graph (safe to modify).

    >>> (GEOKG.Person, RDFS.subClassOf, GEOKG.Actor) in load_ontology()
    True
    """
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def load_shapes() -> Graph:
    """Parse ``shapes.ttl`` into a new graph.

    >>> len(load_shapes()) > 0
    True
    """
    return Graph().parse(SHAPES_PATH, format="turtle")


@cache
def _ontology() -> Graph:
    # Shared read-only copy behind the cached lookups below.
    return load_ontology()


@cache
def symmetric_properties() -> frozenset[URIRef]:
    """geokg properties declared ``owl:SymmetricProperty``.

    >>> sorted(p.fragment for p in symmetric_properties())
    ['cooperatesWith', 'meetsWith', 'signsAgreementWith', 'tradesWith']
    """
    g = _ontology()
    return frozenset(
        p for p in g.subjects(RDF.type, OWL.SymmetricProperty) if p in GEOKG
    )


@cache
def interaction_properties() -> frozenset[URIRef]:
    """Sub-properties of ``geokg:interactsWith`` (the abstract parent excluded).

    >>> GEOKG.attacks in interaction_properties()
    True
    >>> GEOKG.interactsWith in interaction_properties(), len(interaction_properties())
    (False, 16)
    """
    g = _ontology()
    subs = g.transitive_subjects(RDFS.subPropertyOf, GEOKG.interactsWith)
    return frozenset(p for p in subs if p != GEOKG.interactsWith)


@cache
def quad_class(prop: URIRef) -> URIRef | None:
    """Quad class individual of an interaction property, or None.

    >>> quad_class(GEOKG.attacks) == GEOKG.MaterialConflict
    True
    >>> quad_class(GEOKG.leaderOf) is None
    True
    """
    value = _ontology().value(URIRef(prop), GEOKG.quadClass)
    return value if isinstance(value, URIRef) else None


@cache
def plover_event(prop: URIRef) -> str | None:
    """PLOVER event type of an interaction property, or None.

    >>> plover_event(GEOKG.meetsWith)
    'CONSULT'
    """
    value = _ontology().value(URIRef(prop), GEOKG.ploverEvent)
    return str(value) if isinstance(value, Literal) else None
