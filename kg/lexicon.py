"""The predicate lexicon: verb lemmas and their frames, kept as data in ``data/lexicon``."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property

from .errors import KgError
from .resources import resource

LEXICON_DIR = resource("data", "lexicon")


@dataclass(frozen=True)
class Frame:
    """One way a predicate expresses a relation."""

    lemma: str
    relation: str
    theme: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    pairwise: bool = False
    direct: bool = False  # the object must itself be an actor ("sostenere l'Ucraina", not "…gli sforzi di X")
    subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    depth: int = 1  # how deep a prepositional object may hide: "no al pacchetto di sanzioni dell'Ue" is 2
    inverse: bool = False
    agent_theme: frozenset[str] = frozenset()  # words the subject noun must be ("truppe" for "entrare in")  # the subject receives: "ha ricevuto sistemi russi" is Russia supplying it
    mutual: bool = False  # a pairwise relation each party holds to the other ("scontri tra X e Y": both attack)
    exclude: frozenset[str] = frozenset()  # modifiers that take the relation away ("scontro diplomatico")
    also: bool = False  # the search goes on after it: "combattere al fianco di X in Y" also deploys troops
    named: bool = False  # the object must be a name: "guida la Corea del Sud", not "guida la delegazione americana"


@dataclass(frozen=True)
class Lexicon:
    frames: dict[str, tuple[Frame, ...]]
    nominal_frames: dict[str, tuple[Frame, ...]]
    lists: dict[str, frozenset[str]]
    role_nouns: dict[str, str]
    role_countries: dict[str, str]
    structural_nouns: dict[str, frozenset[str]]
    weapon_names: dict[str, str]
    verbal_governors: frozenset[str]
    not_actors: frozenset[str]
    leader_roles: frozenset[str]
    reporting_verbs: frozenset[str]
    request_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    hedge_words: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    source_prepositions: frozenset[str]
    collective_nouns: frozenset[str]
    announce_verbs: frozenset[str] = frozenset()  # "ha annunciato dazi": measures not yet in force
    copular_verbs: frozenset[str] = frozenset()  # "è diventata il primo acquirente"
    separate_modifiers: frozenset[str] = frozenset()  # "due accordi paralleli": not with each other
    purpose_markers: frozenset[str] = frozenset()  # "per incontrare Putin": a purpose asserts nothing
    purpose_nouns: frozenset[str] = frozenset()  # "con l'intento di raggiungere": neither does an intent
    effort_nouns: frozenset[str] = frozenset()  # "ha svolto un ruolo di mediazione": the doer's noun
    willing_words: frozenset[str] = frozenset()  # "sono pronte a inviare soldati": not sent yet
    envoy_nouns: frozenset[str] = frozenset()  # "l'inviato americano": the American named before
    request_nouns: frozenset[str] = frozenset()  # "l'invito a visitare l'Ucraina": not visited yet
    fear_verbs: frozenset[str] = frozenset()  # "temono un'invasione": an attack feared has not happened
    phasal_verbs: frozenset[str] = frozenset()  # "minacciano di tornare a colpire": the act keeps the outer modality
    investiture_nouns: frozenset[str] = frozenset()  # "il giuramento di Pezeshkian": he was there too
    object_control_verbs: frozenset[str] = frozenset()  # "accusa Israele di aver ucciso": Israel is the doer
    victim_nouns: frozenset[str] = frozenset()  # "i civili a Gaza" stand for the place
    unaccusative_verbs: frozenset[str] = frozenset()  # "sono entrate", "è arrivato": active with "essere"
    naming_verbs: frozenset[str] = frozenset()  # "chiamandolo «caro amico»"
    irregular_participles: dict[str, str] = field(default_factory=dict)  # stem → infinitive: "impost" → "imporre"
    quantity_adverbs: frozenset[str] = frozenset()  # "oltre cento droni": not a preposition
    quantity_nouns: frozenset[str] = frozenset()  # "migliaia di soldati": the theme is the soldiers
    modal_verbs: frozenset[str] = frozenset()  # "potrebbe ospitare": a possibility, not a fact
    negative_determiners: frozenset[str] = frozenset()  # "nessun accordo"
    privative_prepositions: frozenset[str] = frozenset()  # "senza la partecipazione di X"
    event_nouns: frozenset[str] = frozenset()  # "conferenza sulla ricostruzione dell'Ucraina": an event by its topic
    former_modifiers: frozenset[str] = frozenset()  # "l'ex premier" holds the office no more
    negating_verbs: frozenset[str] = frozenset()  # "ha escluso l'invio di", "ha negato di aver fornito"
    facility_nouns: frozenset[str] = frozenset()  # "lo stabilimento di Alabuga" names a facility
    company_nouns: frozenset[str] = frozenset()  # "l'azienda tedesca Rheinmetall" names a company
    area_nouns: frozenset[str] = frozenset()  # "Leopoli, nell'ovest dell'Ucraina": part of a country

    @cached_property
    def role_first_words(self) -> frozenset[str]:
        """First words of the role phrases ("presidente" of "presidente del consiglio")."""
        return frozenset(phrase.split()[0] for phrase in self.role_nouns)

    @cached_property
    def common_nouns(self) -> frozenset[str]:
        """Common nouns the lexicon knows (relation nouns, groups, events, weapons): a sentence that
        opens with one capitalises it without making it a name.

        >>> {"navi", "minacce"} <= load_lexicon("it").common_nouns
        True
        """
        words = set(self.nominal_frames) | self.collective_nouns | self.event_nouns | self.victim_nouns
        return frozenset(words.union(*self.lists.values()))

    def frames_for(self, lemma: str) -> tuple[Frame, ...]:
        """Frames of a predicate lemma.

        >>> [f.relation for f in load_lexicon("it").frames_for("inviare")][:2]
        ['deploysTroopsTo', 'suppliesWeaponsTo']
        """
        return self.frames.get(lemma.lower(), ())


@cache
def load_lexicon(lang: str) -> Lexicon:
    path = LEXICON_DIR / f"{lang}.json"
    try:
        data = json.loads(path.read_text(encoding="utf8"))
    except FileNotFoundError:
        raise KgError(f"{path}: no lexicon for language {lang!r}") from None
    except json.JSONDecodeError as err:
        raise KgError(f"{path}: malformed JSON at line {err.lineno} ({err.msg})") from None
    lists = {name: frozenset(words) for name, words in data["lists"].items()}

    def expand(value) -> frozenset[str]:
        if isinstance(value, str):
            return lists[value]
        return frozenset(value or ())

    def index(entries, key) -> dict[str, tuple[Frame, ...]]:
        frames: dict[str, list[Frame]] = {}
        for entry in entries:
            frame = Frame(entry[key], entry["relation"], expand(entry.get("theme")),
                          tuple(entry.get("target", ())), bool(entry.get("pairwise")), bool(entry.get("direct")),
                          frozenset(entry.get("subject_types", ())),
                          frozenset(entry.get("object_types", ())), int(entry.get("depth", 1)),
                          bool(entry.get("inverse")), expand(entry.get("agent_theme")),
                          bool(entry.get("mutual")), expand(entry.get("exclude")), bool(entry.get("also")),
                          bool(entry.get("named")))
            frames.setdefault(frame.lemma, []).append(frame)
        return {k: tuple(v) for k, v in frames.items()}

    return Lexicon(
        frames=index(data["frames"], "lemma"),
        nominal_frames=index(data.get("nominal_frames", []), "noun"),
        lists=lists,
        role_nouns=dict(data["role_nouns"]),
        role_countries=dict(data.get("role_countries", {})),
        structural_nouns={k: frozenset(v) for k, v in data.get("structural_nouns", {}).items()},
        weapon_names=dict(data.get("weapon_names", {})),
        verbal_governors=frozenset(data.get("verbal_governors", ())),
        not_actors=frozenset(data.get("not_actors", ())),
        leader_roles=frozenset(data["leader_roles"]),
        reporting_verbs=frozenset(data["reporting_verbs"]),
        request_verbs=frozenset(data["request_verbs"]),
        plan_verbs=frozenset(data["plan_verbs"]),
        hedge_words=frozenset(data["hedge_words"]),
        hypothetical_modifiers=frozenset(data.get("hypothetical_modifiers", ())),
        source_prepositions=frozenset(data["source_prepositions"]),
        collective_nouns=frozenset(data["collective_nouns"]),
        announce_verbs=frozenset(data.get("announce_verbs", ())),
        copular_verbs=frozenset(data.get("copular_verbs", ())),
        facility_nouns=frozenset(data.get("facility_nouns", ())),
        company_nouns=frozenset(data.get("company_nouns", ())),
        area_nouns=frozenset(data.get("area_nouns", ())),
        negating_verbs=frozenset(data.get("negating_verbs", ())),
        former_modifiers=frozenset(data.get("former_modifiers", ())),
        quantity_nouns=frozenset(data.get("quantity_nouns", ())),
        quantity_adverbs=frozenset(data.get("quantity_adverbs", ())),
        naming_verbs=frozenset(data.get("naming_verbs", ())),
        unaccusative_verbs=frozenset(data.get("unaccusative_verbs", ())),
        victim_nouns=frozenset(data.get("victim_nouns", ())),
        object_control_verbs=frozenset(data.get("object_control_verbs", ())),
        purpose_markers=frozenset(data.get("purpose_markers", ())),
        purpose_nouns=frozenset(data.get("purpose_nouns", ())),
        effort_nouns=frozenset(data.get("effort_nouns", ())),
        willing_words=frozenset(data.get("willing_words", ())),
        request_nouns=frozenset(data.get("request_nouns", ())),
        envoy_nouns=frozenset(data.get("envoy_nouns", ())),
        fear_verbs=frozenset(data.get("fear_verbs", ())),
        phasal_verbs=frozenset(data.get("phasal_verbs", ())),
        investiture_nouns=frozenset(data.get("investiture_nouns", ())),
        irregular_participles=dict(data.get("irregular_participles", {})),
        separate_modifiers=frozenset(data.get("separate_modifiers", ())),
        event_nouns=frozenset(data.get("event_nouns", ())),
        modal_verbs=frozenset(data.get("modal_verbs", ())),
        negative_determiners=frozenset(data.get("negative_determiners", ())),
        privative_prepositions=frozenset(data.get("privative_prepositions", ())),
    )
