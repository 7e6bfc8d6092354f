"""Structural facts (partOf, capitalOf, locatedIn, basedIn, memberOf) and leaderOf from titles."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..facts import Evidence, Fact


class StructuralFacts:
    """Structural and title facts, a part of ``ArticleReader`` (``rules.py``)."""

    def structural_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """partOf, capitalOf, locatedIn, basedIn, memberOf from the nouns that state them
        (``structural_nouns`` in the lexicon says which noun states which)."""
        lemma = token.lemma_.lower()
        kinds = [kind for kind, nouns in self.lex.structural_nouns.items() if lemma in nouns]
        readers = {"partOf": self.region_facts, "bodyOf": self.body_facts, "capitalOf": self.capital_facts,
                   "locatedIn": self.city_facts, "basedIn": self.seat_facts, "memberOf": self.member_facts}
        for kind in kinds:
            for subject, relation, obj, score in readers[kind](token):
                if subject and obj and subject != obj:
                    yield Fact(subject, relation, obj, evidence, "asserted", score,
                               f"{self.lang.code}:struct:{relation}")

    def region_facts(self, token: Token) -> Iterable[tuple]:
        """"la regione russa di Kursk": Kursk partOf Russia."""
        country = self.country_of_modifier(token)
        for child in token.children:
            if self._case(child) == "di":
                yield self.place_of(child), "partOf", country, 0.8

    def body_facts(self, token: Token) -> Iterable[tuple]:
        """"l'UNRWA, l'agenzia dell'ONU": UNRWA partOf ONU."""
        head = self.apposed_to(token)
        parents = [self.token_actor[c.i] for c in token.children if self._case(c) == "di" and c.i in self.token_actor]
        if head is not None and parents:
            yield self.token_actor[head.i], "partOf", parents[0], 0.8

    def capital_facts(self, token: Token) -> Iterable[tuple]:
        """"Kiev, la capitale ucraina": Kiev capitalOf Ukraine."""
        head = self.apposed_to(token)
        if head is not None:
            yield self.place_of(head), "capitalOf", self.country_of_modifier(token), 0.85

    def city_facts(self, token: Token) -> Iterable[tuple]:
        """"Kharkiv, la seconda città dell'Ucraina": Kharkiv locatedIn Ukraine."""
        head = self.apposed_to(token)
        if head is not None:
            yield self.place_of(head), "locatedIn", self.country_of_modifier(token) or self.country_in_area(token), 0.8

    def country_in_area(self, token: Token) -> str | None:
        """The country of an area phrase under a place noun: "città nel nord-est dell'Ucraina"."""
        for child in token.children:
            if child.dep_.startswith("nmod") and self._case(child) == "in" and child.i not in self.token_actor:
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
        verb = token.head if token.dep_ in {"xcomp", "obj"} else token
        for member, _ in [a for t in self.subjects(verb) for a in self.actors_of(t)]:
            for group in groups:
                yield member, "memberOf", group, 0.8

    def located_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """"ad Anchorage, in Alaska", "nello stabilimento di Alabuga, in Tatarstan": a place
        followed by ", in" and a wider place lies in it."""
        if self._case(token) != "in" or token.i not in self.token_actor:
            return
        start = self.mention_start(token)
        k = start.i - 1
        while k >= 0 and start.doc[k].dep_ == "case":
            k -= 1
        if k < 1 or start.doc[k].text != "," or start.doc[k - 1].i not in self.token_actor:
            return
        place, area = self.place_of(start.doc[k - 1]), self.place_of(token)
        small = {"City", "Location", "Facility", "Region"}
        if place and area and place != area and self.actor_type(place) in small \
                and self.actor_type(area) in small | {"Country"}:
            yield Fact(place, "locatedIn", area, evidence, "asserted", 0.75, f"{self.lang.code}:struct:locatedIn")

    def title_facts(self, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """leaderOf from titles and appositions: "il leader nordcoreano Kim Jong-un"."""
        for token in sent:
            role = self.role_of(token)
            if role not in self.lex.leader_roles or self.is_former(token):
                continue
            person = self.named_person_in(token)
            if person is None and token.dep_ == "appos" and token.head.i in self.token_actor:
                person = self.token_actor[token.head.i]
            country = self.country_of_role(token)
            if person and country and self.actor_type(person) == "Person":
                yield Fact(person, "leaderOf", country, evidence, "asserted", 0.9,
                           f"{self.lang.code}:title")
