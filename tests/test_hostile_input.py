"""Hostile and broken input: every bad file gets one line naming it (and its line in JSON Lines)
and a reason; odd but readable files are read; the rest of a build goes on; ``--strict`` stops.

Test sentences are ours. The 50 MB and 100,000-character inputs are generated here.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from datetime import date

import pytest
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

from kg.articles import (MAX_ARTICLE_CHARS, parse_html_article, parse_text_article, read_articles,
                         read_jsonl_file, read_text_file, skip_reason, skipped_by_reason)
from kg.cli import app
from kg.errors import InputError
from kg.extract import extract_article, language_for
from kg.ontology import GEOKG
from kg.rdf import actor_iri, load_dataset
from tests.conftest import SAMPLES

PRK, RUS, UKR = "country/PRK", "country/RUS", "country/UKR"
PUTIN, KIM = "person/vladimir-putin", "person/kim-jong-un"

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
       b"\x00\x00IEND\xaeB`\x82")
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(40)
HOSTILE = ("date 2025-03-01 <script>alert('titolo')</script> Vertice\n"
           "Il Giappone ha imposto sanzioni alla Russia \"><img src=x onerror=alert(document.cookie)> "
           "e lo ha scritto con un link javascript:alert(1) e <a href=\"javascript:alert(2)\">qui</a>.\n")
HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Armi francesi | Giornale</title>
<meta property="article:published_time" content="2025-04-02T08:00:00+02:00">
<link rel="canonical" href="https://example.org/armi-francesi">
<style>p { color: red } /* La Russia ha inviato truppe in Polonia. */</style>
<script>document.write("La Cina ha inviato truppe in Francia.")</script></head>
<body><nav><a href="/">Home</a> <a href="/esteri">Esteri</a></nav>
<h1>Armi francesi a Kyiv</h1>
<p>La Francia ha inviato armi all&#39;Ucraina, ha annunciato l&apos;Eliseo.</p>
<noscript>Attiva JavaScript.</noscript><div hidden>La Germania ha inviato truppe in Cina.</div>
<p>Altre informazioni <a href="javascript:alert(1)">qui</a>.<!-- L'Italia ha inviato truppe in Russia. --></p>
<figure><img src="x.jpg" alt="foto"><figcaption>© IPA</figcaption></figure>
<script>var s = "</p><p>La Spagna ha inviato truppe in Russia.</p>";</script>
</body></html>"""


def one_line(message: str, path) -> None:
    assert "\n" not in message and "\r" not in message
    assert str(path) in message


def reasons_agree(err: InputError, reason: str) -> None:
    """The attribute and the message-only classification (what build summaries keep) agree."""
    assert err.reason == reason
    assert skip_reason(err) == reason and skip_reason(str(err)) == reason


# ---- the reader ------------------------------------------------------------------------------
@pytest.mark.parametrize("name, content, problem, reason", [
    ("empty.txt", b"", "empty file", "empty"),
    ("blank.md", b" \n\t\r\n\xe2\x80\x8b\n", "empty file", "empty"),  # a zero-width space is not text
    ("image.txt", PNG, "binary file (PNG image)", "binary"),
    ("program.md", ELF, "binary file (ELF executable)", "binary"),
    ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)", "binary"),
    ("zeros.txt", b"abc\x00\x00\x00def\x00\x00\x00", "binary file (contains NUL bytes)", "binary"),
    ("ctrl.txt", bytes(range(1, 32)) * 3, "binary file (control characters)", "binary"),
    ("broken.txt", "Città ".encode("utf8") + b"\xe0 e poi", "not valid UTF-8 (byte 7)", "encoding"),
    ("undefined.txt", b"caff\xe8 \x81", "not UTF-8 or Latin-1", "encoding"),
    ("odd.txt", b"\xff\xfeA\x00B", "not valid UTF-16", "encoding"),
    ("empty.html", b"<html><head><script>alert(1)</script></head><body> </body></html>",
     "no article text", "empty"),
    ("bad-date.txt", b"date 2024-02-30 Titolo\nTesto.", "invalid date '2024-02-30'", "invalid date"),
])
def test_refused_file_has_one_line_naming_it_and_a_reason(tmp_path, name, content, problem, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_articles([path]))
    one_line(str(caught.value), path)
    assert problem in str(caught.value)
    reasons_agree(caught.value, reason)


