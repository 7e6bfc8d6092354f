"""Property-based tests (Hypothesis) on the reader, the extractor and the RDF writer.

Any bytes give articles or one-line ``InputError``s; any text gives facts that point into it;
any facts give Turtle and TriG that re-parse to the same graphs. Run with
``--hypothesis-show-statistics`` for the example counts. The example database is off so runs
leave nothing in the working tree.
"""
from __future__ import annotations

import itertools
import json
import re
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.articles import (MAX_ARTICLE_CHARS, REASONS, Article, clean_text, content_id, parse_text_article,
                         read_articles, skip_reason)
from kg.errors import InputError
from kg.extract import extract_article, language_for
from kg.facts import MODALITIES, Actor, ArticleFacts, Evidence, Fact, Mention
from kg.gazetteer import Gazetteer
from kg.lexicon import load_lexicon
from kg.ontology import GEOKG
from kg.rdf import actor_graph, build_dataset

FAST = settings(max_examples=300, deadline=None, database=None)
SLOW = settings(max_examples=80, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff"
                       "\x00-\x08\x0b-\x1f\x7f-\x9f]")

# ---- the reader -----------------------------------------------------------------------------
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"]
HEADERS = st.sampled_from(["", "date 2024-06-19 ", " date 2025-02-30 ", "date 2024-1-1 ", "# "])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.builds(lambda header, title, body: f"{header}{title}\n{body}", HEADERS, st.text(max_size=40),
              st.text(max_size=200)),
    st.lists(st.sampled_from(["Putin", "Pu\u200btin", "\u0420utin", "è", "e\u0301", "\u00a0", "\u2028",
                              "\x00", "\x85", "\r\n", "\n\n", "© IPA", "<script>", "</p>", "&amp;",
                              "<h1>", "\ud800", "{", "\"", "\\", "date 2024-01-01"]),
             max_size=30).map("".join),
    st.lists(st.sampled_from(["<", ">", "<a", "</", "<!", "<?", "<![", "<!--", "-->", "<script>", "</script>",
                              "<style>", "<h1>", "</h1>", "<title>", "<p hidden>", "<br/>", "<nav>", "\"", "'",
                              "=", "&", "&#", ";", "x", " ", "Testo", "\n", "<svg/>", "</p>"]),
             max_size=60).map("".join),
)


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
RECORDS = st.fixed_dictionaries(
    {"text": st.one_of(TEXTS, JSON_VALUES)},
    optional={"id": st.one_of(st.text(max_size=20), st.integers(), JSON_VALUES),
              "title": st.one_of(st.text(max_size=20), JSON_VALUES),
              "date": st.one_of(st.dates().map(str), st.text(max_size=12), JSON_VALUES),
              "url": st.one_of(st.just("https://example.org/a"), st.text(max_size=20), JSON_VALUES)})
JSONL_LINES = st.one_of(RECORDS.map(lambda r: json.dumps(r).encode("utf8")),
                        RECORDS.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf8", "surrogatepass")),
                        st.binary(max_size=40), st.just(b""), st.just(b"\x00\x00"))
CONTENTS = st.one_of(
    st.binary(max_size=600),
    st.builds(encoded, TEXTS, st.sampled_from(ENCODINGS)),
    st.lists(JSONL_LINES, max_size=6).map(b"\n".join),
    st.builds(lambda head, text: head + text.encode("utf8", "surrogatepass"),
              st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\x7fELF", b"\xff\xfe", b"\xef\xbb\xbf", b"<html>"]),
              st.text(max_size=100)),
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("prop")


def check_article(article: Article) -> None:
    assert isinstance(article, Article)
    assert article.text.strip() and len(article.text) <= MAX_ARTICLE_CHARS + 2
    assert not INVISIBLE.search(article.text.replace("\n", "").replace("\t", ""))
    assert unicodedata.is_normalized("NFC", article.text)
    article.text.encode("utf8")  # no lone surrogates: they would break hashing and serialising
    assert not re.search(r"[\s<>\"{}|\\^`]", article.id) and 0 < len(article.id) <= 200
    assert article.url is None or re.match(r"https?://\S+$", article.url)
    assert article.date is None or isinstance(article.date, date)


@FAST
@given(content=CONTENTS, suffix=st.sampled_from([".txt", ".md", ".html", ".htm", ".jsonl"]))
def test_any_file_gives_articles_or_one_line_errors(folder, content, suffix):
    path = folder / f"input{suffix}"
    path.write_bytes(content)
    errors = []
    articles = list(read_articles([path], on_error=errors.append))
    for article in articles:
        check_article(article)
    for error in errors:
        assert isinstance(error, InputError)
        message = str(error)
        assert message.startswith(f"{path}: " if suffix != ".jsonl" else f"{path}:")
        assert "\n" not in message and "\r" not in message and len(message) < 300
        assert skip_reason(error) in REASONS and skip_reason(message) == skip_reason(error)
    if suffix != ".jsonl":
        assert len(articles) + len(errors) == 1
    try:  # without on_error: the same articles, or the first error raised
        assert list(read_articles([path])) == articles and not errors
    except InputError as err:
        assert errors and str(err) == str(errors[0])


# every kind of character the reader must deal with, lone surrogates included (JSON can escape them)
HOSTILE_CHARS = st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr),
                          st.sampled_from("\x00\x0b\x1b\x7f\x85\xa0\xad\u200b\u200d\u2028\u202e\ufeff\u0301\u0420"))
