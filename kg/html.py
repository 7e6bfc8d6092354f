"""Render the actor network as one self-contained HTML page (vis-network from pyvis, inlined).

pyvis 0.3.2's own template links Bootstrap and other files from CDNs even with
``cdn_resources="in_line"``, and its ``Network`` checks membership in lists (quadratic
in the node count); we build vis-network's node and edge objects here and render them
into our own template, which inlines the vis-network copy shipped with pyvis.

Safety: article text reaches the page only inside a ``<script type="application/json">``
block, as JSON with ``<``, ``>``, ``&`` and ``'`` escaped, and is put on screen with
``textContent`` (never parsed as HTML). The Content-Security-Policy forbids remote
resources and allows only the page's own scripts, by hash: an injected ``<script>`` or
``onerror=`` attribute would not run even if escaping ever failed.

Every page carries positions computed here (``layout``). Small graphs then run vis-network's
physics briefly from there, so nodes can be dragged; big graphs (more than ``BIG_GRAPH``
actors) are drawn with physics off, at once, instead of simulating thousands of springs.
"""
from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np
import pyvis
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from markupsafe import Markup

from .atomic import write_text

TEMPLATES = Path(__file__).resolve().parent / "templates"
PYVIS_TEMPLATES = Path(pyvis.__file__).resolve().parent / "templates"

CLASS_COLOURS = {"Person": "#e4572e", "Country": "#17bebb", "Organization": "#76b041",
                 "Government": "#4c956c", "ArmedForces": "#6a4c93", "ArmedGroup": "#9d0208",
                 "InternationalOrganization": "#2e86ab", "MediaOutlet": "#b8b8b8",
                 "IntelligenceAgency": "#3d405b", "Company": "#f3a712", "PoliticalParty": "#ff7f51",
                 "Location": "#8d99ae", "City": "#8d99ae", "Weapon": "#5c5c5c", "Event": "#ffd166",
                 "Topic": "#c9ada7", "Group": "#adb5bd"}
QUAD_COLOURS = {"VerbalCooperation": "#52b788", "MaterialCooperation": "#1b4332",
                "VerbalConflict": "#f4a261", "MaterialConflict": "#d00000", "structural": "#6c757d"}
MAX_EVIDENCE_IN_TOOLTIP = 5
BIG_GRAPH = 1000  # actors; above this the page draws with physics off and no edge labels
NODE_SPACING = 60  # pixels; a 24-pixel dot and room for its label


