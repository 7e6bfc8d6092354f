"""The five canned SPARQL queries on a ~1M-quad build: Oxigraph store vs rdflib in memory.

The build is synthetic but has the real shape: fabricated ``Article``/``ArticleFacts`` go
through ``kg.rdf.article_quads`` (actor descriptions in the actor graph and in each article
graph, mentions, fact records), into an on-disk Oxigraph store like ``kg build`` makes.

* Oxigraph: ``kg.sparql.run_query`` on the store opened read-only, exactly what
  ``kg query DIR`` does (results converted to rdflib terms included).
* rdflib (the old way): the same quads in an in-memory ``Dataset(default_union=True)`` plus the
  ontology, queried with ``initNs``/``initBindings`` as the old ``run_query`` did. The old code
  also copied every quad into that dataset on every query; that copy is *not* counted here
  (its time is printed once), so the ratio is the conservative one. rdflib runs each query
  in the form shipped with it (``OLD_FORMS``): three were reshaped for Oxigraph's planner,
  and the new forms are far slower on rdflib (the new ``actor`` takes minutes there even on
  a six-article build).

Each rdflib query runs in a forked child so that one that exceeds ``--rdflib-timeout`` can be
stopped; the ratio is then a lower bound (printed with ``>``).

    python benchmarks/sparql_store.py [--quads 1150000] [--repeat 3] [--rdflib-timeout 900]
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef  # noqa: E402

from kg.articles import Article  # noqa: E402
from kg.facts import Actor, ArticleFacts, Evidence, Fact, Mention  # noqa: E402
from kg.ontology import load_ontology  # noqa: E402
from kg.rdf import PREFIXES, article_quads  # noqa: E402
from kg.sparql import canned_queries, canned_query, run_query  # noqa: E402
from kg.store import ONTOLOGY_GRAPH, load_ontology_into, to_ox_quad  # noqa: E402

RELATIONS = ["opposes", "criticizes", "threatens", "tradesWith", "deploysTroopsTo", "cooperatesWith",
             "suppliesWeaponsTo", "providesAidTo", "sanctions", "attacks", "meetsWith", "attends",
             "praises", "signsAgreementWith", "visits", "mediates"]
MODALITIES = ["asserted"] * 14 + ["hedged", "reported", "negated", "planned", "requested"]
# The forms shipped with the rdflib code path (the old way), each at its best on rdflib.
OLD_FORMS = {
    "actor": """PREFIX geokg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?subject ?relation ?object ?modality ?confidence ?evidence WHERE {
  { SELECT DISTINCT ?a WHERE {
      { ?a rdfs:label ?name } UNION { ?a skos:altLabel ?name }
      FILTER(LCASE(STR(?name)) = LCASE(STR(?actor)))
  } }
  { GRAPH ?g { ?r rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?o ;
                  geokg:modality ?m ; geokg:confidence ?confidence ; geokg:evidence ?evidence . } BIND(?a AS ?s) }
  UNION
  { GRAPH ?g { ?r rdf:object ?a ; rdf:predicate ?p ; rdf:subject ?s ;
                  geokg:modality ?m ; geokg:confidence ?confidence ; geokg:evidence ?evidence . } BIND(?a AS ?o) }
  ?s rdfs:label ?subject . FILTER(lang(?subject) = "it")
  ?o rdfs:label ?object . FILTER(lang(?object) = "it")
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
  BIND(STRAFTER(STR(?m), "#") AS ?modality)
}
ORDER BY ?relation ?subject ?object
""",
    "cooperation-conflict": """PREFIX geokg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?a ?b (SUM(?coop) AS ?cooperation) (SUM(?conf) AS ?conflict) WHERE {
  ?s ?p ?o .
  ?p geokg:quadClass ?q .
  BIND(IF(?q IN (geokg:VerbalCooperation, geokg:MaterialCooperation), 1, 0) AS ?coop)
  BIND(IF(?q IN (geokg:VerbalConflict, geokg:MaterialConflict), 1, 0) AS ?conf)
  ?s rdfs:label ?a . FILTER(lang(?a) = "it")
  ?o rdfs:label ?b . FILTER(lang(?b) = "it")
}
GROUP BY ?a ?b
ORDER BY DESC(?cooperation + ?conflict) ?a ?b
""",
    "timeline": """PREFIX geokg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?date ?subject ?relation ?object ?modality WHERE {
  GRAPH ?g { ?r a geokg:FactRecord ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                geokg:modality ?m ; geokg:article ?art .
             OPTIONAL { ?r geokg:eventDate ?eventDate } OPTIONAL { ?art dcterms:date ?articleDate } }
  BIND(COALESCE(?eventDate, ?articleDate) AS ?date)
  ?s rdfs:label ?subject . FILTER(lang(?subject) = "it")
  ?o rdfs:label ?object . FILTER(lang(?object) = "it")
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
  BIND(STRAFTER(STR(?m), "#") AS ?modality)
}
ORDER BY ?date ?subject
""",
}
BINDINGS = {"actor": {"actor": "Paese 3"}}


def actors(count: int, rng: random.Random) -> list[Actor]:
    pool = []
    for i in range(count):
        kind = ("Country", "Person", "Organization")[i % 3]
        name = {"Country": "Paese", "Person": "Persona", "Organization": "Organizzazione"}[kind]
        pool.append(Actor(f"{kind.lower()}/{i}", kind, f"{name} {i}", f"{kind} {i}", f"Q{100000 + i}"))
    return pool


def fabricate(quads: int, seed: int = 7):
    """(article, facts) pairs, Zipf-like in which actors they mention, until ``quads`` quads."""
    rng = random.Random(seed)
    pool = actors(3000, rng)
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    total, n = 0, 0
    while total < quads:
        cast = list(dict.fromkeys(rng.choices(pool, weights, k=8)))
        article_id = f"a-{n:08x}"
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        sentence = (f"Secondo fonti diplomatiche, {cast[0].label_it} e {cast[-1].label_it} "
                    f"hanno discusso della crisi regionale il {day.isoformat()}. ")
        body = sentence * 12
        mentions = [Mention(a.id, rng.choice([a.label_it, f"il governo di {a.label_it}", a.label_it.split()[0]]),
                            k * 40, k * 40 + 12, rng.choice(["name", "metonym", "role", "surname"]))
                    for k, a in enumerate(cast + cast[:4])]
        facts = []
        for k in range(10):
            subject, obj = rng.sample(cast, 2) if len(cast) > 1 else (cast[0], pool[0])
            relation = rng.choice(RELATIONS)
            if subject.type == "Person" and obj.type == "Country" and rng.random() < 0.3:
                relation = "leaderOf"
            facts.append(Fact(subject.id, relation, obj.id, Evidence(sentence.strip(), k * 100, k * 100 + 90),
                              rng.choice(MODALITIES), round(rng.uniform(0.5, 0.95), 2), f"p{k % 7}",
                              pool[1].id if rng.random() < 0.1 else None,
                              day - timedelta(days=rng.randrange(30)) if rng.random() < 0.4 else None))
        article = Article(article_id, f"Notizia {n}", body, day, f"https://example.org/{n}")
        extracted = ArticleFacts(article_id, tuple(cast), tuple(mentions), tuple(facts), 12)
        batch = list(article_quads(article, extracted))
        total += len(batch)
        n += 1
        yield batch


def build(path: Path, quads: int) -> tuple[list[tuple], int]:
    store = ox.Store(str(path))
    load_ontology_into(store)
    kept, articles = [], 0
    for batch in fabricate(quads):
        kept.extend(batch)
        articles += 1
    store.bulk_extend(to_ox_quad(*quad) for quad in kept)
    store.flush()
    return kept, articles


def rdflib_dataset(quads: list[tuple]) -> Dataset:
    ds = Dataset(default_union=True)
    for quad in quads:
        ds.add(quad)
    ontology = ds.graph(URIRef(ONTOLOGY_GRAPH))
    for triple in load_ontology():
        ontology.add(triple)
    return ds


def rdflib_query(ds: Dataset, query: str, bindings: dict, conn) -> None:
    start = time.perf_counter()
    result = ds.query(query, initBindings={k: Literal(v) for k, v in bindings.items()},
                      initNs={**PREFIXES, "rdf": RDF, "rdfs": RDFS, "xsd": XSD})
    rows = len(list(result))
    conn.send((time.perf_counter() - start, rows))


def time_rdflib(ds: Dataset, query: str, bindings: dict, timeout: float):
    ctx = multiprocessing.get_context("fork")  # the child shares the loaded dataset
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=rdflib_query, args=(ds, query, bindings, child))
    proc.start()
    got = parent.poll(timeout)
    outcome = parent.recv() if got else (None, None)
    if proc.is_alive():
        proc.kill()
    proc.join()
    return outcome


def time_oxigraph(store: ox.Store, query: str, bindings: dict, repeat: int):
    rows = len(list(run_query(store, query, bindings)))  # warm-up (block cache), as a served build is
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(list(run_query(store, query, bindings)))
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quads", type=int, default=1_150_000, help="quads generated (the store dedups the actor descriptions articles repeat: ~1M stay)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rdflib-timeout", type=float, default=900.0)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="kg-sparql-bench-"))
    try:
        start = time.perf_counter()
        quads, articles = build(workdir / "store", args.quads)
        store = ox.Store.read_only(str(workdir / "store"))
        print(f"build: {articles} synthetic articles, {len(store):,} quads in the store "
              f"(articles repeat actor descriptions: {len(quads):,} before dedup) in {time.perf_counter() - start:.0f} s")
        start = time.perf_counter()
        ds = rdflib_dataset(quads)
        print(f"rdflib in-memory dataset: loaded in {time.perf_counter() - start:.0f} s "
              f"(the old run_query paid a copy like this on every query)")
        del quads

        print(f"\n{'query':22} {'rows':>6} {'oxigraph':>10} {'rdflib':>10} {'ratio':>8}")
        ratios = []
        for name in canned_queries():
            bindings = BINDINGS.get(name, {})
            ox_seconds, ox_rows = time_oxigraph(store, canned_query(name), bindings, args.repeat)
            old = OLD_FORMS.get(name, canned_query(name))
            rdf_seconds, rdf_rows = time_rdflib(ds, old, bindings, args.rdflib_timeout)
            if rdf_seconds is None:
                ratio, shown, mark = args.rdflib_timeout / ox_seconds, f">{args.rdflib_timeout:.0f} s", ">"
            else:
                ratio, shown, mark = rdf_seconds / ox_seconds, f"{rdf_seconds:.2f} s", ""
                if rdf_rows != ox_rows:
                    shown += f" ({rdf_rows} rows!)"
            ratios.append(ratio)
            print(f"{name:22} {ox_rows:>6} {ox_seconds:>8.3f} s {shown:>10} {mark}{ratio:>7.0f}×", flush=True)
        geo = statistics.geometric_mean(ratios)
        print(f"\nOxigraph store vs rdflib in memory: geometric mean {geo:.0f}× faster, "
              f"slowest ratio {min(ratios):.0f}× (target ≥ 10×)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
