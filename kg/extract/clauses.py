"""The shape of a clause over UD labels: prepositions, subjects (also the ones the parser
misplaced), the theme, obliques, and the clause's modality (negated, requested, planned,
hedged, reported)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lexicon import Frame
from .common import (CURRENCY_NOUNS, ELIDED_HEADS, GERUND_WITH_CLITIC, NOMINAL, NUMBER_WORD, PLACE_TYPES,
                     SMALL_PLACES, TIME_NOUNS, TRADED_GOODS, chain_root, clause_number, conjuncts, feature,
                     finite_forms, grammatical_number, is_passive, is_personal_pronoun, is_relative_pronoun)

PARTS_OF_DAY = frozenset({"mattina", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata"})
# (and conjunctions: "da quando Lee guida la Corea del Sud" has no "da" phrase)
ADVERBIAL_IDIOMS = frozenset({"a lungo", "di nuovo", "a breve", "di recente", "per ora", "da quando", "dopo che",
                              "prima che"})
QUANTIFIERS = frozenset({"entrambi", "entrambe", "ambedue", "tutti", "tutte"})  # "Entrambi presenti…"
# a relative "che" after a comma on these clauses stands for the noun before the comma
COMMA_RELATIVE_DEPS = frozenset({"conj", "parataxis", "advcl", "ccomp"})
# acts whose issuer does what they do: "un ordine esecutivo che impone sanzioni"
DOCUMENT_NOUNS = frozenset({"ordine", "decreto", "legge", "risoluzione", "provvedimento", "direttiva"})
TAKING_EFFECT = frozenset({"scattare", "decorrere"})  # "la tariffa scatterà tra ventuno giorni"
# "500 milioni di dollari alla Siria": the recipient may hang on the currency an amount counts


class ClauseReading:
    """Clause structure and modality, a part of ``ArticleReader`` (``rules.py``)."""

    def _case(self, token: Token) -> str | None:
        """The preposition a noun is introduced by ("alla parata" → "a").

        Taggers slip here: "insieme alla parata" hangs "insieme" as ``case`` and "alla" as ``det``,
        "dei Pasdaran" gets ``dep``. A real preposition wins over any other ``case`` word. A
        preposition belongs to the first noun after it: in "Nella notte droni e missili russi hanno
        colpito", parsed with "notte" as a modifier of the fronted "droni", "Nella" introduces "notte".
        Asked for every word many times over: kept per article."""
        return self.kept("_cases", token.i, lambda: self._find_case(token))

    def measure_words(self) -> frozenset[str]:
        """Sanctions and duties: measures that hit ("le sanzioni hanno colpito…")."""
        if "_measure_words" not in self.__dict__:
            self._measure_words = self.lex.lists["@sanctions"] | self.lex.lists["@tariffs"]
        return self._measure_words

    def kept(self, table: str, key, compute):
        """``compute()`` once per key for this article (the reader lives as long as its article)."""
        known = self.__dict__.setdefault(table, {})
        if key not in known:
            known[key] = compute()
        return known[key]

    def _find_case(self, token: Token) -> str | None:
        def introduces(marker: Token) -> bool:  # only before the verb, where subjects stand
            if token.pos_ != "NOUN" or token.dep_ != "obl" or token.i > token.head.i:
                return True
            return not any(t.pos_ == "NOUN" and t.head == token and t.dep_ == "amod"
                           for t in token.doc[marker.i + 1: token.i])
        marked = [c for c in token.children if c.dep_ in {"case", "mark"} and c.i < token.i and c.pos_ != "ADV"
                  and c.lower_ not in self.lex.quantity_adverbs and introduces(c)  # "oltre cento droni"
                  and not self.is_adverbial_idiom(c)]  # "aveva incontrato a lungo il leader"
        fused = [c for c in token.children if c.i < token.i and introduces(c) and
                 (c.dep_ in {"det", "dep"} or (c.pos_ == "ADP" and c.dep_ == "amod"))]  # "Secondo Kiev"
        for child in marked + fused:
            prep = self.lang.preposition(child.text)
            if prep in self.lang.prepositions:
                return prep
        return self.lang.preposition(marked[0].text) if marked else None

    @staticmethod
    def is_adverbial_idiom(marker: Token) -> bool:
        """A preposition fixed with the next word into an adverb ("a lungo", "di nuovo"), which
        introduces no noun: "ha incontrato a lungo il leader nordcoreano"."""
        return any(f.dep_ == "fixed" and f"{marker.lower_} {f.lower_}" in ADVERBIAL_IDIOMS for f in marker.children)

    def case_word(self, token: Token) -> str:
        """The preposition as written before a noun ("della" in "parata della Vittoria")."""
        return next((c.text for c in token.children if c.i < token.i and c.pos_ in {"ADP", "DET"}
                     and self.lang.preposition(c.text) == "di"), "di")

    def find_stranded_subjects(self, sent: Span) -> None:
        """"Con la mediazione di Turchia e ONU, Russia e Ucraina hanno firmato": parsers chain the
        names right before a subjectless verb onto the coordination of the fronted phrase. The
        names between the last comma and the verb are its subject, not conjuncts of that phrase."""
        doc = sent.doc
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"} or verb.dep_.startswith(("aux", "cop")):
                continue
            # ("Arrivato a Kazan, capitale del Tatarstan, Ramaphosa ha…": the aside is no subject)
            explicit = [c for c in verb.children if c.dep_.startswith("nsubj") and not self.is_fronted_time(c)
                        and not self.is_place_aside(c)]
            first = min([c.i for c in verb.children if c.i < verb.i and (c.dep_.startswith(("aux", "expl"))
                                                                          or "Yes" in feature(c, "Clitic"))] + [verb.i])
            if explicit and first - 1 not in self.token_actor:
                continue  # a subject of its own, with no names right before the verb to share it with
            k = first - 1  # walk back over "Russia e Ucraina" to the comma before them
            while k > sent.start and (k in self.token_actor or doc[k].dep_ == "cc" or doc[k].text == ","
                                      and k - 1 in self.token_actor and self.mention_start(doc[k - 1]).dep_ == "conj"
                                      or doc[k].dep_ == "det" and doc[k].head.i in self.token_actor):
                k -= 1  # (and over "Turchia, Svezia e…", names listed with commas, and "gli Houthi")
            group = [doc[i] for i in range(k + 1, first) if i in self.token_actor and doc[i].dep_ == "conj"
                     and doc[i].head.i < k]
            # (a name's second word hung on the fronted phrase too is still part of the name: "Xi Jinping")
            heads = [doc[i] for i in range(k + 1, first) if i in self.token_actor and doc[i].head.i not in
                     range(k + 1, first) and self.mention_start(doc[i]) == doc[i]]
            fronted = doc[k].text == "," and group and \
                all(self._case(self.phrase_top(t)) or self._case(self.phrase_top(t).head) for t in group)
            if explicit:  # "Alla fiera di Giacarta, Indonesia e Turchia hanno firmato", only "Turchia" its subject
                if fronted and all(k < t.i < first for t in explicit) and set(heads) == {*group, *explicit}:
                    self.stranded_subjects[verb.i] = sorted([*group, *explicit], key=lambda t: t.i)
                    self.stranded.update(t.i for t in group)
            elif fronted and group == heads:
                self.stranded_subjects[verb.i] = group
                self.stranded.update(t.i for t in group)
            elif (doc[sent.start].pos_ == "ADP" or self.is_fronted_time(doc[sent.start].head)) and verb.dep_ == "ROOT":
                named = self.named_after_fronted_phrase(sent, first)
                if named:
                    self.stranded_subjects[verb.i] = named
                    self.stranded.update(t.i for t in named)

    def named_after_fronted_phrase(self, sent: Span, first: int) -> list[Token]:
        """"Con la mediazione di Trump, il presidente azero Ilham Aliyev e il premier armeno Nikol
        Pashinyan hanno siglato…", parsed every which way: the actors between the fronted phrase's
        comma and the verb, once each, when nothing but names, titles and "e" lies between."""
        doc = sent.doc
        comma = next((t.i for t in doc[sent.start: first] if t.text == ","), None)
        if comma is None:
            return []
        span = doc[comma + 1: first]
        # names listed with commas ("Turchia, Svezia e Finlandia") are fine, other punctuation is not
        if not len(span) or any(t.pos_ in {"VERB", "AUX", "PUNCT", "ADP"} and not (t.text == "," and
                                t.i - 1 in self.token_actor) or t.dep_ == "mark" for t in span):
            return []
        named, seen = [], set()
        for token in span:
            if token.i in self.token_actor:
                actors = [self.token_actor[token.i]]
            elif token.pos_ == "NOUN":
                actor_id = self.actor_at(token)[0]  # its own actor, not its conjuncts'
                actors = [actor_id] if actor_id and self.actor_type(actor_id) == "Person" else []
            else:
                continue
            if actors and not set(actors) & seen:
                named.append(token)
                seen.update(actors)
                if token.pos_ == "NOUN":  # the title's own name follows: "il presidente azero Ilham Aliyev"
                    seen.update(self.token_actor.get(t.i) for t in span if t.i > token.i and t.i in self.token_actor
                                and self.token_actor[t.i] in actors)
        return named if len(named) > 1 else []

    def is_place_aside(self, token: Token) -> bool:
        """"…, capitale del Tatarstan, …" set off before the verb: a place described, parsed as the subject."""
        return token.pos_ == "NOUN" and token.i < token.head.i and self.describes_place(token, capitals=True) \
            and token.doc[min(t.i for t in token.subtree) - 1].text == ","

    def is_dateline(self, token: Token) -> bool:
        """"Washington, Tshisekedi e Kagame firmano la pace": a city opening the sentence before a
        comma and a list of people is where the news comes from, not one of the signers."""
        if not token.is_sent_start or token.i not in self.token_actor:
            return False
        end = self.mention_end(token)
        place = self.actor_type(self.token_actor[token.i]) in PLACE_TYPES or self.token_how.get(token.i) == "metonym"
        # (or a one-word name only the tagger found, before known people: "Turnberry, Trump e von der Leyen…")
        unknown = self.token_how.get(token.i) == "ner" and end == token.i + 1
        listed = conjuncts(token, self.stranded)
        return (place or unknown) and end < len(token.doc) and token.doc[end].text == "," and bool(listed) and all(
            m.i in self.token_actor and self.actor_type(self.token_actor[m.i]) == "Person"
            and (place or self.token_actor[m.i] in self.gazetteer) for m in listed)

    def name_before_aside(self, participle: Token) -> list[Token]:
        """The person named right before a comma and a participle of motion with no subject of its
        own ("Per Giorgia Meloni, arrivata a Tunisi insieme a…", parsed with the participle as the
        root): who came, however it was hung."""
        if participle.i < 2 or "Part" not in feature(participle, "VerbForm") or \
                any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children) or \
                participle.nbor(-1).text != "," or not self.is_unaccusative(participle):
            return []
        named = participle.nbor(-2)
        if named.i not in self.token_actor or self.actor_type(self.token_actor[named.i]) != "Person":
            return []
        return [self.mention_start(named)]

    def subject_joined_to_source(self, verb: Token) -> list[Token]:
        """"Secondo fonti diplomatiche, duecento istruttori russi sarebbero arrivati…": the subject after
        the source's comma, which the parser joined to the source as its conjunct."""
        sources = [c for c in verb.children if c.dep_ == "obl" and c.i < verb.i and self._case(c) == "secondo"]
        return [c for s in sources for h in [s, *(a for a in s.children if a.dep_ == "amod")] for c in h.children
                if c.dep_ == "conj" and c.i < verb.i and any(t.text == "," for t in c.doc[s.i: c.i])][:1]

    def subject_after_time_adverb(self, verb: Token) -> list[Token]:
        """"Poche ore dopo l'aviazione israeliana ha bombardato": after a fronted span of time, "dopo"
        is an adverb and the name the parser gave it is the subject."""
        return [c for c in verb.children if c.dep_ == "obl" and c.i < verb.i and self._case(c) in {"dopo", "prima"}
                and self.is_fronted_time(c.doc[c.sent.start].head) and self.actors_of(c)][:1]

    def names_fused_with_place(self, verb: Token) -> list[Token]:
        """"A Londra Starmer e Merz hanno firmato": the first name fused with the fronted place, the
        others its conjuncts (also with the place inside the fronted phrase: "Al vertice del G7 in
        Puglia Biden e Zelensky hanno firmato")."""
        fronted = [c for c in verb.children if c.dep_ == "obl" and c.i < verb.i]
        fused = [c for c in fronted + [n for f in fronted for n in f.children if n.dep_ == "nmod"]
                 if c.i in self.token_actor and self.actor_type(self.token_actor[c.i]) in PLACE_TYPES
                 or c.pos_ == "PROPN" and c.i not in self.token_actor and self._case(c) in {"a", "in"}]
        # (also a town the gazetteer does not know: "A Linköping Zelensky e il premier svedese…")
        return [t for c in fused for g in c.children if g.dep_.startswith("flat") and g.i in self.token_actor
                and self.mention_start(g) == g and self.actor_type(self.token_actor[g.i]) == "Person"
                for t in [g, *(k for k in c.children if k.dep_ == "conj" and  # (also by title: "e il premier svedese")
                               (k.i in self.token_actor or k.pos_ == "NOUN" and self.actors_of(k)))]]

    def first_conjunct_made_root(self, verb: Token, found: list[Token]) -> list[Token]:
        """"Il presidente russo e il leader nordcoreano si sono stretti la mano" with the first subject
        made the root and the verb its conjunct; also "Il governo etiope e il Fronte…", with the
        demonym read as the root verb "etiopere"."""
        head = verb.head
        between = verb.doc[head.i + 1: min(f.i for f in found)]
        if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i > verb.i or \
                not any(t.dep_ == "cc" and t.head in {verb, *found} for t in between):
            return []
        first = head if head.pos_ in {"NOUN", "PROPN"} else \
            next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None) \
            if self.gazetteer.by_demonym(head.lower_) else None
        return [first] if first is not None and self.actors_of(first) else []

    def describes_place(self, noun: Token, capitals: bool = False) -> bool:
        """A common noun set off beside a place that describes it ("Dushanbe, la capitale tagika"),
        also, with ``capitals``, beside a capital standing for its state ("a Malabo, la capitale…")."""
        apposed = self.apposed_to(noun) if noun.pos_ == "NOUN" and noun.i not in self.token_actor else None
        return apposed is not None and (self.actor_type(self.token_actor[apposed.i]) in SMALL_PLACES
                                        or capitals and self.token_how.get(apposed.i) == "metonym")

    def name_after_title(self, verb: Token) -> Token | None:
        """"ha firmato con il premier polacco Donald Tusk": the name the parser cut off the title
        before it and hung on the verb as a second subject or an object."""
        return self.kept("_name_after_title", verb.i, lambda: next(
            (c for c in verb.children if c.dep_ in {"nsubj", "obj"} and c.i > verb.i and c.pos_ == "PROPN"
             and c.i in self.token_actor and self.actor_type(self.token_actor[c.i]) == "Person"
             and any(t.dep_ == "obl" and t.head == verb and self.role_of(t) and max(x.i for x in t.subtree) == c.i - 1
                     for t in verb.doc[max(c.i - 4, 0): c.i])), None))

    @staticmethod
    def is_fronted_time(token: Token) -> bool:
        """"Poche ore prima del vertice, Turchia e Svezia hanno firmato": a span of time that opens the
        sentence, which parsers take for the subject."""
        return token.lemma_.lower() in TIME_NOUNS and token.i < 3 and \
            any(t.lower_ in {"prima", "dopo"} for t in token.doc[token.i + 1: token.i + 3])

    @staticmethod
    def phrase_top(token: Token) -> Token:
        """The first conjunct of a coordination, and the head of the name it belongs to ("della
        regina Elisabetta, Biden e Macron": "regina")."""
        root = chain_root(token)
        return root.head if root.dep_ in {"compound", "flat", "flat:name"} else root

    @staticmethod
    def subject_after_aside(participle: Token) -> list[Token]:
        """The subject that opens the clause right after a participle set off by commas: the one
        who came ("volato a Parigi, il leader ucraino ha siglato…")."""
        end = max(t.i for t in participle.subtree if t.pos_ != "PUNCT")
        doc = participle.doc
        if end + 2 >= participle.sent.end or doc[end + 1].text != ",":
            return []
        return [t for t in participle.sent if t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"}
                and t.head.i > t.i and min(d.i for d in t.subtree) == end + 2][:1]

    def title_case(self, name: Token) -> str | None:
        """The preposition of the title phrase a name completes: "Con il premier greco Kyriakos
        Mitsotakis" gives "con", however the parser hung the name on "premier"."""
        if name.i in self.token_actor and self.token_actor.get(name.i - 1) == self.token_actor[name.i]:
            name = name.nbor(-1)  # (a surname the parser tore off its first name)
        token = chain_root(name)
        while token.head != token and self._case(token) is None and (
                token.dep_ in {"flat", "flat:name", "compound"} or token.dep_ == "nmod" and token.pos_ == "PROPN"
                and self.role_of(token.head) is not None):
            token = chain_root(token.head)
        case = self._case(token)  # (asked of every subject: the cheap test first)
        return case if case is not None and self.role_of(token) is not None else None

    def postverbal_object(self, verb: Token) -> Token | None:
        """"Ha poi incontrato Putin": a subject after an avere-participle with no object is its object."""
        if any(c.dep_ == "obj" for c in verb.children):
            return None
        if any(c.dep_ == "xcomp" and c.pos_ == "NOUN" and not any(d.dep_ == "det" for d in c.children)
               for c in verb.children):
            return None  # "Al vertice ha preso parte anche Zelensky": "parte" completes the verb
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "avere" for c in verb.children) or self.acts_as(verb):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)

    def acts_as(self, verb: Token) -> bool:
        """"hanno fatto da intermediari i negoziatori egiziani": "fare da" + a relation noun takes no
        object, so a name after it is the subject."""
        return verb.lemma_.lower() == "fare" and any(
            c.dep_ == "obl" and self._case(c) == "da" and self.noun_frames(c) for c in verb.children)

    def apposed_subject(self, token: Token) -> Token:
        """"Gazprom, il colosso energetico russo, ha firmato": parsed with the apposition as the
        subject and the name as an oblique. A subject noun naming no actor, set off by commas right
        after a name no preposition introduces, stands for that name."""
        if token.pos_ != "NOUN" or not token.dep_.startswith("nsubj"):
            return token
        name = self.apposed_to(token)
        if name is None or self.actors_of(token):
            return token
        last = max(t.i for t in token.subtree)
        closed = token.doc[last].text == "," or (last + 1 < len(token.doc) and token.doc[last + 1].text == ",")
        if name.i > token.i or not self.unmarked_actor(name) or not closed:
            return token
        # "Mali, Burkina Faso e Niger, le tre giunte…": the whole list before the apposition
        root = chain_root(self.mention_start(name))
        return root if root.dep_ != "conj" and self.unmarked_actor(root) and \
            any(t.i == name.i or self.mention_start(t) == self.mention_start(name) for t in conjuncts(root)) else name

    def postverbal_subject(self, verb: Token) -> Token | None:
        """An inverted subject the parser took for an object: the verb takes no object in any of
        its frames ("partecipare a", "collaborare con"), and an actor follows it as ``obj``."""
        frames = self.verb_frames(verb)
        object_specs = {"obj", "theme", "theme_between", "place_in_obj", "origin", "clause", "iobj"}
        if not self.acts_as(verb) and \
                (not frames or any(f.theme or f.direct or set(f.target) & object_specs for f in frames)):
            return None
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and self.actors_of(c)), None)

    def reports_what_precedes(self, verb: Token) -> bool:
        """"…, ha annunciato Macron dopo…": a reporting verb after a comma, whose object is the
        clause before it, so the name right after it is who reports."""
        if verb.lemma_.lower() not in self.lex.reporting_verbs:
            return False
        start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
        return start > 0 and verb.doc[start - 1].text == "," and \
            any(c.dep_ == "obj" and c.i == verb.i + 1 for c in verb.children)

    @staticmethod
    def infinitive_mark(verb: Token, marks: frozenset[str] | set[str]) -> Token | None:
        """The "a" of "a fare", the "per" of "per discutere": an infinitive's introducing word."""
        if "Inf" not in feature(verb, "VerbForm"):
            return None
        return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in marks), None)

    def cleft_head(self, verb: Token) -> Token | None:
        """"A siglarlo sono stati X e Y", "Ad accoglierlo c'era X": "a" + infinitive before a copula (or
        "c'era") and the names that act, also across an aside the parser hung in between ("A ospitare i
        colloqui, durati otto ore, è stata l'Arabia Saudita")."""
        if verb.i > verb.head.i or verb.pos_ not in {"VERB", "AUX"}:
            return None  # checked first: cheap, and most verbs come after their heads or are no infinitive
        mark = self.infinitive_mark(verb, {"a", "ad"})
        if mark is None:
            return None
        head = verb.head
        for _ in range(2):
            if any(c.dep_ == "cop" for c in head.children):
                return head if head.i > verb.i else None
            if head.lemma_ == "essere" and any(c.dep_ == "expl" and c.lemma_ == "ci" for c in head.children):
                # "Ad accoglierlo all'aeroporto c'era il presidente libanese": who was there
                return next((c for c in head.children if c.dep_ == "nsubj" and c.i > head.i), None)
            if mark.i != verb.sent.start:
                return None
            joined = [c for c in head.children if c.dep_ in {"conj", "parataxis"} and c.i > verb.i
                      and any(d.dep_ == "cop" for d in c.children)]
            if joined:  # "…, durati tutta la notte, è stata la Svizzera" with the name joined to the aside
                return joined[0]
            if head.head == head:
                return None
            head = head.head
        return None

    def absolute_subject(self, verb: Token) -> Token | None:
        """"con l'Oman a fare da tramite": the "con" phrase right before "a" + infinitive acts."""
        mark = self.infinitive_mark(verb, {"a"})
        if mark is None:
            return None
        near = [*verb.children, *(verb.head.children if verb.head != verb else [])]
        return next((t for t in near if self._case(t) == "con" and
                     max(x.i for x in t.subtree if not x.is_punct) == mark.i - 1), None)

    def subjects(self, verb: Token) -> list[Token]:
        """The agents of a predicate: active subjects, passive agents, or the governing clause's.
        Asked many times per verb: kept per article (a copy, so callers may extend it)."""
        return list(self.kept("_subjects", verb.i, lambda: self._find_subjects(verb)))

    def _find_subjects(self, verb: Token) -> list[Token]:
        absolute = self.absolute_subject(verb)
        if absolute is not None:
            return [absolute]
        if self.is_predicate_adjective(verb) and not self.is_mistagged_participle(verb):
            return self.adjective_holders(verb)  # not "un cessate il fuoco mediato da Egitto": a passive
        cleft = self.cleft_head(verb)
        if cleft is not None:  # "A ospitare i colloqui è stata l'Arabia Saudita"
            return [cleft]
        if self.reports_what_precedes(verb):  # "…, ha annunciato Macron": the words before are reported
            return [c for c in verb.children if c.dep_ == "obj" and c.i == verb.i + 1]
        if verb.dep_ == "acl" and "Part" in feature(verb, "VerbForm") and verb.head.i in self.token_actor and \
                any(c.dep_ == "obj" for c in verb.children) and verb.i > verb.head.i:
            return [verb.head]  # "Serbia e Kosovo, siglato l'accordo": a participle with an object is active
        among = self.listed_among(verb.head) if verb.dep_ == "acl" else []
        if among and "Inf" in feature(verb, "VerbForm"):
            return among  # "Tra i primi a congratularsi con Trump c'è Orbán"
        # (also hung as a conjunct of the name: "Karin Keller-Sutter, volata a Washington")
        if (verb.dep_ == "appos" or verb.dep_ in {"acl", "conj"} and "Part" in feature(verb, "VerbForm")
                and (verb.dep_ == "acl" or verb.head.pos_ in {"NOUN", "PROPN"})) and \
                verb.i > verb.head.i and self.is_unaccusative(verb) and verb.head.lemma_.lower() not in PARTS_OF_DAY:
            # "il cancelliere Merz, giunto a Londra" (also tagged finite): who came; "tra i leader arrivati
            # in Russia ci sono Xi e Modi": who the group is said to include
            return among or [verb.head]
        passive = self.is_passive(verb)
        found = []
        misparsed_object = self.postverbal_object(verb)
        titled = self.name_after_title(verb)
        for child in verb.children:
            if child == misparsed_object or child == titled:
                continue
            if child.dep_ == "nsubj" and child.i > verb.i and self.describes_place(child, capitals=True):
                continue  # "sono arrivati a Malabo, la capitale della Guinea Equatoriale": no subject
            if child.dep_ == "obl:agent" and (self._case(child) not in {None, "da"} or self.is_unaccusative(verb)):
                continue  # "ricevuto alla Casa Bianca da Trump": the parser's agent is the place ("ripartito da
                # Teheran": where from)
            if child.dep_ == "nsubj" and self.title_case(child):
                continue  # "Con il premier greco Kyriakos Mitsotakis ha firmato": the surname torn off the partner
            if (child.dep_ in {"nsubj", "nsubj:pass"} and not passive and
                    not (self.is_reflexive_with_actor(verb) and not self.stands_for_actor(child))) or \
                    child.dep_ == "obl:agent" or \
                    (child.dep_ == "obl" and passive and self._case(child) == "da"):
                found.append(child)
        if passive and not found:  # "messa al bando da Israele": the agent hung on the idiom's noun
            # "minacciato più volte da Israele": the agent hung on "volte"
            found += [g for c in verb.children if c.dep_ == "obl" and self._case(c) != "da"
                      for g in c.children if g.dep_.startswith(("nmod", "obl:agent")) and self._case(g) == "da"]
        if not passive and not found and any(c.dep_ == "obj" and c.i < verb.i and is_personal_pronoun(c)
                                             for c in verb.children):
            # "lo ha denunciato il segretario di Stato Blinken": the clitic is the object, the name the subject
            found += [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and self.actors_of(c)][:1]
        if not passive and not found and any(c.dep_ == "obj" and is_personal_pronoun(c) for c in verb.children):
            # "Trump, che l'ha definita…": with the clitic as the object, the relative "che" is the subject
            found += [c for c in verb.children if c.dep_ == "obj" and self.is_relative(c)][:1]
        if not passive and not found:  # "Al vertice ha partecipato anche il segretario dell'ONU"
            found += [t for t in [self.postverbal_subject(verb)] if t is not None]
        if not passive and all(t.i not in self.token_actor and not self.is_group_noun(t) for t in found):
            # "erano presenti, tra gli altri, Trump e Macron" (the parser's subject may be an aside naming no
            # one: "Alla parata, la prima dopo…, erano presenti tra gli altri…")
            among_others = [c for c in verb.children if c.dep_ == "obl" and self._case(c) in {"tra", "fra"} and
                            any(d.lower_ in {"altri", "altre"} for d in [c, *c.children])]
            if not found or any(c.i in self.token_actor for c in among_others):
                found = among_others or found
        if not passive and not found:
            found += self.subject_after_time_adverb(verb) or self.names_fused_with_place(verb) or \
                self.subject_joined_to_source(verb) or self.names_after_group(verb) or self.name_before_aside(verb)
        if not passive and not found:  # a caseless name before the verb is a misparsed subject
            found += [c for c in verb.children if (c.dep_ in {"obl", "parataxis", "dislocated", "vocative", "advmod"}
                                                   or c.dep_ == "advcl" and c.i in self.token_actor)  # "Damasco" a verb
                      and c.i < verb.i and self._case(c) is None
                      and (c.pos_ == "PROPN" or c.i in self.token_actor  # ("Il leader bielorusso lo ha ringraziato")
                           or c.dep_ == "dislocated" and c.pos_ == "NOUN" and self.role_of(c))
                      and self._case(self.mention_start(c)) is None  # "con Abdelmadjid Tebboune" torn in two
                      and not self.is_topic_label(c)]  # "Maduro" tagged as an adverb
        if not passive and not found:  # "l'Indonesia ne è membro": the subject hung on the copula
            found += [g for c in verb.children if c.dep_ == "cop" for g in c.children if g.dep_ == "nsubj"]
        if not found and verb.is_sent_start and "Ger" in feature(verb, "VerbForm"):
            # "Aprendo a Roma la conferenza, Giorgia Meloni ha promesso…": the fronted gerund's doer follows
            found += [t for t in verb.sent if t.i > verb.i and t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"}
                      and t.head.i > verb.i][:1]
        if not found and verb.dep_ == "ROOT" and self.is_unaccusative(verb) and self.is_fronted_participle_root(verb):
            found += self.main_clause_subject(verb)  # "Arrivato a Tel Aviv, Biden è stato abbracciato…": who arrived
        if not found and (verb.dep_ in {"parataxis", "advcl", "conj"} or verb.head.lemma_.lower() in PARTS_OF_DAY) \
                and self.is_bare_participle(verb) and self.is_unaccusative(verb):
            # "…; in serata, volato a Parigi, il leader ucraino ha siglato…" (past a place's aside: "Arrivato a
            # Kazan, capitale del Tatarstan, Ramaphosa ha…", the main clause's subject)
            found += [s for t in self.subject_after_aside(verb)
                      for s in (self.subjects(t.head) if self.is_place_aside(t) else [t])]
        if verb.i in self.stranded_subjects and all(self.is_fronted_time(t) or self.is_place_aside(t)
                                                    or t in self.stranded_subjects[verb.i] for t in found):
            return self.stranded_subjects[verb.i]
        if not passive and found:
            found = self.first_conjunct_made_root(verb, found) + found
        found = [self.relative_antecedent(t, verb) if self.is_relative(t) and verb.dep_.startswith("acl") else
                 self.comma_antecedent(t) if self.is_relative(t) and verb.dep_ in COMMA_RELATIVE_DEPS else t
                 for t in found]
        # "Trump ha firmato un ordine esecutivo che impone sanzioni": who issued the act does what it does
        if any(t.dep_ == "obj" and t.lemma_ in DOCUMENT_NOUNS for t in found):
            found = [g for t in found for g in (self.subjects(t.head) if t.lemma_ in DOCUMENT_NOUNS
                                                and t.dep_ == "obj" and t.head.pos_ == "VERB" else [t])]
        found += [t for agent in found if self._case(agent) == "da"
                  for t in self.torn_conjuncts(agent) + self.agents_after_place(agent) if t not in found]
        found += [t for agent in found for t in self.listed_before(agent) if t not in found]
        if found:  # "…i negoziatori egiziani, insieme all'inviato americano Witkoff": acting together
            # (or hung on the subject: "Gli Stati Uniti, insieme a Egitto e Qatar, hanno mediato")
            together = [c for t in [verb, *found] for c in t.children if c.dep_ in {"obl", "nmod"}
                        and any(m.dep_ == "case" and m.lower_ in {"insieme", "assieme"} for m in c.children)
                        and any(self.actor_type(a) not in SMALL_PLACES for a, _ in self.actors_of(c))]
            found += [c for c in together if c not in found]
        if any(t.i < verb.i and t.dep_ == "nsubj" for t in found):
            # "Xi è arrivato ad Astana, la capitale kazaka, …": a noun set off after the verb describes a place
            found = [t for t in found if not (t.i > verb.i and t.pos_ == "NOUN" and t.dep_ == "nsubj"
                                              and t.doc[min(x.i for x in t.subtree) - 1].text == ",")]
        if len(found) > 1:  # "Putin e Aliyev, presenti al vertice di Dushanbe, la capitale tagika, hanno…"
            found = [t for t in found if not self.describes_place(t)]
        if verb.dep_ == "conj" and verb.head.i in self.token_actor and \
                [t.lower_ for t in found] in (["entrambi"], ["entrambe"]):
            found = [verb.head]  # "Putin e Aliyev, entrambi presenti al vertice": the pair before
        found = [c for t in found for c in self.counted(t)]
        found = [self.apposed_subject(t) for t in found]
        found = [m for t in found for m in (conjuncts(t, self.stranded) if self.is_dateline(t) else [t])]
        if not found and verb.dep_ == "acl:relcl" and self.is_place_relative(verb):
            # "si è recato a Tokyo, dove ha incontrato Ishiba": the one who went there
            return self.subjects(verb.head.head) if verb.head.head.pos_ in {"VERB", "AUX"} else []
        if not found and verb.dep_ == "acl:relcl":  # "Kim, che aveva celebrato…": the antecedent
            return [verb.head]
        if not found and verb.dep_ == "acl" and verb.head.dep_ == "obj" and "Inf" in feature(verb, "VerbForm") \
                and self.governing_lemma(verb.head.head) in self.lex.object_control_verbs:
            return [verb.head]  # "accusando il governo panamense di imporre tariffe", "di" hung on the accused
        if not found and verb.head != verb and verb.dep_ in {"xcomp", "ccomp", "acl", "advcl"} and \
                self.governing_lemma(verb.head) in self.lex.object_control_verbs:
            accused = [c for c in verb.head.children if c.dep_ in {"obj", "iobj"}]  # "accusa Israele di aver ucciso"
            if not accused and self.is_passive(verb.head):
                # "aziende cinesi accusate di aiutare la Russia", "è accusato di aver…": the accused acts
                theme = self.theme(verb.head)
                return [theme] if theme is not None else []
            return accused
        if not found and verb.head != verb and (verb.dep_ in {"xcomp", "conj"} or self.is_adverbial_nonfinite(verb)) \
                and not (passive and self.is_fronted_participle_root(verb)):  # "Ricevuto all'Eliseo, Zelensky…"
            if not passive and self.is_passive(verb.head) and self.is_infinitive_clause(verb):
                # "è stato ucciso dopo aver assistito al giuramento": the one killed had attended
                return [c for c in verb.head.children if c.dep_ == "nsubj:pass"]
            return self.subjects(verb.head)
        if not found and not passive and verb.dep_ == "ROOT":
            return self.fronted_subject(verb)
        return found

    def is_topic_label(self, name: Token) -> bool:
        """A name that labels the story, not its actor: "Sudan: ucciso un diplomatico",
        "Ucraina, filorussi occupano due aeroporti" (a place before a comma; "Gray, infatti, aveva…"
        is a person and the subject)."""
        end = max(t.i for t in name.subtree if not t.is_punct)
        after = name.doc[end + 1] if end + 1 < len(name.doc) else None
        if after is None:
            return False
        starts = min(t.i for t in name.subtree) == name.sent.start
        place = name.i in self.token_actor and self.actor_type(self.token_actor[name.i]) in \
            {"Country", "City", "Region", "Location"}
        paired = any(c.dep_ == "conj" for c in name.children)  # "Serbia e Kosovo, siglato l'accordo"
        doc = name.doc  # "Damasco, intanto, è entrata…": an adverb set off after the name, which acts
        adverb_aside = end + 3 < len(doc) and doc[end + 2].pos_ == "ADV" and doc[end + 3].text == ","
        return after.text == ":" or (after.text == "," and starts and place and not paired and not adverb_aside)

    def relative_antecedent(self, relative: Token, verb: Token) -> Token:
        """What a relative clause is about: the noun it hangs on, or, when that names no actor, the
        name right before the comma ("la replica del presidente Mulino, che ha respinto…")."""
        near = self.comma_antecedent(relative)
        if near is not relative and not self.actors_of(verb.head):
            return near
        named = self.apposed_to(verb.head) if verb.head.pos_ == "NOUN" and not self.actors_of(verb.head) else None
        if named is not None and self.actor_type(self.token_actor[named.i]) not in PLACE_TYPES | {"Weapon", "Event"}:
            return named  # "Saab, l'azienda svedese che produce…": Saab (a place or weapon is what it is about)
        return verb.head

    def comma_antecedent(self, pronoun: Token) -> Token:
        """"è fuggito in Russia, che gli ha concesso asilo", parsed as a coordinated clause: the
        relative pronoun after a comma stands for the name right before the comma."""
        doc = pronoun.doc
        k = pronoun.i - 1
        before = doc[k - 1] if k >= 1 else None
        if before is not None and doc[k].text == "," and before.sent == pronoun.sent and \
                (before.i in self.token_actor or before.pos_ in {"NOUN", "PROPN"} and self.actors_of(before)):
            return before  # (a name, or a title: "ha sentito il Pontefice, che si è detto…")
        return pronoun

    def is_place_relative(self, verb: Token) -> bool:
        """A relative clause about where something happened ("dove", "in cui"): its antecedent
        is the place, not the subject."""
        return any(self.is_relative(c) and (c.dep_.startswith(("obl", "advmod")) or self._case(c))
                   for c in verb.children)

    def counted(self, token: Token) -> list[Token]:
        """"Centinaia di droni e missili iraniani hanno colpito": a quantity stands for what it
        counts (kept too: the parser may hang the demonym on the quantity)."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if NUMBER_WORD.fullmatch(token.lower_) and following is not None and \
                (following.pos_ == "NOUN" or self._is_theme_noun(following)):
            # "da oltre ottocento droni e missili russi", the noun hung elsewhere (or tagged an adjective)
            return [token, following]
        if token.pos_ == "PRON" and token.lower_ in {"altri", "altre"}:
            counted = self.counted_noun(token)  # "Altri mille soldati statunitensi si stanno spostando"
            return [token] + ([counted] if counted != token else [])
        if token.i in self.token_actor or not {token.lemma_.lower(), token.lower_} & self.lex.quantity_nouns \
                or self.company_town(token) is not None:  # "il gruppo di Stoccolma" is a company, no quantity
            return [token]
        return [token] + [c for c in token.children if c.dep_.startswith("nmod") and self._case(c) == "di"][:1]

    def torn_conjuncts(self, agent: Token) -> list[Token]:
        """"firmato da Italia e Albania prevede…": the parser tore the second name off the agent
        and made it the next verb's subject. A name right after "e" after the agent belongs to it,
        and so do the names listed between them."""
        end = self.mention_end(agent) if agent.i in self.token_actor else agent.i + 1
        doc = agent.doc
        while end < len(doc) and end - agent.i < 8 and doc[end].pos_ in {"ADJ", "PROPN", "NOUN"}:
            end += 1  # the rest of a title and name: "dal principe ereditario Mohammed bin Salman e…"
        listed = []  # "mediato da Egitto, Qatar e Stati Uniti": names between commas, if "e" ends the list
        while end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].i in self.token_actor:
            listed.append(doc[end + 1])
            end = self.mention_end(doc[end + 1])
        if end + 1 >= len(doc) or doc[end].dep_ != "cc" or doc[end].head == agent:
            return []
        j = end + 1 + (doc[end + 1].pos_ == "ADP" and self.lang.preposition(doc[end + 1].text) == "da")
        while j < len(doc) - 1 and doc[j].pos_ == "DET":
            j += 1  # "tra Putin e l'inviato americano Steve Witkoff"
        if j >= len(doc):
            return []
        partner = doc[j]  # "e dal premier pakistano Shehbaz Sharif": a title naming a person counts too
        if partner.i not in self.token_actor and not (partner.pos_ == "NOUN" and self.actors_of(partner)):
            return []
        return [t for t in [*listed, partner] if t.head != agent and t not in conjuncts(agent)]

    def agents_after_place(self, agent: Token) -> list[Token]:
        """"ricevuto al Quirinale da Mattarella e poi a Palazzo Chigi da Meloni": the second place made a
        conjunct of the first agent, the second agent hung on it."""
        return [g for c in conjuncts(agent, self.stranded) if self._case(c) not in {None, "da"}
                for g in c.children if g.dep_.startswith("nmod") and self._case(g) == "da"]

    def listed_before(self, subject: Token) -> list[Token]:
        """"Iran, Cina e Russia hanno avviato…" with "Iran" torn off: names before the subject,
        comma by comma, when the subject goes on with "e" + another name."""
        doc = subject.doc
        joined = next((c for c in subject.children if c.dep_ == "cc" and c.i < subject.i and c.i >= 1
                       and c.i == min(t.i for t in subject.subtree)), None) if subject.dep_ != "conj" else None
        if joined is not None and doc[joined.i - 1].i in self.token_actor and self._case(doc[joined.i - 1]) is None \
                and not self.is_dateline(doc[joined.i - 1]):
            # "Al Cairo al-Sisi e il presidente somalo hanno firmato": the name before "e" torn off
            # (read as a verb), with "e" left on the subject
            return [self.mention_start(doc[joined.i - 1])]
        if subject.i not in self.token_actor or not any(c.dep_ == "conj" for c in subject.children):
            return []
        found = []
        k = self.mention_start(subject).i - 1
        while k >= 1 and doc[k].text == "," and doc[k - 1].i in self.token_actor and self._case(doc[k - 1]) is None:
            earlier = self.mention_start(doc[k - 1])
            found.append(earlier)
            k = earlier.i - 1
        return found

    def fronted_subject(self, verb: Token) -> list[Token]:
        """A main clause with no subject found: the nearest unmarked actor or group noun before the
        verb, wherever the parser hung it ("Secondo Kiev, tremila soldati nordcoreani sarebbero arrivati")."""
        start = verb.sent.start
        before = [t for t in verb.subtree if start <= t.i < verb.i]
        for token in reversed(before):
            words = {token.lemma_.lower(), token.lower_}
            group = bool(words & self.lex.collective_nouns or words & self.lex.lists["@weapons"])  # "droni russi"
            # a group noun the parser made an adjective still comes before what it heads ("soldati nordcoreani")
            modifier = token.dep_ == "nmod" or (token.dep_ == "amod" and token.i > token.head.i)
            if token.pos_ in NOMINAL | {"ADJ"} and self._case(token) is None and \
                    (self._case(chain_root(token)) is None or not any(c.dep_ == "cc" for c in token.children)) and \
                    (group or self.unmarked_actor(token)) and not modifier and not self.is_topic_label(token) \
                    and self.title_case(token) is None:
                return [token]  # (not "da Russia e Bielorussia": a conjunct with "e" has its first member's case)
        return []

    def is_adverbial_nonfinite(self, verb: Token) -> bool:
        """A gerund or participle clause shares its governor's subject: "…, accusando il governo"."""
        if verb.dep_ == "obl" and verb.pos_ == "VERB" and verb.i < verb.head.i:
            # "Giunto a Kiev, il cancelliere…" parsed as an oblique (and its form as a finite verb)
            return "Part" in feature(verb, "VerbForm") or bool(self.lang.lemma_guesses(verb.text))
        if GERUND_WITH_CLITIC.search(verb.lower_) and verb.dep_ in {"advcl", "advmod", "parataxis", "xcomp"} \
                and verb.head.pos_ in {"VERB", "AUX"}:
            return True  # "…, ringraziandolo per…" tagged an adverb or read as a clause of its own
        return verb.dep_ == "advcl" and bool({"Ger", "Part"} & set(feature(verb, "VerbForm")))

    @staticmethod
    def is_infinitive_clause(verb: Token) -> bool:
        """"dopo aver assistito", "prima di partire": an infinitive, or a participle with an infinitive auxiliary."""
        return "Inf" in feature(verb, "VerbForm") or \
            any(c.dep_ == "aux" and "Inf" in feature(c, "VerbForm") for c in verb.children)

    def is_unaccusative(self, verb: Token) -> bool:
        """A verb of motion or change of state, also when the lemmatizer slipped ("giunto" → "giuntare")."""
        unaccusative = self.lex.unaccusative_verbs
        return verb.lemma_.lower() in unaccusative or \
            (not self.lex.frames_for(verb.lemma_) and
             any(g in unaccusative for g in self.lang.lemma_guesses(verb.text)))

    def is_passive(self, verb: Token) -> bool:
        """A passive clause; verbs of motion take "essere" and are active even when the parser
        says passive ("le truppe sono entrate a Gaza"). Asked many times per verb: kept per article."""
        return self.kept("_passive", verb.i, lambda: not self.is_unaccusative(verb) and (
            is_passive(verb) or self.is_passive_participle(verb) or self.has_passive_subject(verb)
            or self.is_mistagged_participle(verb) or self.is_fronted_participle_root(verb))
            and not self.is_reflexive_with_actor(verb))

    def is_fronted_participle_root(self, verb: Token) -> bool:
        """"Ricevuto alla Casa Bianca, Zelensky ha ringraziato…": a bare participle opening the sentence,
        parsed as the root with the main clause as its conjunct."""
        if verb.i != verb.sent.start:  # (asked of every verb: the cheap test first)
            return False
        if "Part" not in feature(verb, "VerbForm") or "Past" not in feature(verb, "Tense") \
                or any(c.dep_.startswith(("aux", "obj")) for c in verb.children):
            return False
        if verb.dep_ == "advcl":  # (or parsed right, as the main verb's adverbial clause)
            return verb.head.pos_ in {"VERB", "AUX"} and verb.head.i > verb.i
        return verb.dep_ == "ROOT" and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > verb.i
                                           for c in verb.children)

    @staticmethod
    def main_clause_subject(participle: Token, deps: frozenset[str] = frozenset({"nsubj", "nsubj:pass"})) -> list[Token]:
        """The subject of the main clause after a sentence-opening participle (``is_fronted_participle_root``),
        which the participle is said of: "Arrivato a Kiev, Biden…", "Ricevuto all'Eliseo, Zelensky…"."""
        mains = [participle.head] if participle.dep_ == "advcl" else \
            [c for c in participle.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        return [s for c in mains for s in c.children if s.dep_ in deps and s.i < c.i][:1]

    def is_predicate_adjective(self, token: Token) -> bool:
        """An adjective with a lexicon frame used outside a copular clause: "Sánchez, presente al
        summit, …", "Entrambi presenti ai funerali, Trump e Zelensky…"."""
        return token.pos_ == "ADJ" and (token.dep_ != "ROOT" or self.quantified_clause(token) is not None) \
            and not any(c.dep_ == "cop" for c in token.children) and bool(self.verb_frames(token)) \
            and not GERUND_WITH_CLITIC.search(token.lower_)  # "coprendolo di lodi" tagged an adjective

    @staticmethod
    def quantified_clause(adjective: Token) -> Token | None:
        """"Entrambi presenti ai funerali, Biden e Macron si sono parlati", parsed with the adjective as
        the root: the clause after the comma, whose subject "entrambi" stands for."""
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in QUANTIFIERS for c in adjective.children):
            return None
        return next((c for c in adjective.children if c.dep_ in {"parataxis", "conj"} and c.pos_ == "VERB"
                     and c.i > adjective.i), None)

    def adjective_holders(self, adjective: Token) -> list[Token]:
        """Whom a predicate adjective is said of: the noun it describes, or, when it sits in a phrase
        put before the main clause, that clause's subject ("Unico leader della NATO presente al
        vertice, Erdoğan ha…")."""
        quantified = self.quantified_clause(adjective)
        if quantified is not None:
            return self.subjects(quantified)
        top = adjective
        while top.head != top and top.head.pos_ not in {"VERB", "AUX"} and top.dep_ not in {"nsubj", "obj"}:
            top = top.head
        main = top.head
        if main.pos_ in {"VERB", "AUX"} and top.i < main.i and \
                any(t.text == "," for t in adjective.doc[adjective.i: main.i]):
            # "Unico capo di governo presente alla parata, Orbán ha…" may come with two subjects
            later = [s for s in self.subjects(main) if s.i > adjective.i]
            if later or not (top.dep_.startswith("nsubj") or self.may_be_subject(top, main)):
                return later
        head = adjective.head
        if adjective.dep_ in {"amod", "acl"}:
            said_of = self.listed_among(head)
            if said_of:
                return said_of
        doc = adjective.doc
        named = doc[adjective.i - 2] if adjective.i > 1 and doc[adjective.i - 1].text == "," else None
        if named is not None and adjective.head != named and named.i in self.token_actor and \
                self.actor_type(self.token_actor[named.i]) == "Person":
            return [self.mention_start(named)]  # "a Trump, presente ai lavori": set off after a name, however hung
        # ("Xi Jinping, presente al vertice, …" may come parsed as a conjunct of the name)
        aside = adjective.dep_ == "conj" and adjective.i > 0 and adjective.doc[adjective.i - 1].text == ","
        return [head] if (adjective.dep_ in {"amod", "acl", "appos", "advcl"} or aside) and \
            head.pos_ in {"NOUN", "PROPN"} else []

    def listed_among(self, group: Token) -> list[Token]:
        """Who a "tra" group is said to include: "Meloni era tra i leader presenti", "Tra i capi di
        Stato presenti … c'erano Trump e Zelensky", "tra i leader arrivati in Russia ci sono Xi e Modi"."""
        if self._case(group) not in {"tra", "fra"}:
            return []
        if any(c.dep_ == "cop" for c in group.children):
            return [c for c in group.children if c.dep_ == "nsubj"]
        if group.dep_ == "nmod" and group.head.i < group.i and group.head.i in self.token_actor:
            return [group.head]  # a headline: "Modi, Putin ed Erdoğan tra i leader giunti in Cina per il vertice"
        return self.subjects(group.head) if group.head.pos_ in {"VERB", "AUX"} else []

    def names_after_group(self, verb: Token) -> list[Token]:
        """"Tra i leader arrivati a Pechino ci sono Putin e Modi" parsed with the participle as the
        root: the "tra" group before it is who arrived, and "ci sono" after it names them."""
        if not any(c.dep_ == "obl" and c.i < verb.i and self._case(c) in {"tra", "fra"} for c in verb.children) \
                or any(c.dep_.startswith("aux") for c in verb.children):
            return []
        return [t for c in verb.children if c.dep_ == "parataxis" and c.i > verb.i and c.lemma_ == "essere"
                and any(e.lower_ in {"ci", "c'"} for e in c.children) for t in self.subjects(c)]

    @staticmethod
    def may_be_subject(token: Token, verb: Token) -> bool:
        """A subject, or a name before the verb the parser left loose ("Mosca e Kiev si sono scambiate…")."""
        return token.dep_ == "nsubj" or token.dep_ in {"vocative", "dislocated"} and token.i < verb.i

    def is_reflexive_with_actor(self, verb: Token) -> bool:
        """"Aliyev e Pashinyan si sono stretti la mano" (also by their titles): a reflexive "si" with an
        actor as subject is active, though the parser marks the object as a passive subject."""
        return any(c.lower_ == "si" for c in verb.children) and \
            any(self.may_be_subject(c, verb) and self.stands_for_actor(c) for c in verb.children) and \
            any(c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN" and not self.stands_for_actor(c)
                for c in verb.children)

    def stands_for_actor(self, token: Token) -> bool:
        """A name, or a phrase resolved to an actor ("il premier armeno")."""
        return token.i in self.token_actor or bool(self.actors_of(token))

    def is_mistagged_participle(self, token: Token) -> bool:
        """A past participle the tagger called a noun or adjective ("i dazi imposti da Trump", with
        "imposti" read as the noun "imposta"): it describes a noun, has a "da" agent naming an actor
        or a demonym group, and its form is a participle of some verb."""
        if token.pos_ not in {"NOUN", "ADJ"} or not token.dep_.startswith(("acl", "amod")) or \
                token.i in self.token_actor or token.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        if not token.lower_.endswith(("to", "ta", "ti", "te")) or not self.lang.lemma_guesses(token.text):
            return False
        return any(c.i > token.i and self._case(c) == "da" and c.dep_ in {"obl:agent", "obl", "nmod"}
                   and (c.i in self.token_actor or self.demonym_of(c)) for c in token.children)

    def has_passive_subject(self, verb: Token) -> bool:
        """"La Lituania è minacciata dalle manovre russe": the parser called "è" a plain auxiliary.
        A past participle with "essere" is passive when its subject is marked passive, or when a
        "da" phrase names an actor or a demonym group (the agent); with "venire" it always is."""
        if "Part" not in feature(verb, "VerbForm") or any(c.dep_.startswith("expl") for c in verb.children):
            return False  # "si sono visti" is reciprocal, not passive
        if any(c.dep_.startswith("aux") and c.lemma_.lower() == "venire" for c in verb.children):
            return True  # "vengono fabbricati in Russia"
        if not any(c.dep_.startswith("aux") and c.lemma_.lower() == "essere" for c in verb.children):
            return False
        agent = any(c.dep_ == "obl" and self._case(c) == "da" and (c.i in self.token_actor or self.demonym_of(c))
                    for c in verb.children)
        return any(c.dep_ == "nsubj:pass" or (c.dep_ == "nsubj" and agent) for c in verb.children)

    @staticmethod
    def is_passive_participle(verb: Token) -> bool:
        """A bare past participle describing a noun is passive: "gli aiuti inviati dall'Egitto",
        "l'accordo firmato da X e Y" (the parser may hang it as ``advcl`` on a complement)."""
        agents = [c for c in verb.children if c.dep_ == "obl:agent"] + \
            [g for c in verb.children if c.dep_ == "obl" for g in c.children if g.dep_ == "obl:agent"]
        if verb.dep_ == "advcl":  # "Ricevuto da Trump alla Casa Bianca, Zelensky…", "…, boicottato da Trump"
            # (or a title naming one: "Ricevuto dal premier Benjamin Netanyahu, …")
            agents += [c for c in verb.children if c.dep_ == "obl" and  # (or a pronoun: "…, da lui negoziata")
                       any(t.pos_ == "PROPN" or is_personal_pronoun(t) for t in c.subtree) and
                       any(m.dep_ == "case" and m.lower_.startswith("da") for m in c.children)]
            # (or hung on a place: "accolto all'aeroporto da al-Sisi")
            agents += [g for c in verb.children if c.dep_ == "obl" for g in c.children
                       if g.dep_.startswith("nmod") and g.pos_ == "PROPN"
                       and any(m.dep_ == "case" and m.lower_.startswith("da") for m in g.children)]
        # "un nuovo missile balistico prodotto da…" may come parsed with the adjective "nuovo" as the noun
        nominal_adjective = verb.head.pos_ == "ADJ" and verb.head.dep_ in {"obj", "nsubj", "nsubj:pass", "obl", "nmod"}
        described = verb.head.pos_ in {"NOUN", "PROPN", "SYM"} or nominal_adjective or \
            (verb.dep_ == "advcl" and bool(agents))  # "X, criticata da Y, ha…", "minacciato più volte da Y"
        return verb.pos_ == "VERB" and verb.dep_.startswith(("acl", "advcl", "amod")) and verb.dep_ != "acl:relcl" \
            and "Part" in feature(verb, "VerbForm") and "Past" in feature(verb, "Tense") \
            and described and not any(c.dep_.startswith("aux") for c in verb.children) \
            and not (verb.i > verb.head.i and any(c.dep_ == "obj" for c in verb.children))  # "X e Y, siglato l'accordo"

    def described_noun(self, participle: Token) -> Token:
        """The noun a participle describes: its head, or the head's own head when only that one
        agrees in gender ("colloqui tra le delegazioni, ospitati da…": "ospitati" goes with "colloqui")."""
        head = participle.head
        if head.pos_ in {"VERB", "AUX"}:  # "la Danimarca, criticata da Trump, ha…": the governor's subject
            # but "ha annunciato la tregua tra Armenia e Azerbaigian, da lui negoziata": the object before it,
            # an agreement or the like, that it agrees with
            described = next((c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN" and head.i < c.i
                              < participle.i and feature(c, "Gender") == feature(participle, "Gender") and
                              feature(c, "Number") == feature(participle, "Number") and self._is_theme_noun(c)), None)
            return described or next(iter(self.subjects(head)), head)
        gender = feature(participle, "Gender")
        upper = head.head
        if head.pos_ in {"SYM", "NUM"} and head.dep_.startswith("nmod") and upper.pos_ == "NOUN":
            return upper  # "i dazi del 50% imposti da Trump": the duties, not the rate
        if gender and feature(head, "Gender") and feature(head, "Gender") != gender and upper.pos_ == "NOUN" \
                and feature(upper, "Gender") == gender and head.dep_.startswith("nmod"):
            return upper
        if head.dep_.startswith("nmod") and upper.pos_ == "NOUN" and not self._is_theme_noun(head) \
                and self._is_theme_noun(upper) and not (head.i in self.token_actor and
                                                         feature(upper, "Number") != feature(participle, "Number")):
            # (but "sanzioni alla Corte, accusata da…": the participle agrees with the named body)
            return upper  # "l'accordo sui minerali firmato da…": the agreement, not the minerals
        if gender and feature(head, "Gender") and feature(head, "Gender") != gender:
            # "Prima visita al Cremlino per il presidente siriano al-Sharaa, ricevuto da Putin": the person
            agreeing = [c for c in head.children if c.dep_.startswith("nmod") and c.pos_ == "NOUN" and c.i < participle.i
                        and feature(c, "Gender") == gender and self.actors_of(c)]
            # ("Prima visita in India dall'inizio della guerra per Putin, accolto da Modi": a named person "per"
            # the visit, wherever the parser hung it)
            agreeing = agreeing or [t for t in head.subtree if head.i < t.i < participle.i and t.pos_ == "PROPN"
                                    and self._case(t) == "per" and t.i in self.token_actor
                                    and self.actor_type(self.token_actor[t.i]) == "Person"]
            if agreeing:
                return agreeing[-1]
        return head

    def is_relative(self, token: Token) -> bool:
        """A relative pronoun, also when tagged as a conjunction ("che" as SCONJ)."""
        return is_relative_pronoun(token) or token.lower_ in self.lang.relatives

    def is_relative_subject(self, token: Token, verb: Token) -> bool:
        """"La Corea del Nord, che ha fornito…": the parser may tag the relative "che" as object;
        in a relative clause without any subject it is the subject."""
        return self.is_relative(token) and verb.dep_ == "acl:relcl" and \
            not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children)

    def object_inside_name(self, child: Token, verb: Token) -> Token:
        """"ha firmato con von der Leyen un'intesa", parsed with "der" as the object and "intesa"
        hanging on it: a word inside a name begun elsewhere is no object, the noun it carries is."""
        start = self.mention_start(child) if child.i in self.token_actor else child
        if start == child or start.head != verb:
            return child
        return next((c for c in child.children if c.pos_ == "NOUN" and c.i > child.i), child)

    def theme(self, verb: Token) -> Token | None:
        """What a predicate acts on: its object, or the subject of a passive, with the parser's
        usual slips repaired (see ``misplaced_theme`` and ``fronted_theme``)."""
        titled = self.name_after_title(verb)
        if titled is not None:  # "ha firmato con il premier polacco Donald Tusk un accordo", "accordo" hung on "Donald"
            hung = [c for c in titled.children if c.dep_ == "appos" and c.pos_ == "NOUN" and self._is_theme_noun(c)]
            if hung:
                return hung[0]
        misparsed_object = self.postverbal_object(verb)
        if misparsed_object is not None:
            return misparsed_object
        passive = self.is_passive(verb)
        if passive and self.is_fronted_participle_root(verb):
            # "Ricevuto alla Casa Bianca, Zelensky…": who was received (not a passive's patient: "Criticata da
            # Bruxelles, la visita di Orbán è stata presentata…")
            received = self.main_clause_subject(verb, frozenset({"nsubj"}))
            if received:
                return received[0]
        if passive and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"} and \
                any(c.dep_ == "nsubj:pass" and c.i > verb.i for c in verb.children):
            return self.described_noun(verb)  # "Kiev, colpita da ottocento droni…": a participle's subject precedes it
        if not passive and verb.dep_ == "ROOT" and "Part" in feature(verb, "VerbForm") and \
                not any(c.dep_.startswith(("aux", "obj")) for c in verb.children):
            # a headline participle: "Intesa raggiunta tra Serbia e Kosovo", its subject is what was reached
            headline = [c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ in {"NOUN", "PROPN"}
                        and c.i not in self.token_actor and c.i < verb.i]
            if headline:
                return headline[0]
        if not passive and self.is_reflexive_with_actor(verb):  # "si sono stretti la mano"
            return next(c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and not self.stands_for_actor(c))
        wanted = {"nsubj:pass", "nsubj"} if passive else {"obj"}
        # "hanno firmato (non senza tensioni) l'intesa": an aside in brackets is not the theme
        inverted = None if passive else self.postverbal_subject(verb)
        partners = self.partners_made_objects(verb, [c for c in verb.children if c.dep_ in wanted])
        for child in sorted(verb.children, key=self.is_bracketed):
            if child.dep_ in wanted and not self.is_relative_subject(child, verb) and child != inverted \
                    and child not in partners:
                return self.counted_noun(self.object_inside_name(child, verb))
        for child in verb.children if not passive else ():  # "ha incontrato, per tre giorni, quella russa"
            if child.dep_ == "conj" and child.lower_ in ELIDED_HEADS and child.i > verb.i and \
                    any(c.dep_ == "amod" for c in child.children):
                return child
        for child in verb.children:  # "hanno siglato (dopo lunghe trattative) un patto": cut off by the aside
            start = min(t.i for t in child.subtree)
            if child.dep_ == "parataxis" and child.pos_ == "NOUN" and not passive and start > verb.i \
                    and child.doc[start - 1].text == ")":
                return child
            # (or by quotes: "promette agli Stati Uniti una «vendetta severa»")
            if child.dep_ == "parataxis" and child.pos_ == "NOUN" and not passive and child.i > verb.i \
                    and child.doc[child.i - 1].text == "«":
                return child
        for child in verb.children:  # a theme noun or name mistagged as a clause: "ha inviato soldati"
            if child.dep_ in {"xcomp", "ccomp", "advcl"} and (self._is_theme_noun(child) or
                                                     (child.pos_ in {"PROPN", "X"} and child.i in self.token_actor)):
                return child
            if child.dep_ == "xcomp":  # "una brigata corazzata" parsed with the adjective as head
                inverted = [c for c in child.children if c.dep_ == "amod" and c.i < child.i and self._is_theme_noun(c)]
                if inverted:
                    return inverted[0]
        for child in verb.children if not passive else ():  # "ha consegnato a Kiev due dei nuovi lanciatori"
            if child.dep_ == "obl" and child.i in self.token_actor and any(n.dep_ == "nummod" for n in child.children):
                counted = [g for g in child.children if g.dep_.startswith("nmod") and self._case(g) == "di"
                           and self._is_theme_noun(g)]  # "due dei" hung on the recipient
                if counted:
                    return counted[0]
        if not passive:  # "ha lanciato oltre cento droni": an oblique without preposition is the object
            # "oltre centocinquanta tra missili e droni": what the number counts, wherever the parser hung it
            doc = verb.doc
            for number in verb.subtree:
                if number.pos_ == "NUM" and verb.i < number.i < len(doc) - 2 and doc[number.i + 1].lower_ in {"tra", "fra"} \
                        and doc[number.i + 1].head.i > number.i and self._is_theme_noun(doc[number.i + 1].head):
                    return doc[number.i + 1].head
            for child in verb.children:
                # "ha lanciato oltre ottanta missili", "missili" tagged an adjective of the number
                counted = self.counted_noun(child) if child.dep_ == "obl" and child.pos_ == "NUM" else child
                if counted != child and child.i > verb.i and self._case(child) is None:
                    return counted
                mistagged = child.pos_ == "VERB" and child.lemma_.lower() == child.lower_ and self._is_theme_noun(child)
                # (not an aside after a comma that names no theme: "…, il primo test di questo tipo")
                aside = doc[min(t.i for t in child.subtree) - 1].text == "," and not self._is_theme_noun(child) \
                    and self.apposed_to(child) is None  # ("Odessa, il principale porto ucraino" is Odessa)
                if child.dep_ == "obl" and child.i > verb.i and (child.pos_ in {"NOUN", "PROPN"} or mistagged) \
                        and child.i not in self.token_actor and self._case(child) is None and not aside:
                    return child
                # "ha messo al bando i prodotti ittici": the object hung on the idiom's noun
                hung = [g for g in child.children if g.dep_ == "obj" and g.i > child.i] if child.dep_ == "obl" else []
                if hung:
                    return hung[0]
        if (verb.dep_.startswith("acl") and "Part" in feature(verb, "VerbForm") and verb.head.pos_ == "NOUN") \
                or self.is_passive_participle(verb) or self.is_mistagged_participle(verb):
            return self.described_noun(verb)  # "i colloqui …, ospitati da…", "il Canada, criticato da Trump,"
        return self.fronted_theme(verb) if passive else self.misplaced_theme(verb)

    def partners_made_objects(self, verb: Token, objects: list[Token]) -> list[Token]:
        """Of several objects, those that are a partner named with its preposition ("ha firmato con
        Hyundai Rotem un contratto", "con" hung on "Hyundai") or the apposition set off after a partner
        ("con Naval Group, l'azienda francese…, un contratto")."""
        if len(objects) < 2:
            return []
        marked = [c for c in objects if c.dep_ == "obj" and self.name_case(c) is not None]
        partners = marked + [c for c in verb.children if c.dep_ == "obl" and c.i in self.token_actor
                             and self.name_case(c) is not None]
        return marked + [c for c in objects for p in partners if c.dep_ == "obj" and c.i > p.i
                         and min(t.i for t in c.subtree) == self.mention_end(p) + 1
                         and c.doc[self.mention_end(p)].text == ","]

    @staticmethod
    def is_bracketed(token: Token) -> bool:
        """A phrase between brackets, an aside: "(non senza tensioni)"."""
        words = list(token.subtree)
        doc = token.doc
        start, end = words[0].i, words[-1].i
        opened = start > 0 and doc[start - 1].text == "(" or words[0].text == "("
        closed = end + 1 < len(doc) and doc[end + 1].text == ")" or words[-1].text == ")"
        return opened and closed

    def what_is_counted(self, token: Token) -> Token:
        """"un nuovo round di negoziati tra X e Y": the noun a quantity or episode noun counts."""
        if token.lemma_.lower() not in self.lex.quantity_nouns:
            return token
        return next((c for c in token.children if c.dep_.startswith("nmod") and self._case(c) == "di"), token)

    def counted_noun(self, token: Token) -> Token:
        """"ha inviato altri tremila soldati": the parser may make the number the object and tag the
        noun right after it as a verb. The theme noun after a number is what the number counts."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.pos_ == "NUM" and following is not None and self._is_theme_noun(following):
            return following
        if token.pos_ in {"PRON", "DET", "NUM"} and not self._is_theme_noun(token):
            # "ha mandato altri mille militari": "altri" as the object, the counted noun an oblique
            for word in token.doc[token.i + 1: min(token.i + 4, token.sent.end)]:
                if self._is_theme_noun(word) and word.head in {token, token.head}:
                    return word
                if word.pos_ not in {"NUM", "DET", "ADJ", "ADV"}:
                    break
        return token

    def misplaced_theme(self, verb: Token) -> Token | None:
        """"Ha fornito a Mosca milioni di proiettili": with no object, a theme noun the parser
        hung under the recipient or source actor ("a Mosca … di proiettili") is the object."""
        for child in verb.children:
            stands_for_actor = child.i in self.token_actor or (  # "alle forze armate polacche"
                child.lemma_.lower() in self.lex.collective_nouns and self.demonym_of(child) is not None)
            if child.dep_ == "obl" and self._case(child) in {"a", "in", "da"} and stands_for_actor:
                # "dall'Iran missili balistici": missili as a modifier of Iran, or of its adjective
                for noun in [t for t in child.subtree if t.i > child.i and t.head.i >= child.i]:
                    if self._case(noun) in {"di", None} and self._is_theme_noun(noun) \
                            and noun.dep_ not in {"case", "det"} and noun.i not in self.token_actor:
                        return noun
        return None

    def fronted_theme(self, verb: Token) -> Token | None:
        """A passive with no subject found: the nearest theme noun or unmarked actor before the verb
        ("11.000 soldati nordcoreani sono schierati", "Alla Casa Bianca Meloni è stata accolta")."""
        start = verb.sent.start
        before = [t for t in verb.subtree if start <= t.i < verb.i]
        for token in reversed(before):
            if token.pos_ in NOMINAL | {"ADJ"} and (self._is_theme_noun(token) or self.unmarked_actor(token)):
                return token
        return None

    def theme_words(self, verb: Token, theme: Token | None) -> set[str]:
        """Words of the theme and its modifiers, and of the verb's material or instrument
        ("rifornire di missili", "rispondere con missili") that frames can ask for."""
        nouns = [theme, *conjuncts(theme, self.stranded)] if theme is not None else []
        for child in verb.children:  # (or hung as a complement: "ha riempito di elogi Erdoğan")
            if (child.dep_ == "obl" or child.dep_ == "xcomp" and child.pos_ == "NOUN") and \
                    self._case(child) in {"di", "con"}:
                nouns += [child, *conjuncts(child, self.stranded)]
        # "migliaia di soldati russi", "un pacchetto di aiuti militari": the quantity or package holds the theme
        nouns += [c for t in nouns for c in t.children if c.dep_.startswith("nmod") and
                  (t.lemma_.lower() in self.lex.quantity_nouns or (self._case(c) == "di" and self._is_theme_noun(c)))]
        # "ha lanciato un Hwasong-17, il più potente dei suoi missili": an unknown model, set off as its kind
        kind = self.kind_set_off_after(theme) if theme is not None and theme.i not in self.token_actor else None
        words = {kind.lemma_.lower(), kind.lower_} if kind is not None else set()
        for token in nouns:
            words |= {token.lemma_.lower(), token.lower_}
            for child in token.children:
                if child.dep_.startswith(("nmod", "compound", "flat", "amod")):
                    words |= {child.lemma_.lower(), child.lower_}
        return words

    def kind_set_off_after(self, name: Token) -> Token | None:
        """The common noun a name is set off as: "l'Oreshnik, il missile ipersonico" (missile),
        "un Hwasong-17, il più potente dei suoi missili" (missili)."""
        doc = name.doc
        # (a model's name may be tagged anything: "un Hwasong-19" came out as an interjection)
        named = name.pos_ == "PROPN" or name.pos_ in {"X", "INTJ", "NOUN"} and name.text[:1].isupper()
        if not named or name.i + 1 >= name.sent.end or doc[name.i + 1].text != ",":
            return None
        for token in doc[name.i + 2: min(name.i + 8, name.sent.end)]:
            if token.pos_ == "NOUN" or token.pos_ in {"ADJ", "X"} and self._is_theme_noun(token):
                return token  # (the tagger may call "missile" an adjective)
            if token.pos_ not in {"DET", "ADV", "ADJ", "ADP"} and token.lower_ != "uno":
                return None
        return None

    def obliques(self, verb: Token, theme: Token | None) -> list[tuple[str, Token]]:
        """(preposition, noun) for the verb's obliques and the theme's modifiers."""
        found = []
        # Parsers often attach "a Mosca" inside the object ("proiettili di artiglieria a Mosca").
        # So does an instrument ("ha risposto con tariffe del 125% sui prodotti americani") or an
        # amount ("ha approvato aiuti da 61 miliardi di dollari per l'Ucraina").
        instruments = [c for c in verb.children if c.dep_ == "obl" and self._case(c) in {"con", "di"}
                       and self._is_theme_noun(c)]
        amounts = [c for c in verb.children if c.dep_ == "obl" and c.lemma_.lower() in self.lex.quantity_nouns]
        heads = [(verb, 0)] + [(noun, 2) for noun in [theme, *instruments, *amounts, *self.mistagged_modifiers(verb)]
                               if noun is not None]
        # "ha minacciato dazi «altissimi» contro la Danimarca": the phrase hung on a quoted adjective
        heads += [(c, 0) for c in verb.children if c.pos_ == "ADJ" and c.dep_ in {"advmod", "xcomp"}]
        while heads:
            head, depth = heads.pop(0)
            # "con l'Oman a fare da tramite": the go-between, not a partner
            go_betweens = {self.absolute_subject(v) for v in head.children if v.dep_ == "xcomp"}
            for child in head.children:  # ("obl:agent" is the verb's agent, but may be a theme's amount)
                if child.dep_.startswith(("obl", "nmod")) and (child.dep_ != "obl:agent" or head != verb):
                    prep = self._case(child)
                    if prep and child in go_betweens:
                        continue
                    if prep:
                        found.append((prep, child))
                    # descend only through theme nouns and quantities: "proiettili di artiglieria a Mosca",
                    # "tariffe del 125% sui prodotti", not "sanzioni contro la Russia per l'aggressione all'Ucraina"
                    # nor through a cause: "una risposta schiacciante per i raid contro le sue basi"
                    if depth > 0 and head != verb and prep != "per" and \
                            (self._is_theme_noun(child) or child.pos_ in {"NUM", "SYM"} or child.lemma_ in TRADED_GOODS
                             or child.lemma_.lower() in self.lex.quantity_nouns or child.lower_ in CURRENCY_NOUNS):
                        heads.append((child, depth - 1))
                elif child.pos_ == "PROPN" and child.dep_ != "obl:agent" and self.name_case(child):
                    found.append((self.name_case(child), child))  # a name with a preposition, however attached
                elif depth > 0 and head != verb and (child.dep_ in {"acl", "amod"} or child.dep_ == "nummod"
                                                     and child.lemma_.lower() in self.lex.quantity_nouns):
                    heads.append((child, depth - 1))  # "accordi separati con la Turchia", "da 20 miliardi all'Argentina"
        return found

    def name_case(self, name: Token) -> str | None:
        """The preposition before a name, also when the parser hung it on the name's first word
        ("con Hyundai Rotem", "con" on "Hyundai") or on an adjective before it ("con la californiana Anduril")."""
        if name.i not in self.token_actor:
            return self._case(name)
        start = self.mention_start(name)
        before = name.doc[start.i - 1] if start.i else None  # "con la californiana Anduril", "con" on the adjective
        adjective = before if before is not None and before.pos_ == "ADJ" and before.head in {name, name.head} else None
        return self._case(name) or self._case(start) or (self._case(adjective) if adjective is not None else None)

    def mistagged_modifiers(self, verb: Token) -> list[Token]:
        """Adjectives tagged as verbs ("raid aerei contro obiettivi…" with "aerei" as a clause): no
        subject, no auxiliary, right after a theme noun. Their complements belong to the verb's theme."""
        found = []
        for child in verb.children:
            if child.dep_ in {"xcomp", "parataxis"} and child.pos_ == "VERB" and child.i > 0 \
                    and self._is_theme_noun(child.doc[child.i - 1]) \
                    and not any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in child.children):
                found.append(child)
        return found

    @staticmethod
    def phrase_head(token: Token) -> Token:
        """The noun a complement belongs to, above adjectives and coordination ("difesa reciproca tra …")."""
        head = chain_root(token).head
        while head.dep_ in {"amod", "acl"} and head.head != head:
            head = head.head
        return head

    def noun_frames(self, noun: Token) -> tuple[Frame, ...]:
        """The lexicon frames of a relation noun, by its form or its lemma."""
        frames = self.lex.nominal_frames.get(noun.lower_) or self.lex.nominal_frames.get(noun.lemma_.lower())
        if not frames and noun.i + 2 < len(noun.doc) and noun.nbor(1).lower_ == "a":  # "faccia a faccia"
            frames = self.lex.nominal_frames.get(noun.doc[noun.i: noun.i + 3].text.lower())
        return frames or ()

    def is_relation_noun(self, token: Token) -> bool:
        """A noun that carries a relation of its own ("collaborazione", "visita"); a noun that does
        only when joint ("una forza congiunta") is a plain noun otherwise ("le forze armate polacche")."""
        if token.i in self.token_actor:
            return False
        joint = self.lex.lists["@joint"]
        return any(f.theme != joint or any(a.lower_ in joint for a in self.adjectives_of(token))
                   for f in self.noun_frames(token))

    def between_after(self, theme: Token) -> list[Token]:
        """"i colloqui indiretti sul nucleare tra Washington e Teheran", with "tra" hung on the topic:
        the "tra" names right after the theme's phrase, wherever the parser put them."""
        end = max(t.i for t in theme.subtree)
        doc = theme.doc
        for token in doc[end + 1: min(end + 8, theme.sent.end)]:
            # (also a title with its holder's name: "tra l'inviato americano Steve Witkoff e…")
            if token.lower_ in {"tra", "fra"} and token.dep_ == "case" and (token.head.i in self.token_actor or any(
                    c.pos_ == "PROPN" and c.i in self.token_actor for c in token.head.children)):
                return [token.head]
            # past a place set off by commas: "colloquio a Woodside, in California, tra Biden e Xi"
            aside = token.text == "," and token.i + 2 < len(doc) and doc[token.i + 1].pos_ == "ADP" and \
                doc[token.i + 2].i in self.token_actor and self.actor_type(self.token_actor[token.i + 2]) in PLACE_TYPES
            if token.pos_ in {"VERB", "AUX"} or token.pos_ == "PUNCT" and not aside and \
                    not (token.text == "," and doc[token.i - 2].lower_ in {"in", "a", "ad"} and token.i - 1 in
                         self.token_actor and self.actor_type(self.token_actor[token.i - 1]) in PLACE_TYPES):
                break  # (past the comma closing that place too)
        return []

    def between_in_phrase(self, noun: Token, depth: int = 3) -> list[Token]:
        """The "tra X e Y" of a noun phrase, also when the parser hung it deeper, on a place or an
        adjective ("colloqui diretti a Istanbul tra Russia e Ucraina"). The search stops at verbs
        and at other relation nouns, which have their own parties."""
        found = []
        if noun.lower_ == "cessate" and depth == 3:  # "un cessate il fuoco tra X e Y" parsed as verb + object
            found += [c for f in noun.head.children if f.lower_ == "fuoco" and f != noun
                      for c in self.between_in_phrase(f, depth - 1)]
        for child in noun.children:
            if child.lower_ == "cessate" and depth > 1:  # "l'accordo di cessate il fuoco tra X e Y"
                found += [c for f in child.children if f.lower_ == "fuoco"
                          for c in self.between_in_phrase(f, depth - 1)]
            # (a verb hung as a noun's complement is a noun: "del secondo mandato tra X e Y")
            if (child.pos_ in {"VERB", "AUX"} and not self.is_mistagged_modifier(child)
                    and not child.dep_.startswith("nmod")) or child.dep_ in {"conj", "appos", "punct"}:
                continue
            if self._case(child) in {"tra", "fra"}:
                found += [child] if self.actors_of(child) else []
            elif depth > 1 and not self.is_relation_noun(child):
                found += self.between_in_phrase(child, depth - 1)
        return found

    @staticmethod
    def is_mistagged_modifier(verb: Token) -> bool:
        """An adjective tagged as a bare infinitive ("l'accordo sulle terre rare tra X e Y"): no
        "di"/"a" marker and no object, as a real infinitive clause would have."""
        return verb.dep_ == "acl" and "Inf" in feature(verb, "VerbForm") and \
            not any(c.dep_ in {"mark", "obj", "nsubj"} for c in verb.children)

    def _is_theme_noun(self, token: Token) -> bool:
        """A word of one of the lexicon's theme lists ("truppe", "missili", "accordo"…)."""
        return any(word in words for words in self.lex.lists.values()
                   for word in (token.lower_, token.lemma_.lower()))

    def modality(self, verb: Token, sent: Span) -> tuple[str, str | None]:
        """``(modality, source actor)`` of the clause headed by ``verb``."""
        if self.absolute_subject(verb) is not None and verb.head != verb:
            return self.modality(verb.head, sent)  # "con l'Oman a fare da tramite" describes, plans nothing
        chain = [verb] + [c for c in verb.children if c.dep_.startswith(("aux", "cop"))]  # "sarebbe una minaccia"
        if any(c.lower_ in self.lang.negators for c in verb.children if c.dep_ == "advmod"):
            return "negated", None
        if self.is_purpose_clause(verb):  # "è arrivato a Mosca per incontrare Putin": not (yet) happened
            return "planned", None
        asking = self.noun_asking_for(verb)
        if asking is not None and asking.lemma_.lower() in self.lex.request_nouns:
            return "requested", None  # "ha rivolto al Papa l'invito a visitare l'Ucraina"
        if asking is not None and asking.lemma_.lower() in self.lex.purpose_nouns:
            return "planned", None  # "ha ribadito la disponibilità a ospitare i negoziati"
        if verb.dep_ == "xcomp" and verb.head != verb and verb.head.lemma_.lower() in self.lex.phasal_verbs:
            return self.modality(verb.head, sent)  # "hanno minacciato di tornare a colpire": threatened, not done
        # a gerund or participle beside the clause is its own act: "ha minacciato X, accusando Y di…" did
        # accuse, "Ricevuto da Trump, Zelensky ha chiesto…" was received
        own_act = verb.dep_ == "advcl" and ("Ger" in feature(verb, "VerbForm") or "Part" in feature(verb, "VerbForm")
                                            and not any(c.dep_.startswith("aux") for c in verb.children))
        governor = verb.head if verb.dep_ in {"xcomp", "ccomp", "advcl"} and not own_act else None
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.head.pos_ == "VERB" and \
                any(c.dep_ == "mark" and c.lower_ in {"di", "a"} for c in verb.children) and \
                not self.is_relation_noun(verb.head):
            governor = verb.head.head  # "ha smentito ancora una volta di aver fornito", "di" hung on "volta"
        if governor is not None:
            glemma = self.governing_lemma(governor)
            if glemma in self.lex.request_verbs:
                return "requested", None
            if glemma in self.lex.plan_verbs or governor.lower_ in self.lex.willing_words:
                return "planned", None
            if verb.dep_ in {"xcomp", "ccomp"} and any(c.dep_ == "xcomp" and c.lower_ in self.lex.willing_words
                                                       and c.i < verb.i for c in governor.children):
                return "planned", None  # "si è detto pronto a incontrare Kim", "a" hung beside "pronto"
            if self.governing_lemma(governor) in self.lex.negating_verbs:  # "ha negato di aver inviato"
                return "negated", None
            if any(c.lower_ in self.lang.negators for c in governor.children if c.dep_ == "advmod"):
                return "negated", None
        if any("Fut" in feature(t, "Tense") for t in chain):
            return "planned", None
        if any(self.is_open_modal(t) for t in chain if t != verb):
            return "planned", None  # "potrebbe ospitare", "vuole mediare": a possibility or a wish
        if self.is_counterfactual(chain):
            return "negated", None  # "avrebbe potuto aiutare": it did not
        source = self.cited_source(verb, sent)
        hedged = any("Cnd" in feature(t, "Mood") for t in chain) or \
            any(c.lower_ in self.lex.hedge_words for c in verb.children)
        if hedged:
            return "hedged", source
        if source:
            return "reported", source
        if governor is not None and (governor.lemma_.lower() in self.lex.reporting_verbs and verb.dep_ == "ccomp"
                                     or self.governing_lemma(governor) in self.lex.object_control_verbs):
            speakers = self.actors_of(next(iter(self.subjects(governor)), None))
            return "reported", speakers[0][0] if speakers else None
        return "asserted", None

    def defers_a_measure(self, sent: Span) -> bool:
        """"…un dazio del 25% sulle merci indiane. La nuova tariffa scatterà tra ventuno giorni", "dazi che
        scatteranno ad agosto": a measure said to take effect later is not in force yet."""
        for verb in sent:
            if verb.pos_ != "VERB" or not any("Fut" in feature(t, "Tense") for t in [verb, *verb.children]
                                              if t == verb or t.dep_.startswith("aux")):
                continue  # (the cheap test first: asked of every word)
            lemmas = {verb.lemma_.lower(), *self.lang.lemma_guesses(verb.text)}
            if not (lemmas & TAKING_EFFECT or "entrare" in lemmas and any(c.lower_ == "vigore" for c in verb.children)):
                continue
            # the measure is the subject, or the noun the clause hangs on, up to the phrase's head past its
            # amount and target ("dazi del 25% sul Brasile che scatteranno")
            measures = [c for c in verb.children if c.dep_.startswith("nsubj")] + \
                ([verb.head, *verb.head.ancestors][:3] if verb.dep_.startswith("acl") else [])
            if any({m.lemma_.lower(), m.lower_} & self.measure_words() for m in measures):
                return True
        return False

    def noun_asking_for(self, verb: Token) -> Token | None:
        """The request or intent noun an infinitive completes, hung on the noun or on its verb: "l'appello
        a fornire più difese aeree", "ha rivolto l'invito a visitare", "ha ribadito la disponibilità a ospitare"."""
        if "Inf" not in feature(verb, "VerbForm") or verb.head == verb:
            return None
        if verb.dep_ == "acl":
            return verb.head
        asked = self.lex.request_nouns | self.lex.purpose_nouns
        return next((c for c in verb.head.children if c.dep_ == "obj" and c.lemma_.lower() in asked), None) \
            if verb.dep_ == "xcomp" else None

    def is_counterfactual(self, chain: list[Token]) -> bool:
        """A conditional perfect of a modal: "avrebbe potuto aiutare", "avrebbero dovuto firmare"."""
        return any("Cnd" in feature(t, "Mood") for t in chain) and \
            any(t.lemma_.lower() in self.lex.modal_verbs and "Part" in feature(t, "VerbForm") for t in chain)

    def is_open_modal(self, token: Token) -> bool:
        """A modal verb that leaves the act open: conditional or present ("potrebbe", "vuole"), not
        past ("ha dovuto ritirare" happened)."""
        return token.lemma_.lower() in self.lex.modal_verbs and \
            ("Cnd" in feature(token, "Mood") or bool({"Pres", "Fut"} & set(feature(token, "Tense"))))

    def is_purpose_clause(self, verb: Token) -> bool:
        """An infinitive of purpose ("per discutere", "al fine di fermare", "con l'intento di
        raggiungere", "nel tentativo di mediare")."""
        if "Inf" not in feature(verb, "VerbForm"):
            return False
        marked = self.infinitive_mark(verb, self.lex.purpose_markers) is not None
        if verb.dep_ == "conj" and verb.head != verb:  # "per essere simbolico e per rafforzare le relazioni"
            return marked or self.is_purpose_clause(verb.head)
        return verb.dep_ in {"advcl", "acl", "xcomp"} and \
            (marked or (verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex.purpose_nouns))

    def governing_lemma(self, verb: Token) -> str:
        """A governing verb's lemma, or the infinitive its form comes from if the lemmatizer slipped
        and that infinitive is a verb the lexicon knows ("escluso" → "escludere")."""
        lemma = verb.lemma_.lower()
        if lemma != verb.lower_ and " " not in lemma:  # "chiedendog li": a clitic split off the wrong way
            return lemma
        known = self.lex.negating_verbs | self.lex.request_verbs | self.lex.plan_verbs | self.lex.announce_verbs
        return next((g for g in self.lang.lemma_guesses(verb.text) if g in known), lemma)

    def cited_source(self, verb: Token, sent: Span) -> str | None:
        """The actor a claim is attributed to: "secondo l'intelligence sudcoreana".

        Found once per sentence: a scan per verb made long sentences quadratic.
        """
        return self.kept("_cited_sources", sent.start, lambda: self._find_cited_source(sent))

    def _find_cited_source(self, sent: Span) -> str | None:
        for token in sent:
            if token.pos_ == "ADP" and token.dep_ in {"case", "amod"} and \
                    self.lang.preposition(token.text) in self.lex.source_prepositions:
                actors = self.actors_inside(token.head)
                if actors:
                    return actors[0][0]
        return None

    def verb_frames(self, verb: Token) -> tuple[Frame, ...]:
        """Frames of a predicate: a particle phrase first ("dire no"), then the lemma, then the
        infinitives its form may come from when the lemmatizer slipped ("accusando" → "accusira")."""
        return self.kept("_verb_frames", verb.i, lambda: self._find_verb_frames(verb))

    def _find_verb_frames(self, verb: Token) -> tuple[Frame, ...]:
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ in {"discourse", "advmod", "expl", "compound:prt"}]
        particles += [f"{self._case(c)} {c.lemma_.lower()}" for c in verb.children  # "mettere al bando"
                      if c.dep_ == "obl" and self._case(c)]
        particles += [m.lower_ for c in verb.children if c.dep_ == "obl"  # "combattere accanto a"
                      for m in c.children if m.dep_ == "case" and (m.pos_ == "ADV" or m.lower_ == "insieme")]
        particles += [c.lower_ for c in verb.children  # "prendere parte": a bare noun completing the verb
                      if c.dep_ in {"obj", "xcomp"} and c.pos_ == "NOUN" and not any(d.dep_ == "det" for d in c.children)]
        # "siglarlo" is lemmatised "siglare lo": the verb is the first word
        bare = lemma.split()[0] if "Yes" in feature(verb, "Clitic") and " " in lemma else lemma
        if verb.pos_ == "NOUN" and self._case(verb) == "a" and any(c.dep_ == "cop" for c in verb.children):
            particles.insert(0, "a")  # "Erdoğan era al vertice della NATO": being at an event
            bare = "essere"
        # "si sono accordati": the reflexive infinitive's frames ("accordarsi") come before the plain
        # verb's ("accordare" aid); the first that fits wins
        reflexive = self.lex.frames_for(bare[:-1] + "si") if "si" in particles and bare.endswith("re") else ()
        for key in self.frame_keys(verb, bare, particles):
            frames = self.lex.frames_for(key)
            if frames:
                return tuple(dict.fromkeys(reflexive + tuple(frames))) if reflexive and " " not in key else frames
        if reflexive:
            return reflexive
        if "Fin" in feature(verb, "VerbForm"):  # the lemmatizer gave up ("collaborano") or slipped ("firmere")
            return self.present_form_frames(verb.lower_)
        return ()

    def frame_keys(self, verb: Token, bare: str, particles: list[str]) -> Iterator[str]:
        """Lexicon keys for a predicate, in order; the infinitives its form may come from are
        guessed only when no plainer key is known."""
        yield from [f"{bare} {p}" for p in particles]
        yield from (verb.lemma_.lower(), bare, verb.lower_)
        yield from self.lang.lemma_guesses(verb.text)

    def demonym_agents(self, verb: Token, agents: list[Token]) -> list[tuple[str, str]]:
        """The "da" agent of a passive named by what acts plus a demonym stands for the state:
        "è minacciata dalle manovre militari russe", "colpita da missili russi"; so do measures
        that act ("le sanzioni americane hanno colpito Rosneft", or their imposer: "i dazi imposti
        da Trump colpiscono la Cina"); and aid that travels stands for the state that sends it:
        "gli aiuti italiani sono arrivati in Libano"."""
        if not self.is_passive(verb):
            measures = [a for a in agents if a.pos_ == "NOUN" and {a.lemma_.lower(), a.lower_} & self.measure_words()]
            # "le sanzioni americane hanno colpito Rosneft", "i dazi imposti da Trump colpiscono la Cina"
            found = [(country, "demonym") for a in measures for country in [self.demonym_of(a)] if country] + \
                [actor for a in measures for c in a.children if c.dep_ == "acl" and self.is_passive(c)
                 for t in self.subjects(c) for actor in self.actors_of(t)]
            if found or not self.is_unaccusative(verb):
                return found
            return [(country, "demonym") for a in agents if a.pos_ == "NOUN" and
                    {a.lemma_.lower(), a.lower_} & self.lex.lists["@aid"] for country in [self.demonym_of(a)] if country]
        found = []
        for agent in agents:
            country = self.demonym_of(agent) if self._case(agent) == "da" and agent.pos_ == "NOUN" else None
            if country and (country, "demonym") not in found:
                found.append((country, "demonym"))
        return found

    @staticmethod
    def speaks_in_person(verb: Token) -> bool:
        """A first or second person verb ("l'ho sentito", "abbiamo visto"): its subject is the
        speaker or the reader, never an actor of the article."""
        if "Ger" in feature(verb, "VerbForm") and verb.dep_ == "advcl":
            verb = verb.head  # "Sei a favore…, accettando l'accordo?": the gerund's doer is the governor's
        forms = [verb, *(c for c in verb.children if c.dep_.startswith(("aux", "cop")))]
        return any(p in {"1", "2"} for t in forms for p in feature(t, "Person"))

    def remember_subjects(self, subjects: list[tuple[str, str]], number: str | None) -> None:
        """The article's latest subjects (for zero subjects and pronouns), keeping the ones before them
        when they change ("Macron e Scholz sono arrivati. Zelensky li ha accolti": "li" is the earlier pair)."""
        if {a for a, _ in subjects} != {a for a, _ in self.last_subjects}:
            self.earlier_subjects = self.last_subjects
        self.last_subjects, self.last_subjects_number = subjects, number
        self.subjects_sentence = self.sentence_index

    def clause_subjects(self, verb: Token) -> list[tuple[str, str]]:
        """Actor subjects of a clause; an Italian zero subject ("Ha poi telefonato a Putin")
        or a personal pronoun takes the last actor that was a subject in the article."""
        explicit = self.subjects(verb)
        pronoun = [t for t in explicit if is_personal_pronoun(t)]
        subjects = [a for s in explicit if s not in pronoun for a in self.actors_of(s)] or \
            self.demonym_agents(verb, explicit)
        described = verb.dep_ == "acl" and verb.head.i < verb.i  # "per Zelensky, ricevuto da Mattarella"
        if subjects and self.is_passive(verb) and (any(c.dep_.startswith("aux") for c in verb.children) or described):
            # "Putin è stato accolto da Xi, con cui ha firmato…": the topic that goes on is the one
            # the passive is about, not its agent (and with no subject named, the topic stays)
            patients = [t for t in [self.theme(verb)] if t is not None] if described else \
                [c for c in verb.children if c.dep_.startswith("nsubj") and not self.is_relative(c)]
            topic = [a for c in patients for a in self.actors_of(c)]
            if topic:
                number = "Plur" if len({a for a, _ in topic}) > 1 else grammatical_number(patients)
                self.remember_subjects(topic, number)
            if topic or not described:  # ("un messaggio reso pubblico da Trump": a thing is no topic)
                return subjects
        if subjects:
            # "…è stato ricevuto da Erdoğan, che ne ha lodato le posizioni. Oggi ha partecipato…": a relative
            # clause after its sentence's main clause does not change who the story goes on about
            relative = verb.dep_ == "acl:relcl" and (verb.head in explicit or any(
                c.dep_.startswith("nsubj") and self.is_relative(c) for c in verb.children))
            if not (relative and self.subjects_sentence == self.sentence_index):
                self.remember_subjects(subjects, "Plur" if len({a for a, _ in subjects}) > 1 else
                                       grammatical_number([s for s in explicit if s not in pronoun]))
            return subjects
        things_agent = self.agent_of_thing_relative(verb, explicit)
        if things_agent:  # "ha consegnato i primi elicotteri, che produce a Świdnik": who makes them
            return things_agent
        if not explicit and not self.is_passive(verb) and verb.pos_ == "VERB":
            adjacent = self.adjacent_subject(verb)
            if adjacent:  # "Secondo l'intelligence, la Corea del Nord starebbe fabbricando…" misattached
                return adjacent
        if (not explicit or pronoun) and not self.is_passive(verb) and verb.pos_ == "VERB" and not self.is_bare_participle(verb) \
                and not self.speaks_in_person(verb) and self.agrees_with_last_subjects(verb):
            return [(actor_id, "zero") for actor_id, _ in self.last_subjects]
        if pronoun and self.is_passive(verb) and all(self._case(p) == "da" for p in pronoun) and \
                grammatical_number(pronoun) in {None, self.last_subjects_number}:
            # "la tregua tra Israele e Iran, da lui negoziata": the agent pronoun is who was just the subject
            return [(actor_id, "pronoun") for actor_id, _ in self.last_subjects]
        return []

    def agent_of_thing_relative(self, verb: Token, explicit: list[Token]) -> list[tuple[str, str]]:
        """A relative clause on a thing with its verb's subject dropped ("i primi elicotteri, che
        produce nel suo stabilimento"): the parser calls "che" the subject, but the thing is the
        object and whoever acts in the clause around it is the subject."""
        if verb.dep_ != "acl:relcl" or explicit != [verb.head] or verb.head.i in self.token_actor \
                or not self._is_theme_noun(verb.head) or any(c.dep_ == "obj" for c in verb.children) \
                or "Sing" not in feature(verb, "Number") or "Plur" not in feature(verb.head, "Number"):
            return []  # "i droni, che volano": plural things take a plural verb when they act
        governor = verb.head
        while governor.head != governor and governor.pos_ not in {"VERB", "AUX"}:
            governor = governor.head
        if governor.pos_ not in {"VERB", "AUX"}:
            return []
        return [a for t in self.subjects(governor) for a in self.actors_of(t)]

    def adjacent_subject(self, verb: Token) -> list[tuple[str, str]]:
        """A name right before a finite verb group, with nothing between but adverbs and the
        auxiliaries, is its subject however the parser hung it; only when the clause found none."""
        doc = verb.doc
        k = min([c.i for c in verb.children if c.dep_.startswith("aux")] + [verb.i]) - 1
        while k >= verb.sent.start and doc[k].pos_ == "ADV":
            k -= 1
        if k < verb.sent.start or k not in self.token_actor or self._case(self.mention_start(doc[k])) or \
                self.title_case(self.mention_start(doc[k])) or not finite_forms(verb):
            return []
        actor = self.actors_of(doc[k]) or [(self.token_actor[k], self.token_how.get(k, "name"))]
        number = clause_number(verb)
        if number == "Plur" and len(actor) == 1:
            return []  # "la Corea del Nord" does not "hanno": the parser knew better
        return actor

    @staticmethod
    def is_bare_participle(verb: Token) -> bool:
        """A participle with no auxiliary: a headline passive ("Sudan: ucciso un diplomatico"),
        not a clause with a dropped subject."""
        return "Part" in feature(verb, "VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)

    def agrees_with_last_subjects(self, verb: Token) -> bool:
        """A zero subject agrees in number with its verb: "hanno partecipato" after "Obama ha vinto"
        is about someone else."""
        number = clause_number(verb)
        return number is None or self.last_subjects_number is None or number == self.last_subjects_number
