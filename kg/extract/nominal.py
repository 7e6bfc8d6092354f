"""Facts carried by nouns: events ("la visita di Putin a Pyongyang", "l'invasione russa
dell'Ucraina"), symmetric relations ("l'asse tra Mosca e Pyongyang") and relational nouns
predicated of a holder ("la Cina è il principale partner della Russia")."""
from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from spacy.tokens import Span, Token

from ..facts import Evidence, Fact
from ..lexicon import Frame
from .common import confidence


class NominalFacts:
    """Noun-carried facts, a part of ``ArticleReader`` (``rules.py``)."""

    def nominal_facts(self, noun: Token, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """Relations carried by nouns: "la visita di Putin a Pyongyang", "l'asse tra Mosca e Pyongyang",
        "il sostegno militare dell'UE a Kiev", "l'invio di truppe nordcoreane in Russia"."""
        frames = self.lex.nominal_frames.get(noun.lower_) or self.lex.nominal_frames.get(noun.lemma_.lower())
        if not frames or noun.i in self.token_actor:
            return
        governor = noun.head if noun.head != noun else None
        if governor is not None and governor.lemma_.lower() in self.lex.verbal_governors:
            return  # "ha espresso sostegno alla Russia" is words, handled by the verb's frame
        if governor is not None and self._case(noun) == "di" and self.is_relation_noun(governor):
            return  # "l'accordo di cooperazione tra Iran e Russia": the agreement carries the relation
        modality, source = self.nominal_modality(noun, governor, sent)
        declined = governor is not None and governor.pos_ in {"VERB", "AUX"} and \
            self.modality(governor, sent)[0] == "negated"  # "non ha aderito alle sanzioni": not its sanctions
        event_date = self.lang.find_date(evidence.sentence, self.date)  # sent.text rebuilds the string
        complements = self.noun_complements(noun)
        for frame in frames:
            theme_nouns = [c for p, c in complements if p == "di" and self._is_theme_noun(c)]
            modifiers = [c for c in noun.children if c.dep_ in {"amod", "acl"}]
            if frame.theme and not any({c.lower_, c.lemma_.lower()} & frame.theme for c in theme_nouns + modifiers):
                continue
            if "of" in frame.target:
                pairs = self.relational_pairs(noun, governor, complements)
            else:
                pairs = self.nominal_pairs(frame, noun, None if declined else governor, complements, theme_nouns)
            for (subj, subj_how), (obj, obj_how) in pairs:
                yield Fact(subj, frame.relation, obj, evidence, modality,
                           round(confidence(modality, subj_how, obj_how) - 0.1, 2),
                           f"{self.lang.code}:noun:{frame.lemma}", source, event_date)
            if pairs:
                return

    def nominal_modality(self, noun: Token, governor: Token | None, sent: Span) -> tuple[str, str | None]:
        """A relation noun takes its clause's modality, except negation ("non ha condannato
        l'invasione russa": the invasion still happened); "un futuro incontro", "ospitare un
        incontro" and "ha annunciato dazi" are events not (yet) happened."""
        modality, source = self.modality(governor, sent) if governor is not None and \
            governor.pos_ in {"VERB", "AUX"} else ("asserted", None)
        if modality == "negated":
            modality = "asserted"
        if governor is not None and noun.dep_ in {"obj", "nsubj", "nsubj:pass"} and \
                self.governing_lemma(governor) in self.lex.negating_verbs:
            modality = "negated"  # "ha escluso l'invio dei missili"
        blocked = governor is not None and (self.is_opposing(governor) or
                                            (governor.dep_.startswith(("obj", "nmod")) and self.is_opposing(governor.head)))
        if blocked:  # "ha bloccato (la proroga del)le sanzioni": not in force
            return "planned", source
        if any(c.lemma_.lower() in self.lex.hypothetical_modifiers for c in noun.children) or \
                (governor is not None and "Inf" in governor.morph.get("VerbForm")) or \
                (governor is not None and noun.dep_ == "obj" and governor.lemma_.lower() in self.lex.announce_verbs):
            modality = "planned"
        return modality, source

    def noun_complements(self, noun: Token) -> list[tuple[str | None, Token]]:
        """(preposition, noun) complements of a noun, also those the parser hung on one of its
        adjectives ("l'accordo di difesa reciproca tra Russia e Corea del Nord")."""
        heads = [noun] + [c for c in noun.children if c.dep_ == "amod"]
        heads += [c for c in noun.children if self._case(c) == "di" and self.is_relation_noun(c)]
        found = [(self._case(c), c) for h in heads for c in h.children if c.dep_.startswith(("nmod", "obl"))]
        # "il patto di difesa comune tra Armenia e Francia": the parties hang on the "di" noun
        found += [("tra", c) for p, d in list(found) if p == "di" and d.i not in self.token_actor
                  and d not in heads for c in d.children if self._case(c) == "tra"]
        return found + self.complements_hung_low(noun, found)

    def complements_hung_low(self, noun: Token, found: list[tuple[str | None, Token]]) -> list[tuple[str, Token]]:
        """Complements of a relation noun the parser hung one step too low, on the noun's own "di"
        complement or on that complement's adjective: "la visita di Modi a Mosca" ("a Mosca" under
        Modi), "la mediazione del Qatar tra Israele e Hamas", "forniture di armi americane a Taiwan".
        Only actors after that complement count, and never a further "di" ("il leader di Hamas")."""
        extra = []
        for prep, owner in found:
            if prep != "di" or owner.head != noun or not (owner.i in self.token_actor or self._is_theme_noun(owner)):
                continue
            hosts = [owner] + [c for c in owner.children if c.dep_ == "amod"]
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
        objects += [a for p, c in complements + [(self._case(c), c) for t in theme_nouns for c in t.children]
                    if p in frame.target and p not in {"tra", "di"} for a in self.actors_of(c)]
        between = [a for p, c in complements if p == "tra" for a in self.actors_of(c)]
        if not frame.pairwise and "tra" in frame.target:
            objects += between  # "la mediazione del Qatar tra Israele e Hamas": the parties
        clause = self.clause_verb(noun) if governor is not None else None
        if not objects and clause is not None and {"governor_subject", "governor_subjects"} & set(frame.target):
            # "con la mediazione di Turchia e ONU, Russia e Ucraina hanno firmato", "superando le resistenze
            # di X", "hanno concordato una tregua di quattro giorni con la mediazione del Qatar"
            objects = [a for t in self.subjects(clause) for a in self.actors_of(t)]
            if "governor_subjects" in frame.target and len(objects) < 2:
                objects = []  # mediation is between parties: one subject is the mediator's own voice
        if frame.relation == "attacks" and not agents:
            return []
        pairs = [(s, o) for s in agents for o in objects if s[0] != o[0]]
        if frame.pairwise and len(between) > 1:
            pairs += list(combinations(between, 2))
        elif {"agents", "clause_subjects"} & set(frame.target) and not objects and len(agents) > 1:
            # "il pattugliamento congiunto" of two subjects; "dopo giorni di negoziati, Washington e Pechino…"
            pairs += list(combinations(agents, 2))
        return pairs

    def nominal_agents(self, frame: Frame, noun: Token, governor: Token | None,
                       complements: list[tuple[str | None, Token]], theme_nouns: list[Token]) -> tuple[list, list]:
        """Who does what an event noun names, and the objects its "di" complement already gives:
        a demonym with a "di" object ("l'invasione russa dell'Ucraina"), a "di" complement ("la visita
        di Putin"), the governing verb's subject ("ha lanciato un attacco", not "ha elogiato l'attacco"),
        the subject of the clause around talks ("dopo una telefonata con Sheinbaum"), or "suo"."""
        country = next(filter(None, map(self.country_of_modifier, [noun, *theme_nouns])), None)
        of_actors = [a for p, c in complements if p == "di" and c not in theme_nouns for a in self.actors_of(c)]
        if country and "di" in frame.target and of_actors:
            return [(country, "demonym")], of_actors
        agents = of_actors or ([(country, "demonym")] if country else [])
        if not agents and governor is not None and noun.dep_ in {"obj", "obl"} and governor.pos_ == "VERB" \
                and not self.is_evaluative(governor):
            agents = [a for t in self.subjects(governor) for a in self.actors_of(t)]
        clause = self.clause_verb(noun)
        if not agents and "clause_subjects" in frame.target and clause is not None and not self.is_evaluative(clause):
            agents = [a for t in self.subjects(clause) for a in self.actors_of(t)]
        if not agents and any(c.dep_ == "det:poss" for c in noun.children):
            person = self.last_person_before(noun.idx)  # "la sua visita": the last person named
            agents = [(person, "zero")] if person else []
        return agents, []

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
            if prep == "di":
                found = self.actors_of(complement)
                country = None if found else self.country_of_modifier(complement)  # "di petrolio russo"
                partners += found or ([(country, "demonym")] if country else [])
        return [(h, p) for h in holders for p in partners if h[0] != p[0]]

    def holders_of(self, noun: Token, governor: Token | None) -> list[tuple[str, str]]:
        """Who a predicate noun is said of: the subject of a copula ("X è partner di Y"), of a
        copular verb ("X è diventata acquirente"), or the head it stands in apposition to."""
        if any(c.dep_ == "cop" for c in noun.children):
            return [a for c in noun.children if c.dep_ == "nsubj" for a in self.actors_of(c)]
        if governor is not None and noun.dep_ in {"obj", "xcomp"} and \
                governor.lemma_.lower() in self.lex.copular_verbs:
            return [a for t in self.subjects(governor) for a in self.actors_of(t)]
        head = self.apposed_to(noun)
        return self.actors_of(head) if head is not None else []
