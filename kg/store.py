"""A build's embedded store: an on-disk Oxigraph database holding the build's dataset.

The store is the model of a build; Turtle, TriG, JSON-LD and HTML are exports of it.
Its default graph is the actor graph, each article has a named graph (provenance and
the description of the actors it mentions), and the ontology sits in its own graph so
that SPARQL can use its annotations. Layout of a build folder::

    store -> stores/<generation>   symlink, swapped atomically when a full build ends
    stores/<generation>/           the Oxigraph (RocksDB) files
    .lock                          held by build, add and remove: writers queue, never interleave
    .dirty                         present while the exports may lag behind the store

Rdflib code reaches the store through oxrdflib (:func:`as_dataset`).
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import GraphError
from .ontology import ONTOLOGY_PATH

STORE_LINK = "store"
GENERATIONS = "stores"
LOCK_FILE = ".lock"
DIRTY_FILE = ".dirty"
ONTOLOGY_GRAPH = "https://w3id.org/geokg/ontology"

# The actor graph as a function of the article graphs: actor descriptions plus one edge
# per fact whose modality makes it an edge. Rebuilding it in one update keeps removal exact.
UPDATE_PROLOGUE = """
PREFIX geokg: <https://w3id.org/geokg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
# One rdfs:label per actor and language: the spelling most articles use (ties: code-point order);
# the others become skos:altLabel ("Guardia di Finanza", "Guardia di finanza"). A pure function of
# the article graphs, so an incremental add ends where a full build does.
_ONE_LABEL = """
DELETE { ?s rdfs:label ?l } INSERT { ?s skos:altLabel ?l } WHERE {
  { SELECT ?s ?l (COUNT(DISTINCT ?g) AS ?n) WHERE {
      { SELECT DISTINCT ?s WHERE { ?s rdfs:label ?a , ?b . FILTER(?a != ?b && lang(?a) = lang(?b)) SCOPE } }
      GRAPH ?g { ?s rdfs:label ?l } } GROUP BY ?s ?l }
  { SELECT ?s ?o (COUNT(DISTINCT ?h) AS ?m) WHERE {
      { SELECT DISTINCT ?s WHERE { ?s rdfs:label ?a , ?b . FILTER(?a != ?b && lang(?a) = lang(?b)) SCOPE } }
      GRAPH ?h { ?s rdfs:label ?o } } GROUP BY ?s ?o }
  FILTER (?o != ?l && lang(?o) = lang(?l) && (?m > ?n || (?m = ?n && STR(?o) < STR(?l))))
} ;
DELETE { ?s skos:altLabel ?l } WHERE {
  ?s rdfs:label ?l ; skos:altLabel ?l . SCOPE
  FILTER NOT EXISTS { GRAPH ?g { ?s skos:altLabel ?l } }
}
"""
ONE_LABEL_PER_LANGUAGE = _ONE_LABEL.replace("SCOPE", "")


def one_label_for(graphs: Iterable[str]) -> str:
    """``ONE_LABEL_PER_LANGUAGE`` for the actors the given article graphs describe (after an add)."""
    values = " ".join(f"<{g}>" for g in graphs)
    return _ONE_LABEL.replace("SCOPE", f"GRAPH ?new {{ ?s rdfs:label [] }} VALUES ?new {{ {values} }}")
DERIVE_ACTOR_GRAPH = f"""
CLEAR DEFAULT ;
INSERT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{
    {{ ?s ?p ?o . VALUES ?p {{ rdf:type rdfs:label skos:altLabel owl:sameAs }}
       FILTER NOT EXISTS {{ ?s a ?record . VALUES ?record {{ geokg:Article geokg:FactRecord geokg:Mention }} }} }}
    UNION
    {{ ?r a geokg:FactRecord ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; geokg:modality ?m .
       FILTER (?m NOT IN (geokg:negated, geokg:requested, geokg:planned)) }}
  }}
  FILTER (?g != <{ONTOLOGY_GRAPH}>)
}} ;
""" + ONE_LABEL_PER_LANGUAGE


