"""UD tree helpers and fact scoring shared by the extraction modules."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..facts import Fact


_FEATURES: dict[int, dict[str, tuple[str, ...]]] = {}


def feature(token: Token, name: str) -> tuple[str, ...]:
    """The values of one morphological feature of a token. ``Token.morph.get`` parses the
    analysis string on every call; this parses each distinct analysis once.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["firmato"], morphs=["Gender=Masc|Number=Sing|VerbForm=Part"])
    >>> feature(doc[0], "VerbForm"), feature(doc[0], "Mood")
    (('Part',), ())
    """
    analysis = token.morph
    parsed = _FEATURES.get(analysis.key)
    if parsed is None:
        parsed = _FEATURES[analysis.key] = {key: tuple(values.split(","))
                                            for key, values in analysis.to_dict().items()}
    return parsed.get(name, ())

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# places smaller than a state: where things happen, not who does them
COMPANION_WORDS = frozenset({"accanto", "insieme", "assieme", "fianco"})  # "accanto a Xi e Putin"
ELIDED_HEADS = frozenset({"quello", "quella", "quelli", "quelle"})  # "e quella egiziana": the noun again
CURRENCY_NOUNS = frozenset({"euro", "dollaro", "dollari", "sterlina", "sterline", "yuan", "yen", "rublo", "rubli"})
GERUND_WITH_CLITIC = re.compile(r"[ae]ndo(?:l[oaie]|gli)$")  # "coprendola", "accusandolo"
INFINITIVE_WITH_CLITIC = re.compile(r"[aei]rl([oaie])$")  # "accoglierlo", "riceverla", "accoglierli"
TIME_NOUNS = frozenset({"ora", "minuto", "giorno", "settimana", "mese", "anno"})
SMALL_PLACES = frozenset({"City", "Location", "Region", "Facility", "WaterBody"})
PLACE_TYPES = SMALL_PLACES | {"Country"}
# goods and trade flows: "l'import di prodotti ittici dal Giappone"
TRADED_GOODS = frozenset({"importazione", "importazioni", "import", "merce", "merci", "prodotto", "prodotti",
                          "bene", "beni", "esportazione", "esportazioni", "export"})
# teams act for their state only as rescue teams: "squadre di soccorso turche", not a national side
TEAM_NOUNS = frozenset({"squadra", "squadre", "team"})
NAME_ATTACHMENTS = {"appos", "flat", "flat:name", "nmod", "compound", "nmod:poss"}
ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "conj", "nmod"}
# Italian number words ("duecento", "tremila"), which the tagger may call nouns
NUMBER_WORD = re.compile(r"(?:un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|venti|trenta|quaranta|cinquanta|"
                         r"sessanta|settanta|ottanta|novanta|cento|mille)+(?:cento|mila)?")


def conjuncts(token: Token, skip: frozenset[int] | set[int] = frozenset()) -> list[Token]:
    """Every noun coordinated with ``token``, also down a chain ("Xi, Putin e Kim": Kim hangs on Putin),
    except the tokens in ``skip``."""
    found = []
    for child in token.children:
        if child.dep_ == "conj" and child.i not in skip:
            found += [child, *conjuncts(child, skip)]
        elif child.dep_.startswith("flat"):  # "Giorgia Meloni e Edi Rama": "Edi" hangs on the surname
            found += conjuncts(child, skip)
    return found

def previous_sentence_start(sent: Span) -> int:
    """Where the sentence before ``sent`` starts (``sent``'s own start for the first one): what a
    word may refer back to lies in its sentence or the one before."""
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start

def chain_root(token: Token) -> Token:
    """The first member of the coordination ``token`` belongs to."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token

def is_passive(verb: Token) -> bool:
    """A passive has a passive auxiliary ("è stato firmato"); "è arrivato" is active."""
    return any(c.dep_ in {"aux:pass", "expl:pass"} for c in verb.children)

def is_personal_pronoun(token: Token) -> bool:
    """A personal pronoun or clitic ("lo", "gli", "lui")."""
    return token.pos_ == "PRON" and "Prs" in feature(token, "PronType")

def is_relative_pronoun(token: Token) -> bool:
    """A pronoun the tagger marks as relative ("che", "cui")."""
    return "Rel" in feature(token, "PronType")

def confidence(modality: str, *hows: str) -> float:
    """Confidence from how each end was resolved and the clause's modality.

    >>> confidence("asserted", "name", "name"), confidence("hedged", "role", "metonym")
    (0.9, 0.56)
    """
    score = 0.9
    for how in hows:
        if how in {"role", "demonym", "metonym", "surname", "zero", "pronoun"}:
            score -= 0.05
        elif how in {"ner", "topic"}:
            score -= 0.1
    score *= {"hedged": 0.7, "reported": 0.9}.get(modality, 1.0)
    return round(max(0.05, min(score, 1.0)), 2)

def once_per_pair(pairs: list[tuple]) -> list[tuple]:
    """The first of each unordered pair of actors ((actor, how) items), for symmetric relations.

    >>> once_per_pair([(("a", "name"), ("b", "name")), (("b", "name"), ("a", "name"))])
    [(('a', 'name'), ('b', 'name'))]
    """
    seen, kept = set(), []
    for subject, obj in pairs:
        key = frozenset((subject[0], obj[0]))
        if key not in seen:
            seen.add(key)
            kept.append((subject, obj))
    return kept


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, sentence): the most confident."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.evidence.start_char)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return list(best.values())


def finite_forms(verb: Token) -> list[Token]:
    """The finite words of a verb group: the verb itself or its auxiliaries."""
    return [t for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
            if "Fin" in feature(t, "VerbForm")]


def clause_number(verb: Token) -> str | None:
    """The grammatical number of a clause's finite form, on the verb or its auxiliary.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("it").vocab, words=["hanno", "firmato"], heads=[1, 1], deps=["aux", "ROOT"],
    ...           morphs=["Number=Plur|VerbForm=Fin", "VerbForm=Part"])
    >>> clause_number(doc[1])
    'Plur'
    """
    return next((feature(t, "Number")[0] for t in finite_forms(verb) if feature(t, "Number")), None)


def grammatical_number(subjects: list[Token]) -> str | None:
    """"Plur" for coordinated or plural subjects ("gli Stati Uniti"), "Sing" for one name or noun."""
    if not subjects:
        return None
    if len(subjects) > 1:
        return "Plur"
    head = subjects[0]
    for token in [head, *(c for c in head.children if c.dep_ == "det")]:
        if feature(token, "Number"):
            return feature(token, "Number")[0]
    return "Sing"


def elide(preposition: str, name: str) -> str:
    """A preposition and the name it governs, as written.

    >>> elide("dell'", "Aia"), elide("della", "NATO")
    ("dell'Aia", 'della NATO')
    """
    return preposition + name if preposition.endswith(("'", "’")) else f"{preposition} {name}"
