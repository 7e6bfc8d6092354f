"""The graph page in a real headless Chromium: hostile article text never runs as script,
the console stays clean, and the page draws exactly the graph's actors and relations.

Needs Debian ``chromium`` and ``chromium-driver`` (CI installs them): without them these
tests fail when ``CI`` is set and are skipped otherwise. The test that the HTML file
never holds the hostile strings unescaped runs without a browser.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graphview import actor_network, neighbourhood
from kg.html import BIG_GRAPH, render_html
from kg.rdf import actor_iri, load_dataset
from tests.conftest import build_articles

CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800"]
DRAW_TIMEOUT = 60  # seconds; generous for a loaded 2-core CI machine, not a performance check

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '"><img src=x onerror="window.__pwned=2">'
LINK = '<a href="javascript:window.__pwned=3">l\'agenzia</a>'
BREAKOUT = '</script><script>window.__pwned=4</script>'
PAGE_TAGS = {"html", "head", "meta", "title", "body", "div", "h3", "h4", "p", "span"}
HOSTILE_STRINGS = [SCRIPT, IMG, LINK, BREAKOUT, "<img src=x", "<script>window", "<a href"]  # as text, "javascript:" is harmless
# Italian news-style text (our own words) with actors the pipeline knows and markup in
# the title and the body: a title tag, an attribute breakout, a javascript: link, a
# </script> breakout and both kinds of quotes.
HOSTILE_ARTICLE = f"""date 2025-03-14 Mosca e Pyongyang {SCRIPT} firmano l'intesa {IMG}

La Corea del Nord ha inviato truppe in Russia {SCRIPT}, secondo fonti dell'intelligence sudcoreana.
Il leader nordcoreano Kim Jong-un ha visitato una fabbrica di missili {IMG} vicino a Pyongyang.
La Russia ha fornito missili alla Corea del Nord, riferisce {LINK} di Seul.
Un portavoce ha detto "nessun commento" {BREAKOUT} mentre l'Ucraina ha condannato l'accordo.
Il presidente ucraino Volodymyr Zelensky ha incontrato il segretario della NATO a Bruxelles 'ieri' javascript:alert(5).
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """``kg build`` of the hostile article; returns the output folder."""
    return build_articles(tmp_path_factory.mktemp("hostile"), {"hostile.txt": HOSTILE_ARTICLE})


def hostile_graph() -> nx.MultiDiGraph:
    """A hand-made graph whose labels (not only evidence) carry the hostile strings."""
    graph = nx.MultiDiGraph()
    a, b = actor_iri("person/hostile-a"), actor_iri("org/hostile-b")
    graph.add_node(a, label=f"Mario {SCRIPT} Rossi", type="Person")
    graph.add_node(b, label=f"Gruppo {IMG} {BREAKOUT}", type="ArmedGroup")
    graph.add_edge(a, b, key="memberOf", relation="memberOf", quad="structural",
                   evidence=[f"Mario Rossi {LINK} è membro del gruppo {BREAKOUT}."],
                   confidence=0.9, symmetric=False)
    return graph


def big_graph(actors: int) -> nx.MultiDiGraph:
    base = nx.barabasi_albert_graph(actors, 1, seed=3)
    graph = nx.MultiDiGraph()
    for i in base:
        graph.add_node(actor_iri(f"test/a{i}"), label=f"Attore {i}", type="Country")
    for u, v in base.edges():
        graph.add_edge(actor_iri(f"test/a{u}"), actor_iri(f"test/a{v}"), key="threatens",
                       relation="threatens", quad="VerbalConflict", evidence=[f"Frase {u}."],
                       confidence=0.8, symmetric=False)
    return graph


# --- without a browser -------------------------------------------------------------------

