"""Structural facts (partOf, capitalOf, locatedIn, basedIn, memberOf) and leaderOf from titles."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..facts import Evidence, Fact
from .common import PLACE_TYPES, chain_root, conjuncts, feature


class StructuralFacts:
    """Structural and title facts, a part of ``ArticleReader`` (``rules.py``)."""

    def structural_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """partOf, capitalOf, locatedIn, basedIn, memberOf from the nouns that state them
        (``structural_nouns`` in the lexicon says which noun states which)."""
        words = {token.lemma_.lower(), token.lower_}  # the lemmatizer slips: "cittadina" → "cittadinare"
        kinds = [kind for kind, nouns in self.lex.structural_nouns.items() if words & nouns]
        readers = {"partOf": self.region_facts, "bodyOf": self.body_facts, "capitalOf": self.capital_facts,
                   "locatedIn": self.city_facts, "basedIn": self.seat_facts, "memberOf": self.member_facts}
        for kind in kinds:
            for subject, relation, obj, score in readers[kind](token):
                if relation in {"locatedIn", "basedIn"} and obj in self.linker.actors and \
                        self.actor_type(obj) not in PLACE_TYPES:
                    continue  # "il Cern, centro europeo di ricerche": "europeo" names the EU, not a place
                if relation == "basedIn" and subject in self.linker.actors and \
                        self.actor_type(subject) in PLACE_TYPES | {"Person"}:
                    continue  # organisations have seats; "X, in sedi istituzionali in Italia" is not one
                if relation == "locatedIn" and subject in self.linker.actors and self.actor_type(subject) == "Person":
                    continue  # "Port Blair, capoluogo delle Isole Andamane" with "Blair" taken for a person
                if subject and obj and subject != obj:
                    yield Fact(subject, relation, obj, evidence, "asserted", score,
                               f"{self.lang.code}:struct:{relation}")

    def company_seat_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """"Gazprom, il colosso energetico russo", "Rosneft e Lukoil, i due giganti petroliferi
        russi": a company described by a phrase with a demonym is based in that state. The
        describing noun may be anything (the parser may even call it an adjective)."""
        if token.pos_ not in {"NOUN", "ADJ"} or token.i in self.token_actor:
            return
        town = self.company_town(token) if token.pos_ == "NOUN" else None
        company = self.company_named_before(token) if town is not None else []
        if company:  # "Il gruppo di Istanbul, che produce…": the company named before is based there
            yield Fact(company[0][0], "basedIn", self.token_actor[town.i], evidence, "asserted", 0.7,
                       f"{self.lang.code}:struct:basedIn")
            return
        if token.pos_ == "ADJ" and token.i + 1 in self.token_actor:  # "la turca Baykar": a demonym before the name
            yield from self.company_demonym_facts(token, evidence)
            return
        head = self.apposed_to(token)
        if head is None:
            return
        first = chain_root(head)
        # a singular description is of the last name only: "Leonardo e Baykar, il costruttore turco"
        listed = [first, *conjuncts(first)] if "Sing" not in feature(token, "Number") else [head]
        members = [self.token_actor[t.i] for t in listed if t.i in self.token_actor]
        if not any(self.actor_type(m) == "Company" for m in members):
            return
        modifiers = [c for c in token.children if c.dep_ == "amod"]
        modifiers += [g for c in modifiers for g in c.children if g.dep_ == "amod"]  # "petroliferi russi"
        country = self.demonym_of(token) or next(
            (self.linker.add_entry(e) for e in map(self.gazetteer.by_demonym, [m.lower_ for m in modifiers]) if e),
            None)
        if country is None or self.actor_type(country) != "Country":
            return
        for member in dict.fromkeys(members):
            if self.actor_type(member) not in {"Country", "Person", "City", "Region"} and member != country:
                yield Fact(member, "basedIn", country, evidence, "asserted", 0.75, f"{self.lang.code}:struct:basedIn")

    def company_demonym_facts(self, demonym: Token, evidence: Evidence) -> Iterable[Fact]:
        """"la turca Baykar", "l'americana Lockheed Martin": a company named with a demonym before it
        (which the parser may make the head, with the name hung on it)."""
        company = self.token_actor.get(demonym.i + 1)
        entry = self.gazetteer.by_demonym(demonym.lower_)
        if company and entry and self.actor_type(company) == "Company":
            country = self.linker.add_entry(entry)
            if self.actor_type(country) == "Country":
                yield Fact(company, "basedIn", country, evidence, "asserted", 0.75, f"{self.lang.code}:struct:basedIn")

    def region_facts(self, token: Token) -> Iterable[tuple]:
        """"la regione russa di Kursk": Kursk partOf Russia; "il Donbass, regione orientale
        dell'Ucraina", "la Crimea, penisola ucraina", "il Karabakh, enclave in territorio azero"."""
        country = self.country_of_territory(token) or self.country_of_modifier(token)
        for child in token.children:
            if self._case(child) == "di":
                yield self.place_of(child), "partOf", country, 0.8
        # an apposition, which the parser may call a conjunct or parataxis
        head = self.apposed_to(token)
        place = self.place_of(head) if head is not None else None
        if not (country and place and self.actor_type(country) == "Country"):
            return
        kind = self.actor_type(place)
        # a state's territory may itself be a country of the gazetteer: "la Groenlandia, territorio danese"
        if kind in {"Region", "Location"} or kind == "Country" and token.lemma_ == "territorio":
            yield place, "partOf", country, 0.8

    def country_of_territory(self, token: Token) -> str | None:
        """The state named by an "in territorio azero" phrase under a noun."""
        for child in token.children:
            if child.lemma_ == "territorio" and self._case(child) == "in":
                return self.country_of_modifier(child)
        return None

    def body_facts(self, token: Token) -> Iterable[tuple]:
        """"l'UNRWA, l'agenzia dell'ONU": UNRWA partOf ONU."""
        head = self.apposed_to(token)
        parents = [self.token_actor[c.i] for c in token.children if self._case(c) == "di" and c.i in self.token_actor]
        if head is not None and parents:
            yield self.token_actor[head.i], "partOf", parents[0], 0.8

    def capital_facts(self, token: Token) -> Iterable[tuple]:
        """"Kiev, la capitale ucraina": Kiev capitalOf Ukraine; "Kazan, capitale del Tatarstan": of a region;
        "In Niger … A Niamey, la capitale,": of the city's own state, named before."""
        head = self.apposed_to(token)
        if head is None:
            return
        city = self.place_of(head)
        named = [self.token_actor[c.i] for c in token.children if self._case(c) == "di" and c.i in self.token_actor]
        region = next((a for a in named if self.actor_type(a) in {"Region", "Location"}), None)
        # the state named with "di" first: "…, la capitale di Vanuatu, i soccorritori australiani"
        state = self.owner_of(token) or self.demonym_of(token) or region
        if state is None and city is not None and all(c.dep_ in {"det", "punct", "conj"} for c in token.children):
            own = self.gazetteer.get(city).country if city in self.gazetteer else None
            state = own if any(m.actor_id == own for m in self.mentions_before(head)) else None
        yield city, "capitalOf", state, 0.85

    def city_facts(self, token: Token) -> Iterable[tuple]:
        """"Kharkiv, la seconda città dell'Ucraina": Kharkiv locatedIn Ukraine."""
        head = self.apposed_to(token)
        if head is not None:
            # "Sudzha, cittadina della regione russa di Kursk": the place named inside the "di" phrase
            inner = [p for c in token.children if self._case(c) == "di" and c.i not in self.token_actor
                     for p, _ in self.place_within(c)]
            # "Bakhmut, la città del Donbass": a region named right in the "di" phrase
            inner += [self.token_actor[c.i] for c in token.children if self._case(c) == "di" and c.i in self.token_actor
                      and self.actor_type(self.token_actor[c.i]) in {"Region", "Location"}]
            yield self.place_of(head), "locatedIn", \
                self.country_of_modifier(token) or self.country_in_area(token) or next(iter(inner), None), 0.8
            return
        # "il porto yemenita di Hodeidah", "la località egiziana di Sharm el-Sheikh": the named place, by its demonym
        demonym = next((c for c in token.children if c.dep_ == "amod" and self.gazetteer.by_demonym(c.lower_)), None)
        if demonym is None:
            return
        country = self.linker.add_entry(self.gazetteer.by_demonym(demonym.lower_))
        for child in [*token.children, *demonym.children]:  # ("di Hodeidah" may hang on the demonym)
            if self._case(child) == "di" and child.pos_ == "PROPN" and child.i in self.token_actor:
                yield self.place_of(child), "locatedIn", country, 0.8

    def country_in_area(self, token: Token) -> str | None:
        """The country of an area phrase under a place noun: "città nel nord-est dell'Ucraina",
        "città portuale sulla costa orientale della Corea del Nord" (maybe hung on the adjective)."""
        modifiers = [c for c in token.children if c.dep_ == "amod"]
        for child in [g for t in [token, *modifiers] for g in t.children]:
            if child.dep_.startswith(("nmod", "obl")) and self._case(child) in {"in", "su", "lungo"} \
                    and child.i not in self.token_actor:
                country = self.owner_of(child)
                if country:
                    return country
        return None

    def seat_facts(self, token: Token) -> Iterable[tuple]:
        """"che ha sede all'Aia", "con sede a Ginevra": the organisation basedIn the seat."""
        seats = [self.place_of(c) for c in token.children if self._case(c) in {"a", "in"}]
        if token.dep_ == "obj":  # "che ha sede all'Aia": the seat hangs on the verb
            seats += [self.place_of(c) for c in token.head.children if c.dep_ == "obl" and self._case(c) in {"a", "in"}]
        owner = token.head
        if owner.pos_ in {"VERB", "AUX"}:
            owner = owner.head if owner.dep_.startswith("acl") else next(iter(self.subjects(owner)), owner)
        for seat in seats:
            yield self.token_actor.get(owner.i), "basedIn", seat, 0.8
        yield from self.apposed_seat_facts(token)

    def apposed_seat_facts(self, token: Token) -> Iterable[tuple]:
        """"L'Aia, sede della Corte penale internazionale": the body basedIn the place apposed."""
        place = self.apposed_to(token)
        seat = self.place_of(place) if place is not None else None
        if seat is None:
            return
        for child in token.children:
            if self._case(child) == "di" and child.i in self.token_actor:
                yield self.token_actor[child.i], "basedIn", seat, 0.8

    def member_facts(self, token: Token) -> Iterable[tuple]:
        """"la Svezia è diventata membro della NATO": Sweden memberOf NATO."""
        groups = [a for c in token.children if self._case(c) == "di" for a, _ in self.actors_of(c)]
        if not groups:  # "membro a pieno titolo dei BRICS": the group hung on a later word
            groups = [a for t in token.doc[token.i + 1: min(token.i + 6, token.sent.end)]
                      if self._case(t) == "di" and t.i in self.token_actor for a, _ in self.actors_of(t)][:1]
        if not groups and any(t.lower_ == "ne" for t in token.doc[max(token.sent.start, token.i - 3): token.i]):
            # "il club dei BRICS: l'Indonesia ne è membro": the alliance named just before
            groups = [m.actor_id for m in self.mentions if m.end_char <= token.idx and
                      m.end_char >= token.doc[token.sent.start].idx - 300 and
                      self.actor_type(m.actor_id) == "InternationalOrganization"][-1:]
        verb = token.head if token.dep_ in {"xcomp", "obj", "obl"} and token.head.pos_ in {"VERB", "AUX"} else token
        if verb.dep_ == "acl" and verb != token:  # "l'Indonesia, diventata membro dei BRICS"
            members = self.actors_of(verb.head)
        elif token.dep_.startswith("nsubj") and token.head.lemma_.lower() in self.lex.copular_verbs:
            # "la Finlandia è diventata il trentunesimo membro della NATO", parsed with two subjects
            members = [a for c in token.head.children if c.dep_.startswith("nsubj") and c != token
                       for a in self.actors_of(c)]
        else:
            members = [a for t in self.subjects(verb) for a in self.actors_of(t)]
        apposed = self.apposed_to(token) if "Plur" not in feature(token, "Number") else None
        members += self.actors_of(apposed) if apposed is not None else []  # "la Finlandia, trentunesimo membro della NATO"
        for member, _ in members:
            for group in groups:
                yield member, "memberOf", group, 0.8

    def located_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """"ad Anchorage, in Alaska", "nello stabilimento di Alabuga, in Tatarstan": a place
        followed by ", in" and a wider place lies in it; so does a site followed by ", a" and its city."""
        if token.i not in self.token_actor:
            return
        area = token.head
        if self._case(token) == "di" and area.lower_ in self.lex.area_nouns and self._case(area) == "in":
            # "Leopoli, nell'ovest dell'Ucraina": the part of the country stands for the country
            start = min(t.i for t in area.subtree)
            k = start - 1
            if k >= 1 and token.doc[k].text == "," and token.doc[k - 1].i in self.token_actor:
                place, wider = self.place_of(token.doc[k - 1]), self.place_of(token)
                if place and wider and place != wider and \
                        self.actor_type(place) in {"City", "Location", "Facility", "Region"}:
                    yield Fact(place, "locatedIn", wider, evidence, "asserted", 0.75,
                               f"{self.lang.code}:struct:locatedIn")
            return
        case = self._case(token)
        if case not in {"in", "a"}:
            return
        start = self.mention_start(token)
        k = start.i - 1
        while k >= 0 and start.doc[k].dep_ == "case":
            k -= 1
        if k < 1 or start.doc[k].text != "," or start.doc[k - 1].i not in self.token_actor:
            return
        place, area = self.place_of(start.doc[k - 1]), self.place_of(token)
        small = {"City", "Location", "Facility", "Region"}
        if self.in_list_of_places(self.mention_start(start.doc[k - 1]), self.mention_end(token)):
            return  # "a Harlem, a Brooklyn, nel Queens": places in a row, not one inside the next
        if case == "a" and not (self.actor_type(place) in {"Facility", "Location"} and self.actor_type(area) == "City"):
            return  # "a" only sets a site in its city: "Camp Geille, a Dakar" (not "a Kiev, a Leopoli")
        if place and area and place != area and self.actor_type(place) in small \
                and self.actor_type(area) in small | {"Country"} and self.may_lie_in(place, area):
            yield Fact(place, "locatedIn", area, evidence, "asserted", 0.75, f"{self.lang.code}:struct:locatedIn")

    def heads_a_body(self, role: Token) -> bool:
        """A title over a ministry or another body, not the state: "il capo del Pentagono",
        "il presidente italiano dell'associazione"."""
        owners = [c for c in role.children if self._case(c) == "di"]
        ministry = any(c.i in self.token_actor and self.actor_type(self.token_actor[c.i]) == "Government" for c in owners)
        body = " " not in (self.role_phrase(role) or "") and \
            any(c.pos_ == "NOUN" and c.i not in self.token_actor and c.i > role.i for c in owners)
        return ministry or body

    def in_list_of_places(self, first: Token, end: int) -> bool:
        """Whether the places from ``first`` to ``end`` sit in a comma-separated row of places."""
        doc, k = first.doc, first.i - 1
        while k >= 0 and doc[k].dep_ == "case":
            k -= 1
        before_is_comma = k >= 0 and doc[k].text == ","
        following = (doc[end + 1].head if doc[end + 1].dep_ == "case" else doc[end + 1]) if end + 1 < len(doc) else None
        # (a place, not a person: "A Kazan, in Tatarstan, Modi e Xi…")
        after_is_place = following is not None and doc[end].text == "," and following.i in self.token_actor and \
            self.actor_type(self.token_actor[following.i]) in PLACE_TYPES
        return before_is_comma or after_is_place

    def may_lie_in(self, place: str, area: str) -> bool:
        """False when the gazetteer puts the place in another country ("Gaza, negli USA")."""
        country = self.gazetteer.get(place).country if place in self.gazetteer else None
        return not (country and self.actor_type(area) == "Country" and area != country)

    def title_facts(self, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """leaderOf from titles and appositions: "il leader nordcoreano Kim Jong-un"."""
        for token in sent:
            role = self.role_of(token)
            if role not in self.lex.leader_roles or self.is_former(token) or token.i in self.token_actor:
                continue  # "Papa Francesco": the title is part of the name
            if self.heads_a_body(token):
                continue
            person = self.named_person_in(token)
            if person is None and token.dep_ == "appos" and token.head.i in self.token_actor:
                person = self.token_actor[token.head.i]
            if person is None and self._case(token) == "a" and token.head.pos_ == "NOUN":
                # "Claudia Sheinbaum, prima donna alla guida del Messico": who the holder noun is set off after
                named = self.apposed_to(token.head)
                person = self.token_actor[named.i] if named is not None else None
            country = self.country_of_role(token)
            if person and country and self.actor_type(person) == "Person":
                yield Fact(person, "leaderOf", country, evidence, "asserted", 0.9,
                           f"{self.lang.code}:title")
