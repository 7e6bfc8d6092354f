"""Extraction on our own Italian sentences: each test asserts the triples."""
from datetime import date

PRK, RUS, UKR, USA, TUR = "country/PRK", "country/RUS", "country/UKR", "country/USA", "country/TUR"
KIM, PUTIN = "person/kim-jong-un", "person/vladimir-putin"


def edges(facts):
    return {key for key, fact in facts.items() if fact.is_edge}


def test_active_troops_to_country(extract):
    facts = extract("La Corea del Nord ha inviato truppe in Russia.")
    assert (PRK, "deploysTroopsTo", RUS) in edges(facts)


def test_weapons_with_metonyms(extract):
    facts = extract("Pyongyang ha fornito proiettili di artiglieria a Mosca.")
    assert (PRK, "suppliesWeaponsTo", RUS) in edges(facts)


def test_title_apposition_gives_leader_of(extract):
    facts = extract("Il leader nordcoreano Kim Jong-un ha visitato una fabbrica di missili.")
    assert (KIM, "leaderOf", PRK) in edges(facts)


def test_praise_of_a_friendship_reaches_the_state(extract):
    facts = extract("Il presidente russo Vladimir Putin ha elogiato l'amicizia con Pyongyang.")
    assert (PUTIN, "praises", PRK) in edges(facts)
    assert (PUTIN, "leaderOf", RUS) in edges(facts)


def test_passive_agents_sign_with_each_other(extract):
    facts = extract("Il trattato è stato firmato da Putin e Kim.")
    pairs = {(s, o) for s, r, o in edges(facts) if r == "signsAgreementWith"}
    assert pairs & {(PUTIN, KIM), (KIM, PUTIN)}


def test_coordinated_subjects_cooperate(extract):
    facts = extract("La Russia e la Corea del Nord hanno rafforzato la cooperazione militare.")
    pairs = {(s, o) for s, r, o in edges(facts) if r == "cooperatesWith"}
    assert pairs & {(RUS, PRK), (PRK, RUS)}


def test_role_description_resolves_through_office_holders(extract):
    facts = extract("Il presidente turco ha incontrato Zelensky.", date(2025, 5, 10))
    subjects = {s for s, r, o in edges(facts) if r == "meetsWith"}
    assert "person/recep-tayyip-erdogan" in subjects


def test_negation_is_not_an_edge(extract):
    facts = extract("La Corea del Nord non ha inviato truppe in Russia.")
    fact = facts[(PRK, "deploysTroopsTo", RUS)]
    assert fact.modality == "negated" and not fact.is_edge


def test_conditional_is_hedged(extract):
    facts = extract("Pyongyang avrebbe fornito missili a Mosca.")
    assert facts[(PRK, "suppliesWeaponsTo", RUS)].modality == "hedged"


def test_request_is_not_an_edge(extract):
    facts = extract("Zelensky ha chiesto agli Stati Uniti di fornire missili all'Ucraina.")
    assert all(not f.is_edge for (s, r, o), f in facts.items() if r == "suppliesWeaponsTo")


def test_source_is_recorded(extract):
    facts = extract("Secondo l'intelligence sudcoreana, la Corea del Nord ha inviato soldati in Russia.")
    fact = facts[(PRK, "deploysTroopsTo", RUS)]
    assert fact.modality == "reported"


def test_zero_subject_takes_the_last_actor_subject(extract):
    facts = extract("Erdoğan ha ricevuto Zelensky ad Ankara. Ha poi incontrato Putin a Soči.")
    assert ("person/recep-tayyip-erdogan", "meetsWith", PUTIN) in edges(facts)


def test_nominal_visit(extract):
    facts = extract("La visita di Putin a Pyongyang ha rafforzato l'alleanza.")
    assert (PUTIN, "visits", PRK) in edges(facts)


def test_nominal_axis_between_two_states(extract):
    facts = extract("Gli analisti temono l'asse militare tra Russia e Corea del Nord.")
    pairs = {(s, o) for s, r, o in edges(facts) if r == "cooperatesWith"}
    assert pairs & {(RUS, PRK), (PRK, RUS)}


def test_nominal_troop_dispatch_with_demonym(extract):
    facts = extract("L'invio di truppe nordcoreane in Russia preoccupa Seul.")
    assert (PRK, "deploysTroopsTo", RUS) in edges(facts)


def test_region_part_of_a_state(extract):
    facts = extract("I combattimenti continuano nella regione russa di Kursk.")
    assert any(r == "partOf" and o == RUS for s, r, o in edges(facts))


def test_talks_hosted_between_delegations_are_mediation(extract):
    facts = extract("La Turchia ha ospitato i colloqui tra le delegazioni russa e ucraina.")
    assert {(TUR, "mediates", RUS), (TUR, "mediates", UKR)} <= edges(facts)