@pytest.mark.parametrize("content", [
    "date 2024-02-02 Città\nLa Russia è pronta: costa 5 €.".encode("cp1252"),
    "date 2024-02-02 Città\nLa Russia è pronta: costa 5 €.".encode("utf-16"),
    b"\xfe\xff" + "date 2024-02-02 Città\nLa Russia è pronta: costa 5 €.".encode("utf-16-be"),
    "date 2024-02-02 Città\nLa Russia è pronta: costa 5 €.".encode("utf-32"),
    "date 2024-02-02 Città\r\nLa Russia è pronta: costa 5 €.".encode("utf-8-sig"),
    "date 2024-02-02 Città\nLa Russia è pronta:\x00 costa 5 €.".encode("utf8") + b"\x00" * 4000,
    "date 2024-02-02 Cit\x00tà\nLa Russia è\x00 pronta: costa\x07 5 €.\x1b".encode("utf8"),
])
def test_odd_encodings_and_stray_nuls_are_read(tmp_path, content):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    [article] = read_articles([path])
    assert (article.date, article.title, article.body) == (date(2024, 2, 2), "Città",
                                                            "La Russia è pronta: costa 5 €.")


def test_fifty_megabyte_article_is_refused_from_its_size(tmp_path, monkeypatch):
    sentence = b"La Corea del Nord ha inviato altre truppe in Russia. "
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // (len(sentence) * 1000) + 1):
            handle.write(sentence * 1000)
    assert huge.stat().st_size >= 50 * 1024 * 1024
    monkeypatch.setattr("kg.articles._decode", lambda *a: pytest.fail("a refused file was decoded"))
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_text_file(huge)
    assert time.perf_counter() - started < 0.5
    one_line(str(caught.value), huge)
    assert "file too large (50.0 MB, limit 2 MB); not parsed" in str(caught.value)
    reasons_agree(caught.value, "too large")


def test_article_over_the_character_limit_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Testo. " * (MAX_ARTICLE_CHARS // 7 + 10), encoding="utf8")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert re.search(r"long.txt: article too long \(200,0\d\d characters, limit 200,000\)", str(caught.value))
    reasons_agree(caught.value, "too large")


def long_sentence(size: int = 100_000) -> str:
    """One sentence, no full stop until the end: a list of actors who met, many times over."""
    names = ["Putin", "Kim Jong-un", "Xi Jinping", "Erdoğan", "Zelensky", "Macron", "la Russia",
             "la Cina", "l'Iran", "la Turchia"]
    words, length, i = [], 0, 0
    while length < size - 40:
        words.append(names[i % len(names)])
        length += len(words[-1]) + 2
        i += 1
    return ", ".join(words) + " e Meloni si sono incontrati a Pechino."


def test_hundred_thousand_character_sentence_is_read_whole(tmp_path):
    path = tmp_path / "sentence.txt"
    sentence = long_sentence()
    assert 99_000 < len(sentence) < 101_000 and sentence.count(".") == 1
    path.write_text(f"date 2025-01-01 Un vertice\n{sentence}\n", encoding="utf8")
    [article] = read_articles([path])
    assert article.body == sentence  # kept as written: not split, not truncated