HOSTILE_TEXT = st.text(HOSTILE_CHARS, max_size=60)


@FAST
@given(st.lists(st.fixed_dictionaries({"text": HOSTILE_TEXT},
                                      optional={"id": HOSTILE_TEXT, "title": HOSTILE_TEXT, "url": HOSTILE_TEXT}),
                min_size=1, max_size=4),
       st.booleans())
def test_any_jsonl_records_give_articles_or_line_errors(folder, records, ascii_only):
    path = folder / "records.jsonl"
    path.write_bytes(b"\n".join(json.dumps(r, ensure_ascii=ascii_only).encode("utf8", "surrogatepass")
                                for r in records))
    errors = []
    articles = list(read_articles([path], on_error=errors.append))
    for article in articles:
        check_article(article)
    for error in errors:
        assert re.match(rf"{re.escape(str(path))}:[1-4]: [^\n]+$", str(error)), str(error)
        assert skip_reason(error) in REASONS
    assert len(articles) + len(errors) == len(records)


@FAST
@given(HOSTILE_TEXT)
def test_clean_text_is_idempotent_and_leaves_no_invisible_characters(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert not INVISIBLE.search(cleaned.replace("\n", "").replace("\t", ""))
    assert unicodedata.is_normalized("NFC", cleaned)


# ---- the extractor -----------------------------------------------------------------------------
LEXICON = load_lexicon("it")
NAMES = sorted({form for form, actor_id in Gazetteer.load().surface_forms()
                if actor_id.split("/")[0] in {"country", "person", "org"}})


def participle(lemma: str) -> str:
    """Regular past participle, good enough for a parser: inviare → inviato."""
    stem, ending = lemma[:-3], lemma[-3:]
    return stem + {"are": "ato", "ere": "uto", "ire": "ito"}.get(ending, ending)


FRAMES = sorted((lemma, frame.theme, frame.target) for lemma, frames in LEXICON.frames.items()
                for frame in frames if lemma.endswith(("are", "ere", "ire")))
THEMES = sorted(itertools.chain.from_iterable(LEXICON.lists.values()))


@st.composite
def clauses(draw) -> str:
    lemma, theme, target = draw(st.sampled_from(FRAMES))
    subject, other = draw(st.sampled_from(NAMES)), draw(st.sampled_from(NAMES))
    noun = draw(st.sampled_from(sorted(theme) or THEMES))
    preposition = draw(st.sampled_from([p for p in target if p != "obj"] or ["a"]))
    target_phrase = other if "obj" in target and draw(st.booleans()) else f"{preposition} {other}"
    opener = draw(st.sampled_from(["", "Secondo fonti locali, ", "Ieri ", "Non è vero che ", "Forse "]))
    auxiliary = draw(st.sampled_from(["ha", "non ha", "avrebbe", "ha chiesto di aver", "potrebbe aver"]))
    closer = draw(st.sampled_from([".", ",", " e", " ha detto {}.", "!", " ?", ""]))
    closer = closer.format(draw(st.sampled_from(NAMES)))
    return f"{opener}{subject} {auxiliary} {participle(lemma)} {noun} {target_phrase}{closer}"


ITALIANISH = st.lists(clauses(), min_size=1, max_size=4).map(" ".join)
SALAD = st.lists(st.one_of(st.sampled_from(NAMES), st.sampled_from(THEMES),
                           st.sampled_from(["ha", "e", "non", "di", "a", ",", ".", "«", "»", "(", ")", "che",
                                            "inviato", "incontrato", "secondo", "\n\n", "-", "'", "2024"]),
                           st.text(max_size=8)),
                 min_size=1, max_size=40).map(" ".join)


def run_extractor(text: str, nlp, gazetteer) -> tuple[Article, ArticleFacts]:
    article = Article(content_id("", text), "", text, date(2025, 6, 1))
    doc = nlp(article.text)
    return article, extract_article(doc, article.id, article.date, language_for("it"), gazetteer,
                                    nlp.tokenizer)


def check_facts(article: Article, extracted: ArticleFacts) -> None:
    text = article.text
    event(f"facts: {min(len(extracted.facts), 3)}{'+' if len(extracted.facts) >= 3 else ''}")
    actor_ids = {a.id for a in extracted.actors}
    for mention in extracted.mentions:
        assert text[mention.start_char:mention.end_char] == mention.text
    for fact in extracted.facts:
        assert {fact.subject, fact.object} <= actor_ids
        assert fact.modality in MODALITIES and 0 <= fact.confidence <= 1
        assert GEOKG[fact.relation]  # a property the ontology has
        start, end = fact.evidence.start_char, fact.evidence.end_char
        assert 0 <= start <= end <= len(text) and text[start:end].strip() == fact.evidence.sentence
    assert_round_trips(build_dataset([(article, extracted)]))


@SLOW
@given(ITALIANISH)
def test_italian_sentences_give_consistent_facts(nlp, gazetteer, text):
    article, extracted = run_extractor(text, nlp, gazetteer)
    check_facts(article, extracted)


@SLOW
@given(st.one_of(SALAD, st.text(max_size=300)))
def test_any_text_gives_facts_never_an_exception(nlp, gazetteer, text):
    article, extracted = run_extractor(text, nlp, gazetteer)
    check_facts(article, extracted)


@settings(max_examples=60, deadline=None, database=None)
@given(st.builds(lambda header, body: header + body, HEADERS, st.one_of(ITALIANISH, st.text(max_size=200))))
def test_reader_then_extractor(nlp, gazetteer, raw):
    try:
        article = parse_text_article(raw, "prop.txt")
    except InputError as err:
        assert skip_reason(err) in {"empty", "invalid date"}
        return
    extracted = extract_article(nlp(article.text), article.id, article.date, language_for("it"),
                                gazetteer, nlp.tokenizer)
    check_facts(article, extracted)


# ---- the RDF writer ----------------------------------------------------------------------------
NASTY = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from(['"', '"""', "'", "'''", "\\", "\\u0041", "\\n", "\n", "\r", "\r\n", "\t", "\x00",
                              "\x01", "\x7f", "\x85", "\u2028", "\ufeff", "\ufffe", "\U0001F600", "è",
                              "<script>", "@it", "^^xsd:string", "#", "%", "_:b0", "<", ">", " ", "."]),
             max_size=12).map("".join),
)
CLASSES = ["Country", "Person", "InternationalOrganization", "City", "Organization", "ArmedGroup",
           "Weapon", "Location"]