def test_hostile_strings_never_unescaped_in_html(hostile_build, tmp_path):
    pages = {"build": (hostile_build / "graph.html").read_text(encoding="utf8"),
             "labels": render_html(hostile_graph(), title=f"Titolo {SCRIPT} {IMG}")}
    for name, page in pages.items():
        for hostile in HOSTILE_STRINGS:
            assert hostile not in page, (name, hostile)
        # markup from the text never opens a tag: three scripts (library, data, ours), no data
        # block holding a "<", and outside scripts and styles only the template's own tags
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.DOTALL)
        assert [attrs for attrs, _ in scripts] == ["", ' id="graph-data" type="application/json"', ""], name
        assert "<" not in scripts[1][1], name
        markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", page, flags=re.DOTALL)
        assert set(re.findall(r"<([a-zA-Z][\w-]*)", markup)) <= PAGE_TAGS, name
        assert not re.search(r"""(?:href|src)\s*=\s*["']?\s*javascript:""", page, re.IGNORECASE), name
    # the text is still there, as data: escaped, not dropped
    data = json.loads(re.search(r'<script id="graph-data" type="application/json">(.*?)</script>',
                                pages["labels"], re.DOTALL).group(1))
    assert data["nodes"][0]["label"] == f"Mario {SCRIPT} Rossi"
    assert "Titolo &lt;script&gt;window.__pwned=1&lt;/script&gt;" in pages["labels"]


# --- in headless Chromium ---------------------------------------------------------------

def _find(env: str, *names: str) -> str | None:
    """The program named by ``env`` if set, else the first of ``names`` on PATH."""
    if os.environ.get(env):
        return shutil.which(os.environ[env])
    return next((found for name in names if (found := shutil.which(name))), None)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """One headless Chromium for the session, with the console log captured."""
    chromium = _find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome")
    driver_path = _find("CHROMEDRIVER", "chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    missing = [what for what, found in [("chromium", chromium), ("chromedriver", driver_path),
                                        ("selenium", webdriver)] if not found]
    if missing:
        message = (f"browser tests need {', '.join(missing)} "
                   "(apt-get install chromium chromium-driver; pip install -e '.[test]')")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROME_FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(DRAW_TIMEOUT)
    yield driver
    driver.quit()


def open_page(driver, page: Path) -> list[dict]:
    """Load ``page``, wait until vis-network has drawn; return the console entries it logged."""
    from selenium.common.exceptions import NoAlertPresentException
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(page.as_uri())
    deadline = time.monotonic() + DRAW_TIMEOUT
    while driver.execute_script("return !(window.geokg && window.geokg.firstDraw !== null)"):
        assert time.monotonic() < deadline, f"{page.name}: vis-network never drew"
        time.sleep(0.05)
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"{page.name}: an alert opened ({text!r})")
    except NoAlertPresentException:
        pass
    return driver.get_log("browser")


def drawn_counts(driver) -> tuple[int, int, int]:
    """Nodes and edges in the page's vis DataSets, and nodes placed on the network's canvas."""
    return tuple(driver.execute_script(
        "return [geokg.nodes.length, geokg.edges.length, Object.keys(geokg.network.getPositions()).length]"))


