"""Facts carried by verbs: a predicate's frame (from the lexicon) applied to its subjects and
the objects its target specs find."""
from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from spacy.tokens import Span, Token

from ..facts import Actor, Evidence, Fact
from ..lexicon import Frame
from ..linking import slug
from .common import (COMPANION_WORDS, CURRENCY_NOUNS, GERUND_WITH_CLITIC, INFINITIVE_WITH_CLITIC, PLACE_TYPES,
                     SMALL_PLACES, TEAM_NOUNS, confidence, conjuncts, feature, is_personal_pronoun, once_per_pair,
                     previous_sentence_start)

RANGE_NOUNS = frozenset({"raggio", "gittata"})
DISTANCE_NOUNS = frozenset({"chilometro", "chilometri", "km", "metro", "metri", "miglio", "miglia", "passo", "passi"})
WELCOMING = frozenset({"accogliere", "ricevere", "salutare"})  # "accolto come un amico"
INTERVENING = frozenset({"intervenire", "entrare"})  # acts aimed at the state they happen in
# where a launched missile came down: "un Hwasong-17, caduto nella zona economica esclusiva giapponese"
FALLING = frozenset({"cadere", "finire", "precipitare", "ammarare", "schiantarsi"})
# a missile of this reach fired at no one is a test: no war has seen one used
TEST_ONLY_REACH = frozenset({"intercontinentale", "intercontinentali"})


