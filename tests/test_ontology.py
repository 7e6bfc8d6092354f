"""The ontology, its SHACL shapes and the GEOKG namespace agree with each other."""
from __future__ import annotations

import re
from decimal import Decimal

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from kg.ontology import (
    GEOKG,
    ONTOLOGY_PATH,
    SHAPES_PATH,
    interaction_properties,
    load_ontology,
    load_shapes,
    plover_event,
    quad_class,
    symmetric_properties,
)

NS = str(GEOKG._NS)
# A plain Namespace: doctest collection probes module attributes, and rdflib.XSD
# (a DefinedNamespace) warns on each unknown one.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ONTOLOGY_IRI = URIRef("https://w3id.org/geokg/ontology")
TERMS = frozenset(dir(GEOKG))  # DefinedNamespace's dir() yields the term IRIs

INTERACTIONS = {
    "meetsWith", "visits", "attends", "praises", "cooperatesWith", "signsAgreementWith",
    "mediates", "providesAidTo", "suppliesWeaponsTo", "deploysTroopsTo", "tradesWith",
    "criticizes", "threatens", "opposes", "sanctions", "attacks",
}
# Quad category of each PLOVER event type, as stated in the PLOVER manual.
PLOVER_QUAD = {
    "AGREE": "VerbalCooperation", "CONSULT": "VerbalCooperation",
    "SUPPORT": "VerbalCooperation", "CONCEDE": "VerbalCooperation",
    "COOPERATE": "MaterialCooperation", "AID": "MaterialCooperation",
    "RETREAT": "MaterialCooperation",
    "REQUEST": "VerbalConflict", "ACCUSE": "VerbalConflict",
    "REJECT": "VerbalConflict", "THREATEN": "VerbalConflict",
    "PROTEST": "MaterialConflict", "SANCTION": "MaterialConflict",
    "MOBILIZE": "MaterialConflict", "COERCE": "MaterialConflict",
    "ASSAULT": "MaterialConflict",
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def in_namespace(graph: Graph) -> set[URIRef]:
    """Every IRI of the geokg namespace mentioned anywhere in ``graph``."""
    nodes = {n for triple in graph for n in triple}
    return {n for n in nodes if isinstance(n, URIRef) and str(n).startswith(NS)}


# --- the ontology file ------------------------------------------------------

def test_files_exist_and_parse(onto):
    assert ONTOLOGY_PATH.is_file() and SHAPES_PATH.is_file()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert len(load_shapes()) > 0


def test_every_geokg_term_is_declared(onto):
    undeclared = {t for t in TERMS if (t, RDF.type, None) not in onto}
    assert not undeclared


def test_ontology_and_namespace_list_the_same_terms(onto):
    declared = {s for s in onto.subjects(RDF.type, None)
                if isinstance(s, URIRef) and str(s).startswith(NS)}
    assert declared == TERMS
    # Also catches a misspelt term used as an object (e.g. in a range).
    assert in_namespace(onto) <= TERMS


def test_shapes_only_use_known_terms():
    assert in_namespace(load_shapes()) <= TERMS


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        GEOKG.notAThing  # noqa: B018


def test_every_term_has_italian_and_english_label_and_definition(onto):
    missing = []
    for term in sorted(TERMS):
        labels = {lit.language for lit in onto.objects(term, RDFS.label)}
        definitions = {lit.language for p in (SKOS.definition, RDFS.comment)
                       for lit in onto.objects(term, p)}
        if not {"it", "en"} <= labels or not {"it", "en"} <= definitions:
            missing.append(term.fragment)
    assert not missing


def test_actor_hierarchy(onto):
    for cls in (GEOKG.Person, GEOKG.Country, GEOKG.Organization, GEOKG.Group):
        assert (cls, RDFS.subClassOf, GEOKG.Actor) in onto
    for cls in (GEOKG.Government, GEOKG.ArmedForces, GEOKG.MediaOutlet, GEOKG.IntelligenceAgency,
                GEOKG.Company, GEOKG.InternationalOrganization, GEOKG.PoliticalParty,
                GEOKG.ArmedGroup):
        assert (cls, RDFS.subClassOf, GEOKG.Organization) in onto
    for cls in (GEOKG.City, GEOKG.Region, GEOKG.WaterBody, GEOKG.Facility):
        assert (cls, RDFS.subClassOf, GEOKG.Location) in onto
    assert (GEOKG.FactRecord, RDFS.subClassOf, RDF.Statement) in onto


def test_modalities_and_quad_classes(onto):
    modalities = set(onto.subjects(RDF.type, GEOKG.Modality))
    assert {m.fragment for m in modalities} == {
        "asserted", "reported", "hedged", "negated", "requested", "planned"}
    quads = {q.fragment for q in onto.subjects(RDF.type, GEOKG.QuadClass)}
    assert quads == {"VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict"}


# --- interaction properties -------------------------------------------------

def test_interaction_properties_are_the_sixteen():
    assert {p.fragment for p in interaction_properties()} == INTERACTIONS


@pytest.mark.parametrize("name", sorted(INTERACTIONS))
def test_interaction_is_coded(onto, name):
    prop = GEOKG[name]
    event = plover_event(prop)
    assert event in PLOVER_QUAD
    assert quad_class(prop) == GEOKG[PLOVER_QUAD[event]]
    codes = [str(c) for c in onto.objects(prop, GEOKG.cameoCode)]
    assert codes and all(re.fullmatch(r"\d{2,4}", c) for c in codes)
    roots = {c for c in codes if len(c) == 2}
    assert roots and all(c[:2] in roots for c in codes)  # each code sits under a listed root
    assert (prop, RDFS.domain, GEOKG.Actor) in onto


def test_symmetric_properties():
    assert {p.fragment for p in symmetric_properties()} == {
        "meetsWith", "cooperatesWith", "signsAgreementWith", "tradesWith"}
    assert GEOKG.meetsWith in symmetric_properties()
    assert GEOKG.attacks not in symmetric_properties()


def test_quad_class_of_non_interaction_is_none():
    assert quad_class(GEOKG.leaderOf) is None
    assert plover_event(GEOKG.leaderOf) is None


# --- SHACL shapes -----------------------------------------------------------

ID = "https://w3id.org/geokg/id/"
KIM, PRK, RUS, PUTIN = (URIRef(ID + x) for x in ("person/kim", "country/PRK", "country/RUS", "person/putin"))
VOSTOCHNY = URIRef(ID + "facility/vostochny")
ARTICLE = URIRef("https://w3id.org/geokg/article/a1")
RECORD = URIRef("https://w3id.org/geokg/fact/f1")


def build(record_fields=None, extra_actor_triples=()) -> Dataset:
    """A one-article build: actor graph plus one FactRecord in the article's named graph."""
    ds = Dataset()
    actors = ds.default_graph
    for node, cls, it, en in ((KIM, GEOKG.Person, "Kim Jong-un", "Kim Jong Un"),
                              (PRK, GEOKG.Country, "Corea del Nord", "North Korea"),
                              (RUS, GEOKG.Country, "Russia", "Russia"),
                              (PUTIN, GEOKG.Person, "Vladimir Putin", "Vladimir Putin"),
                              (VOSTOCHNY, GEOKG.Facility, "cosmodromo di Vostochny", "Vostochny Cosmodrome")):
        actors.add((node, RDF.type, cls))
        actors.add((node, RDFS.label, Literal(it, lang="it")))
        actors.add((node, RDFS.label, Literal(en, lang="en")))
    actors.add((PRK, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q423")))
    actors.add((KIM, SKOS.altLabel, Literal("Kim", lang="it")))
    actors.add((KIM, GEOKG.leaderOf, PRK))
    for triple in extra_actor_triples:
        actors.add(triple)

    prov = ds.graph(ARTICLE)
    prov.add((ARTICLE, RDF.type, GEOKG.Article))
    prov.add((ARTICLE, DCTERMS.title, Literal("Kim incontra Putin", lang="it")))
    prov.add((ARTICLE, DCTERMS.date, Literal("2024-06-19", datatype=XSD.date)))
    prov.add((ARTICLE, DCTERMS.identifier, Literal("a1")))
    prov.add((ARTICLE, URIRef("https://schema.org/url"),
              Literal("https://example.org/a1", datatype=XSD.anyURI)))
    fields = {
        RDF.type: GEOKG.FactRecord,
        RDF.subject: KIM,
        RDF.predicate: GEOKG.leaderOf,
        RDF.object: PRK,
        GEOKG.article: ARTICLE,
        GEOKG.evidence: Literal("Il leader nordcoreano Kim Jong-un ha accolto Putin.", lang="it"),
        GEOKG.charStart: Literal(0),
        GEOKG.charEnd: Literal(51),
        GEOKG.modality: GEOKG.reported,
        GEOKG.confidence: Literal(Decimal("0.85")),
        GEOKG.eventDate: Literal("2024-06-19", datatype=XSD.date),
        GEOKG.source: PUTIN,
        GEOKG.pattern: Literal("appositive_leader"),
    }
    fields.update(record_fields or {})
    for pred, obj in fields.items():
        if obj is not None:
            prov.add((RECORD, pred, obj))
    return ds


def shacl(ds: Dataset) -> tuple[bool, Graph, str]:
    """Validate the union of all graphs, as the build does."""
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    conforms, report, text = pyshacl.validate(
        union, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="rdfs")
    return conforms, report, text


def focus_nodes(report: Graph) -> set:
    return set(report.objects(None, SH.focusNode))


def result_paths(report: Graph, focus) -> set:
    return {report.value(r, SH.resultPath) for r in report.subjects(SH.focusNode, focus)}


def test_well_formed_build_conforms():
    conforms, _, text = shacl(build(extra_actor_triples=[
        (PUTIN, GEOKG.praises, PRK),
        (PRK, GEOKG.deploysTroopsTo, RUS),
        (KIM, GEOKG.meetsWith, PUTIN),
        (KIM, GEOKG.visits, VOSTOCHNY),
    ]))
    assert conforms, text


def test_broken_fact_record_is_reported():
    conforms, report, text = shacl(build({GEOKG.article: None,
                                          GEOKG.confidence: Literal(Decimal("1.5"))}))
    assert not conforms
    assert RECORD in focus_nodes(report)
    assert str(RECORD) in text
    assert {GEOKG.article, GEOKG.confidence} <= result_paths(report, RECORD)


@pytest.mark.parametrize("fields, path", [
    ({GEOKG.modality: GEOKG.Actor}, GEOKG.modality),
    ({GEOKG.charStart: Literal(-1)}, GEOKG.charStart),
    ({GEOKG.charStart: Literal(60)}, GEOKG.charStart),  # after charEnd
    ({GEOKG.evidence: None}, GEOKG.evidence),
    ({GEOKG.confidence: Literal(0.5)}, GEOKG.confidence),  # xsd:double, not decimal
    ({RDF.object: None}, RDF.object),
])
def test_other_fact_record_errors(fields, path):
    conforms, report, _ = shacl(build(fields))
    assert not conforms
    assert path in result_paths(report, RECORD)


def test_article_without_title_is_reported():
    ds = build()
    ds.graph(ARTICLE).remove((ARTICLE, DCTERMS.title, None))
    conforms, report, _ = shacl(ds)
    assert not conforms
    assert DCTERMS.title in result_paths(report, ARTICLE)


def test_unlabelled_interaction_object_is_reported():
    # praises has range Actor, so RDFS inference types the stranger as an Actor.
    stranger = URIRef(ID + "person/unknown")
    conforms, report, _ = shacl(build(extra_actor_triples=[(PUTIN, GEOKG.praises, stranger)]))
    assert not conforms
    assert stranger in focus_nodes(report)


def test_non_actor_subject_of_interaction_is_reported():
    missile = URIRef(ID + "weapon/hwasong")
    conforms, report, _ = shacl(build(extra_actor_triples=[
        (missile, RDF.type, GEOKG.Weapon),
        (missile, RDFS.label, Literal("Hwasong-19", lang="it")),
        (missile, GEOKG.attacks, RUS),
    ]))
    assert not conforms
    violations = set(report.subjects(SH.resultSeverity, SH.Violation))
    assert missile in {report.value(r, SH.focusNode) for r in violations}


def test_attends_needs_an_event():
    conforms, report, _ = shacl(build(extra_actor_triples=[(KIM, GEOKG.attends, PRK)]))
    assert not conforms
    assert PRK in focus_nodes(report)