RELATIONS = sorted({frame.relation for frames in LEXICON.frames.values() for frame in frames})
ACTOR_IDS = st.builds("{}/{}".format, st.sampled_from(["country", "person", "org", "city", "weapon"]),
                      st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True))
ARTICLE_IDS = st.one_of(
    st.builds(content_id, st.text(max_size=5), st.text(max_size=5)),
    st.text(min_size=1, max_size=24).map(lambda s: clean_text(s).strip())
    .filter(lambda s: s and not re.search(r"[\s<>\"{}|\\^`]", s)),  # what the JSONL reader lets through
)


@st.composite
def article_facts(draw) -> tuple[Article, ArticleFacts]:
    actors = draw(st.lists(st.builds(Actor, ACTOR_IDS, st.sampled_from(CLASSES), NASTY,
                                     st.one_of(st.just(""), NASTY),
                                     st.none() | st.from_regex(r"Q[1-9][0-9]{0,7}", fullmatch=True)),
                           min_size=1, max_size=5, unique_by=lambda a: a.id))
    ids = st.sampled_from([a.id for a in actors])
    offsets = st.integers(0, 10**6)
    mentions = draw(st.lists(st.builds(Mention, ids, NASTY, offsets, offsets,
                                       st.sampled_from(["name", "ner", "metonym", "role"])), max_size=5))
    facts = draw(st.lists(st.builds(Fact, ids, st.sampled_from(RELATIONS), ids,
                                    st.builds(Evidence, NASTY, offsets, offsets),
                                    st.sampled_from(MODALITIES), st.floats(0, 1), NASTY,
                                    st.none() | ids, st.none() | st.dates()), max_size=6))
    article = draw(st.builds(Article, ARTICLE_IDS, NASTY, NASTY, st.none() | st.dates(),
                             st.none() | st.from_regex(r"https?://[a-z]+\.org/[^\s<>\"{}|\\^`]{0,20}",
                                                       fullmatch=True), st.just("x.txt")))
    return article, ArticleFacts(article.id, tuple(actors), tuple(mentions), tuple(facts), 1)


def assert_round_trips(ds: Dataset) -> None:
    graph = actor_graph(ds)
    turtle = graph.serialize(format="turtle")
    assert isomorphic(graph, Graph().parse(data=turtle, format="turtle")), turtle
    back = Dataset()
    back.parse(data=ds.serialize(format="trig"), format="trig")
    named = {g.identifier for g in ds.graphs() if len(g)}
    assert named == {g.identifier for g in back.graphs() if len(g)}
    for identifier in named:
        assert isomorphic(ds.graph(identifier), back.graph(identifier)), identifier


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_facts(), min_size=1, max_size=3))
def test_any_facts_round_trip_through_turtle_and_trig(items):
    ds = build_dataset(items)
    assert len(ds.default_graph) > 0
    assert_round_trips(ds)
