"""Facts carried by nouns: events ("la visita di Putin a Pyongyang", "l'invasione russa
dell'Ucraina"), symmetric relations ("l'asse tra Mosca e Pyongyang") and relational nouns
predicated of a holder ("la Cina è il principale partner della Russia")."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import combinations

from spacy.tokens import Span, Token

from ..facts import Evidence, Fact
from ..lexicon import Frame
from .common import NUMBER_WORD, PLACE_TYPES, SMALL_PLACES, TIME_NOUNS, TRADED_GOODS, confidence, conjuncts, feature


# first halves of compound adjectives ("sino-russo", "anglo-francese", "nippo-coreano")
# verbs and adjectives that put troops somewhere: "schierati a Kursk", "sono arrivati in Bielorussia"
PLACING = frozenset({"schierare", "dispiegare", "stanziare", "posizionare", "inviare", "mandare", "trasferire",
                     "arrivare", "giungere", "entrare", "restare", "rimanere", "trovarsi", "operare", "combattere",
                     "atterrare", "sbarcare", "stazionare", "presente"})
STOPPING_VERBS = frozenset({"interrompere", "tagliare", "fermare", "chiudere", "bloccare", "vietare"})
CONTAINER_NOUNS = frozenset({"pacchetto", "tranche", "stanziamento", "programma"})  # "un pacchetto di aiuti"
DURATION_NOUNS = TIME_NOUNS - {"anno"} | {"giornata"}  # "due ore di colloqui" (years of talks are history)
RESPONSIBILITY_NOUNS = frozenset({"responsabilità", "coinvolgimento", "ruolo", "partecipazione"})
# "nel ruolo di mediatore", "in veste di garante": the noun a role noun frames is said of the actor before it
AUTHORISING = frozenset({"autorizzare", "approvare", "via", "autorizzazione", "approvazione", "mandato"})
CALLED_OFF = ("salt", "annull", "cancell", "disdi")  # stems: an event that did not take place
PUT_OFF = ("rinvi", "posticip", "rimand")  # … or not yet
NEGOTIATIONS = frozenset({"trattativa", "trattative", "negoziato", "negoziati", "negoziazione", "negoziazioni"})
# "il trattato impegna Russia e Corea del Nord": what an agreement binds are its parties
BINDING_VERBS = frozenset({"impegnare", "obbligare", "vincolare"})
ROLE_FRAMES = frozenset({"ruolo", "veste", "panni", "funzione", "qualità"})
SHORT_DEMONYMS = {"sino": "cinese", "anglo": "inglese", "nippo": "giapponese", "franco": "francese",
                  "russo": "russo", "italo": "italiano", "ispano": "spagnolo", "turco": "turco", "indo": "indiano",
                  "germano": "tedesco", "austro": "austriaco", "israelo": "israeliano", "afro": "africano",
                  "euro": "europeo", "nordcoreano": "nordcoreano", "sudcoreano": "sudcoreano"}


class NominalFacts:
    """Noun-carried facts, a part of ``ArticleReader`` (``rules.py``)."""

    def nominal_facts(self, noun: Token, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """Relations carried by nouns: "la visita di Putin a Pyongyang", "l'asse tra Mosca e Pyongyang",
        "il sostegno militare dell'UE a Kiev", "l'invio di truppe nordcoreane in Russia"."""
        frames = self.noun_frames(noun)
        if not frames or noun.i in self.token_actor:
            return
        governor = noun.head if noun.head != noun else None
        if governor is not None and governor.lemma_.lower() in self.lex.verbal_governors:
            return  # "ha espresso sostegno alla Russia" is words, handled by the verb's frame
        covered = self.verb_theme_relations(noun, governor)  # "firmato il partenariato": an agreement
        if covered and not any(f.relation in covered for f in frames):
            # "ha firmato un partenariato tra Regno Unito e Ucraina": the pair the signed text binds
            frames = [replace(f, relation=r) for f in frames if f.pairwise for r in sorted(covered)]
        if governor is not None and self._case(noun) == "di" and self.is_relation_noun(governor):
            return  # "l'accordo di cooperazione tra Iran e Russia": the agreement carries the relation
        if governor is not None and self._case(noun) == "di" and \
                {governor.lower_, governor.lemma_.lower()} & set(self.lex.role_nouns):
            return  # "la leader dell'opposizione pakistana": a body someone leads, not a relation
        if self.talks_behind_agreement(noun):
            return
        modality, source = self.nominal_modality(noun, governor, sent)
        declined = governor is not None and governor.pos_ in {"VERB", "AUX"} and \
            self.modality(governor, sent)[0] == "negated"  # "non ha aderito alle sanzioni": not its sanctions
        event_date = self.lang.find_date(evidence.sentence, self.date)  # sent.text rebuilds the string
        complements = self.noun_complements(noun)
        for frame in frames:
            if covered and frame.relation not in covered:
                continue
            theme_nouns = [c for p, c in complements if p == "di" and self._is_theme_noun(c)]
            modifiers = [c for c in noun.children if c.dep_ == "acl"] + self.adjectives_of(noun)
            if frame.theme and not any({c.lower_, c.lemma_.lower()} & frame.theme for c in theme_nouns + modifiers):
                continue
            if frame.exclude and any({c.lower_, c.lemma_.lower()} & frame.exclude for c in modifiers):
                continue  # "uno scontro diplomatico tra X e Y" is no attack
            if frame.relation == "tradesWith" and self.stops_trade(governor):
                continue  # "ha vietato l'export di chip verso la Russia" sanctions it, no trade
            if "of" in frame.target:
                pairs = self.relational_pairs(noun, governor, complements)
            else:
                pairs = self.nominal_pairs(frame, noun, None if declined else governor, complements, theme_nouns)
            pairs = [(s, o) for s, o in pairs  # "lo scontro tra Trump e Zelensky" is words, not arms
                     if self.type_ok(s[0], frame.subject_types) and self.type_ok(o[0], frame.object_types)
                     and not (frame.pairwise and SMALL_PLACES & {self.actor_type(s[0]), self.actor_type(o[0])})]
            # (nor do places meet: "il vertice tra Cina e Asia centrale")
            if frame.relation == "deploysTroopsTo" and modality == "asserted" and self.is_authorised(noun, governor):
                modality = "planned"  # "ha dato il via libera all'invio di soldati in Ciad": not sent yet
            for (subj, subj_how), (obj, obj_how) in pairs:
                yield Fact(subj, frame.relation, obj, evidence, modality,
                           round(confidence(modality, subj_how, obj_how) - 0.1, 2),
                           f"{self.lang.code}:noun:{frame.lemma}", source, event_date)
            if pairs and frame.relation in {"meetsWith", "signsAgreementWith"}:
                # "Faccia a faccia tra Trump e Zelensky, a margine dei funerali del Papa": both were there
                yield from self.meeting_event_facts(noun, pairs, evidence, modality, source, event_date)
            if pairs:
                return

    def is_mistagged_noun(self, token: Token) -> bool:
        """A relation noun the tagger called a verb, as in headlines ("Telefonata tra Trump e Putin"):
        the lemmatizer left the form as it is (or read a bare participle) and nothing verbal
        (auxiliary, subject, object) hangs on it."""
        if token.pos_ == "ADP" and token.dep_.startswith(("obl", "nmod")) and token.lower_ in self.lex.nominal_frames:
            return True  # "ha fatto da tramite tra X e Y": "tramite" read as the preposition "via"
        if token.pos_ not in {"VERB", "ADJ", "PROPN"}:
            return False
        # "Faccia a faccia tra…" opening a headline: a noun of several words, whatever its lemma
        phrase = token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "a" and \
            token.doc[token.i: token.i + 3].text.lower() in self.lex.nominal_frames
        unverbal = token.lemma_.lower() == token.lower_ or "Part" in feature(token, "VerbForm") or phrase
        # (not "il primo trattato bilaterale": an adjective on a noun, not "un bilaterale", a meeting)
        return token.pos_ in {"VERB", "ADJ", "PROPN"} and unverbal and token.i not in self.token_actor and \
            (token.lower_ in self.lex.nominal_frames or phrase) and \
            not (token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "NOUN") and \
            not any(c.dep_.startswith(("aux", "nsubj", "obj", "cop")) for c in token.children)

    def nominal_modality(self, noun: Token, governor: Token | None, sent: Span) -> tuple[str, str | None]:
        """A relation noun takes its clause's modality, except negation ("non ha condannato
        l'invasione russa": the invasion still happened); "un futuro incontro", "ospitare un
        incontro" and "ha annunciato dazi" are events not (yet) happened."""
        predicate = any(c.dep_ == "cop" for c in noun.children)  # "X non è una minaccia": the noun is the claim
        if governor is not None and governor.dep_ == "xcomp" and self._case(noun) == "con" and \
                any(f.relation == "mediates" for f in self.noun_frames(noun)):
            governor = governor.head  # "hanno concordato di prolungare la tregua, con la mediazione di X": the agreeing
        modality, source = self.modality(governor, sent) if governor is not None and \
            governor.pos_ in {"VERB", "AUX"} else self.modality(noun, sent) if predicate else ("asserted", None)
        # "non ci sono stati scontri", "non si registrano attacchi": the noun itself is what is denied
        denied = predicate or (modality == "negated" and noun.dep_.startswith("nsubj") and
                               any(c.dep_.startswith("expl") for c in governor.children)) or \
            (governor is not None and noun.dep_ in {"obj", "xcomp"} and governor.lemma_.lower() in self.lex.copular_verbs)
        if modality == "negated" and not denied:
            modality = "asserted"
        # "per protestare contro l'invio di soldati": what is judged has happened, whatever the judging
        judged = governor is not None and governor.pos_ == "VERB" and \
            any(f.relation in {"praises", "criticizes"} for f in self.verb_frames(governor))
        if modality in {"planned", "requested"} and judged:
            modality, source = "asserted", None
        if governor is not None and noun.dep_ in {"obj", "nsubj", "nsubj:pass"} and \
                self.governing_lemma(governor) in self.lex.negating_verbs:
            modality = "negated"  # "ha escluso l'invio dei missili"
        denier = governor.head if governor is not None and governor.lemma_.lower() in RESPONSIBILITY_NOUNS else governor
        if denier is not None and denier.pos_ == "VERB" and self.governing_lemma(denier) in self.lex.negating_verbs \
                and any(c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in denier.children if c.dep_ == "obj"):
            modality = "negated"  # "ha negato ogni responsabilità (nel)l'attacco", however the parser hung it
        blocked = governor is not None and (self.is_opposing(governor) or
                                            (governor.dep_.startswith(("obj", "nmod")) and self.is_opposing(governor.head)))
        if blocked:  # "ha bloccato (la proroga del)le sanzioni": not in force
            return "planned", source
        if self._case(noun) in self.lex.privative_prepositions:
            return "negated", source  # "si è aperto senza la partecipazione di Erdogan"
        called_off = governor is not None and noun.dep_ in {"obj", "nsubj", "nsubj:pass"} and governor.pos_ == "VERB"
        # (by stem: the lemmatizer leaves "Salta" as it is)
        if called_off and governor.lower_.startswith(CALLED_OFF):
            return "negated", source  # "Salta il vertice di Luanda tra Tshisekedi e Kagame"
        if called_off and governor.lower_.startswith(PUT_OFF):
            return "planned", source  # "è stato rinviato il vertice"
        if any(c.lower_ in self.lex.negative_determiners for c in noun.children):
            return "negated", source  # "Washington-Pechino, nessun accordo sui dazi"
        if any(c.lemma_.lower() in self.lex.hypothetical_modifiers for c in noun.children) or \
                (governor is not None and "Inf" in feature(governor, "VerbForm") and not judged
                 and self.absolute_subject(governor) is None) or \
                (governor is not None and noun.dep_ == "obj" and governor.lemma_.lower() in self.lex.announce_verbs
                 and noun.lemma_.lower() not in self.lex.lists["@agreements"]) \
                or self.is_planned_by(noun, governor):
            modality = "planned"
        pacts = self.lex.lists["@agreements"] | {"lettera"}
        # (but a contract "per le forniture di gas" is the trade itself)
        goods = any({c.lemma_.lower(), c.lower_} & self.lex.lists["@strategic_goods"] for c in noun.children
                    if self._case(c) == "di")
        if governor is not None and self._case(noun) == "per" and not goods and \
                any({t.lemma_.lower(), t.lower_} & pacts for t in [governor, *governor.children] if t.dep_ != "nmod"):
            modality = "planned"  # "firmato una lettera d'intenti per la vendita di caccia": what is agreed, not done
        if modality == "planned" and self.dated_before_article(noun):
            modality = "asserted"  # "promette una risposta per il raid del 26 ottobre": that raid happened
        return modality, source

    def dated_before_article(self, noun: Token) -> bool:
        """An event noun with its own date, earlier than the article's: "il raid israeliano del 26 ottobre"."""
        for child in noun.children:
            if child.dep_.startswith("nmod") and child.pos_ == "NUM" and self.date is not None:
                day = self.lang.find_date(child.doc[child.i: self.phrase_end(child) + 1].text, self.date)
                if day is not None and day < self.date:
                    return True
        return False

    def verb_theme_relations(self, noun: Token, governor: Token | None) -> set[str]:
        """The relations of the symmetric frames of a governing verb that name the noun as their theme:
        "hanno firmato il partenariato" is an agreement, whatever "partenariato" says alone."""
        if governor is None or noun.dep_ not in {"obj", "nsubj:pass"} or governor.pos_ not in {"VERB", "AUX"}:
            return set()
        words = {noun.lower_, noun.lemma_.lower()}
        return {f.relation for f in self.verb_frames(governor) if f.pairwise and words & f.theme}

    def is_planned_by(self, noun: Token, governor: Token | None) -> bool:
        """An event a planning verb is about: "la visita … è prevista a maggio", "valuta l'invio di truppe",
        or a role offered: "si è proposto come mediatore"."""
        if governor is None or (noun.dep_ not in {"obj", "nsubj:pass"} and self._case(noun) != "come"):
            return False
        lemma = self.governing_lemma(governor)
        feared_act = lemma in self.lex.fear_verbs and any(  # "temono un'invasione", not "temono l'asse"
            f.relation in {"attacks", "deploysTroopsTo", "threatens", "sanctions"}
            for f in self.noun_frames(noun))
        return lemma in self.lex.plan_verbs or feared_act

    def noun_complements(self, noun: Token) -> list[tuple[str | None, Token]]:
        """(preposition, noun) complements of a noun, also those the parser hung on one of its
        adjectives ("l'accordo di difesa reciproca tra Russia e Corea del Nord")."""
        heads = [noun] + self.adjectives_of(noun)
        if noun.dep_.startswith("nsubj") and noun.head.pos_ == "ADJ" and self.gazetteer.by_demonym(noun.head.lower_):
            heads.append(noun.head)  # "Raid israeliano a Doha contro…", parsed with the demonym as the root
        heads += [c for c in noun.children if self._case(c) == "di" and self.is_relation_noun(c)]
        found = [(self._case(c), c) for h in heads for c in h.children if c.dep_.startswith(("nmod", "obl"))]
        # "l'invio di soldati nordcoreani in Russia" with "soldati" tagged as an adjective clause
        found += [("di", c) for c in noun.children if c.dep_ in {"acl", "amod"} and c.i > noun.i
                  and self._case(c) == "di" and self._is_theme_noun(c)]
        # "gli aiuti giordani destinati a Gaza": the recipient on a participle describing the noun
        found += [(self._case(c), c) for p in noun.children if p.dep_ == "acl" and "Part" in feature(p, "VerbForm")
                  and not any(a.dep_.startswith("aux") for a in p.children)
                  for c in p.children if c.dep_ == "obl" and self._case(c) not in {None, "da", "di"}]
        # "il patto di difesa comune tra Armenia e Francia": the parties hang on the "di" noun
        # "ha fatto da mediatore nei colloqui tra X e Y": they hang on the talks the noun governs
        found += [("tra", c) for p, d in list(found) if (p == "di" or self.is_relation_noun(d)) and
                  d.i not in self.token_actor and d not in heads for c in d.children if self._case(c) == "tra"]
        found += [("tra", c) for c in self.between_in_phrase(noun) if all(c != d for _, d in found)]
        # "una telefonata di oltre due ore con Putin", "una visita di tre giorni in Cina": hung on the duration
        found += [(self._case(c), c) for p, d in list(found) if p == "di" and d.lemma_.lower() in DURATION_NOUNS
                  for c in d.children if c.dep_.startswith("nmod") and self._case(c) not in {None, "di"}]
        if not any(p == "tra" for p, _ in found):  # "colloquio al Cremlino tra Putin e…" hung on something else
            found += [("tra", c) for c in self.between_after(noun)]
        return found + self.complements_hung_low(noun, found) + self.complements_hung_high(noun) + \
            self.complements_of_container(noun)

    @staticmethod
    def adjectives_of(noun: Token) -> list[Token]:
        """A noun's adjectives, also one the parser called a clause or hung on the adjective before
        it: "le manovre navali congiunte di X, Y e Z", "le manovre aeree congiunte di…"."""
        first = [c for c in noun.children if c.dep_ == "amod" or (c.dep_ == "acl" and c.pos_ == "ADJ")]
        return first + [c for a in first for c in a.children if c.dep_ == "amod" and c.pos_ == "ADJ"]

    def complements_of_container(self, noun: Token) -> list[tuple[str, Token]]:
        """"il pacchetto di aiuti da 61 miliardi per l'Ucraina": the recipient hangs on the package,
        or on its amount, not on what the package holds."""
        container = noun.head
        if self._case(noun) != "di" or not ({container.lemma_.lower(), container.lower_} & CONTAINER_NOUNS
                                           or container.lemma_.lower() in self.lex.quantity_nouns | DURATION_NOUNS):
            return []
        hosts = [container] + [c for c in container.children if c.dep_.startswith("nmod") and c.i > noun.i
                               and self._case(c) == "da" and any(n.pos_ == "NUM" for n in c.children)]
        return [(self._case(c), c) for h in hosts for c in h.children if c != noun and
                c.dep_.startswith(("nmod", "obl")) and self._case(c) not in {None, "di", "da"}]

    def complements_hung_high(self, noun: Token) -> list[tuple[str, Token]]:
        """"ha condannato la vendita di armi a Taiwan" with "a Taiwan" on the verb: a verb that judges
        takes no such complement, so one right after the object's phrase is the noun's."""
        verb = noun.head
        if noun.dep_ != "obj" or verb.pos_ != "VERB":
            return []
        end = max(t.i for t in noun.subtree)
        right_after = [c for c in verb.children if c.dep_ == "obl" and c.i in self.token_actor
                       and 0 < self.mention_start(c).i - end <= 3]
        if self.is_evaluative(verb):
            return [(case, c) for c in right_after if (case := self._case(c)) in {"a", "contro", "verso"}]
        if any(f.relation == "attacks" for f in self.noun_frames(noun)) and not self.verb_frames(verb):
            # "ha paragonato l'offensiva israeliana a Gaza a…": where an attack happened, right after it
            return [(case, c) for c in right_after if (case := self._case(c)) in {"a", "su"}
                    and self.actor_type(self.token_actor[c.i]) in PLACE_TYPES]
        return []

    def complements_hung_low(self, noun: Token, found: list[tuple[str | None, Token]]) -> list[tuple[str, Token]]:
        """Complements of a relation noun the parser hung one step too low, on the noun's own "di"
        complement or on that complement's adjective: "la visita di Modi a Mosca" ("a Mosca" under
        Modi), "la mediazione del Qatar tra Israele e Hamas", "forniture di armi americane a Taiwan".
        Only actors after that complement count, and never a further "di" ("il leader di Hamas")."""
        extra = []
        for prep, weapon in found:  # "l'attacco con drone degli Houthi contro Israele": all hung on the weapon
            if prep == "con" and weapon.head == noun and weapon.lemma_.lower() in self.lex.lists["@weapons"]:
                extra += [(case, c) for c in weapon.children if c.dep_.startswith(("nmod", "obl")) and c.i > weapon.i
                          and (case := self._case(c)) is not None and c.i in self.token_actor]
        for prep, owner in found:
            if prep == "di" and owner.head == noun and (owner.text == "%" or owner.lower_ in {"cento", "percento"}):
                # "dazi del 50% sulle importazioni": the rate's complements are the noun's
                extra += [(case, c) for c in owner.children if c.dep_.startswith("nmod")
                          and (case := self._case(c)) not in {None, "di"}]
                continue
            if prep != "di" or owner.head != noun or not (owner.i in self.token_actor or self._is_theme_noun(owner)):
                continue
            # (or on the last word of its name: "la visita di Nancy Pelosi a Taipei")
            hosts = [owner] + [c for c in owner.children if c.dep_ == "amod" or c.dep_.startswith("flat")]
            for host in hosts:
                for child in host.children:
                    case = self._case(child)
                    if child.dep_.startswith(("nmod", "obl")) and case not in {None, "di"} and \
                            child.i > owner.i and child.i in self.token_actor:
                        extra.append((case, child))
        return extra

    def is_opposing(self, verb: Token) -> bool:
        """A verb that blocks or rejects what it governs ("bloccare", "respingere", "dire no")."""
        return verb.pos_ in {"VERB", "AUX"} and any(f.relation == "opposes" for f in self.verb_frames(verb))

    def is_evaluative(self, verb: Token) -> bool:
        """A verb that judges an act rather than doing it ("elogiare", "criticare per")."""
        return any(f.relation in {"praises", "criticizes", "opposes"} for f in self.verb_frames(verb))

    def nominal_pairs(self, frame: Frame, noun: Token, governor: Token | None,
                      complements: list[tuple[str | None, Token]], theme_nouns: list[Token]) -> list[tuple]:
        """(agent, object) pairs of an event noun: its "di" complement or demonym is the agent,
        its prepositional complements the objects; "tra X e Y" pairs symmetric relations."""
        agents, objects = self.nominal_agents(frame, noun, governor, complements, theme_nouns)
        found = [(p, a) for p, c in complements + [(self._case(c), c) for t in theme_nouns for c in t.children]
                 if p in frame.target and p not in {"tra", "di"} and not self.has_role_after(c)
                 for a in self.judged_actors(frame, c)]
        # "in" is where, a fallback: "l'offensiva israeliana nella Striscia di Gaza"
        objects += [a for p, a in found if p != "in"] or [a for p, a in found if p == "in"]
        # "L'interscambio tra Italia e Cina ha…" with "Cina" torn off as the verb's subject
        between = [a for p, c in complements if p == "tra"
                   for t in [c, *self.torn_conjuncts(c)] for a in self.actors_of(t)]
        if not frame.pairwise and "tra" in frame.target:
            objects += between  # "la mediazione del Qatar tra Israele e Hamas": the parties
        clause = self.clause_verb(noun) if governor is not None else None
        if not objects and clause is not None and {"governor_subject", "governor_subjects"} & set(frame.target):
            # "con la mediazione di Turchia e ONU, Russia e Ucraina hanno firmato", "superando le resistenze
            # di X", "hanno concordato una tregua di quattro giorni con la mediazione del Qatar"
            objects = [a for t in self.subjects(clause) for a in self.actors_of(t)] or self.passive_parties(clause)
            if "governor_subjects" in frame.target and (len(objects) < 2 or {a for a, _ in objects} & {a for a, _ in agents}):
                # mediation is between parties: one subject is the mediator's own voice, and subjects that
                # are the mediators ("hanno fatto da intermediari i negoziatori egiziani e qatarioti") are no parties
                objects = []
        if not objects and clause is not None and "clause_event" in frame.target:
            # "il vertice ha visto la partecipazione di X", "si è aperto con la partecipazione di X": the
            # event is what the clause is about, when its subject names an event
            objects = [e for t in self.subjects(clause) if t.lemma_.lower() in self.lex.event_nouns
                       for e in self.named_event(t) if self.actor_type(e[0]) == "Event"]
        if not objects and frame.relation == "mediates" and clause is not None and noun.dep_.startswith("nsubj"):
            # "La mediazione di Pechino ha portato al riavvicinamento tra Iran e Arabia Saudita"
            objects = [a for c in clause.children if c.dep_ in {"obj", "obl"}
                       for t in self.between_in_phrase(c) for a in self.actors_of(t)]
        if not objects and frame.relation == "mediates" and clause is not None and noun.dep_.startswith("nsubj"):
            # "I mediatori egiziani hanno presentato a Hamas e Israele una proposta": both sides addressed
            addressed = [a for c in clause.children if c.dep_ in {"obj", "iobj"} or c.dep_ == "obl"
                         and self._case(c) == "a" for a in self.actors_of(c) if a not in agents]
            objects = addressed if len({a for a, _ in addressed}) > 1 else []
        if not objects and frame.relation in {"sanctions", "attacks", "threatens"}:
            objects = self.hit_by_relative(frame, noun)
        if not objects:
            objects = self.mediated_parties(frame, agents)  # "con l'Oman a fare da tramite", after the talks
        if "weapon" in frame.target:
            objects = self.weapon_objects(noun)
        if frame.relation == "attacks" and not agents and not frame.mutual:
            return []
        pairs = [(s, o) for s in agents for o in objects if s[0] != o[0]]
        if frame.relation == "signsAgreementWith" and not between:
            between = [a for verb in self.binding_verbs(noun) for c in verb.children
                       if c.dep_ in {"obj", "nmod"} and self._case(c) is None for a in self.actors_of(c)]
        between = list(dict(between).items())  # one entry per actor: the phrase may be found twice
        if frame.pairwise and len(between) > 1:
            pairs += list(combinations(between, 2))
            if frame.mutual:  # "scontri tra India e Pakistan": each attacks the other
                pairs += [(o, s) for s, o in combinations(between, 2)]
        elif frame.pairwise and not pairs and len(agents) < 2:
            hyphenated = next(filter(None, map(self.hyphenated_pair, [c for c in noun.children if c.i > noun.i])), [])
            # "l'asse Mosca-Teheran", "la cooperazione russo-iraniana", "Mosca-Pechino, firmata l'intesa"
            pairs += list(combinations(hyphenated or self.headline_pair(noun.sent), 2))
        elif {"agents", "clause_subjects"} & set(frame.target) and not objects and len(agents) > 1:
            # "il pattugliamento congiunto" of two subjects; "dopo giorni di negoziati, Washington e Pechino…"
            pairs += list(combinations(agents, 2))
        return [(s, o) for s, o in pairs if s[0] != o[0]]

    def stops_trade(self, governor: Token | None) -> bool:
        """A verb that bans, blocks or cuts the supplies it governs ("vietare", "interrompere")."""
        return governor is not None and governor.pos_ == "VERB" and (
            governor.lemma_.lower() in STOPPING_VERBS or
            any(f.relation == "sanctions" for f in self.verb_frames(governor)))

    @staticmethod
    def is_authorised(noun: Token, governor: Token | None) -> bool:
        """A sending that a vote or a decision allows: "il via libera all'invio", "ha autorizzato l'invio"."""
        if governor is None:
            return False
        words = {governor.lemma_.lower()} | {c.lower_ for c in governor.children if c.dep_ == "obj"}
        return bool(words & AUTHORISING)

    def talks_behind_agreement(self, noun: Token) -> bool:
        """"Dopo venticinque anni di trattative, Ue e Mercosur hanno concluso l'accordo": talks told
        as the road to an agreement are its background, not a meeting of their own."""
        if not {noun.lemma_.lower(), noun.lower_} & NEGOTIATIONS:
            return False  # (not "dopo tre ore di colloqui": talks held there and then)
        span = noun if self._case(noun) == "dopo" else noun.head if self._case(noun.head) == "dopo" else None
        if span is None or any(c.dep_ == "acl:relcl" or self._case(c) in {"a", "in"} and c.i in self.token_actor
                               for c in noun.children):
            return False  # talks held somewhere: "dopo una settimana di trattative a Riad", "… in cui…"
        clause = self.clause_verb(span)
        return clause is not None and any(f.relation == "signsAgreementWith" for f in self.verb_frames(clause))

    def binding_verbs(self, noun: Token) -> list[Token]:
        """"Il trattato impegna Russia e Corea del Nord…": the verb saying whom an agreement binds,
        also when the parser made the noun the root and the verb its appendix."""
        verbs = [noun.head] if noun.dep_ == "nsubj" else \
            [c for c in noun.children if c.dep_ in {"appos", "acl", "parataxis"} and c.pos_ == "VERB" and c.i > noun.i]
        # by stem: the lemmatizer leaves "impegna" as it is
        return [v for v in verbs if any(v.lower_.startswith(b[:-3]) for b in BINDING_VERBS)]

    def nominal_agents(self, frame: Frame, noun: Token, governor: Token | None,
                       complements: list[tuple[str | None, Token]], theme_nouns: list[Token]) -> tuple[list, list]:
        """Who does what an event noun names, and the objects its "di" complement already gives:
        a demonym with a "di" object ("l'invasione russa dell'Ucraina"), a "di" complement ("la visita
        di Putin"), the governing verb's subject ("ha lanciato un attacco", not "ha elogiato l'attacco"),
        the subject of the clause around talks ("dopo una telefonata con Sheinbaum"), or "suo"."""
        # "dazi dal Brasile": where taxed goods come from is the target, not who taxes them
        cases = ("di",) if frame.relation == "sanctions" else ("di", "da")
        country = next(filter(None, (self.country_of_modifier(t, cases) for t in [noun, *theme_nouns])), None)
        # ("la mediazione di Egitto, Qatar e Stati Uniti" with the list torn off the first name)
        of_actors = [a for p, c in complements if p == "di" and c not in theme_nouns
                     for t in [c, *self.torn_conjuncts(c)] for a in self.actors_of(t)]
        if country and "di" in frame.target and of_actors:
            return [(country, "demonym")], of_actors
        if country and frame.relation == "sanctions" and of_actors and country not in {a for a, _ in of_actors}:
            return of_actors, [(country, "demonym")]  # "i dazi dell'Ue sulle auto elettriche cinesi"
        agents = of_actors or self.listed_demonyms(noun, country) or self.agents_by_part(noun)
        named = [c for c in governor.children if c.dep_ in {"obj", "nsubj:pass"} and c != noun] \
            if governor is not None and noun.dep_ in {"obj", "xcomp"} and \
            self.governing_lemma(governor) in self.lex.naming_verbs else []
        if not agents and named:  # "Borrell ha definito la Russia una minaccia per l'Europa": Russia threatens
            return [a for c in named for a in self.actors_of(c)], []
        if not agents and governor is not None and noun.dep_ in {"obj", "obl", "obl:agent", "ccomp"} and \
                governor.pos_ == "VERB" and not self.is_evaluative(governor):
            agents = [a for t in self.subjects(governor) for a in self.actors_of(t)]
        if not agents and governor is not None and self._case(noun) == "di" and governor.lemma_.lower() in \
                CONTAINER_NOUNS and governor.dep_ == "obl" and self._case(governor) == "con" and \
                governor.head.pos_ == "VERB" and not self.is_evaluative(governor.head):
            # "Con il dodicesimo pacchetto di sanzioni contro Mosca, i Ventisette hanno…": who acts with the
            # package (not who presents or blocks it: "ha presentato il pacchetto", still a proposal)
            agents = [a for t in self.subjects(governor.head) for a in self.actors_of(t)]
        if not agents and governor is not None and self._case(noun) == "di" and \
                governor.lemma_.lower() in self.lex.effort_nouns and governor.head.pos_ == "VERB":
            # "il Qatar ha svolto un ruolo di mediazione": whoever plays the role
            agents = [a for t in self.subjects(governor.head) for a in self.actors_of(t)]
        if not agents and governor is not None and governor.pos_ == "VERB" and self._case(noun) == "per" \
                and self.is_evaluative(governor):
            # "ha ringraziato il Giappone per gli aiuti inviati a Kiev": the one thanked (or blamed) did it
            agents = [a for c in governor.children if c.dep_ == "obj" for a in self.actors_of(c)]
        clause = self.clause_verb(noun)
        if not agents and "clause_subjects" in frame.target and clause is not None and not self.is_evaluative(clause):
            agents = [a for t in self.subjects(clause) for a in self.actors_of(t)]
        if not agents and "holder" in frame.target:
            # "le esercitazioni cinesi sono una minaccia per Taiwan": what the predicate noun is said of acts
            agents = self.predicate_holders(noun, governor)
        if not agents and frame.relation in {"visits", "attends"}:
            # "Prima visita ufficiale a Londra per Friedrich Merz": whom the trip is for
            # (also hung lower: "Prima visita in India dall'inizio della guerra per Putin")
            agents = [a for p, c in complements if p == "per" for a in self.actors_of(c)
                      if self.actor_type(a[0]) == "Person"] or \
                [a for t in noun.subtree if t.i > noun.i and t.pos_ == "PROPN" and self._case(t) == "per"
                 for a in self.actors_of(t) if self.actor_type(a[0]) == "Person"][:1]
        top = noun.head if self._case(noun) == "di" and noun.head.lemma_.lower() in DURATION_NOUNS else noun
        headed = top.dep_ == "ROOT" or top.dep_ == "nsubj" and top.head.dep_ == "ROOT" and top.head.pos_ == "ADJ" \
            and not any(c.dep_ == "cop" for c in top.head.children)  # ("Lunghi" read as the root)
        if not agents and frame.relation == "meetsWith" and headed and self.last_subjects and \
                self.is_verbless(noun.sent):
            # "Modi è arrivato a Kiev. Lunghi colloqui con Zelensky, …": a verbless sentence goes on about
            # whoever the last one was about
            agents = [(a, "zero") for a, _ in self.last_subjects]
        if not agents and any(c.dep_ == "det:poss" for c in noun.children):
            person = self.last_person_before(noun.idx)  # "la sua visita": the last person named
            agents = [(person, "zero")] if person else []
        return agents, []

    @staticmethod
    def is_verbless(sent: Span) -> bool:
        """A sentence with no verb but in relative or participial clauses: "Lunghi colloqui con
        Zelensky, al quale ha assicurato…"."""
        described = {t.i for c in sent if c.dep_ in {"acl:relcl", "acl"} for t in c.subtree}
        return all(t.i in described for t in sent if t.pos_ in {"VERB", "AUX"})

    def hit_by_relative(self, frame: Frame, noun: Token) -> list[tuple[str, str]]:
        """"le sanzioni americane che strangolano il Venezuela", "… che colpiscono l'industria della difesa
        turca": what a relative clause on a hostile act says it hits."""
        found = []
        for clause in [c for c in noun.children if c.dep_ == "acl:relcl"]:
            if any(self.is_relative(c) and c.dep_ == "nsubj" for c in clause.children):
                for obj in [c for c in clause.children if c.dep_ == "obj"]:
                    found += self.actors_of(obj) or self.demonym_target(frame, obj) or self.actors_inside(obj, depth=2)
        return [a for a in found if self.actor_type(a[0]) not in SMALL_PLACES - {"Region"}]

    def passive_parties(self, clause: Token) -> list[tuple[str, str]]:
        """"L'accordo tra Israele e Hezbollah è stato negoziato con la mediazione di…": with no agent,
        the parties of the passive subject ("tra X e Y") are the ones the mediation was between."""
        if not self.is_passive(clause):
            return []
        subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
        return [a for s in subjects for c in self.between_in_phrase(s) for a in self.actors_of(c)]

    def judged_actors(self, frame: Frame, complement: Token) -> list[tuple[str, str]]:
        """The actors a complement names; for praise, criticism and opposition also the actor
        inside what is judged ("elogio per l'amicizia con il Kazakistan")."""
        found = self.actors_of(complement)
        if not found and frame.relation in {"praises", "criticizes", "opposes"}:
            found = self.actors_inside(complement, depth=1)
        if not found and frame.relation == "attacks":
            # "l'offensiva nella regione russa di Kursk", "raid contro i vertici di Hamas"
            found = self.actors_inside(complement, depth=1)
        elif not found and self._case(complement) != "in":
            # "sanzioni contro la flotta ombra russa": a hostile act's target by its demonym (not where it is)
            found = self.demonym_target(frame, complement)
        if not found and frame.relation == "sanctions" and complement.lemma_.lower() in TRADED_GOODS:
            found = self.origin_of_goods(complement)
        return found or self.counted_goods_origin(frame, complement)

    def counted_goods_origin(self, frame: Frame, amount: Token) -> list[tuple[str, str]]:
        """Whom duties on an amount of goods hit: "su 30 miliardi di dollari di prodotti americani"."""
        goods = self.goods_counted(amount) if frame.relation == "sanctions" else None
        return (self.demonym_target(frame, goods) or self.origin_of_goods(goods)) if goods is not None else []

    def goods_counted(self, amount: Token) -> Token | None:
        """"su 30 miliardi di dollari di prodotti americani": the goods an amount measures."""
        token = amount
        for _ in range(3):
            token = next((c for c in token.children if c.dep_.startswith("nmod") and self._case(c) == "di"), None)
            if token is None:
                return None
            if token.lemma_.lower() in TRADED_GOODS:
                return token
        return None

    def origin_of_goods(self, goods: Token) -> list[tuple[str, str]]:
        """Where taxed goods come from, named right after them however the parser hung it: "dazi
        sulle importazioni dal Brasile", "sulle merci della Cina"."""
        for token in goods.doc[goods.i + 1: min(goods.i + 4, goods.sent.end)]:
            if token.i in self.token_actor:
                return self.actors_of(token) if self._case(token) in {"da", "di"} else []
        return []

    def listed_demonyms(self, noun: Token, country: str | None) -> list[tuple[str, str]]:
        """The state of a demonym on the noun, and of the demonyms listed with it: "i mediatori
        egiziani e qatarioti"."""
        if not country:
            return []
        found = [country]
        # (the others may come as conjuncts of the noun itself: "dei mediatori egiziani, qatarioti e turchi")
        listed = [c for a in noun.children if a.dep_ == "amod" for c in conjuncts(a)] + \
            [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i and not any(
                d.dep_ in {"det", "amod"} for d in c.children)]
        for other in listed:
            if other.i in self.token_actor:
                continue  # "mediazione turca, Russia e Ucraina…": a name the parser chained on, no demonym
            entry = self.gazetteer.by_demonym(other.lower_)
            state = self.linker.add_entry(entry) if entry else None
            if state and state not in found:
                found.append(state)
        return [(c, "demonym") for c in found]

    def agents_by_part(self, noun: Token) -> list[tuple[str, str]]:
        """"da parte di X" names who acts, wherever the parser hung it: "nuovo lancio di un missile
        da parte della Corea del Nord", "parole di elogio da parte di Xi"."""
        near = list(noun.subtree) + (list(noun.head.children) if noun.dep_.startswith("nmod") else [])
        by_part = [a for part in near if part.lemma_.lower() == "parte" and self._case(part) == "da"
                   for owner in part.children if self._case(owner) == "di" for a in self.actors_of(owner)]
        return by_part or self.agents_of_participle(noun)

    @staticmethod
    def ending_agrees(participle: Token, noun: Token) -> bool:
        """The tagger may give a participle the wrong gender ("decisi" as feminine singular): its
        ending says it too ("-i" masculine plural, "-e" feminine plural, "-o", "-a" singular)."""
        endings = {"o": ("Masc", "Sing"), "a": ("Fem", "Sing"), "i": ("Masc", "Plur"), "e": ("Fem", "Plur")}
        wanted = endings.get(participle.lower_[-1:])
        return wanted is not None and feature(noun, "Gender") == (wanted[0],) and feature(noun, "Number") == (wanted[1],)

    def agents_of_participle(self, noun: Token) -> list[tuple[str, str]]:
        """"la vendita di armi a Taiwan approvata da Washington": the agent of a participle that
        agrees with the noun (the parser may hang it lower) is who acts."""
        features = ("Gender", "Number")
        following = noun.doc[noun.i + 1: min(noun.i + 10, noun.sent.end)]
        participles = [t for t in following if t.pos_ == "VERB" and "Part" in feature(t, "VerbForm")
                       and (all(feature(t, f) == feature(noun, f) for f in features)
                            or self.ending_agrees(t, noun))]
        if not participles:
            return []
        phrase = set(noun.subtree)
        # the participle or the word it hangs on lies in the noun's phrase or beside it on the same verb
        agrees = [t for t in participles
                  if t in phrase or t.head in phrase or t.head.head == noun.head and t.head != noun.head]
        if any(f.relation == "mediates" and (not f.theme or {noun.lemma_.lower(), noun.lower_} & f.theme)
               for t in agrees[:1] for f in self.verb_frames(t)):
            return []  # "colloqui mediati da Arabia Saudita e Stati Uniti": the brokers are no side
        return [a for t in agrees[:1] for c in t.children if c.dep_ == "obl:agent" for a in self.actors_of(c)]

    def weapon_objects(self, noun: Token) -> list[tuple[str, str]]:
        """The weapon a test or launch noun is about ("il lancio di un missile balistico"); none when the
        launch is aimed at someone ("il lancio di missili contro Israele" is an attack)."""
        complements = self.noun_complements(noun)
        if any(p in {"contro", "su", "verso", "a"} for p, _ in complements):
            return []
        for prep, complement in complements:
            weapon = self.weapon_actor(complement) if prep == "di" else None
            if weapon:
                return [(weapon, "weapon")]
        # "Nuovo test di Pyongyang: diversi missili balistici sono stati lanciati…": the headline's colon
        # opens what was tested
        end = self.phrase_end(noun) + 1
        if end < noun.sent.end and noun.doc[end].text == ":" and noun.i < end:
            return next(([(w, "weapon")] for t in noun.doc[end + 1: noun.sent.end]
                         if t.pos_ == "NOUN" and (w := self.weapon_actor(t))), [])
        return []

    def hyphenated_pair(self, token: Token) -> list[tuple[str, str]]:
        """Two parties in one hyphenated word: "Mosca-Teheran", "russo-iraniana", "sino-russo"."""
        parts = token.lower_.split("-")
        if len(parts) != 2 or not all(parts):
            return []
        found = []
        for part in parts:
            entry = self.gazetteer.by_demonym(part) or self.gazetteer.by_demonym(SHORT_DEMONYMS.get(part, "")) \
                or self.entry_named(part.capitalize())
            if entry is None:
                return []
            found.append((self.linker.add_entry(entry), "demonym"))
        return found if found[0][0] != found[1][0] else []

    def entry_named(self, word: str):
        """The gazetteer actor one word stands for: a seat of power, or the only actor of that name."""
        entries = self.gazetteer.lookup(word)
        return self.gazetteer.by_metonym(word) or (entries[0] if len(entries) == 1 else None)

    def headline_pair(self, sent: Span) -> list[tuple[str, str]]:
        """A headline's "Mosca-Pechino," or "Rd Congo-Ruanda:" before its news: the two parties."""
        last = next((t for t in sent[:3] if "-" in t.text), None)
        if last is None or last.i + 1 >= sent.end or sent.doc[last.i + 1].text not in {",", ":"}:
            return []
        parts = sent.doc[sent.start: last.i + 1].text.split("-")
        if len(parts) != 2:
            return []
        found = []
        for part in parts:
            entry = self.entry_named(part)
            if entry is None:
                return []
            found.append((self.linker.add_entry(entry), "metonym"))
        return found

    @staticmethod
    def clause_verb(noun: Token) -> Token | None:
        """The verb of the clause a noun phrase sits in, up through nouns it modifies (at most 4)."""
        head, steps = noun, 0
        nominal_use = ("nmod", "obl", "obj", "nsubj", "amod", "appos")  # "un cessate il fuoco": a verb used as a noun
        while head.head != head and steps < 4 and head.dep_.startswith(nominal_use) and \
                (head.head.pos_ not in {"VERB", "AUX"} or head.head.dep_.startswith(("obj", "nsubj"))):
            head, steps = head.head, steps + 1
        return head.head if head.head != head and head.head.pos_ in {"VERB", "AUX"} else None

    def relational_pairs(self, noun: Token, governor: Token | None,
                         complements: list[tuple[str | None, Token]]) -> list[tuple]:
        """A relational noun predicated of a holder: "la Cina è il principale partner della Russia",
        "l'India è diventata il primo acquirente di petrolio russo", "X, alleato di Y"."""
        holders = self.holders_of(noun, governor)
        partners = []
        for prep, complement in complements:
            if prep in {"di", "verso"}:  # "primo esportatore di maiale verso la Cina"
                found = self.actors_of(complement)
                country = None if found else self.country_of_modifier(complement)  # "di petrolio russo"
                # (the destination may hang on the goods: "esportatore di carne suina verso la Cina")
                bound = [a for c in complement.children if not found and self._case(c) == "verso"
                         for a in self.actors_of(c)]
                partners += found or bound or ([(country, "demonym")] if country else [])
        return [(h, p) for h in holders for p in partners if h[0] != p[0]]

    def predicate_holders(self, noun: Token, governor: Token | None) -> list[tuple[str, str]]:
        """The actors a predicate noun is said of ("X è / rappresenta una minaccia"), also through a
        demonym on what is said to be it ("le manovre russe")."""
        if any(c.dep_ == "cop" for c in noun.children):
            holders = [c for c in noun.children if c.dep_ == "nsubj"]
        elif noun.dep_ == "nsubj" and noun.head.i in self.token_actor and \
                any(c.dep_ == "cop" for c in noun.head.children):
            holders = [noun.head]  # "Regista dell'intesa è stato Trump": the predicate put first
        elif governor is not None and noun.dep_ in {"obj", "xcomp"} and \
                governor.lemma_.lower() in self.lex.copular_verbs:
            holders = self.subjects(governor)
        elif noun.dep_ == "appos" and noun.head != noun:  # "il premier, in visita a Kiev, …"
            holders = [noun.head]
        elif (apposed := self.apposed_to(noun)) is not None:  # "il Qatar, mediatore tra Hamas e Israele"
            holders = [apposed]
        elif (named := self.named_before_role(noun)) is not None:  # "con gli Stati Uniti nel ruolo di intermediario"
            holders = [named]
        elif self._case(noun) == "come" and noun.head.i in self.token_actor:  # "con l'Oman come intermediario"
            holders = [noun.head]
        elif (subject := self.subject_after_fronted_predicate(noun)) is not None:
            holders = [subject]  # "Padrone di casa e mediatore, Trump ha parlato…"
        else:
            return []
        found = [a for t in holders for a in self.actors_of(t)]
        if not found:
            found = [(c, "demonym") for c in map(self.demonym_of, holders) if c]
        return found

    def subject_after_fronted_predicate(self, noun: Token) -> Token | None:
        """The subject right after a verbless, caseless phrase that opens the sentence and ends
        at a comma: what the phrase says is said of it ("Padrone di casa e mediatore, Trump…")."""
        sent = noun.sent
        comma = next((t for t in sent if t.text == ","), None)
        if comma is None or comma.i < noun.i or sent[0].pos_ == "ADP" or \
                any(t.pos_ in {"VERB", "AUX"} for t in sent.doc[sent.start: comma.i]):
            return None
        return next((t for t in sent if t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"} and t.head.i > t.i
                     and min(d.i for d in t.subtree if d != comma) == comma.i + 1), None)

    def named_before_role(self, noun: Token) -> Token | None:
        """The actor named right before "nel ruolo di" / "in veste di" + the noun: "con la Cina
        nell'inedito ruolo di paciere", "Erdoğan, in veste di mediatore"."""
        role = noun.head
        if self._case(noun) != "di" or role.lower_ not in ROLE_FRAMES or self._case(role) != "in":
            return None
        k = min(t.i for t in role.subtree) - 1
        k -= 1 if k >= 0 and noun.doc[k].text == "," else 0
        return noun.doc[k] if k >= 0 and k in self.token_actor and noun.doc[k].sent == noun.sent else None

    def troop_presence_facts(self, noun: Token, evidence: Evidence) -> Iterable[Fact]:
        """Troops of a state placed somewhere: "il contingente italiano in Libano", "i militari
        nordcoreani schierati a Kursk", "sono arrivati in Bielorussia migliaia di soldati russi"."""
        state = self.troops_state(noun)
        if state is None:
            return
        placing = self.placing_words(noun)
        for place in self.troop_places(noun, placing)[:1]:
            targets = self.actors_of(place) if place.i in self.token_actor else self.place_within(place)
            verb = placing[0] if placing and placing[0].pos_ in {"VERB", "AUX"} else self.clause_verb(noun)
            modality, source = self.modality(verb, noun.sent) if verb is not None else ("asserted", None)
            for target, how in targets:
                located = (self.state_of(target) or target) if target in self.gazetteer else self.state_in_aside(place)
                if target == state or located is None or located == state:
                    continue  # Russian soldiers in Kursk are at home; in a place we cannot locate, maybe too
                yield Fact(state, "deploysTroopsTo", target, evidence, modality, confidence(modality, "demonym", how),
                           f"{self.lang.code}:struct:troops", source)

    def state_in_aside(self, place: Token) -> str | None:
        """The state an aside puts a place in: "nel Nord Kivu, provincia orientale della Repubblica
        democratica del Congo"."""
        return next(filter(None, (self.country_of_modifier(c, ("di",)) for c in place.children
                                  if c.dep_ == "appos" and c.i not in self.token_actor)), None)

    def troops_state(self, noun: Token) -> str | None:
        """The state whose troops a word names ("soldati nordcoreani", "truppe di Mosca"), also when
        the tagger made the demonym the noun or read "soldati" as a participle of "soldare"."""
        troops = self.lex.lists["@troops"]
        troop_child = noun.pos_ == "NOUN" and any(c.dep_ == "amod" and {c.lemma_.lower(), c.lower_} & troops
                                                  for c in noun.children)
        if not troop_child and not {noun.lemma_.lower(), noun.lower_} & troops:
            return None  # checked first: most words are no troops at all
        entry = self.gazetteer.by_demonym(noun.lower_) if troop_child else None
        if entry is not None:
            return self.linker.add_entry(entry)
        tagged_as_noun = noun.pos_ == "NOUN" or \
            noun.pos_ == "VERB" and noun.lemma_.lower() != noun.lower_ and noun.dep_.startswith(("acl", "amod", "advcl")) \
            or noun.pos_ == "ADJ" and noun.dep_ in {"xcomp", "obj"}
        if not tagged_as_noun or not {noun.lemma_.lower(), noun.lower_} & troops:
            return None
        state = self.demonym_of(noun) or self.owner_of(noun, ("di",))
        return state if state and self.actor_type(state) == "Country" else None

    def placing_words(self, noun: Token) -> list[Token]:
        """The participles and verbs that put troops somewhere: on the noun, right after its phrase,
        or the verb the troops (or what counts them) are the subject of."""
        counter = noun.head
        holder = counter if noun.dep_.startswith(("nmod", "acl", "amod")) and (
            counter.lemma_.lower() in self.lex.quantity_nouns or counter.like_num or counter.pos_ == "NUM"
            or NUMBER_WORD.fullmatch(counter.lower_)) \
            else noun  # "migliaia di soldati russi", "duecento soldati turchi"
        placing = [c for c in noun.children if c.dep_ in {"acl", "amod"} and self.placing_lemma(c)]
        end = self.phrase_end(noun) + 1
        if end < noun.sent.end and noun.doc[end].pos_ == "VERB" and self.placing_lemma(noun.doc[end]):
            placing.append(noun.doc[end])  # the participle right after the phrase, however it was hung
        # "dove sono schierati mille soldati italiani" may come with the soldiers as a complement
        subject_like = holder.dep_.startswith("nsubj") or holder.dep_ == "advcl" and holder.pos_ == "VERB" or \
            holder.dep_ in {"xcomp", "obl"} and not self._case(holder) and \
            any(c.dep_.startswith("aux") and c.lemma_ == "essere" for c in holder.head.children)
        if (subject_like or holder.dep_ == "obj" and self.is_unaccusative(holder.head)) and \
                self.placing_lemma(holder.head):
            placing.append(holder.head)  # "sono arrivati in Bielorussia migliaia di soldati russi"
        return placing

    def troop_places(self, noun: Token, placing: list[Token]) -> list[Token]:
        """Where the troops are: "in"/"a" on the noun or on a placing verb, or where "dove" points
        ("nel sud del Libano, dove sono schierati mille soldati italiani")."""
        places = [c for c in noun.children if c.dep_.startswith("nmod") and self._case(c) in {"in", "a"}]
        places += [c for v in placing for c in v.children if c.dep_.startswith("obl") and self._case(c) in {"in", "a"}]
        # not whom they fight beside: "combattono insieme all'esercito russo"
        places = [c for c in places if not self.beside_companion_word(c)]
        places += [v.head if v.head.pos_ in {"NOUN", "PROPN"} else self.comma_antecedent(where)
                   for v in placing if v.dep_ == "acl:relcl" for where in v.children if where.lower_ == "dove"]
        return places

    def same_table_facts(self, noun: Token, evidence: Evidence) -> Iterable[Fact]:
        """A headline with no verb: "Gedda, Stati Uniti e Ucraina di nuovo allo stesso tavolo": the
        actors named before the phrase meet (a dateline place before a comma is where, not who)."""
        if noun.lower_ != "tavolo" or self._case(noun) != "a" or \
                not any(c.lower_ == "stesso" for c in noun.children) or \
                any(t.pos_ in {"VERB", "AUX"} for t in noun.sent if t.i < noun.i):
            return
        start = noun.sent.start
        if noun.doc[start].i in self.token_actor and start + 1 < noun.i and noun.doc[self.mention_end(noun.doc[start])].text == ",":
            start = self.mention_end(noun.doc[start]) + 1  # "Gedda, …"
        sides = list(dict.fromkeys(self.token_actor[t.i] for t in noun.doc[start: noun.i] if t.i in self.token_actor))
        for one, other in combinations(sides, 2):
            yield Fact(one, "meetsWith", other, evidence, "asserted", 0.7, f"{self.lang.code}:noun:tavolo")

    def placing_lemma(self, token: Token) -> bool:
        """A verb (or "presente") that puts what it says of somewhere."""
        return bool({token.lemma_.lower(), token.lower_, *self.lang.lemma_guesses(token.text)} & PLACING)

    def has_role_after(self, token: Token) -> bool:
        """An actor followed by "nel ruolo di …" or "come …" plays that role rather than being a party: "hanno
        firmato l'intesa, con il Qatar nel ruolo di facilitatore"."""
        if token.i not in self.token_actor:
            return False
        doc, end = token.doc, self.mention_end(token)
        if end + 1 < len(doc) and doc[end].lower_ == "come" and doc[end + 1].lower_ in self.lex.nominal_frames:
            return True  # "con la Turchia come garante"
        return end + 1 < len(doc) and doc[end + 1].lower_ in ROLE_FRAMES and self._case(doc[end + 1]) == "in"

    def holders_of(self, noun: Token, governor: Token | None) -> list[tuple[str, str]]:
        """Who a predicate noun is said of: the subject of a copula ("X è partner di Y"), of a
        copular verb ("X è diventata acquirente"), or the head it stands in apposition to."""
        if any(c.dep_ == "cop" for c in noun.children):
            subjects = [a for c in noun.children if c.dep_ == "nsubj" for a in self.actors_of(c)]
            if subjects:  # (or none: "Il colpo è per la Spagna, primo esportatore…", the apposition's)
                return subjects
        if governor is not None and (noun.dep_ in {"obj", "xcomp"} or self._case(noun) == "tra") and \
                governor.lemma_.lower() in self.lex.copular_verbs:
            # "X è partner di Y", "X resta tra i principali fornitori di armi di Y"
            return [a for t in self.subjects(governor) for a in self.actors_of(t)]
        head = self.apposed_to(noun)
        return self.actors_of(head) if head is not None else []
