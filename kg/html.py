"""Render the actor network as one self-contained HTML page (pyvis + vis-network, inlined).

pyvis 0.3.2's own template links Bootstrap and other files from CDNs even with
``cdn_resources="in_line"``; we render its nodes and edges into our own template,
which inlines vis-network from the pyvis package and sets a Content-Security-Policy
that forbids remote resources. Article text is HTML-escaped before it reaches the page,
and every value is embedded as JSON with ``<``, ``>`` and ``&`` escaped.
"""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.network import Network

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


def _tooltip(lines: list[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)


def to_pyvis(graph: nx.MultiDiGraph) -> Network:
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 1.0 for n in graph}
    for node, data in graph.nodes(data=True):
        net.add_node(str(node), label=data["label"], shape="dot",
                     color=CLASS_COLOURS.get(data["type"], "#adb5bd"),
                     size=12 + 40 * centrality.get(node, 0.0),
                     title=_tooltip([data["label"], data["type"]]))
    for s, o, data in graph.edges(data=True):
        evidence = data["evidence"][:MAX_EVIDENCE_IN_TOOLTIP]
        more = len(data["evidence"]) - len(evidence)
        lines = [f"{data['relation']} (confidence {data['confidence']:.2f})", *evidence]
        if more > 0:
            lines.append(f"… {more} more")
        net.add_edge(str(s), str(o), label=data["relation"], title=_tooltip(lines),
                     color=QUAD_COLOURS.get(data["quad"], "#6c757d"),
                     arrows="to" if not data["symmetric"] else "to;from",
                     width=1 + min(len(data["evidence"]), 5))
    return net


def render_html(graph: nx.MultiDiGraph, title: str = "geokg actor graph") -> str:
    net = to_pyvis(graph)
    env = Environment(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(PYVIS_TEMPLATES)]),
                      autoescape=True)
    nodes, edges, _, _, _, options = net.get_network_data()
    big = len(nodes) > 1000  # precomputed-free pages stay responsive: cap stabilisation
    return env.get_template("graph.html").render(
        title=title, nodes=nodes, edges=edges, big=big,
        class_colours=CLASS_COLOURS, quad_colours=QUAD_COLOURS,
        node_count=len(nodes), edge_count=len(edges))


def write_html(graph: nx.MultiDiGraph, path: Path, title: str = "geokg actor graph") -> None:
    write_text(path, render_html(graph, title))