JSONL_LINES = [
    b'{"id": "ok-1", "title": "Aiuti", "date": "2025-01-02", "text": "La Germania ha fornito aiuti all\'Ucraina."}',
    b'{not json',
    b'[1, 2, 3]',
    b'{"text": 5}',
    b"[" * 200_000 + b"]" * 200_000,
    b'{"text": "x", "n": ' + b"9" * 10_000 + b"}",
    b'{"text": "Testo.", "date": "2024-13-01"}',
    b'{"text": "Testo.", "url": "javascript:alert(1)"}',
    b'{"text": "Testo.", "id": "a b<script>"}',
    b'{"text": "Testo.", "title": ["lista"]}',
    b'{"text": "caff\xe8"}',
    b'{"text": "   "}',
    ('{"id": "ok-2", "text": "Kim \\ud800 riga\u2028a capo\u0085 ancora: '
     'la Polonia ha inviato truppe in Lituania."}').encode("utf8"),
    b"",
    b'{"id": 7, "url": "https://example.org/x", "text": "Macron ha incontrato Meloni a Roma."}',
]
JSONL_ERRORS = {2: ("malformed JSON (Expecting property name", "malformed jsonl"),
                3: ("expected an object with a string 'text' field", "malformed jsonl"),
                4: ("expected an object with a string 'text' field", "malformed jsonl"),
                5: ("malformed JSON", "malformed jsonl"),
                6: ("malformed JSON (Exceeds the limit", "malformed jsonl"),
                7: ("invalid date '2024-13-01'", "invalid date"),
                8: ("'url' must be an http(s) URL, not 'javascript:alert(1)'", "malformed jsonl"),
                9: ("'id' must be up to 200 characters", "malformed jsonl"),
                10: ("'title' must be a string", "malformed jsonl"),
                11: ("not valid UTF-8 (byte 14)", "encoding"),
                12: ("empty 'text'", "empty")}


def test_malformed_jsonl_lines_name_file_and_line_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n".join(JSONL_LINES) + b"\n")
    errors = []
    articles = list(read_jsonl_file(path, on_error=errors.append))
    assert [a.id for a in articles] == ["ok-1", "ok-2", "7"]
    assert articles[0].date == date(2025, 1, 2) and articles[2].url == "https://example.org/x"
    # a lone surrogate is replaced; U+2028 and NEL inside a JSON string do not split the line
    assert articles[1].body == "Kim \ufffd riga\na capo\n ancora: la Polonia ha inviato truppe in Lituania."
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:13", f"{path}:15"]
    assert {int(str(e).split(":")[1]) for e in errors} == set(JSONL_ERRORS)
    for err in errors:
        line = int(str(err).split(":")[1])
        one_line(str(err), f"{path}:{line}:")
        problem, reason = JSONL_ERRORS[line]
        assert problem in str(err)
        reasons_agree(err, reason)
    with pytest.raises(InputError, match=r"feed.jsonl:2: malformed JSON"):  # without on_error: stop
        list(read_jsonl_file(path))


def test_jsonl_line_of_fifty_megabytes_is_skipped_without_parsing(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "' + b"Testo lungo. " * (50 * 1024 * 1024 // 13) + b'"}\n')
        handle.write(b'{"id": "after", "text": "La Francia ha inviato armi all\'Ucraina."}\n')
    errors = []
    started = time.perf_counter()
    articles = list(read_jsonl_file(path, on_error=errors.append))
    assert time.perf_counter() - started < 2
    assert [a.id for a in articles] == ["after"]
    [err] = errors
    assert f"{path}:1: line too long (50.0 MB, limit 2 MB); not parsed" == str(err)
    reasons_agree(err, "too large")


def test_binary_and_empty_jsonl_files(tmp_path):
    for name, content, reason in [("a.jsonl", PNG, "binary"), ("b.jsonl", b"\n \n", "empty")]:
        (tmp_path / name).write_bytes(content)
        with pytest.raises(InputError) as caught:
            list(read_jsonl_file(tmp_path / name, on_error=lambda err: pytest.fail(str(err))))
        one_line(str(caught.value), tmp_path / name)
        reasons_agree(caught.value, reason)


def test_utf16_jsonl_is_read(tmp_path):
    path = tmp_path / "u16.jsonl"
    path.write_bytes('{"text": "Città è ok."}\n{"text": "Seconda."}\n'.encode("utf-16"))
    assert [a.body for a in read_jsonl_file(path)] == ["Città è ok.", "Seconda."]


def test_html_article_gives_its_visible_text(tmp_path):
    path = tmp_path / "pagina.html"
    path.write_text(HTML_PAGE, encoding="utf8")
    [article] = read_articles([path])
    assert article.title == "Armi francesi a Kyiv"
    assert article.body == ("La Francia ha inviato armi all'Ucraina, ha annunciato l'Eliseo.\n\n"
                            "Altre informazioni qui.")
    assert (article.date, article.url) == (date(2025, 4, 2), "https://example.org/armi-francesi")
    for hidden in ("truppe", "color", "document", "Home", "JavaScript", "javascript", "IPA"):
        assert hidden not in article.text