class VerbalFacts:
    """Verb-frame facts, a part of ``ArticleReader`` (``rules.py``)."""

    def type_ok(self, actor_id: str, allowed: frozenset[str]) -> bool:
        """Whether an actor has one of the ontology classes a frame allows (any, if none is listed)."""
        return not allowed or self.actor_type(actor_id) in allowed

    def targets(self, frame: Frame, verb: Token, theme: Token | None) -> list[tuple[str, str]]:
        """The objects a frame's target specs find, each actor once (specs: "obj", "iobj", a
        preposition, "theme", "theme_between", "talks_between", "event", "event_for", "event_obj",
        "place_in_obj", "debtor", "sea_launch", "origin", "clause", "condition", "if", "accused")."""
        found: list[tuple[str, str]] = []
        for spec in frame.target:
            if spec == "obj" and theme is None:  # "rifornisce di armi Hezbollah": the recipient hung on the material
                found += [a for c in verb.children if (c.dep_ == "obl" or c.dep_ == "xcomp" and c.pos_ == "NOUN")
                          and self._case(c) == "di"
                          for g in c.children if g.i in self.token_actor and self._case(g) is None and g.i > c.i
                          for a in self.actors_of(g)]
            elif spec == "obj":
                found += self.object_targets(frame, verb, theme)
            elif spec == "iobj":
                found += self.indirect_targets(verb)
            elif spec == "clause":  # "ha minacciato di imporre dazi al Canada": whom the threatened act targets
                found += self.clause_targets(verb)
            elif spec == "condition":  # "ha avvertito che userà le armi nucleari se Seul attaccherà"
                found += self.conditioned_on(verb)
            elif spec == "if" and not found:  # "minaccia «contromisure risolute» se Tokyo non ritratterà"
                found += self.condition_subjects([verb, *([theme] if theme is not None else [])])
            elif spec == "accused" and not found:  # "L'Iran accusa Israele e promette una risposta «dura»"
                found += self.accused_before(verb)
            elif spec == "clause_subjects" and verb.dep_.startswith("acl"):
                # "hanno accettato un cessate il fuoco mediato da Stati Uniti e Francia": the parties
                clause = self.clause_verb(self.described_noun(verb))
                found += [a for t in self.subjects(clause) for a in self.actors_of(t)] if clause is not None else []
            elif spec == "theme":
                found += self.object_entity(frame, verb, theme)
            elif spec == "theme_between" and theme is not None:  # "ospitare i colloqui tra Russia e Ucraina"
                found += [a for c in self.between_in_phrase(self.what_is_counted(theme)) or self.between_after(theme)
                          for a in self.actors_of(c)]
            elif spec == "talks_between":  # "ha svolto un ruolo chiave nei negoziati tra X e Y"
                talks = [c for c in [*(theme.children if theme is not None else ()), *verb.children]
                         if self._case(c) in {"in", "a"} and
                         {c.lemma_.lower(), c.lower_} & (self.lex.lists["@talks"] | self.lex.lists["@agreements"])]
                found += [a for t in talks for c in self.between_in_phrase(t) for a in self.actors_of(c)]
            elif spec == "event" and (theme is None or self.is_predicate_part(frame, theme) or theme.dep_ != "obj"
                                      or is_personal_pronoun(theme)):  # "presente anche lui ai lavori"
                # (not "obj": "è intervenuto al vertice, la sua prima visita in Cina", an aside the parser left loose)
                # "ha preso parte alla parata": the event may hang on the verb's own noun
                found += self.event_entity(verb) or (self.event_entity(theme) if theme is not None else []) \
                    or self.event_just_named(verb)
            elif spec == "self_event":  # "era al vertice della NATO": the predicate noun is the event
                found += self.named_event(verb)
            elif spec == "event_for":  # "è arrivato a Tianjin per il vertice della SCO"
                # (or the one its sentence named before: "Kazan ospita il vertice: tra i leader arrivati…")
                found += self.event_entity(verb, case="per") or self.event_named_before(verb, with_name=True, reach=0)
            elif spec == "event_obj" and theme is not None:  # "ha ospitato il vertice del G20"
                found += self.named_event(theme) if theme.i not in self.token_actor else []
            elif spec == "sea_launch" and theme is not None:  # "ha lanciato un missile verso il Mar del Giappone"
                # (or where it fell: "un Hwasong-17, caduto nella zona economica esclusiva giapponese")
                fell = [c for v in verb.subtree if v.dep_ in {"advcl", "acl", "conj"} and v.lemma_ in FALLING
                        for c in v.children]
                into_sea = any(c.dep_.startswith(("obl", "nmod")) and self.is_sea(c)
                               for c in [*theme.subtree, *verb.children, *fell])
                # "ha lanciato un missile intercontinentale", aimed at no one
                unaimed_icbm = any(t.lower_ in TEST_ONLY_REACH for t in theme.subtree) and \
                    not any(self._case(c) in {"contro", "su", "verso"} for c in verb.children)
                found += self.object_entity(frame, verb, theme) if into_sea or unaimed_icbm else []
            elif spec == "debtor" and theme is not None:  # "hanno saldato gli arretrati che la Siria doveva"
                found += [a for c in theme.children if c.dep_ == "acl:relcl" for t in self.subjects(c)
                          if not self.is_relative(t) for a in self.actors_of(t)]
            elif spec == "place_in_obj" and theme is not None:  # "controllano mille km² della regione di Kursk"
                found += self.place_within(theme)
            elif spec == "origin" and theme is not None:  # "ha ricevuto sistemi di difesa aerea russi"
                country = self.origin_of(theme)
                found += [(country, "demonym")] if country else []
            elif spec != "in" or not found:  # "in" is where, a fallback: "contro obiettivi di Hezbollah nel sud del Libano"
                found += self.prepositional_targets(frame, spec, verb, theme)
        unique = []
        for item in found:
            if item[0] not in [u[0] for u in unique]:
                unique.append(item)
        return unique

    def accused_before(self, verb: Token) -> list[tuple[str, str]]:
        """Whom the same subject accuses in the clause this one is coordinated with: "L'Iran accusa
        Israele e promette una risposta «dura»"."""
        head = verb.head  # (a root the tagger called a noun: "accusa" read as the noun)
        if verb.dep_ != "conj" or head.pos_ not in {"VERB", "NOUN"} or \
                any(c.dep_.startswith("nsubj") for c in verb.children) or \
                not any(f.relation == "criticizes" for f in
                        (self.verb_frames(head) if head.pos_ == "VERB" else self.present_form_frames(head.lower_))):
            return []
        accused = self.theme(head) or next((c for c in head.children if c.dep_ in {"obj", "nmod"} and c.i > head.i
                                            and c.i in self.token_actor and self._case(c) is None), None)
        return self.actors_of(accused) if accused is not None else []

    @staticmethod
    def is_predicate_part(frame: Frame, theme: Token) -> bool:
        """The object is a word of the predicate itself ("parte" in "prendere parte")."""
        return " " in frame.lemma and theme.lower_ in frame.lemma.split()[1:]

    def people_named_after(self, noun: Token) -> list[tuple[str, str]]:
        """The people a plural title or group noun is spelled out as, after a comma ("due ministri
        israeliani, Itamar Ben-Gvir e Bezalel Smotrich"), wherever the parser hung the names."""
        if "Plur" not in feature(noun, "Number"):
            return []
        end = self.phrase_end(noun) + 1
        doc = noun.doc
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].i not in self.token_actor:
            return []
        first = doc[end + 1]
        return [a for a in self.actors_of(first) if self.actor_type(a[0]) == "Person"]

    def object_targets(self, frame: Frame, verb: Token, theme: Token) -> list[tuple[str, str]]:
        """Actors the object stands for or names inside it."""
        judged = frame.relation in {"criticizes", "opposes"} and theme.i not in self.token_actor
        doer = (self.tester_of(theme) or self.attacker_of(theme)) if judged else []
        if doer:  # "Il lancio è stato condannato da Seul": who launched
            return doer
        if is_personal_pronoun(theme) and not self.is_passive(verb):
            if frame.relation in {"criticizes", "praises"} and self.refers_to_clause(theme, verb):
                # "L'Iran ha consegnato missili alla Russia: lo ha denunciato Blinken": who did it is judged
                return [a for t in self.subjects(verb.head) for a in self.actors_of(t)]
            return self.pronoun_referent(theme, verb)  # "Putin lo ha accolto"
        if theme.pos_ == "NOUN" and theme.i not in self.token_actor:
            apposed = self.apposed_to(theme)  # "hanno colpito Odessa, il principale porto ucraino"
            if apposed is not None and self.actor_type(self.token_actor[apposed.i]) in SMALL_PLACES:
                return self.actors_of(apposed)
            named = self.people_named_after(theme)
            if named:  # "hanno sanzionato due ministri israeliani, Itamar Ben-Gvir e Bezalel Smotrich"
                return named
        if frame.named and theme.i not in self.token_actor:
            return []  # "Lee guida la Corea del Sud"; not "Rubio guida la delegazione americana"
        if frame.direct or self.is_passive(verb):
            found = self.actors_of(theme)  # passive: "Meloni è stata accolta da Trump"
            apposed = self.apposed_to(theme) if not found and theme.pos_ == "NOUN" else None
            return found or self.actors_of(apposed)  # "Kharkiv, la grande città…, è stata colpita"
        agents = self.event_agents(theme)  # "ha condannato gli attacchi israeliani": who acts
        inside = agents if agents is not None else self.actors_inside(theme)
        if frame.relation in {"praises", "criticizes", "opposes"} and theme.i not in self.token_actor:
            # "denuncia la situazione di Daraya", "ha condannato il delitto di Timbuctù": where it
            # happened is not who is judged
            inside = [a for a in inside if self.actor_type(a[0]) not in SMALL_PLACES]
        if not inside and self.is_victim_noun(theme):  # "ha colpito obiettivi militari in Iran"
            inside = [a for prep, noun in self.obliques(verb, None) if prep in {"in", "a"} for a in self.actors_of(noun)]
        if not inside and agents is None:  # "ha sanzionato tre banche iraniane": the state of what is hit
            inside = self.demonym_target(frame, theme)
        if not inside and frame.relation in {"praises", "criticizes", "opposes"}:
            # "ha elogiato le riforme varate da Roma": the doer of what is judged
            inside = [a for c in theme.children if c.dep_ == "acl" and self.is_passive(c)
                      for t in self.subjects(c) for a in self.actors_of(t)]
        if not inside and frame.relation in {"praises", "criticizes", "opposes", "threatens"}:
            # "ha elogiato l'amicizia con Pyongyang", "con" hung on the verb (not "ha visitato X con Putin")
            inside = [a for prep, noun in self.obliques(verb, None) if prep in {"con", "di", "verso"}
                      for a in self.actors_of(noun)]
        return inside

    @staticmethod
    def refers_to_clause(pronoun: Token, verb: Token) -> bool:
        """"lo" standing for the clause before: "…: lo ha denunciato Blinken", "…, lo ha detto Starmer"
        (not in a clause joined by "e" that goes on with the same subject: "ha accolto Kim e lo ha
        ringraziato")."""
        same_subject = verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.children) and \
            not any(c.dep_.startswith("nsubj") for c in verb.children)
        return pronoun.lower_ in {"lo", "l'"} and verb.dep_ in {"parataxis", "conj", "ccomp"} and \
            verb.head.pos_ in {"VERB", "AUX"} and verb.head.i < verb.i and pronoun.i < verb.i and not same_subject

    def clause_targets(self, verb: Token) -> list[tuple[str, str]]:
        """Who the act in a complement clause is aimed at: its object or its "a"/"contro"/"su" phrase."""
        found = []
        clauses = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]
        # "minacciano di tornare a colpire": the act is the one the phasal verb governs
        clauses += [c for p in clauses if p.lemma_.lower() in self.lex.phasal_verbs
                    for c in p.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        for clause in clauses:
            theme = self.theme(clause)
            # "colpire le basi della NATO", "non difendere gli alleati della NATO", "le navi americane"
            found += (self.actors_of(theme) or self.actors_inside(theme, depth=1) or
                      [(c, "demonym") for c in [self.demonym_of(theme)] if c]) if theme is not None else []
            found += [a for prep, noun in self.obliques(clause, theme) if prep in {"a", "contro", "su", "verso"}
                      for a in self.actors_inside(noun, depth=1)]
            if clause.lemma_.lower() in INTERVENING:  # "ha minacciato di intervenire in Nigeria": the state entered
                found += [a for prep, noun in self.obliques(clause, theme) if prep == "in"
                          for a in self.actors_of(noun) if self.actor_type(a[0]) == "Country"]
        if not found:  # "minaccia di uccidere gli ostaggi se Israele non fermerà…": who the condition is put to
            found = self.condition_subjects([verb, *clauses])
        return found

    def condition_subjects(self, clauses: list[Token]) -> list[tuple[str, str]]:
        """The actors a "se" clause under any of ``clauses`` is about: "…se Israele non fermerà"."""
        return [a for v in clauses for c in v.children if c.dep_ == "advcl" and
                any(m.lower_ == "se" for m in c.children if m.dep_ == "mark")
                for t in self.subjects(c) for a in self.actors_of(t)]

    def conditioned_on(self, verb: Token) -> list[tuple[str, str]]:
        """Who a warned act of one's own is conditioned on: "ha avvertito che userà le armi nucleari se
        la Corea del Sud e gli Stati Uniti attaccheranno" (not "ha avvertito che la fame si aggraverà
        se…": the warned act must be the speaker's, said with no subject of its own, in the future)."""
        acts = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and
                not any(d.dep_.startswith("nsubj") for d in c.children) and
                ("Fut" in feature(c, "Tense") or "Cnd" in feature(c, "Mood"))]
        return self.condition_subjects(acts)

    def indirect_targets(self, verb: Token) -> list[tuple[str, str]]:
        """The indirect object: a name, or a clitic ("il Cremlino gli ha concesso asilo")."""
        found = []
        for child in verb.children:
            if child.dep_ == "iobj":
                found += self.pronoun_referent(child, verb) if is_personal_pronoun(child) else self.actors_of(child)
        return found

    def prepositional_targets(self, frame: Frame, prep: str, verb: Token, theme: Token | None) -> list[tuple[str, str]]:
        """Actors introduced by ``prep`` on the verb or inside its theme. A relation noun's own
        complements are its parties, not the verb's ("in collaborazione con il PAM", "l'accordo
        tra Russia e Corea del Nord è stato firmato da Putin e Kim")."""
        found = []
        for case, noun in self.obliques(verb, theme):
            own = case in {"tra", "fra"} and self.is_relation_noun(self.phrase_head(noun))
            if noun.lemma_.lower() in RANGE_NOUNS:
                continue  # "missili a corto raggio Fath-360": a weapon's range, and its model's name
            if noun.lemma_.lower() in DISTANCE_NOUNS or noun.lower_ in DISTANCE_NOUNS:
                continue  # "a pochi chilometri dal confine con la Polonia": near a place, not at it
            if case == prep and not self.is_relation_noun(noun) and not own and not self.has_role_after(noun):
                # troops go to the place named ("nella regione russa di Kursk"), not to the demonym's state
                placed = self.place_within(noun) if frame.relation == "deploysTroopsTo" and \
                    noun.i not in self.token_actor and noun.pos_ == "NOUN" else []
                if frame.relation == "deploysTroopsTo" and (noun.lower_ in COMPANION_WORDS or
                                                            self.beside_companion_word(noun)):
                    # "al fianco del governo di Khartum" is whom, not where; "al fianco delle truppe russe
                    # nella regione di Kursk" still says where
                    found += [a for t in noun.subtree if t != noun and self._case(t) == "in"
                              for a in (self.place_within(t) if t.pos_ == "NOUN" else []) or self.actors_of(t)]
                    continue
                found += placed or self.actors_inside(noun, depth=frame.depth) or self.demonym_target(frame, noun) \
                    or self.counted_goods_origin(frame, noun)
        return found or self.targets_under_agent(frame, prep, verb) or self.against_after_theme(prep, theme)

    def is_sea(self, token: Token) -> bool:
        """"in mare", "nell'Oceano Pacifico", "verso il Mar del Giappone", "nella zona economica esclusiva":
        open water, no state's land."""
        exclusive_zone = token.lemma_ == "zona" and any(c.lower_ == "esclusiva" for c in token.children)
        return token.lower_ in {"mare", "oceano"} or exclusive_zone or \
            token.i in self.token_actor and self.actor_type(self.token_actor[token.i]) == "WaterBody"

    def against_after_theme(self, prep: str, theme: Token | None) -> list[tuple[str, str]]:
        """"ha minacciato dazi «altissimi» contro la Danimarca": a "contro" name right after the
        object, wherever the parser hung it (quotes and clauses around it mislead it)."""
        if prep != "contro" or theme is None:
            return []
        # "ha adottato le sanzioni dell'Ue contro la Russia", with "contro" hung on the measure's owner
        owned = [c for o in theme.children if o.dep_.startswith("nmod") and self._case(o) == "di" and
                 o.i in self.token_actor for c in o.children if self._case(c) == "contro" and c.i in self.token_actor]
        if owned:
            return self.actors_of(owned[0])
        end = max(t.i for t in theme.subtree)
        for token in theme.doc[end + 1: min(end + 5, theme.sent.end)]:
            if token.lower_ == "contro" and token.dep_ == "case" and token.head.i in self.token_actor:
                return self.actors_of(token.head)
        return []

    def demonym_target(self, frame: Frame, noun: Token) -> list[tuple[str, str]]:
        """A hostile act's target named by what it hits plus a demonym stands for the state:
        "sanzioni alla flotta ombra russa", "ha colpito le raffinerie russe"; so do the people aid is
        for: "un milione di sterline per le vittime afghane"."""
        helped = frame.relation == "providesAidTo" and self.is_victim_noun(noun)
        if frame.relation not in {"sanctions", "attacks", "threatens"} and not helped:
            return []
        owners = [c for c in noun.children if c.dep_.startswith("nmod") and self._case(c) == "di"]
        # "ha congelato i beni di cinque oligarchi russi": the demonym of whose assets are hit
        country = self.demonym_of(noun) or next(filter(None, map(self.demonym_of, owners)), None)
        return [(country, "demonym")] if country else []

    def targets_under_agent(self, frame: Frame, prep: str, verb: Token) -> list[tuple[str, str]]:
        """A target the parser hung on the "da" agent of a passive: "gli aiuti inviati dall'Egitto a
        Gaza" ("a Gaza" under Egitto). Only a named actor (or a hostile act's demonym target, see
        ``demonym_target``) right after the agent counts."""
        found = []
        for agent in self.subjects(verb):
            if self._case(agent) != "da" or not self.is_passive(verb):
                continue
            # (or beside it, on the word both were hung on: "lanciati nella notte dall'Iran contro Israele")
            beside = [c for c in agent.head.children if c.i > agent.i] if agent.head != verb else []
            for child in [*agent.children, *beside]:
                if child.dep_.startswith(("nmod", "flat")) and child.i > agent.i and self._case(child) == prep:
                    found += self.actors_of(child) if child.i in self.token_actor else self.demonym_target(frame, child)
        return found

    def event_agents(self, noun: Token) -> list[tuple[str, str]] | None:
        """The agent of an act named by a noun ("l'invasione russa", "gli attacchi di Hamas"); ``None``
        if the noun names no act with an agent ("l'accordo tra X e Y", "l'amicizia con X"), and ``[]``
        if the act's agent is not said ("l'invasione dell'Ucraina": Ukraine is invaded, not invading)."""
        frames = self.noun_frames(noun)
        if not frames or noun.i in self.token_actor or any(f.pairwise or "of" in f.target for f in frames):
            return None
        # "l'invasione russa", "la vendita di armi americane": the demonym on the act or on what it moves
        themes = [c for c in noun.children if self._case(c) == "di" and self._is_theme_noun(c)]
        country = next(filter(None, map(self.demonym_of, [noun, *themes])), None)
        if country:
            return [(country, "demonym")]
        if any(c.dep_ == "det:poss" for c in noun.children) and noun.head.pos_ in {"VERB", "AUX"}:
            return self.possessor(noun, noun.head)  # "Kiev ha criticato il suo viaggio in Russia": his
        if any("di" in f.target for f in frames):
            return []
        return [a for c in noun.children if self._case(c) == "di" and not self._is_theme_noun(c)
                for a in self.actors_of(c)]

    def naming_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """"chiamandolo «caro amico»", "definendolo un vecchio amico": naming someone a friend
        praises them. The parser often tags the gerund with its clitic as a noun."""
        guesses = token.lemma_.lower().split()[:1] + self.lang.lemma_guesses(token.text)
        if not set(guesses) & (self.lex.naming_verbs | WELCOMING):
            return
        following = token.doc[token.i + 1: min(token.i + 12, token.sent.end)]
        # "l'ha accolto come un «caro amico»": welcoming someone as a friend names them one
        welcomed_as = next((t for t in following[:5] if t.lower_ == "come"), None) \
            if set(guesses) & WELCOMING and token.pos_ in {"VERB", "AUX"} else None
        if welcomed_as is not None:
            following = token.doc[welcomed_as.i + 1: min(welcomed_as.i + 8, token.sent.end)]
        elif not set(guesses) & self.lex.naming_verbs:
            return
        if any(c.lower_ == "così" for c in token.children):  # "«Un dittatore»: così Trump ha definito Zelensky"
            following = token.doc[token.sent.start: token.i]
        if any(t.lemma_.lower() in self.lex.lists["@praise_names"] for t in following[:8]):
            relation = "praises"
        elif any({t.lemma_.lower(), t.lower_} & self.lex.lists["@insult_names"] for t in following):
            relation = "criticizes"  # "ha definito «un parassita» il presidente taiwanese"
        else:
            return
        clause = token if token.pos_ in {"VERB", "AUX"} else token.head
        subjects = [a for t in self.subjects(clause) for a in self.actors_of(t)] or self.last_subjects
        modality, source = self.modality(clause, token.sent)
        clitic = any(c.dep_ == "obj" and is_personal_pronoun(c) for c in token.children)
        # "li ha definiti «un ricatto» contro il Brasile": with a clitic named, the other object is the name given
        quoted_before = any(c.lower_ == "così" for c in token.children)  # (the name after, even read as a subject)
        objects = [] if clitic else [c for c in token.children if not is_personal_pronoun(c) and (
            c.dep_ == "obj" or quoted_before and c.dep_ == "nsubj" and c.i > token.i)]
        named = [a for c in objects if c.i in self.token_actor or self.role_of(c)  # (or "il presidente russo")
                 for a in self.actors_of(c)]  # "ha definito Putin il suo amico più caro"
        if not named and relation == "criticizes":  # "ha definito la decisione dell'ONU «illegittima»"
            named = [a for c in objects for a in self.actors_of(c) or self.actors_inside(c, depth=2)
                     if self.actor_type(a[0]) not in SMALL_PLACES]
        if not named and relation == "criticizes" and not objects:  # "ha definito «un parassita» il presidente X"
            named = next(([a for a in self.actors_of(t) if self.actor_type(a[0]) == "Person"]
                          for t in following if t.i in self.token_actor), [])
        owned = [c for c in objects or following if c.pos_ == "NOUN" and any(d.dep_ == "det:poss" for d in c.children)]
        if not named and owned:
            named = self.possessor(owned[0], clause)  # "ha definito «vergognose» le sue parole"
        for obj, obj_how in named or self.pronoun_referent(token, clause):
            for subj, subj_how in subjects:
                if subj != obj:
                    yield Fact(subj, relation, obj, evidence, modality, confidence(modality, subj_how, obj_how),
                               f"{self.lang.code}:naming", source)

    def place_within(self, theme: Token) -> list[tuple[str, str]]:
        """The first place named inside an object phrase, as a place ("Kursk", not Russia acting)."""
        for token in theme.subtree:
            place = self.place_of(token)
            if place and self.actor_type(place) in {"Country", "Region", "City", "Location", "Facility"}:
                return [(place, self.token_how.get(token.i, "name"))]
        return []

    def origin_of(self, theme: Token) -> str | None:
        """The state a theme comes from, by a demonym anywhere in its phrase ("sistemi di difesa aerea russi")."""
        for token in theme.subtree:
            if token.dep_ == "amod" or token.pos_ == "ADJ":
                entry = self.gazetteer.by_demonym(token.lower_)
                if entry:
                    return self.linker.add_entry(entry)
        return None

    def object_entity(self, frame: Frame, verb: Token, theme: Token | None) -> list[tuple[str, str]]:
        """A non-actor object (weapon or topic) for ``orders``/``produces``/``tests``."""
        # a relative clause's antecedent holds the clause itself: "la Corea del Nord, che produce missili"
        agents = {t.i for s in self.subjects(verb) if not s.is_ancestor(verb) for t in s.subtree}
        scope = [t for t in verb.subtree if t.i not in agents and t.i > verb.i]
        if verb.dep_.startswith("acl"):  # "droni … progettati dall'Iran": the noun the participle describes
            # and its modifiers before the participle ("un nuovo missile balistico prodotto da…" with
            # "nuovo" parsed as the head)
            before = [t for t in verb.head.subtree if t.i < verb.i and t.i not in agents and t != verb.head]
            scope = [verb.head] + ([verb.head.head] if verb.head.dep_ == "conj" else []) + before + scope
        elif theme is not None and self.is_passive(verb):  # "quei droni vengono fabbricati in Bielorussia"
            # ("il lancio del missile è stato supervisionato da Kim": what the launch was of)
            scope = [theme] + [t for t in theme.subtree if t.i > theme.i and t.i < verb.i] + scope
        for token in scope:
            weapon = self.weapon_actor(token) if not self.is_purpose_of_theme(token, theme) else None
            if weapon:
                return [(self.weapon_kind_after(token) or weapon, "weapon")]
        if any(c.lower_ == "ne" and c.pos_ == "PRON" for c in verb.children):
            # "dopo il collaudo dei droni, Kim ne ha ordinato la produzione": the weapon named before
            doc = verb.doc
            start = previous_sentence_start(verb.sent)
            # the kind named, not the model: "il nuovo missile ipersonico Oreshnik" is a missile
            named = [t for t in doc[start: verb.i] if self.weapon_actor(t)]
            kinds = [t for t in named if t.pos_ != "PROPN"] or named
            if kinds:
                return [(self.weapon_actor(kinds[-1]), "weapon")]
        if theme is not None and theme.pos_ == "NOUN" and frame.relation != "orders":  # not "ha ordinato lo spostamento"
            lemma = theme.lemma_.lower()
            if frame.relation == "produces" and not {lemma, theme.lower_} & self.lex.lists["@strategic_goods"]:
                return []  # films, results and images are produced too: only strategic goods count
            if frame.relation == "tests" and lemma not in {"test", "prova", "esperimento", "lancio"}:
                return []  # "Milano sperimenta l'ecopass": a city trying a traffic rule
            return [(self.linker.add_actor(Actor(f"topic/{slug(lemma)}", "Topic", lemma, "")), "topic")]
        return []

    def weapon_kind_after(self, model: Token) -> str | None:
        """"dell'Oreshnik, il missile ipersonico…": the kind a model's name is set off as, a missile."""
        kind = self.kind_set_off_after(model)
        return self.weapon_actor(kind) if kind is not None else None

    def weapon_actor(self, token: Token) -> str | None:
        """The weapon a word names, as an actor labelled by its singular lemma ("droni" → "drone")."""
        weapons = self.lex.lists["@weapons"]
        if token.pos_ not in {"NOUN", "PROPN", "ADJ", "X"} or not {token.lemma_.lower(), token.lower_} & weapons:
            return None
        if token.lower_ == "mezzo" and token.i > 1 and token.doc[token.i - 1].lower_ == "e":
            return None  # "un milione e mezzo di droni": a half, not a vehicle
        lemma = self.lex.weapon_names.get(token.lower_) or self.lex.weapon_names.get(token.lemma_.lower()) \
            or token.lemma_.lower()
        return self.linker.add_actor(Actor(f"weapon/{slug(lemma)}", "Weapon", lemma, ""))

    def is_purpose_of_theme(self, token: Token, theme: Token | None) -> bool:
        """A weapon the tested or made thing is for, not the thing itself ("ha testato un motore per
        missili", however the parser hung "per missili"), when the theme is not itself a weapon."""
        if token == theme or (theme is not None and self.weapon_actor(theme)):
            return False
        step, inside = token, theme is not None and token in theme.subtree
        while step != theme and step.head != step and step.pos_ not in {"VERB", "AUX"}:
            if self._case(step) == "per" or (inside and self._case(step) == "a"):
                return True
            step = step.head
        return False

    @staticmethod
    def beside_companion_word(noun: Token) -> bool:
        """"insieme all'esercito russo", "accanto ai soldati russi": whom, not where."""
        return bool({t.lower_ for t in noun.doc[max(noun.i - 3, 0): noun.i]} & COMPANION_WORDS)

    def companions(self, verb: Token) -> list[tuple[str, str]]:
        """Actors the subject did something beside: "accanto a Xi Jinping e Vladimir Putin", and people
        with them ("ha partecipato con il patriarca Bartolomeo alla commemorazione")."""
        found = []
        for child in verb.children:
            if child.dep_ == "obl" and child.i in self.token_actor and self.beside_companion_word(child):
                found += [a for t in [child, *conjuncts(child)] for a in self.actors_of(t)]
        return found + [a for a in self.fellow_travellers(verb) if a not in found]

    def fellow_travellers(self, verb: Token) -> list[tuple[str, str]]:
        """People who travelled with the subject: "è arrivata a Beirut con il presidente cipriota",
        "arrivata a Tunisi insieme a Ursula von der Leyen"."""
        return [a for c in verb.children if c.dep_ == "obl" and not self.is_relation_noun(c) and
                (self._case(c) == "con" or self._case(c) in {"insieme", "assieme"} or self.beside_companion_word(c))
                for a in self.actors_of(c) if self.actor_type(a[0]) == "Person"]

    def hosted_talks_facts(self, verb: Token, words: set[str], sides: list[tuple[str, str]], evidence: Evidence,
                           modality: str, source: str | None, event_date) -> Iterable[Fact]:
        """The two sides of talks someone hosted or brokered (named here or just before) held them:
        "La Svizzera, che ha ospitato i negoziati, …"."""
        sides = list(dict(sides).items())
        talks = self.lex.lists["@talks"]
        if len(sides) != 2 or not (words & talks or any(c.lemma_.lower() in talks
                                                         for c in verb.children if c.dep_ == "obl")):
            return
        (one, one_how), (other, other_how) = sides
        yield Fact(one, "meetsWith", other, evidence, modality, confidence(modality, one_how, other_how),
                   f"{self.lang.code}:hosted_talks", source, event_date)

    @classmethod
    def phrase_end(cls, token: Token) -> int:
        """The last word of a noun phrase through its nominal modifiers, not through clauses or
        appositions ("ricostruzione dell'Ucraina, ospitata a Roma" ends at "Ucraina")."""
        inside = {"nmod", "case", "det", "amod", "flat", "flat:name", "nummod", "fixed", "compound"}
        return max([token.i] + [cls.phrase_end(c) for c in token.children if c.dep_ in inside and c.i > token.i])

    def implied_agent(self, frame: Frame, theme: Token | None, verb: Token | None = None) -> list[tuple[str, str]]:
        """Agentless "sono stati inviati soldati nordcoreani", "il petrolio venezuelano viene venduto
        alla Cina": the demonym names the sender or seller;
        "droni fabbricati in Russia": the country a weapon is made in makes it."""
        if frame.relation == "meetsWith" and verb is not None and frame.lemma in WELCOMING:
            # "Ricevuto alla Casa Bianca, Zelensky…": a seat of power receives by its leader
            seats = [c for c in verb.children if c.dep_ == "obl" and self._case(c) in {"a", "in"}
                     and self.token_how.get(c.i) == "metonym" and self.place_of(c) is None]
            host = self.office_holder(self.token_actor[seats[0].i], "leader") if seats else None
            return [(host, "role")] if host else []
        if frame.relation == "produces" and verb is not None:
            return [a for prep, noun in self.obliques(verb, None) if prep == "in" and noun.i in self.token_actor
                    for a in self.actors_of(noun) if self.actor_type(a[0]) == "Country"]
        if theme is None or frame.relation not in {"deploysTroopsTo", "suppliesWeaponsTo", "tradesWith", "providesAidTo"}:
            return []
        country = next(filter(None, map(self.country_of_modifier, self.counted_nouns(theme))), None)
        return [(country, "demonym")] if country else []

    def counted_nouns(self, theme: Token) -> list[Token]:
        """The object and, if it is an amount, what it counts: "migliaia di soldati americani",
        "tonnellate di aiuti dalla Giordania", "50 milioni di sterline di aiuti britannici"."""
        counted = theme.lemma_.lower() in self.lex.quantity_nouns or \
            theme.lower_ in {"tonnellate", "carichi", "quintali"} | CURRENCY_NOUNS
        inner = [c for c in theme.children if c.dep_.startswith("nmod") and self._case(c) == "di"] if counted else []
        return [theme] + [n for c in inner for n in self.counted_nouns(c)]

    def aid_owner(self, theme: Token | None) -> list[tuple[str, str]]:
        """Whose aid a person hands over: "von der Leyen ha stanziato 210 milioni di aiuti Ue": the
        state or body the aid belongs to gives it, its envoy only carries it."""
        aid = [n for n in self.counted_nouns(theme) if n.lemma_.lower() in self.lex.lists["@aid"]
               or n.lower_ in self.lex.lists["@aid"]] if theme is not None else []
        owner = next(filter(None, (self.country_of_modifier(n, ("di", None)) for n in aid)), None)
        return [(owner, "demonym")] if owner else []

    def is_separate(self, theme: Token | None) -> bool:
        """"hanno firmato due accordi paralleli": each signer signed its own, not with the other."""
        return theme is not None and any(c.lower_ in self.lex.separate_modifiers or c.lemma_.lower() in
                                         self.lex.separate_modifiers for c in theme.children)

    def zero_patients(self, frame: Frame, verb: Token, theme: Token | None,
                      previous: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """"Orbán è volato a Mosca. È stato poi criticato da Michel": a passive with no subject
        at all is about the last subject of the article."""
        finite = any("Fin" in feature(t, "VerbForm") for t in verb.children if t.dep_.startswith("aux"))
        # "Milei è arrivato in Israele. Ricevuto da Netanyahu, ha promesso…": a fronted participle is
        # about its governor's subject, here a zero one too
        fronted = verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.pos_ == "VERB" and \
            not any(c.dep_.startswith("nsubj") for c in verb.head.children)
        if fronted and "obj" in frame.target and self.is_passive(verb):
            return [(actor_id, "zero") for actor_id, _ in previous]
        if theme is not None or "obj" not in frame.target or not self.is_passive(verb) or not finite:
            return []
        if self.shares_thing_subject(verb) or not self.agrees_with_last_subjects(verb):
            return []  # "il film … piace ai critici, viene visto da Moravia"
        return [(actor_id, "zero") for actor_id, _ in previous]

    def pronoun_partner(self, frame: Frame, verb: Token, agents: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """"Due capitali per Zelensky. A Berlino Scholz ha firmato con lui un accordo": a stressed
        pronoun after the verb's preposition is the last person named before it, if not the agent."""
        pronoun = next((c for c in verb.children if self._case(c) in frame.target and c.lower_ in {"lui", "lei", "loro"}),
                       None)
        if pronoun is None or frame.relation not in {"meetsWith", "signsAgreementWith", "cooperatesWith", "praises"}:
            return []
        agent_ids = {a for a, _ in agents}
        if pronoun.lower_ == "loro":  # "I mercenari della Wagner hanno conquistato… Putin si è congratulato con loro"
            start = previous_sentence_start(pronoun.sent)
            groups = [a for t in pronoun.doc[start: pronoun.i] if t.dep_ == "nsubj" and t.pos_ in {"NOUN", "ADJ"}
                      and "Plur" in feature(t, "Number") for a in self.actors_of(t) if a[0] not in agent_ids]
            return [(groups[-1][0], "zero")] if groups else []
        people = [m.actor_id for m in self.mentions if m.end_char <= pronoun.idx and m.actor_id not in agent_ids
                  and self.actor_type(m.actor_id) == "Person"]
        return [(people[-1], "zero")] if people else []

    def headline_visit_facts(self, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """"Xi Jinping a Mosca, prima visita all'estero…", "Shoigu di nuovo a Pyongyang: …": a headline
        that names a person and where they are, before any verb, says they went there."""
        doc, first = sent.doc, sent[0]
        if first.i not in self.token_actor or self.actor_type(self.token_actor[first.i]) != "Person":
            return
        at = self.mention_end(first)
        while at < sent.end and doc[at].lower_ in {"di", "nuovo", "ancora", "oggi", "ieri"}:
            at += 1  # "di nuovo a Pyongyang"
        if at + 1 >= sent.end or self.lang.preposition(doc[at].text) not in {"a", "in"}:
            return
        place = doc[at + 1]
        if place.i not in self.token_actor or any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start: place.i]):
            return
        after = self.mention_end(place)
        if after < sent.end and doc[after].lower_ not in {",", ":", ";", ".", "per"}:
            return  # ("Zelensky a Washington per incontrare Trump")
        visitor = self.token_actor[first.i]
        for target, how in self.actors_of(place):
            if self.actor_type(target) in PLACE_TYPES:
                yield Fact(visitor, "visits", target, evidence, "asserted",
                           round(confidence("asserted", "name", how) - 0.1, 2), f"{self.lang.code}:headline_visit")
                # the traveller is who the next sentence's dropped subject stands for ("Trump a Tokyo. Ha firmato…")
                self.last_subjects, self.last_subjects_number = [(visitor, "name")], "Sing"

    def gerund_clitic_object(self, gerund: Token) -> list[tuple[str, str]]:
        """"Trump ha accolto Meloni coprendola di elogi": a gerund's fused clitic stands for the
        object (or the partner) of the clause the gerund goes with."""
        if not GERUND_WITH_CLITIC.search(gerund.lower_) or gerund.head == gerund or \
                gerund.dep_ not in {"advcl", "advmod", "conj", "parataxis", "xcomp"}:
            return []
        objects = [a for o in gerund.head.children if o.dep_ == "obj" and o.i < gerund.i for a in self.actors_of(o)]
        # (or its partner: "ha rotto le relazioni con il Messico, accusandolo di…")
        return objects or [a for o in gerund.head.children if o.dep_ == "obl" and o.i < gerund.i
                           and self._case(o) in {"con", "a"} for a in self.actors_of(o)
                           if self.actor_type(a[0]) not in SMALL_PLACES]

    def cleft_clitic_object(self, verb: Token, previous: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """"Il Papa è atterrato a Beirut. Ad accoglierlo c'era Aoun": the clitic fused with a cleft's
        infinitive stands for whom the story is about, if the number agrees ("-lo" one, "-li" several)."""
        clitic = INFINITIVE_WITH_CLITIC.search(verb.lower_)
        if clitic is None or not previous or self.cleft_head(verb) is None:
            return []
        plural = clitic.group(1) in {"i", "e"}
        return [(a, "zero") for a, _ in previous] if plural == (len(previous) > 1) else []

    def arrival_place(self, frame: Frame, participle: Token) -> list[tuple[str, str]]:
        """"È arrivata in Israele la batteria THAAD inviata da Washington": what a participle
        describes arrived somewhere, and that is where it was sent."""
        if not participle.dep_.startswith(("acl", "amod", "advcl")) or not self.is_passive(participle):
            return []
        arrival = participle.head.head
        if participle.head.dep_ not in {"nsubj", "obj", "nsubj:pass"} or arrival.pos_ != "VERB" or \
                not self.is_unaccusative(arrival) or not {"a", "in"} & set(frame.target):
            return []
        return [a for c in arrival.children if c.dep_ == "obl" and self._case(c) in {"a", "in"} and
                c.i in self.token_actor for a in self.actors_of(c)]

    def described_words(self, participle: Token) -> set[str]:
        """The words of the noun a passive participle describes, and of what it counts ("molti dei
        missili balistici lanciati…")."""
        noun = self.described_noun(participle)
        if noun.pos_ in {"VERB", "AUX"}:
            return set()
        nouns = [noun] + [c for c in noun.children if c.dep_.startswith("nmod") and self._case(c) == "di"]
        nouns += [c for t in nouns[1:] for c in t.children if c.dep_ == "amod"]  # "dei missili balistici", inverted
        return {w for t in nouns for w in (t.lower_, t.lemma_.lower())}

    def clitic_stands_for_theme(self, verb: Token, theme: Token | None, frame: Frame, sent: Span) -> bool:
        """"A siglarlo sono stati…", "l'hanno firmato ieri": a clitic object stands for the thing
        the sentence before (or this one) named, when a word of the frame's theme is there."""
        clitic = "Yes" in feature(verb, "Clitic") or (theme is not None and is_personal_pronoun(theme)) \
            or any(c.lower_ == "ne" and c.pos_ == "PRON" for c in verb.children)  # "ne ha consegnati tre"
        if not clitic:
            return False
        doc = verb.doc
        start = previous_sentence_start(sent)
        return any({t.lower_, t.lemma_.lower()} & frame.theme for t in doc[start: verb.i])

    def shares_thing_subject(self, verb: Token) -> bool:
        """A clause joined to one whose subject is a thing, not an actor, is about that thing."""
        if verb.dep_ not in {"conj", "advcl", "parataxis"} or verb.head == verb:
            return False
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        return any(s.pos_ == "NOUN" and s.i not in self.token_actor and not self.actors_of(s) for s in subjects)

    # (longest first; "-isc-" verbs drop the infix: "aderisca" → "aderire")
    _PRESENT_ENDINGS = (("iscono", ("ire",)), ("iscano", ("ire",)), ("isce", ("ire",)), ("isca", ("ire",)),
                        ("ano", ("are",)), ("ono", ("ere", "ire")), ("a", ("are",)), ("e", ("ere", "ire")))

    def mistagged_relative_verb(self, token: Token) -> tuple[Token, tuple[Frame, ...]] | None:
        """A finite verb of a relative clause the tagger called a noun or adjective ("Il Vaticano, che
        da mesi media tra Mosca e Kiev", with "media" read as the adjective "medio"): a present
        form of a lexicon verb right after "che" (across adverbials, never across a verb or a
        comma). Gives the relative pronoun's antecedent and the verb's frames."""
        if token.pos_ not in {"NOUN", "ADJ"} or token.i in self.token_actor or \
                token.lower_ in self.lex.nominal_frames:
            return None
        frames = self.present_form_frames(token.lower_)
        if not frames:  # checked first: most nouns are no verb form at all
            return None
        doc, k = token.doc, token.i - 1
        named_subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i in self.token_actor and c.i < token.i]
        if token.dep_ == "ROOT" and token.pos_ == "NOUN" and named_subjects and \
                not any(c.dep_ in {"det", "cop"} for c in token.children):
            return named_subjects[0], frames  # "Kinshasa accusa Kigali di aggressione", "accusa" read as a noun
        subject = token.head
        if token.dep_ == "amod" and subject.dep_ == "ROOT" and subject.i in self.token_actor and \
                self.mention_end(subject) == token.i and not any(t.pos_ in {"VERB", "AUX"} for t in token.sent):
            return subject, frames  # "Il Qatar media da mesi tra Israele e Hamas": a sentence with no verb left
        while k >= token.sent.start and token.i - k <= 5 and not self.is_relative(doc[k]):
            if doc[k].pos_ in {"VERB", "AUX", "PUNCT", "PROPN", "CCONJ"} or doc[k].lower_ in self.lang.negators:
                return None
            k -= 1
        if k < token.sent.start or token.i - k > 5 or not self.is_relative(doc[k]):
            return None
        antecedent = self.comma_antecedent(doc[k])
        if antecedent == doc[k]:
            return None
        return antecedent, frames

    def subject_words(self, verb: Token) -> set[str]:
        """The words (forms and lemmas) naming what the subject is: its head; a modifier before it, where
        the word may come out ("Soldati cinesi sono arrivati…" opening a sentence); a team's "di"
        complement ("squadre di soccorso turche sono arrivate")."""
        return {w for t in self.subjects(verb)
                for word in [t, *(c for c in t.children if c.i < t.i and c.dep_ in {"det", "amod"}
                                  or t.lower_ in TEAM_NOUNS and self._case(c) == "di")]
                for w in (word.lower_, word.lemma_.lower())}

    def present_form_frames(self, word: str) -> tuple[Frame, ...]:
        """Frames of the lexicon verb a word would be the present of ("media" → "mediare")."""
        for ending, infinitives in self._PRESENT_ENDINGS:
            if word.endswith(ending):
                for infinitive in infinitives:
                    frames = self.lex.frames_for(word[: -len(ending)] + infinitive)
                    if frames:
                        return frames
                return ()
        return ()

    def mistagged_verb_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """Facts of a relative clause's verb the tagger called a noun (``mistagged_relative_verb``):
        the antecedent acts, the prepositional complements after the verb are the objects (the
        parser may hang them on the noun the verb was read as modifying)."""
        found = self.mistagged_relative_verb(token)
        if found is None:
            return
        antecedent, frames = found
        agents = self.actors_of(antecedent)
        complements = [c for c in list(token.children) + list(token.head.children)
                       if c.i > token.i and c.dep_.startswith(("nmod", "obl"))]
        # "media da mesi tra Israele e Hamas": the parties hung on the time phrase
        complements += [g for c in complements for g in c.children if self._case(g) in {"tra", "fra"}]
        event_date = self.lang.find_date(evidence.sentence, self.date)
        for frame in frames:
            if frame.theme or frame.pairwise:
                continue
            objects = [a for c in complements if self._case(c) in frame.target or
                       ("obj" in frame.target and self._case(c) is None and c.i in self.token_actor)
                       for a in self.actors_of(c)]
            pairs = [(s, o) for s in agents for o in objects if s[0] != o[0]]
            for (subj, subj_how), (obj, obj_how) in pairs:
                yield Fact(subj, frame.relation, obj, evidence, "asserted",
                           round(confidence("asserted", subj_how, obj_how) - 0.1, 2),
                           f"{self.lang.code}:{frame.lemma}", None, event_date)
            if pairs:
                return

    def clause_facts(self, verb: Token, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """Facts of one predicate: its first lexicon frame whose theme fits and that finds both ends."""
        frames = self.verb_frames(verb)
        previous = self.last_subjects
        subjects = self.clause_subjects(verb)
        yield from self.event_setting_facts(verb, subjects, sent, evidence)
        if not frames:
            return
        theme = self.theme(verb)
        words = self.theme_words(verb, theme)
        if verb.dep_.startswith(("acl", "advcl")) and self.is_passive(verb):
            words |= self.described_words(verb)  # "i missili lanciati dai russi su Kharkiv": what was launched
        # "le sanzioni americane hanno colpito X": the measure that acts says what kind of act it is
        words |= {w for t in self.subjects(verb) if t.i not in self.token_actor
                  for w in (t.lower_, t.lemma_.lower()) if w in self.measure_words()}
        modality, source = self.modality(verb, sent)
        event_date = self.lang.find_date(evidence.sentence, self.date)  # sent.text rebuilds the string
        for frame in frames:
            if frame.theme and not (words & frame.theme) and not self.clitic_stands_for_theme(verb, theme, frame, sent):
                continue
            agents = subjects or (self.implied_agent(frame, theme, verb) if self.is_passive(verb) else [])
            if frame.relation == "attends":  # "ha preso parte alla parata accanto a Xi e Putin": they were there too
                agents = agents + [c for c in self.companions(verb) if c not in agents]
            if frame.relation == "visits":  # "Arrivata a Beirut con il presidente cipriota, von der Leyen…"
                agents = agents + [c for c in self.fellow_travellers(verb) if c not in agents]
            if frame.relation == "providesAidTo" and not frame.inverse and agents and \
                    all(self.actor_type(a) == "Person" for a, _ in agents):
                agents = self.aid_owner(theme) or agents
            agents = [a for a in agents if self.type_ok(a[0], frame.subject_types)]
            if frame.agent_theme and not self.subject_words(verb) & frame.agent_theme:
                continue  # "le truppe israeliane sono entrate a Gaza", not "la Svezia è entrata nella NATO"
            parties_of_theme = not agents and frame.pairwise and theme is not None
            if parties_of_theme:
                # "Firmato a Bruxelles il partenariato tra Ue e Kazakistan": the parties of what was signed,
                # also with "tra" hung on the verb ("Intesa raggiunta tra Serbia e Kosovo")
                agents = [a for c in self.between_in_phrase(theme) or self.between_after(theme)
                          for a in self.actors_of(c)] or \
                    [a for c in verb.children if c.dep_ == "obl" and self._case(c) in {"tra", "fra"}
                     for a in self.actors_of(c)]
            if not agents or frame.inverse and frame.relation == "providesAidTo" and any(h == "zero" for _, h in agents):
                continue  # (who received aid must be named: the last subject is as often the giver)
            # (an object that is the agent itself is none: the parser's slip, "Ricevuto dal premier X")
            # ("Firmato con Kiev il partenariato tra Regno Unito e Ucraina": the parties pair, not with Kiev)
            objects = [] if parties_of_theme and len(agents) > 1 else \
                [o for o in self.targets(frame, verb, theme) if o[0] not in {a for a, _ in agents}] \
                or self.zero_patients(frame, verb, theme, previous) \
                or self.mediated_parties(frame, agents) or self.arrival_place(frame, verb) \
                or self.gerund_clitic_object(verb) or self.pronoun_partner(frame, verb, agents) \
                or self.cleft_clitic_object(verb, previous)
            objects = [o for o in objects if self.type_ok(o[0], frame.object_types)
                       and not (frame.relation == "visits" and self.actor_type(o[0]) in {"Person", "ArmedGroup"})
                       and self.actor_type(o[0]) != "WaterBody"]  # "verso il Mar del Giappone": no state hit
            if frame.relation == "attends" and any(self.actor_type(o[0]) == "Event" for o in objects):
                # "Alla conferenza di Monaco è intervenuto Vance": the event's place is not attended too
                objects = [o for o in objects if self.actor_type(o[0]) not in PLACE_TYPES]
            # the sides a symmetric act's theme names: "il trattato tra Regno Unito e Germania"
            bound = dict(a for c in self.between_in_phrase(theme) for a in self.actors_of(c)) \
                if frame.pairwise and theme is not None else {}
            if len({a for a, _ in agents}) > 1 and objects and {o for o, _ in objects} <= set(bound):
                objects = []  # "Starmer e Merz hanno firmato il trattato tra Regno Unito e Germania": the signers pair
            if frame.relation == "mediates":  # "Il Qatar e l'Egitto, che mediano tra…": co-mediators are no parties
                objects = [o for o in objects if o[0] not in {a for a, _ in agents}]
            pairs = [(s, o) for s in agents for o in objects if s[0] != o[0]]
            if frame.pairwise:  # a symmetric pair once: "Intesa raggiunta tra Serbia e Kosovo" gives both ways
                pairs = once_per_pair(pairs)
            if len(bound) > 1 and pairs and not parties_of_theme:
                # "ha sottoscritto con Mitsotakis una dichiarazione … tra Turchia e Grecia": the states it binds too
                signers = [(s, o) for s, o in pairs if not {s[0], o[0]} & set(bound)]
                if signers:  # (the states are no partners of the signers)
                    pairs = signers + list(combinations(bound.items(), 2))
            if not objects and frame.pairwise and len(agents) > 1 and not self.is_separate(theme):
                pairs = [(s, o) for s, o in combinations(agents, 2) if s[0] != o[0]]
            if frame.inverse:
                pairs = [(o, s) for s, o in pairs]
            for (subj, subj_how), (obj, obj_how) in pairs:
                yield Fact(subj, frame.relation, obj, evidence, modality,
                           confidence(modality, subj_how, obj_how), f"{self.lang.code}:{frame.lemma}",
                           source, event_date)
            if frame.relation == "mediates" and pairs:
                yield from self.hosted_talks_facts(verb, words, objects, evidence, modality, source, event_date)
            if frame.relation in {"meetsWith", "signsAgreementWith"} and pairs and " " not in frame.lemma:
                # (not "sedere a tavolo")
                yield from self.meeting_event_facts(verb, pairs, evidence, modality, source, event_date)
            if pairs and not frame.also:
                return  # the first frame that fits wins: "inviare truppe" is not also "inviare aiuti"
