"""A build's export files (Turtle, TriG, JSON-LD, HTML), written from its store.

Article graphs never change once stored, so their TriG and JSON-LD are kept serialised in
``.exports/`` beside the exports, and ``kg add`` serialises only the articles it adds; the actor
graph, which any add may change, is serialised every time and joined to the kept parts. A
manifest records which article graphs the kept parts hold and their lengths: a mismatch (a write
stopped half-way, a ``kg remove``, a rebuild) means writing them again from the store.

Joining is plain concatenation: a Turtle document is a TriG document of the default graph, TriG
allows prefix directives between graphs, and a JSON-LD document here is one array of node and
graph objects.
"""
from __future__ import annotations

import json
import shutil
from itertools import chain
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD

from . import store as stores
from .atomic import atomic_path, write_text
from .graphview import actor_network
from .html import render_html
from .rdf import PREFIXES

KEPT = ".exports"
MANIFEST_VERSION = 1


def _prefixes() -> dict[str, str]:
    # Actor ids contain "/", which prefixed names would have to escape: they stay full IRIs.
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix != "id"}
    prefixes.update(rdf=str(RDF), rdfs=str(RDFS), xsd=str(XSD))
    return prefixes


def _graph_quads(store: ox.Store, graphs: Iterable[str]):
    return chain.from_iterable(store.quads_for_pattern(None, None, None, ox.NamedNode(g)) for g in graphs)


def _jsonld_items(document: bytes) -> bytes:
    """The members of a JSON-LD document's top-level array, without the brackets.

    >>> _jsonld_items(b'[{"@id":"http://a"}]'), _jsonld_items(b'[]')
    (b'{"@id":"http://a"}', b'')
    """
    return document.strip()[1:-1].strip()


class KeptArticles:
    """The article graphs of a build serialised once, as a TriG part and a JSON-LD part."""

    def __init__(self, out: Path):
        self.folder = Path(out) / KEPT
        self.trig = self.folder / "articles.trig"
        self.jsonld = self.folder / "articles.jsonld"
        self.manifest = self.folder / "manifest.json"

    def _recorded(self) -> dict | None:
        try:
            record = json.loads(self.manifest.read_text(encoding="utf8"))
            sizes_match = (self.trig.stat().st_size == record["trig_bytes"]
                           and self.jsonld.stat().st_size == record["jsonld_bytes"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return record if sizes_match and record.get("version") == MANIFEST_VERSION else None

    def update(self, store: ox.Store, new_graphs: Iterable[str] | None = None) -> None:
        """Bring the kept parts in line with the store's article graphs, serialising only
        ``new_graphs`` when the parts already hold all the others."""
        present = stores.article_graphs(store)
        record = self._recorded()
        new = sorted(set(new_graphs or ()) & present)
        if record is None or new_graphs is None or set(record["graphs"]) != present - set(new):
            self._write(store, sorted(present), append=False)
        elif new:
            self._write(store, new, append=True, record=record)

    def _write(self, store: ox.Store, graphs: list[str], append: bool, record: dict | None = None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        trig = ox.serialize(_graph_quads(store, graphs), format=ox.RdfFormat.TRIG, prefixes=_prefixes())
        items = _jsonld_items(ox.serialize(_graph_quads(store, graphs), format=ox.RdfFormat.JSON_LD))
        kept = list(record["graphs"]) if append and record else []
        mode = "ab" if append else "wb"
        # The manifest is written last: a stop before it leaves lengths that do not match.
        with open(self.trig, mode) as handle:
            handle.write(trig)
        with open(self.jsonld, mode) as handle:
            if append and items and self.jsonld.stat().st_size:
                handle.write(b",")
            handle.write(items)
        write_text(self.manifest, json.dumps({
            "version": MANIFEST_VERSION, "graphs": kept + graphs,
            "trig_bytes": self.trig.stat().st_size, "jsonld_bytes": self.jsonld.stat().st_size}))


def write_exports(store: ox.Store, out: Path, new_graphs: Iterable[str] | None = None) -> None:
    """Write every export to a temporary file, then rename them all into place.

    ``new_graphs``: the article graphs added since the last write, when only those are new;
    ``None`` re-serialises every article graph.
    """
    out.mkdir(parents=True, exist_ok=True)
    kept = KeptArticles(out)
    kept.update(store, new_graphs)
    with atomic_path(out / "graph.ttl") as ttl, atomic_path(out / "graph.trig") as trig, \
            atomic_path(out / "graph.jsonld") as jsonld, atomic_path(out / "graph.html") as page:
        store.dump(str(ttl), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=_prefixes())
        with open(trig, "wb") as target:
            for part in (ttl, kept.trig):
                with open(part, "rb") as source:
                    shutil.copyfileobj(source, target, 1 << 20)
        actors = _jsonld_items(store.dump(None, ox.RdfFormat.JSON_LD, from_graph=ox.DefaultGraph()) or b"[]")
        with open(jsonld, "wb") as target:
            target.write(b"[" + actors)
            if actors and kept.jsonld.stat().st_size:
                target.write(b",")
            with open(kept.jsonld, "rb") as source:
                shutil.copyfileobj(source, target, 1 << 20)
            target.write(b"]")
        with stores.dataset_view(store) as ds:
            page.write_text(render_html(actor_network(ds)), encoding="utf8")
