"""The bundled sample articles: the North Korea – Russia facts the mission names, from their Italian
wording, and one node per real actor across a build of all samples."""
import pytest

from kg.articles import read_articles
from kg.extract import extract_article, language_for
from tests.conftest import SAMPLES

PRK, RUS = "country/PRK", "country/RUS"
KIM, PUTIN = "person/kim-jong-un", "person/vladimir-putin"


@pytest.fixture(scope="module")
def samples(nlp, gazetteer):
    """Every sample article, extracted: {file stem: ArticleFacts}."""
    found = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        [article] = read_articles([path])
        found[path.stem] = extract_article(nlp(article.text), article.id, article.date, language_for("it"),
                                           gazetteer, nlp.tokenizer)
    return found


def test_north_korea_russia_sample_facts(samples):
    extracted = samples["2024-nordcorea-russia"]
    edges = {(f.subject, f.relation, f.object) for f in extracted.facts if f.is_edge}
    assert {(KIM, "leaderOf", PRK), (PUTIN, "leaderOf", RUS), (PRK, "deploysTroopsTo", RUS),
            (PRK, "suppliesWeaponsTo", RUS), (PUTIN, "praises", PRK)} <= edges
    assert (RUS, "cooperatesWith", PRK) in edges or (PRK, "cooperatesWith", RUS) in edges
    negated = [f for f in extracted.facts if f.modality == "negated"]
    assert all(not f.is_edge for f in negated)


def test_no_duplicate_nodes_across_samples(samples, gazetteer):
    """One node per real actor: no lone surname beside the full name ("Kim" and "Kim Jong-un"),
    no node for a demonym ("russi") or a common noun ("governo")."""
    actors = {a.id: a for x in samples.values() for a in x.actors}
    people = [a for a in actors.values() if a.type == "Person"]
    for person in people:
        words = person.label_it.split()
        if len(words) == 1:
            longer = [p.id for p in people if p.id != person.id and words[0] in p.label_it.split()]
            assert not longer, f"{person.id} duplicates {longer}"
    labels = {}
    for actor in actors.values():
        labels.setdefault(actor.label_it.casefold(), []).append(actor.id)
    assert all(len(ids) == 1 for ids in labels.values()), {k: v for k, v in labels.items() if len(v) > 1}
    unlisted = [a for a in actors.values() if not gazetteer.lookup(a.label_it)]
    for actor in unlisted:
        assert gazetteer.by_demonym(actor.label_it.lower()) is None, f"demonym node {actor.id}"
        assert actor.label_it[:1].isupper() or actor.type in {"Weapon", "Topic", "Event"}, \
            f"common-noun node {actor.id} ({actor.label_it})"