def test_html_without_h1_uses_title_or_dump_header():
    assert parse_html_article("<title>Titolo</title><p>Corpo.</p>").title == "Titolo"
    article = parse_html_article("<p> date 2024-06-19 Putin a Pyongyang</p><p>Putin è arrivato.</p>")
    assert (article.date, article.title, article.body) == (date(2024, 6, 19), "Putin a Pyongyang",
                                                           "Putin è arrivato.")
    # unclosed script and a broken tag: the page is still read, the script still dropped
    article = parse_html_article("<h1>T</h1><p>Uno.<p>Due.<b <i>x</i><script>alert(1)")
    assert article.title == "T" and "alert" not in article.text and "Uno." in article.body


@pytest.mark.parametrize("markup", ["<a" * 80_000, "<?" * 200_000, "</" * 100_000 + ">" + "</" * 100_000,
                                    "<!" * 200_000, "<" * 50_000 + ">" + "<" * 50_000])
def test_html_that_makes_html_parser_quadratic_is_read_in_linear_time(markup):
    # Python 3.11's html.parser takes 26 s on the first and minutes on the second
    started = time.perf_counter()
    article = parse_html_article(f"<h1>Titolo</h1><p>Corpo.</p>{markup}")
    assert time.perf_counter() - started < 2
    assert article.title == "Titolo" and article.body.startswith("Corpo.")


def test_html_the_parser_gives_up_on_is_refused_on_one_line(tmp_path):
    path = tmp_path / "junk.html"
    path.write_text("<h1>T</h1><p>Corpo.</p>" + "<![" * 10 + ">", encoding="utf8")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    one_line(str(caught.value), path)
    assert "malformed HTML (expected name token" in str(caught.value)
    reasons_agree(caught.value, "malformed html")


def test_invisible_characters_are_removed_and_text_is_nfc():
    article = parse_text_article("date 2025-01-01 Pu\u200btin\u00ada Kim\u00a0Jong\u2060-un\n"
                                 "Erdog\u0306an e \u202eZelensky\u202c, Kim\u00adJong-un; \u0420utin.\ufeff")
    assert article.title == "Putina Kim Jong-un"
    assert article.body == "Erdoğan e Zelensky, KimJong-un; \u0420utin."  # the Cyrillic Р stays


def test_markup_in_a_text_article_is_kept_as_text():
    article = parse_text_article(HOSTILE)
    assert article.title == "<script>alert('titolo')</script> Vertice"
    assert "\"><img src=x onerror=alert(document.cookie)>" in article.body
    assert "<a href=\"javascript:alert(2)\">qui</a>" in article.body


def test_named_missing_unknown_and_special_files_do_not_stop_reading(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2025-01-01 T\nLa Francia ha inviato armi all'Ucraina.\n", encoding="utf8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    weird = tmp_path / "bad\nname\u202e.txt"
    weird.write_bytes(PNG)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "._good.txt").write_bytes(b"\x00\x05\x16\x07" + bytes(80))  # macOS metadata, hidden
    (folder / "ok.md").write_text("# Titolo\nCorpo.", encoding="utf8")
    errors = []
    inputs = [tmp_path / "missing.txt", tmp_path / "x.pdf", tmp_path / "pipe.txt", weird,
              tmp_path / ("n" * 300 + ".txt"), folder, good]
    articles = list(read_articles(inputs, on_error=errors.append))
    assert [a.title for a in articles] == ["Titolo", "T"]
    messages = [str(e) for e in errors]
    assert messages == [f"{tmp_path}/missing.txt: no such file or folder",
                        f"{tmp_path}/x.pdf: unknown format '.pdf' (expected .txt, .md, .html or .jsonl)",
                        f"{tmp_path}/pipe.txt: not a regular file",
                        f"{tmp_path}/bad\\x0aname\\u202e.txt: binary file (PNG image), not an article",
                        f"{tmp_path}/{'n' * 300}.txt: cannot read (File name too long)"]
    assert dict(skipped_by_reason(errors)) == {"missing": 1, "unknown format": 1, "unreadable": 2,
                                               "binary": 1}
    with pytest.raises(InputError, match="missing.txt: no such file"):
        list(read_articles(inputs))


