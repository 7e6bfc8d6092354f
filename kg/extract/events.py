"""Events and who attended them: the event a phrase names, the setting of a clause, audiences,
hosts and meetings held at a summit."""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..facts import Actor, Evidence, Fact
from ..linking import slug
from .common import PLACE_TYPES, SMALL_PLACES, confidence, conjuncts, elide, feature, previous_sentence_start

SAME_EVENTS = {"summit": "vertice"}  # kinds of event named by either word
REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")
# the article a host city's name carries, as "di" takes it: "all'Aia" → "vertice della NATO dell'Aia"
ARTICLED_DI = {w: "dell'" for w in ("l'", "all'", "nell'")} | {w: "della" for w in ("la", "alla", "nella")} | \
    {w: "del" for w in ("il", "al", "nel")}
PRESENCE_WORDS = frozenset({"presente", "presenti", "partecipare", "presenziare"})  # being there, wherever "there" is
# the audience of an event as a group or a place: "Tra i partecipanti ci sono…", "In sala anche Orbán"
PRESENCE_GROUPS = frozenset({"presenti", "partecipanti", "ospiti", "invitati"})
PRESENCE_PLACES = frozenset({"sala", "platea", "tribuna"})


class EventFacts:
    """Events and attendance, a part of ``ArticleReader`` (``rules.py``)."""

    def attendance(self, attendee: str, how: str, event: list[tuple[str, str]], evidence: Evidence, pattern: str,
                   modality: str = "asserted", source: str | None = None, event_date=None) -> Fact:
        """``attendee`` attends the first ``event`` found, by ``pattern``."""
        return Fact(attendee, "attends", event[0][0], evidence, modality, confidence(modality, how, "event"),
                    f"{self.lang.code}:{pattern}", source, event_date)

    def held_beside(self, verb: Token) -> list[tuple[str, str]]:
        """Whom the subject had or wanted beside them: "ha avuto al suo fianco Putin e Kim",
        "ha voluto accanto a sé Xi Jinping"."""
        beside = [c for c in verb.children if c.dep_ == "obl" and (
            c.lower_ == "fianco" and any(d.dep_ == "det:poss" for d in c.children)
            or c.lower_ == "sé" and self.beside_companion_word(c))]
        # (the name may come hung on "fianco" with no preposition: "al suo fianco Putin")
        held = [c for c in verb.children if beside and c.dep_ == "obj"] + \
            [c for b in beside for c in b.children if c.dep_ == "nmod" and c.i > b.i and self._case(c) is None]
        return [a for c in held for a in self.actors_of(c)]

    def meeting_event_facts(self, verb: Token, pairs: list[tuple], evidence: Evidence, modality: str,
                            source: str | None, event_date) -> Iterable[Fact]:
        """Who met (or signed) at a named event attended it: "Al vertice della NATO Zelensky ha
        incontrato Trump", "A margine del vertice del G7, Biden e Zelensky hanno firmato…"."""
        # (the first that names an event: "A Kazan, … a margine del vertice dei BRICS" is at the summit)
        found = (find(verb) for find in (self.event_entity, self.event_around, self.setting_event, self.event_opened))
        event = next((e for e in found if e and self.actor_type(e[0][0]) == "Event"), None)
        if not event:
            return
        for party, how in dict(p for pair in pairs for p in pair).items():
            if self.actor_type(party) == "Person":
                yield self.attendance(party, how, event, evidence, "meeting_at_event", modality, source, event_date)

    def event_setting_facts(self, verb: Token, subjects: list[tuple[str, str]], sent: Span,
                            evidence: Evidence) -> Iterable[Fact]:
        """Whoever did something at an event named before the verb as the clause's setting attended
        it, and so did those they had beside them: "Alla parata militare di Pechino, Xi Jinping ha
        avuto al suo fianco Putin" ("Sulla Piazza Rossa, alla parata…": settings may come listed)."""
        people = [(a, how) for a, how in subjects if self.actor_type(a) == "Person"]
        if not people or verb.pos_ not in {"VERB", "AUX"}:
            return
        event, place = self.setting_event(verb) or self.event_there(verb), None
        if not event:  # ("In Corea del Sud per il vertice…": the trip's place too)
            event, place = self.trip_setting(verb)
        if not event:
            return
        people += [a for a in self.held_beside(verb) if a not in people and self.actor_type(a[0]) == "Person"]
        modality, source = self.modality(verb, sent)
        event_date = self.lang.find_date(evidence.sentence, self.date)
        for person, how in people:
            yield self.attendance(person, how, event, evidence, "event_setting", modality, source, event_date)
            for state, _ in self.actors_of(place) if place is not None else ():  # they went there for it
                if self.actor_type(state) in PLACE_TYPES:
                    yield Fact(person, "visits", state, evidence, modality, confidence(modality, how, "name"),
                               f"{self.lang.code}:trip_setting", source, event_date)

    def trip_setting(self, verb: Token) -> tuple[list[tuple[str, str]], Token | None]:
        """"In Corea del Sud per il vertice dell'APEC, Trump e Xi si sono visti": a place and the event
        that brought the subjects there, both put before the verb."""
        fronted = [c for c in verb.children if c.dep_ == "obl" and c.i < verb.i]
        places = [c for c in fronted if self._case(c) in {"a", "in"} and c.i in self.token_actor
                  and self.actor_type(self.token_actor[c.i]) in PLACE_TYPES]
        causes = [c for c in fronted if self._case(c) == "per"]
        event = self.named_event(causes[0], follow=False) if places and causes else []
        return (event, places[0]) if event and self.actor_type(event[0][0]) == "Event" else ([], None)

    def setting_event(self, verb: Token) -> list[tuple[str, str]]:
        """The named event a clause is set at: an "a" phrase before the verb ("Alla parata
        militare di Pechino, Xi…"; settings may come listed: "Sulla Piazza Rossa, alla parata…"),
        or a headline before a colon ("Vertice Ue-Cina di Pechino in tono dimesso: Xi ha ricevuto…")."""
        settings = [m for c in verb.children if c.dep_ == "obl" and c.i < verb.i for m in [c, *conjuncts(c)]
                    if m.i < verb.i and self._case(m) == "a"]
        # (the headline parsed as the root with the clause hung on it, or hung on the clause)
        headline = verb.head if verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" else \
            next((c for c in verb.children if c.dep_ in {"parataxis", "dislocated"} and c.i < verb.i), None)
        if headline is not None and headline.is_sent_start and \
                any(t.text == ":" for t in verb.doc[headline.i + 1: verb.i]):
            settings.append(headline)
        return next((found for c in settings for found in [self.named_event(c, follow=False)]
                     if found and self.actor_type(found[0][0]) == "Event"), [])

    def event_opened(self, gerund: Token) -> list[tuple[str, str]]:
        """"Meloni ha aperto la conferenza sulla ricostruzione, accogliendo Zelensky": a gerund's meeting
        happens at the event its clause's object names."""
        if "Ger" not in feature(gerund, "VerbForm") or gerund.dep_ not in {"advcl", "conj", "xcomp"}:
            return []
        return next((found for c in gerund.head.children if c.dep_ == "obj" and c.lemma_.lower() in self.lex.event_nouns
                     for found in [self.named_event(c, follow=False)] if found), [])

    def event_there(self, verb: Token) -> list[tuple[str, str]]:
        """"Si è aperta a Londra la conferenza sulla ricostruzione. Blinken vi ha annunciato…": the
        clitic "vi" is there, at the event named just before."""
        if not any(c.lower_ == "vi" and c.pos_ == "PRON" and c.i < verb.i for c in verb.children):
            return []
        return self.event_named_before(verb)

    def event_around(self, verb: Token) -> list[tuple[str, str]]:
        """The named event a clause happened during: "durante il vertice della SCO", "a margine del
        vertice del G7", "in occasione della parata", "nel corso del summit"."""
        for child in verb.children:  # (a noun's complements: "faccia a faccia…, a margine del vertice")
            if not (child.dep_.startswith("obl") or verb.pos_ == "NOUN" and child.dep_.startswith("nmod")):
                continue
            if self._case(child) == "durante":
                found = self.named_event(child, follow=False)
            elif child.lower_ in {"margine", "margini", "occasione", "corso"}:
                found = [e for c in child.children if self._case(c) == "di" for e in self.named_event(c, follow=False)]
            else:
                continue
            if found and self.actor_type(found[0][0]) == "Event":
                return found
        return []

    def event_entity(self, verb: Token, case: str = "a") -> list[tuple[str, str]]:
        """An event attended: "hanno assistito alla parata militare di Pechino" (an event named by
        a noun, its adjectives and the place or body it belongs to), or a named actor ("al G7")."""
        # (or hung on a fronted place: "Nell'abbazia di Westminster, ai funerali della regina, sedevano…")
        settings = [g for c in verb.children if c.dep_ == "obl" and c.i < verb.i for g in c.children
                    if g.dep_ == "nmod" and g.i < verb.i and g.doc[min(t.i for t in g.subtree) - 1].text == ","]
        for child in [*verb.children, *settings]:
            attached = child.dep_.startswith("obl") or (verb.pos_ == "NOUN" and child.dep_.startswith("nmod")) \
                or child in settings
            if not (attached and self._case(child) == case):
                continue
            if child.lower_ == "cui" and verb.dep_ == "acl:relcl":
                child = verb.head  # "la conferenza sulla ricostruzione, a cui partecipano…"
            found = self.named_event(child)
            if found and self.actor_type(found[0][0]) not in PLACE_TYPES:  # "a İznik" is where, not what
                return found
        # "siede tra i leader del vertice della SCO": among those at an event
        return next((found for c in verb.children if case == "a" and c.dep_ == "obl" and self._case(c) in {"tra", "fra"}
                     for g in c.children if g.dep_.startswith("nmod") and self._case(g) == "di"
                     for found in [self.named_event(g, follow=False)]
                     if found and self.actor_type(found[0][0]) == "Event"), [])

    def event_just_named(self, verb: Token) -> list[tuple[str, str]]:
        """"Gli Stati Uniti non hanno partecipato al vertice del G20. Erano invece presenti Lula e
        Modi": attendance said without a place is at the event named in this sentence or the one before."""
        # ("Tra i partecipanti ci sono Lukashenko e Guterres": being among those present)
        among_present = any(c.dep_ == "obl" and c.lower_ in PRESENCE_GROUPS and self._case(c) in {"tra", "fra"}
                            for c in verb.children)
        if not ({verb.lemma_.lower(), verb.lower_} & PRESENCE_WORDS or among_present) or \
                any(c.dep_.startswith(("obl", "nmod")) and self._case(c) in {"a", "in"} for c in verb.children):
            return []  # said of something else ("ha parlato di una vittoria"), or attended somewhere else
        return self.event_named_before(verb)

    def event_named_before(self, token: Token, with_name: bool = False, reach: int = 1) -> list[tuple[str, str]]:
        """The last event named before ``token`` in its sentence or the ``reach`` ones before; ``with_name``:
        only one named with a name ("il vertice della NATO", not "allo stesso tavolo")."""
        start = token.sent.start
        for _ in range(reach):
            start = previous_sentence_start(token.doc[start].sent)
        for earlier in reversed(token.doc[start: token.i]):
            named = earlier.pos_ in {"NOUN", "PROPN"} and any(t.pos_ == "PROPN" for t in earlier.subtree) \
                if with_name else earlier.pos_ == "NOUN"
            if named and earlier.lemma_.lower() in self.lex.event_nouns:
                found = self.named_event(earlier, follow=False)
                if found and self.actor_type(found[0][0]) == "Event":
                    return found
        return []

    def audience_facts(self, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """A verbless sentence or clause after a semicolon that opens with the audience ("In sala
        anche Viktor Orbán", "Tra gli ospiti il presidente keniano") or the host ("…; padrone di
        casa il presidente Cyril Ramaphosa") names who attended the event just named."""
        doc = sent.doc
        for start in [sent.start, *(t.i + 1 for t in sent if t.text == ";")]:
            opener = next((t for t in doc[start: min(start + 4, sent.end)] if t.pos_ == "NOUN"), None)
            if opener is None:
                continue
            host = opener.lower_ in {"padrone", "padrona"} and doc[opener.i + 1: opener.i + 3].text == "di casa"
            if not (host or opener.lower_ in PRESENCE_PLACES and self._case(opener) == "in"
                    or opener.lower_ in PRESENCE_GROUPS and self._case(opener) in {"tra", "fra"}):
                continue
            after = opener.i + (3 if host else 1)
            # the names right after it, up to a verb or a comma, however the parser hung them
            end = next((t.i for t in doc[after: sent.end] if t.pos_ in {"VERB", "AUX"} or t.text in {",", ":", ";"}),
                       sent.end)
            if end < sent.end and doc[end].pos_ in {"VERB", "AUX"}:
                continue  # "In sala Meloni ha detto…": a clause, read as one
            window = range(after, end)
            named = [t for t in doc[after: end] if t.head.i not in window or t.head == t]
            attendees = [a for t in named for a in self.actors_of(t)
                         if self.actor_type(a[0]) not in SMALL_PLACES | {"Event", "Weapon"}]
            # (an audience may come a sentence later still: "…il vertice del G20. Xi non c'è. Tra i presenti…")
            event = self.event_named_before(opener, reach=2) if attendees else []
            for actor, how in attendees if event else []:
                yield self.attendance(actor, how, event, evidence, "audience")

    def headline_audience_facts(self, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """A headline event before a colon and no verb after it names who was there: "Messa di
        inizio pontificato di Leone XIV: in piazza San Pietro anche Zelensky e il vicepresidente…"."""
        doc, first = sent.doc, sent[0]
        if not {first.lower_, first.lemma_.lower()} & self.lex.event_nouns:
            return  # (asked of every sentence: the cheap test first)
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None:
            return
        end = next((t.i for t in doc[colon + 1: sent.end] if t.text in {";", "."}), sent.end)
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start: end]):
            return  # a clause after the colon is read as a clause ("Vertice…: Xi ha ricevuto…")
        event = self.named_event(first, follow=False)
        if not event or self.actor_type(event[0][0]) != "Event":
            return
        people = dict(a for t in doc[colon + 1: end] if t.i in self.token_actor or self.role_of(t)
                      for a in self.actors_of(t) if self.actor_type(a[0]) == "Person")
        for person, how in people.items():
            yield self.attendance(person, how, event, evidence, "audience")

    def named_event(self, child: Token, follow: bool = True) -> list[tuple[str, str]]:
        """The event a noun phrase names: a named actor ("il G7"), or a noun with its adjectives and
        the place or body it belongs to ("la parata militare di Pechino"), or its topic; a bare
        "il summit" is the summit the article named before (``follow``)."""
        if child.i in self.token_actor:
            return self.actors_of(child)
        if child.pos_ == "PROPN" and any(ch.isdigit() for ch in child.text):
            # "alla COP29 di Baku": a numbered name is an edition of an event
            place = [c for c in child.children if self._case(c) == "di" and c.pos_ == "PROPN"][:1]
            label = child.text + "".join(" " + elide(self.case_word(c), self.mention_text(c)) for c in place)
            return [(self.linker.add_actor(Actor(f"event/{slug(label)}", "Event", label, "")), "event")]
        if child.lower_ == "lavori" and follow:  # "presente ai lavori (del vertice)": the event's proceedings
            return next((found for c in child.children if self._case(c) == "di"
                         for found in [self.named_event(c, follow=False)] if found), None) \
                or self.event_named_before(child, with_name=True)
        headline = child.pos_ == "PROPN" and child.is_sent_start  # "Vertice Ue-Cina di Pechino: …", capitalised
        if child.pos_ != "NOUN" and not headline or not {child.lemma_.lower(), child.lower_} & self.lex.event_nouns:
            return []  # one attends a summit or a parade, not "un pranzo" or "una trasmissione"
        # "la parata militare di Pechino": the owner may hang on the adjective
        # ("il vertice Ue-Cina di Pechino": a hyphenated pair of sides names it too)
        pair = [c for c in child.children if c.i == child.i + 1 and "-" in c.text and c.text[:1].isupper()]
        hosts = [child] + [c for c in child.children if c.dep_ == "amod" and c.i > child.i] + pair
        owners = [c for h in hosts for c in h.children if self._case(c) == "di" and
                  (c.pos_ == "PROPN" or c.i in self.token_actor)]
        if not owners and not any(c.dep_ == "amod" for c in child.children) and not pair:
            # a bare common noun ("ai negoziati") names no event, unless it is one named before
            return self.event_by_topic(child) or (self.earlier_event(child) if follow else [])
        words = [child] + [c for c in child.children if c.dep_ == "amod" and c.i > child.i] + pair
        # "messa di inizio pontificato di Leone XIV": a common-noun complement inside the name is part of it
        words += [t for c in child.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and self._case(c) == "di"
                  and child.i < c.i < max(w.i for w in words + owners) for t in c.subtree]
        label = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        # "vertice del G7 di Hiroshima": the owner's own place belongs to the name too
        owners += [c for o in owners for c in o.children if self._case(c) == "di" and c.pos_ == "PROPN"]
        label += "".join(" " + elide(self.case_word(c), self.name_as_written(c))
                         for c in sorted(owners, key=lambda t: t.i))
        placed = [c for c in child.children if c.dep_.startswith("nmod") and self._case(c) == "in" and c.pos_ == "PROPN"
                  and owners and c.i == max(self.mention_end(o) for o in owners) + 1]
        if placed:  # "il vertice del G7 in Puglia": the place is part of the name as written
            label += " in " + self.mention_text(placed[0])
        elif owners and not any(o.i in self.token_actor and self.actor_type(self.token_actor[o.i]) in PLACE_TYPES
                                for o in owners):
            host = self.host_city(child)  # "Kazan ospita il vertice dei BRICS": a body's meeting, where it is held
            if host is not None:
                before = host.doc[host.i - 1].lower_ if host.i else ""  # "all'Aia" → "dell'Aia"
                label += " " + elide(ARTICLED_DI.get(before, "di"), self.mention_text(host))
        end = max([self.mention_end(o) for o in owners] + [w.i + 1 for w in words])
        self.note_honoree(label, child.doc[child.i: end])
        topic = [c for c in child.children if c.dep_.startswith("nmod") and self._case(c) == "su"
                 and c.pos_ == "NOUN" and c.i not in self.token_actor and owners and c.i > max(o.i for o in owners)]
        if topic:  # "la conferenza di Monaco sulla sicurezza" (not "sulla Piazza Rossa"): the topic is in the name
            label += " " + child.doc[max(self.mention_end(o) for o in owners): self.phrase_end(topic[0]) + 1].text
        return [(self.linker.add_actor(Actor(f"event/{slug(label)}", "Event", label, "")), "event")]

    def note_honoree(self, label: str, phrase: Span) -> None:
        """Remember whom an investiture is of ("la cerimonia di insediamento di Claudia Sheinbaum"):
        they attend it with whoever is said to (``honoree_facts``)."""
        if any(t.lemma_.lower() in self.lex.investiture_nouns for t in phrase):
            people = {self.token_actor[t.i] for t in phrase if t.i in self.token_actor
                      and self.actor_type(self.token_actor[t.i]) == "Person"}
            if len(people) == 1:
                self.honorees[f"event/{slug(label)}"] = people.pop()

    def honoree_facts(self, facts: list[Fact]) -> Iterable[Fact]:
        """The one sworn in or crowned attends the ceremony that others attend: "Lula era presente
        all'insediamento di Claudia Sheinbaum" gives Sheinbaum attends it too."""
        for fact in facts:
            honoree = self.honorees.get(fact.object) if fact.relation == "attends" else None
            if honoree is not None and honoree != fact.subject:
                yield Fact(honoree, "attends", fact.object, fact.evidence, fact.modality, fact.confidence,
                           f"{self.lang.code}:investiture_honoree", fact.source, fact.event_date)

    def host_city(self, event: Token) -> Token | None:
        """The one city the clause around an event noun sets it in: the host ("Kazan ospita il vertice dei
        BRICS") or an "a"/"in" place ("A Tianjin, … a margine del vertice della SCO", "arrivato a Kazan
        per il vertice dei BRICS")."""
        verb = self.clause_verb(event)
        if verb is None:
            return None
        if verb.lemma_ == "ospitare" and event.dep_ == "obj" and event.head == verb:
            # (the host may come out as a bare oblique: "Tianjin, metropoli portuale…, ospita il vertice")
            places = self.subjects(verb) + [c for c in verb.children if c.dep_ == "obl" and self._case(c) is None]
        else:
            places = [c for c in verb.children if c.dep_ == "obl" and self._case(c) in {"a", "in"}]
        found = {place: c for c in places  # (a capital as the host, not its state: "Astana ospita…")
                 if c.pos_ == "PROPN" and (place := self.place_of(c)) is not None}
        for kind in ("City", "Location"):  # a known city first: "A Kazan, in Tatarstan, …"
            cities = [c for place, c in found.items() if self.actor_type(place) == kind]
            if cities:
                return cities[0] if len(cities) == 1 else None
        return None

    def name_as_written(self, token: Token) -> str:
        """A mention's words with the regnal number the gazetteer name leaves out ("regina Elisabetta II")."""
        text = self.mention_text(token)
        end = self.mention_end(token) if token.i in self.token_actor else token.i + 1
        if end < len(token.doc) and REGNAL_NUMBER.fullmatch(token.doc[end].text):
            text += " " + token.doc[end].text
        return text

    def earlier_event(self, noun: Token) -> list[tuple[str, str]]:
        """"Vertice della NATO all'Aia, … Sánchez, presente al summit": a definite bare event noun
        is the last event of its kind the article named."""
        if not any(c.dep_ in {"det", "case"} and "Def" in feature(c, "Definite") for c in noun.children):
            return []  # "al summit", "il vertice"; not "a un vertice"
        kind = SAME_EVENTS.get(noun.lemma_.lower(), noun.lemma_.lower())
        for token in reversed(noun.doc[:noun.i]):
            if token.pos_ in {"NOUN", "PROPN"} and SAME_EVENTS.get(token.lemma_.lower(), token.lemma_.lower()) == kind:
                found = self.named_event(token, follow=False)
                if found:
                    return found
        return []

    def event_by_topic(self, noun: Token) -> list[tuple[str, str]]:
        """An event named by its kind and topic: "conferenza sulla ricostruzione dell'Ucraina",
        "vertice sul clima di Belém", "cerimonia del 2 giugno". The label runs from the noun to the
        end of its topic phrase."""
        if noun.lemma_.lower() not in self.lex.event_nouns:
            return []
        topics = [c for c in noun.children  # also "la cerimonia del 2 giugno", "la conferenza di pace"
                  if c.dep_.startswith("nmod") and c.i > noun.i and self._case(c) in {"su", "per", "di"}]
        if not topics:
            return []
        label = noun.doc[noun.i: self.phrase_end(topics[0]) + 1].text
        self.note_honoree(label, noun.doc[noun.i: self.phrase_end(topics[0]) + 1])
        return [(self.linker.add_actor(Actor(f"event/{slug(label)}", "Event", label, "")), "event")]