def assert_safe_and_clean(driver, page: Path) -> None:
    log = open_page(driver, page)
    errors = [entry for entry in log if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == [], f"{page.name}: console errors {errors}"
    assert driver.execute_script("return typeof window.__pwned") == "undefined", f"{page.name}: injected script ran"
    assert driver.execute_script("return document.querySelectorAll('img, a[href]').length") == 0


def test_hostile_build_page(browser, hostile_build):
    expected = actor_network(load_dataset(hostile_build / "graph.trig"))
    assert expected.number_of_edges() >= 3  # the article gave a graph worth checking
    assert_safe_and_clean(browser, hostile_build / "graph.html")
    nodes, edges, placed = drawn_counts(browser)
    assert (nodes, edges) == (expected.number_of_nodes(), expected.number_of_edges())
    assert placed == nodes
    assert browser.execute_script("return geokg.network.physics.physicsEnabled") is True  # small: draggable
    side = browser.execute_script("return document.getElementById('side').innerText")
    assert f"{nodes} actors, {edges} relations" in side
    # the hostile markup reached the page, as inert tooltip text (the test is not vacuous)
    tooltips = " ".join(browser.execute_script("return geokg.edges.get().map(e => e.title.textContent)"))
    assert SCRIPT in tooltips and IMG in tooltips


def test_hostile_viz_neighbourhood_page(browser, hostile_build, tmp_path):
    page = tmp_path / "around.html"
    result = CliRunner().invoke(app, ["viz", str(hostile_build), "--out", str(page), "--around", "country/PRK"])
    assert result.exit_code == 0, result.output
    expected = neighbourhood(actor_network(load_dataset(hostile_build / "graph.trig")), "country/PRK")
    assert_safe_and_clean(browser, page)
    assert drawn_counts(browser) == (expected.number_of_nodes(), expected.number_of_edges(),
                                     expected.number_of_nodes())


def test_empty_viz_page_renders(browser, hostile_build, tmp_path):
    page = tmp_path / "empty.html"
    result = CliRunner().invoke(app, ["viz", str(hostile_build), "--out", str(page), "--relation", "noSuchRelation"])
    assert result.exit_code == 0, result.output
    assert_safe_and_clean(browser, page)
    assert drawn_counts(browser) == (0, 0, 0)


def test_hostile_labels_show_as_text_in_tooltips(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    page = tmp_path / "labels.html"
    page.write_text(render_html(hostile_graph(), title=f"Titolo {SCRIPT} {IMG}"), encoding="utf8")
    assert_safe_and_clean(browser, page)
    assert drawn_counts(browser) == (2, 1, 2)
    assert browser.title == f"Titolo {SCRIPT} {IMG}"  # the title is text, shown as written
    # hover the node whose label holds the markup: vis shows its tooltip
    node = str(actor_iri("person/hostile-a"))
    x, y, width, height = browser.execute_script(
        "const p = geokg.network.canvasToDOM(geokg.network.getPositions([arguments[0]])[arguments[0]]);"
        "const box = document.getElementById('graph').getBoundingClientRect();"
        "return [p.x, p.y, box.width, box.height];", node)
    graph_div = browser.find_element("id", "graph")
    ActionChains(browser).move_to_element_with_offset(graph_div, int(x - width / 2), int(y - height / 2)).perform()
    deadline = time.monotonic() + 10
    tooltip = None
    while time.monotonic() < deadline:
        tooltip = browser.execute_script(
            "const t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' ? [t.textContent, t.querySelectorAll('script, img').length] : null")
        if tooltip:
            break
        time.sleep(0.1)
    assert tooltip is not None, "no tooltip on hover"
    assert tooltip == [f"Mario {SCRIPT} RossiPerson", 0]
    assert browser.execute_script("return typeof window.__pwned") == "undefined"


def test_big_page_uses_positions_from_the_file_without_physics(browser, tmp_path):
    graph = big_graph(BIG_GRAPH + 200)
    page = tmp_path / "big.html"
    page.write_text(render_html(graph), encoding="utf8")
    data = json.loads(re.search(r'<script id="graph-data" type="application/json">(.*?)</script>',
                                page.read_text(encoding="utf8"), re.DOTALL).group(1))
    in_file = {node["id"]: (node["x"], node["y"]) for node in data["nodes"]}
    assert len(in_file) == graph.number_of_nodes()
    assert_safe_and_clean(browser, page)
    assert drawn_counts(browser) == (graph.number_of_nodes(), graph.number_of_edges(), graph.number_of_nodes())
    assert browser.execute_script("return geokg.network.physics.physicsEnabled") is False

    def on_page():
        return {key: (value["x"], value["y"])
                for key, value in browser.execute_script("return geokg.network.getPositions()").items()}
    first = on_page()
    assert first.keys() == in_file.keys()
    assert first == in_file, "the page moved nodes away from the file's positions"
    time.sleep(1.0)
    assert on_page() == first  # nothing simulates: positions stay put