# ---- the extractor on cleaned names ------------------------------------------------------------
def edges_of(text, nlp, gazetteer):
    article = parse_text_article(text)
    result = extract_article(nlp(article.text), article.id, None, language_for("it"), gazetteer,
                             nlp.tokenizer)
    return {(f.subject, f.relation, f.object) for f in result.facts}, result


def test_zero_width_and_soft_hyphen_names_link_but_a_confusable_does_not(nlp, gazetteer):
    for name in ("Pu\u200btin", "Pu\u00adtin", "\u200dPutin\u2060", "Pu\u200ctin"):
        edges, _ = edges_of(f"{name} ha incontrato Kim\u00a0Jong-un a Pyongyang.", nlp, gazetteer)
        assert (PUTIN, "meetsWith", KIM) in edges, name
    edges, result = edges_of("\u0420utin ha incontrato Kim Jong-un a Pyongyang.", nlp, gazetteer)
    assert not any(PUTIN in (s, o) for s, _, o in edges)
    assert all(m.actor_id != PUTIN for m in result.mentions)
    assert any(m.text == "\u0420utin" for m in result.mentions)  # kept as written, not folded


# ---- kg build ----------------------------------------------------------------------------------
BAD_FILES = {  # name: (content, expected message after the path)
    "a-empty.txt": (b"", "empty file"),
    "b-blank.md": (b"\n\n  \n", "empty file"),
    "c-image.txt": (PNG, "binary file (PNG image), not an article"),
    "d-program.txt": (ELF, "binary file (ELF executable), not an article"),
    "e-broken.txt": ("Città ".encode("utf8") + b"\xe0", "not valid UTF-8 (byte 7); re-encode it as UTF-8"),
}
GOOD_FILES = {  # name: (content, an edge it must give)
    "latin1.txt": ("date 2025-01-05 Droni\nL'Iran ha fornito droni alla Russia.\n".encode("cp1252"),
                   ("country/IRN", "suppliesWeaponsTo", RUS)),
    "utf16.txt": ("date 2025-01-06 Sanzioni\nIl Giappone ha imposto sanzioni alla Russia.\n".encode("utf-16"),
                  ("country/JPN", "sanctions", RUS)),
    "nul.txt": ("date 2025-01-07 Condanna\nLa Turchia ha\x00 condannato Israele.\n".encode("utf8"),
                ("country/TUR", "criticizes", "country/ISR")),
    "pagina.html": (HTML_PAGE.encode("utf8"), ("country/FRA", "suppliesWeaponsTo", UKR)),
    "hostile.txt": (HOSTILE.encode("utf8"), ("country/JPN", "sanctions", RUS)),
    "zero-width.txt": ("date 2025-01-08 Incontro\nPu\u200btin ha incontrato Kim\u00a0Jong-un a Pyongyang.\n"
                       .encode("utf8"),
                       (PUTIN, "meetsWith", KIM)),
}