def layout(graph: nx.Graph, seed: int = 0, iterations: int = 60, sample: int = 256) -> dict:
    """Force-directed positions in page pixels, in under a second for 5,000 nodes.

    Fruchterman–Reingold forces, but each step repels every node from one random sample
    of ``sample`` nodes (scaled up), as in random-vertex-sampling layouts: O(n·sample) a
    step instead of O(n²). NetworkX's own layouts were measured too slow here for 5,000
    nodes: ``forceatlas2_layout`` is dense (≈2.5 s per iteration) and ``spring_layout``
    needs SciPy above 500 nodes. Deterministic for a given ``seed``.

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
    True
    >>> pos == layout(nx.path_graph(3))
    True
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    edges = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    a, b = edges[:, 0], edges[:, 1]
    rng = np.random.default_rng(seed)
    side = np.sqrt(n)  # ideal edge length 1: n nodes fill a side×side square
    x, y = rng.uniform(0, side, n), rng.uniform(0, side, n)
    m = min(n, sample)
    temperature = side / 10
    for _ in range(iterations):
        pick = rng.choice(n, m, replace=False)
        dx, dy = x[:, None] - x[pick], y[:, None] - y[pick]
        inverse = 1.0 / np.maximum(dx * dx + dy * dy, 1e-4)
        fx, fy = (dx * inverse).sum(1) * (n / m), (dy * inverse).sum(1) * (n / m)
        ex, ey = x[a] - x[b], y[a] - y[b]
        length = np.sqrt(ex * ex + ey * ey)
        fx -= np.bincount(a, ex * length, n) - np.bincount(b, ex * length, n)
        fy -= np.bincount(a, ey * length, n) - np.bincount(b, ey * length, n)
        fx -= 0.05 * (x - x.mean())  # weak gravity keeps small components from drifting off
        fy -= 0.05 * (y - y.mean())
        force = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(force, temperature) / force
        x += fx * step
        y += fy * step
        temperature *= 0.94
    # Scale to the page: about NODE_SPACING² pixels of disc per node, so a zoomed-out view of a
    # big graph shows dots and zooming in reveals labels (median radius, robust to far islets).
    x, y = x - x.mean(), y - y.mean()
    median_radius = float(np.median(np.hypot(x, y))) or 1.0
    scale = NODE_SPACING * np.sqrt(n / np.pi) / (np.sqrt(2) * median_radius)
    # whole pixels: what vis-network's getPositions() reports, and a smaller page
    return {node: (round(float(px * scale)), round(float(py * scale)))
            for node, px, py in zip(nodes, x, y)}


def vis_data(graph: nx.MultiDiGraph, positions: dict | None = None,
             edge_labels: bool = True) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge objects; tooltips are lists of plain-text lines."""
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 1.0 for n in graph}
    ids = {node: str(node) for node in graph}
    nodes = []
    for node, data in graph.nodes(data=True):
        item = {"id": ids[node], "label": data["label"], "shape": "dot",
                "color": CLASS_COLOURS.get(data["type"], "#adb5bd"),
                "size": round(12 + 40 * centrality.get(node, 0.0), 2),
                "title": [data["label"], data["type"]]}
        if positions is not None:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    edges = []
    for number, (s, o, data) in enumerate(graph.edges(data=True)):
        evidence = data["evidence"][:MAX_EVIDENCE_IN_TOOLTIP]
        more = len(data["evidence"]) - len(evidence)
        lines = [f"{data['relation']} (confidence {data['confidence']:.2f})", *evidence]
        if more > 0:
            lines.append(f"… {more} more")
        edge = {"id": f"e{number}", "from": ids[s], "to": ids[o], "title": lines,
                "color": QUAD_COLOURS.get(data["quad"], "#6c757d"),
                "arrows": "to" if not data["symmetric"] else "to;from",
                "width": 1 + min(len(data["evidence"]), 5)}
        if edge_labels:
            edge["label"] = data["relation"]
        edges.append(edge)
    return nodes, edges


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_ENV = Environment(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(PYVIS_TEMPLATES)]),
                   autoescape=True)


def _render(**values) -> str:
    page = _ENV.get_template("graph.html").render(
        class_colours=CLASS_COLOURS, quad_colours=QUAD_COLOURS, **values)
    # The browser turns CR and CRLF into LF before hashing a script (vis-network.min.js has CRs);
    # JSON data carries its own \r escaped, so this changes nothing the page means.
    return page.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=1)
def _trusted_script_hashes() -> str:
    """CSP hashes of the template's executable scripts, taken from a page with no data.

    They hold no template values, so the hashes fit every page; a script that got in through
    the data would not match them and would not run.
    """
    empty = _render(title="", data={"nodes": [], "edges": [], "big": False, "settle": 0}, csp_hashes="",
                    node_count=0, edge_count=0)
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(body.encode('utf8')).digest()).decode()}'"
                    for body in _SCRIPT.findall(empty))


def render_html(graph: nx.MultiDiGraph, title: str = "geokg actor graph") -> str:
    big = graph.number_of_nodes() > BIG_GRAPH
    # Every page starts from a computed layout: vis-network stabilising from random positions
    # took headless Chromium 12 s for 150 actors and 38 s for 400 (0.7 s and 1.3 s from here).
    # Measuring and drawing 10,000 edge labels took ~7 s of a 5,000-actor page's first render
    # (~1 s without): big pages name relations in tooltips and by colour only.
    nodes, edges = vis_data(graph, layout(graph), edge_labels=not big)
    # Settling costs grow with size; from a computed layout a few dozen steps suffice.
    settle = max(50, min(200, 60_000 // max(len(nodes), 1)))
    return _render(title=title, data={"nodes": nodes, "edges": edges, "big": big, "settle": settle},
                   csp_hashes=Markup(_trusted_script_hashes()), node_count=len(nodes), edge_count=len(edges))


def write_html(graph: nx.MultiDiGraph, path: Path, title: str = "geokg actor graph") -> None:
    write_text(path, render_html(graph, title))
