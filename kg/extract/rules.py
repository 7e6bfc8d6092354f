"""Extraction rules over Universal Dependencies labels, and the reader that applies them.

``ArticleReader`` reads one parsed article. Its parts live in one module each, small functions
over spaCy tokens, one per pattern:

* ``actors``: which actor a noun phrase stands for (names, metonyms, role descriptions, titles,
  demonyms, clitics);
* ``clauses``: subjects (active, passive, coordinated, relative, inherited, misplaced by the
  parser), themes, obliques and the modality of a clause;
* ``verbal``: a predicate's lexicon frame turned into facts;
* ``nominal``: relations carried by nouns;
* ``structure``: structural facts and leaderOf from titles.

Language specifics come in through ``Language``; the extraction relies on UD labels only.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..facts import ArticleFacts, Evidence, Fact, Mention
from ..gazetteer import Gazetteer
from ..lexicon import Lexicon
from ..linking import ArticleLinker, actor_from_entry
from .actors import ActorResolution
from .clauses import ClauseReading
from .common import GERUND_WITH_CLITIC, confidence, conjuncts, dedupe, feature, is_passive  # noqa: F401  (re-exported)
from .events import EventFacts
from .nominal import NominalFacts
from .structure import StructuralFacts
from .verbal import VerbalFacts

# relations a place may hold: a town is located somewhere, it does not act
PLACE_RELATIONS = frozenset({"locatedIn", "partOf", "capitalOf", "memberOf", "basedIn"})
BETWEEN_SIDES = frozenset({"meetsWith", "signsAgreementWith", "cooperatesWith", "tradesWith", "mediates"})
# parts of speech no rule starts from (unless the parser made one the root)
AUXILIARY_DEPS = frozenset({"aux", "aux:pass", "cop"})
FUNCTION_POS = frozenset({"DET", "PUNCT", "CCONJ", "SCONJ", "NUM", "SYM", "PRON"})
TEST_NOUNS = frozenset({"lancio", "test", "esperimento", "collaudo"})
MASSACRE_NOUNS = frozenset({"strage", "massacro", "eccidio"})  # an attack named by its dead
STATE_BODIES = frozenset({"ArmedForces", "Government", "IntelligenceAgency"})  # a state's own, not rebels in it


@dataclass(frozen=True)
class Language:
    code: str
    lexicon: Lexicon
    preposition: Callable[[str], str]
    find_date: Callable[[str, date | None], date | None]
    negators: frozenset[str]
    prepositions: frozenset[str] = frozenset()  # bare prepositions, for words the tagger mislabels
    lemma_guesses: Callable[[str], list[str]] = lambda form: []  # infinitives of a verb form
    relatives: frozenset[str] = frozenset()  # relative pronouns the tagger may call conjunctions


class ArticleReader(ActorResolution, ClauseReading, VerbalFacts, EventFacts, NominalFacts, StructuralFacts):
    """Reads the facts of one article (parsed as one ``Doc``)."""

    def __init__(self, language: Language, gazetteer: Gazetteer, linker: ArticleLinker,
                 article_date: date | None):
        self.lang = language
        self.lex = language.lexicon
        self.gazetteer = gazetteer
        self.linker = linker
        self.date = article_date
        self.token_actor: dict[int, str] = {}
        self.token_how: dict[int, str] = {}
        self.mentions: list[Mention] = []
        self.last_subjects: list[tuple[str, str]] = []
        self.earlier_subjects: list[tuple[str, str]] = []
        self.last_subjects_number: str | None = None  # "Sing"/"Plur": a zero subject must agree
        self.subjects_sentence = -1  # the sentence the last subjects were read in
        # the two sides of the last talks or agreement, with the index of their sentence: a mediator
        # named without them ("A ospitare i colloqui è stata l'Arabia Saudita") mediates between them
        self.recent_parties: tuple[list[tuple[str, str]], int] = ([], -2)
        # who last tested a weapon, with its sentence: "il lancio" condemned after is theirs
        self.last_tester: tuple[str | None, int] = (None, -2)
        self.last_attacker: tuple[str | None, int] = (None, -2)  # likewise "l'attacco" condemned after
        self.sentence_index = 0
        self.sentences: list[Span] = []  # read so far: the sides that acted together in one are found on demand
        self.stranded_subjects: dict[int, list[Token]] = {}  # verb index → subjects the parser hung elsewhere
        self.stranded: set[int] = set()
        self.honorees: dict[str, str] = {}  # investiture event → the one sworn in or crowned

    def read(self, doc: Doc) -> list[Fact]:
        """Every fact of the article, sentence by sentence: titles, clauses, nouns, structure."""
        self.index_mentions(doc)
        facts: list[Fact] = []
        for self.sentence_index, sent in enumerate(doc.sents):
            evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
            self.find_stranded_subjects(sent)
            self.sentences.append(sent)
            facts.extend(self.title_facts(sent, evidence))
            facts.extend(self.headline_visit_facts(sent, evidence))
            facts.extend(self.audience_facts(sent, evidence))
            facts.extend(self.headline_audience_facts(sent, evidence))
            for token in sent:
                pos, gerund = token.pos_, GERUND_WITH_CLITIC.search(token.lower_)
                if pos in FUNCTION_POS and token.dep_ != "ROOT" and not gerund:
                    continue  # no rule starts from an article, a pronoun or a comma
                if (pos in {"VERB", "AUX"} or token.dep_ == "ROOT" or self.is_mistagged_participle(token)
                        or self.is_predicate_adjective(token) or gerund) \
                        and token.i not in self.token_actor \
                        and token.dep_ not in AUXILIARY_DEPS and pos not in {"PUNCT", "SYM"}:
                    # ("Diego Armando Maradona": a name, not "armare"; "ha", "è" are read with their verb)
                    facts.extend(self.clause_facts(token, sent, evidence))
                if pos in {"NOUN", "ADJ"}:  # "che da mesi media tra Mosca e Kiev", "media" as an adjective
                    facts.extend(self.mistagged_verb_facts(token, evidence))
                if pos in {"VERB", "NOUN"}:
                    facts.extend(self.naming_facts(token, evidence))
                if pos == "PROPN":
                    facts.extend(self.located_facts(token, evidence))
                if pos == "NOUN" or (pos in {"VERB", "ADJ"} and token.dep_ == "appos") or \
                        self.is_mistagged_noun(token):
                    facts.extend(self.nominal_facts(token, sent, evidence))  # "la Cina, alleato di Mosca"
                    facts.extend(self.structural_facts(token, evidence))
                if pos in {"NOUN", "ADJ"}:
                    facts.extend(self.company_seat_facts(token, evidence))
                if pos in {"NOUN", "VERB", "ADJ"}:
                    facts.extend(self.troop_presence_facts(token, evidence))
                if pos == "NOUN":
                    facts.extend(self.same_table_facts(token, evidence))
                self.note_parties(facts)
        facts.extend(self.honoree_facts(facts))
        facts = self.defer_measures(facts)
        # a town named as such does not act ("Gedda, americani e ucraini concordano…": a dateline);
        # a capital standing for its state was already read as the state
        # and no state meets, signs with or mediates for its own army or government ("l'esercito sudanese
        # e le Forze di supporto rapido hanno firmato", read as Sudan and its armed forces)
        # (nor does anyone visit their own state: "Kim, giunto a Pechino" read as Xi's arrival; nor is a leader
        # honouring their own soldiers praise of a state: "Kim ha reso omaggio ai soldati nordcoreani")
        # (and weapons and events never act: "la consegna di missili Tomahawk … distruggerebbe i rapporti")
        return dedupe([f for f in facts if (f.relation in PLACE_RELATIONS or self.actor_type(f.subject) != "City")
                       and self.actor_type(f.subject) not in {"Weapon", "Event"}
                       and not (f.relation in BETWEEN_SIDES and (self.one_side(f.subject, f.object)
                                                                  or self.actor_type(f.object) == "City"))
                       and not (f.relation in {"visits", "praises"} and self.state_of(f.subject) == f.object)])

    def defer_measures(self, facts: list[Fact]) -> list[Fact]:
        """Sanctions read in a sentence that (or whose next sentence) says the measure takes effect later
        are planned, not in force ("La nuova tariffa scatterà tra ventuno giorni")."""
        deferred = [i for i, sent in enumerate(self.sentences) if self.defers_a_measure(sent)]
        if not deferred:
            return facts
        starts = {self.sentences[i].start_char for d in deferred for i in (d, d - 1) if i >= 0}
        return [replace(f, modality="planned") if f.relation == "sanctions" and f.is_edge
                and f.evidence.start_char in starts else f for f in facts]

    def one_side(self, first: str, second: str) -> bool:
        """Whether one actor is the other's state's own body (its army, government, services)."""
        return self.actor_type(first) in STATE_BODIES and self.state_of(first) == second or \
            self.actor_type(second) in STATE_BODIES and self.state_of(second) == first

    def note_parties(self, facts: list[Fact]) -> None:
        """Remember the sides of the latest talks or agreement (see ``context_parties``)."""
        if len(facts) == self.__dict__.get("_facts_noted"):  # asked after every word: with nothing new,
            if self._sides_in_view:                             # the same sides are seen in this sentence
                self.recent_parties = (self.recent_parties[0], self.sentence_index)
            return
        self._facts_noted, self._sides_in_view = len(facts), False
        recent = facts[-6:]
        tester = next((f.subject for f in reversed(recent) if f.relation == "tests" and f.is_edge), None)
        if tester is not None:
            self.last_tester = (tester, self.sentence_index)
        attacker = next((f.subject for f in reversed(recent) if f.relation == "attacks" and f.is_edge), None)
        if attacker is not None:
            self.last_attacker = (attacker, self.sentence_index)
        for fact in reversed(recent):
            if fact.relation in {"meetsWith", "signsAgreementWith"} and fact.is_edge:
                # every side of the same act: "Turchia, Svezia e Finlandia hanno firmato" gives three pairs
                sides = [a for f in recent if f.relation == fact.relation and f.evidence == fact.evidence
                         and f.pattern == fact.pattern and f.is_edge for a in (f.subject, f.object)]
                self.recent_parties = ([(a, "zero") for a in dict.fromkeys(sides)], self.sentence_index)
                self._sides_in_view = True
                return

    def tester_of(self, noun: Token) -> list[tuple[str, str]]:
        """"Pyongyang ha testato un missile. Il lancio è stato condannato da Seul": a definite launch
        or test judged in this sentence or the next is the one just reported, by its tester."""
        return self._doer_just_reported(noun, self.last_tester, noun.lemma_.lower() in TEST_NOUNS)

    def attacker_of(self, noun: Token) -> list[tuple[str, str]]:
        """"Missili russi hanno centrato Poltava. Zelensky ha condannato la strage": likewise a definite
        attack, by its attacker, unless the noun names its own ("l'attacco israeliano")."""
        is_attack = bool({noun.lemma_.lower(), noun.lower_} & (self.lex.lists["@attacks"] | MASSACRE_NOUNS))
        doer = self._doer_just_reported(noun, self.last_attacker, is_attack)
        return [] if doer and self.actors_of(noun) else doer

    def _doer_just_reported(self, noun: Token, last: tuple[str | None, int],
                            of_its_kind: bool) -> list[tuple[str, str]]:
        doer, index = last
        definite = any(c.dep_ == "det" and "Def" in feature(c, "Definite") for c in noun.children)
        if doer is None or self.sentence_index - index > 1 or not definite or not of_its_kind or \
                any(c.dep_.startswith("nmod") for c in noun.children):
            return []
        return [(doer, "zero")]

    def joint_subjects(self, sent: Span) -> list[tuple[str, str]]:
        """Two states or groups acting together as a main clause's subjects: the sides a broker
        named without them may stand between ("Russia e Ucraina si sono scambiate 115 prigionieri.
        Lo scambio è stato reso possibile dalla mediazione di Abu Dhabi")."""
        root = sent.root
        if root.pos_ not in {"VERB", "AUX"}:
            return []
        sides = dict.fromkeys(a for t in self.subjects(root) for a, _ in self.actors_of(t)
                              if self.actor_type(a) not in {"Person", "City", "Location", "Event", "Weapon"})
        return [(a, "zero") for a in sides] if len(sides) == 2 else []

    def context_parties(self) -> list[tuple[str, str]]:
        """The sides of the talks or agreement of this sentence or the one before, else of what two
        sides did together there."""
        parties, index = self.recent_parties
        if self.sentence_index - index <= 1:
            return parties
        return next(filter(None, map(self.joint_sides, self.sentences[-2:][::-1])), [])  # this sentence first

    def joint_sides(self, sent: Span) -> list[tuple[str, str]]:
        """``joint_subjects`` once per sentence; empty while being found ("Le parti hanno concordato"
        asks for the sides while its own subject is being read)."""
        known = self.__dict__.setdefault("_joint_sides", {})
        if sent.start not in known:
            known[sent.start] = []
            known[sent.start] = self.joint_subjects(sent)
        return known[sent.start]

    def mediated_parties(self, frame, agents: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """A mediator named without the parties ("Il Qatar ha ospitato i negoziati tra le due
        delegazioni") mediates between the sides of the talks just reported, unless it is one of them."""
        if frame.relation != "mediates":
            return []
        parties = self.context_parties()
        return [] if {a for a, _ in agents} & {p for p, _ in parties} else parties


def extract_article(doc: Doc, article_id: str, article_date: date | None, language: Language,
                    gazetteer: Gazetteer, tokenizer) -> ArticleFacts:
    """Read one parsed article into linked actors, mentions and facts."""
    lexicon = language.lexicon
    linker = ArticleLinker(gazetteer, tokenizer, lexicon.not_actors | frozenset(lexicon.role_nouns),
                           lexicon.lists["@weapons"], lexicon.facility_nouns,
                           lexicon.structural_nouns.get("locatedIn", frozenset()), lexicon.area_nouns,
                           lexicon.company_nouns, lexicon.common_nouns)
    reader = ArticleReader(language, gazetteer, linker, article_date)
    facts = reader.read(doc)
    used = {f.subject for f in facts} | {f.object for f in facts} | {f.source for f in facts if f.source} | \
        {m.actor_id for m in reader.mentions}
    actors = tuple(a for a in linker.actors.values() if a.id in used)
    # actors reached without a name in the text (office holders, the state behind a capital)
    actors += tuple(actor_from_entry(gazetteer.get(actor_id)) for actor_id in sorted(used - set(linker.actors))
                    if actor_id in gazetteer)
    return ArticleFacts(article_id, actors, tuple(reader.mentions), tuple(facts),
                        sentences=sum(1 for _ in doc.sents))