@pytest.fixture(scope="module")
def build_inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "2024-nordcorea-russia.txt", folder / "sample.txt")
    for name, (content, _) in {**BAD_FILES, **GOOD_FILES}.items():
        (folder / name).write_bytes(content)
    with (folder / "f-huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, refused before any read
    (folder / "feed.jsonl").write_bytes(
        b'{"id": "j1", "text": "La Germania ha fornito aiuti all\'Ucraina."}\n{"text": oops}\n')
    (root / "x.pdf").write_bytes(b"%PDF-1.4")
    return root


@pytest.fixture(scope="module")
def built(build_inputs):
    root = build_inputs
    result = CliRunner().invoke(app, ["build", str(root / "in"), str(root / "missing.txt"),
                                      str(root / "x.pdf"), "--out", str(root / "out")])
    return root, result


def skipped_lines(result) -> list[str]:
    return [line[len("skipped: "):] for line in result.stderr.splitlines() if line.startswith("skipped: ")]


def test_build_reports_each_bad_input_on_one_line_and_goes_on(built):
    root, result = built
    assert result.exit_code == 0, result.output
    folder = root / "in"
    expected = [f"{folder / name}: {message}" for name, (_, message) in BAD_FILES.items()]
    expected += [f"{folder / 'f-huge.txt'}: file too large (50.0 MB, limit 2 MB); not parsed",
                 f"{folder / 'feed.jsonl'}:2: malformed JSON (Expecting value)",
                 f"{root / 'missing.txt'}: no such file or folder",
                 f"{root / 'x.pdf'}: unknown format '.pdf' (expected .txt, .md, .html or .jsonl)"]
    assert skipped_lines(result) == expected
    assert dict(skipped_by_reason(skipped_lines(result))) == {
        "empty": 2, "binary": 2, "encoding": 1, "too large": 1, "malformed jsonl": 1, "missing": 1,
        "unknown format": 1}


def test_build_keeps_the_facts_of_good_and_odd_articles(built):
    root, result = built
    assert result.exit_code == 0, result.output
    ds = load_dataset(root / "out")
    edges = {(actor_iri(s), GEOKG[r], actor_iri(o))
             for s, r, o in [(PRK, "deploysTroopsTo", RUS), ("country/DEU", "providesAidTo", UKR)]
             + [edge for _, edge in GOOD_FILES.values()]}
    assert edges <= set(ds.default_graph)
    hidden = {("country/CHN", "country/FRA"), ("country/DEU", "country/CHN"), (RUS, "country/POL"),
              ("country/ESP", RUS), ("country/ITA", RUS)}  # in scripts, styles, comments, [hidden]
    assert not {(actor_iri(s), GEOKG.deploysTroopsTo, actor_iri(o)) for s, o in hidden} & set(ds.default_graph)
    titles = {str(t) for _, _, t, _ in ds.quads((None, DCTERMS.title, None, None))}
    assert "<script>alert('titolo')</script> Vertice" in titles  # kept as text, re-read intact
    evidence = {str(e) for _, _, e, _ in ds.quads((None, GEOKG.evidence, None, None))}
    assert ("Il Giappone ha imposto sanzioni alla Russia \"><img src=x onerror=alert(document.cookie)> e lo "
            "ha scritto con un link javascript:alert(1) e <a href=\"javascript:alert(2)\">qui</a>.") in evidence
    assert not any(char in str(o) for _, _, o, _ in ds.quads() for char in "\u200b\u00ad\x00")


def test_strict_build_stops_at_the_first_bad_input_and_keeps_previous_outputs(built):
    root, first = built
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in (root / "out").iterdir() if p.is_file()}
    result = CliRunner().invoke(app, ["build", str(root / "in"), "--out", str(root / "out"), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {root / 'in' / 'a-empty.txt'}: empty file"
    assert {p.name: p.read_bytes() for p in (root / "out").iterdir() if p.is_file()} == before


def test_build_of_a_hundred_thousand_character_sentence_is_bounded(tmp_path):
    path = tmp_path / "sentence.txt"
    path.write_text(f"date 2025-01-01 Un vertice\n{long_sentence()}\n", encoding="utf8")
    started = time.perf_counter()
    result = CliRunner().invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert elapsed < 60, f"{elapsed:.0f} s"
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 0


def test_build_reads_jsonl_lines_after_a_bad_one_and_flags_reused_ids(tmp_path):
    import json
    good = {"id": "nk-1", "title": "Truppe", "date": "2024-11-05",
            "text": "La Corea del Nord ha inviato truppe in Russia."}
    later = {"id": "ue-1", "title": "Sanzioni", "date": "2025-02-24",
             "text": "L'Unione europea ha imposto sanzioni alla Russia."}
    reused = {**later, "text": "Un altro testo con lo stesso identificativo."}
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps(good), "{not json", json.dumps(later), json.dumps(reused)]) + "\n",
                    encoding="utf8")
    result = CliRunner().invoke(app, ["build", str(feed), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "feed.jsonl:2:" in result.output
    assert "duplicate article id 'ue-1'" in result.output
    graph = load_dataset(tmp_path / "out").default_graph
    assert (actor_iri("country/PRK"), GEOKG.deploysTroopsTo, actor_iri("country/RUS")) in graph
    assert (actor_iri("org/ue"), GEOKG.sanctions, actor_iri("country/RUS")) in graph