def to_ox(term):
    """An rdflib term as a pyoxigraph term.

    >>> to_ox(Literal("Mosca", lang="it"))
    <Literal value=Mosca language=it>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_quad(s, p, o, g) -> ox.Quad:
    graph = ox.DefaultGraph() if g is None or g == DATASET_DEFAULT_GRAPH_ID else to_ox(g)
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def store_path(build_dir: Path) -> Path:
    return Path(build_dir) / STORE_LINK


def has_store(build_dir: Path) -> bool:
    return store_path(build_dir).is_dir()


def open_store(build_dir: Path, read_only: bool = False) -> ox.Store:
    """Open the store of a build, with a one-line error if there is none or it is damaged."""
    path = store_path(build_dir)
    if not path.is_dir():
        raise GraphError(f"{build_dir}: not a geokg build with a store (no {STORE_LINK}/); run `kg build` first")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        raise GraphError(f"{path}: cannot open the store ({' '.join(str(err).split())[:200]})") from None


def new_generation(build_dir: Path) -> tuple[Path, ox.Store]:
    """A fresh, empty store beside the current one, to be published when complete."""
    path = Path(build_dir) / GENERATIONS / f"{time.time_ns()}-{os.getpid()}"
    path.parent.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(path))
    load_ontology_into(store)
    return path, store


def publish(build_dir: Path, generation: Path) -> None:
    """Point ``store`` at ``generation`` atomically, then delete older generations."""
    link = store_path(build_dir)
    if link.exists() and not link.is_symlink():
        raise GraphError(f"{link}: expected a symlink to {GENERATIONS}/; move it away and rebuild")
    tmp = link.with_name(f".{STORE_LINK}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(Path(GENERATIONS) / generation.name)
    os.replace(tmp, link)
    for old in (Path(build_dir) / GENERATIONS).iterdir():
        if old.name != generation.name and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)


def discard(generation: Path) -> None:
    shutil.rmtree(generation, ignore_errors=True)


def load_ontology_into(store: ox.Store) -> None:
    store.load(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))


def add_quads(store: ox.Store, quads: Iterable[tuple]) -> None:
    """Add rdflib quads in one transaction: all of them or none."""
    store.extend([to_ox_quad(*quad) for quad in quads])


def article_graphs(store: ox.Store) -> set[str]:
    """IRIs of the article graphs in the store."""
    return {g.value for g in store.named_graphs() if g.value != ONTOLOGY_GRAPH}


def build_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad of the build proper: the actor graph and the article graphs, not the ontology."""
    ontology = ox.NamedNode(ONTOLOGY_GRAPH)
    return (quad for quad in store if quad.graph_name != ontology)


def remove_articles(store: ox.Store, article_iris: Iterable[str]) -> None:
    """Drop article graphs and derive the actor graph again, in one transaction.

    Facts and actors another article supports stay; the rest go.
    """
    drops = "".join(f"DROP SILENT GRAPH <{iri}> ;\n" for iri in article_iris)
    store.update(UPDATE_PROLOGUE + drops + DERIVE_ACTOR_GRAPH)


def settle_labels(store: ox.Store, graphs: Iterable[str] | None = None) -> None:
    """Keep one ``rdfs:label`` per actor and language in the actor graph, for every actor or for
    those the new article ``graphs`` describe."""
    graphs = list(graphs) if graphs is not None else None
    if graphs == []:
        return
    store.update(UPDATE_PROLOGUE + (ONE_LABEL_PER_LANGUAGE if graphs is None else one_label_for(graphs)))


def derive_actor_graph(store: ox.Store) -> None:
    """Rebuild the default graph from the article graphs (repair after an interrupted write)."""
    store.update(UPDATE_PROLOGUE + DERIVE_ACTOR_GRAPH)


def as_dataset(store: ox.Store) -> Dataset:
    """The store as an rdflib ``Dataset`` (through oxrdflib): rdflib code runs on it unchanged."""
    from oxrdflib import OxigraphStore

    from .rdf import PREFIXES

    ds = Dataset(store=OxigraphStore(store=store))
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    return ds


@contextmanager
def dataset_view(store: ox.Store) -> Iterator[Dataset]:
    """``as_dataset`` for the length of a block; afterwards the Dataset lets go of the store,
    so closing the store does not wait for the garbage collector."""
    ds = as_dataset(store)
    try:
        yield ds
    finally:
        ds.close()


@contextmanager
def build_lock(build_dir: Path) -> Iterator[None]:
    """Hold the build's writer lock; a second writer waits until the first is done."""
    build_dir = Path(build_dir)
    build_dir.mkdir(parents=True, exist_ok=True)
    with open(build_dir / LOCK_FILE, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released by the kernel even if the process is killed
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def mark_dirty(build_dir: Path) -> None:
    (Path(build_dir) / DIRTY_FILE).touch()


def is_dirty(build_dir: Path) -> bool:
    return (Path(build_dir) / DIRTY_FILE).exists()


def mark_clean(build_dir: Path) -> None:
    (Path(build_dir) / DIRTY_FILE).unlink(missing_ok=True)
