"""The bundled North Korea – Russia sample holds the facts the mission names, from its Italian wording."""
from kg.articles import read_articles
from kg.build import extract_all
from tests.conftest import SAMPLES

PRK, RUS = "country/PRK", "country/RUS"
KIM, PUTIN = "person/kim-jong-un", "person/vladimir-putin"


def test_north_korea_russia_sample_facts():
    [(article, extracted)] = list(extract_all(list(read_articles([SAMPLES / "2024-nordcorea-russia.txt"]))))
    edges = {(f.subject, f.relation, f.object) for f in extracted.facts if f.is_edge}
    assert {(KIM, "leaderOf", PRK), (PUTIN, "leaderOf", RUS), (PRK, "deploysTroopsTo", RUS),
            (PRK, "suppliesWeaponsTo", RUS), (PUTIN, "praises", PRK)} <= edges
    assert (RUS, "cooperatesWith", PRK) in edges or (PRK, "cooperatesWith", RUS) in edges
    negated = [f for f in extracted.facts if f.modality == "negated"]
    assert all(not f.is_edge for f in negated)
