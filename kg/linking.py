"""Find actor mentions in a parsed article and link them to canonical actors.

Mentions come from the gazetteer (names and metonyms, matched on lowercased
tokens) and from the model's named entities. Within one article, a lone surname
("Kim", "Shoigu") joins the person named in full earlier.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .facts import Actor, Mention
from .gazetteer import ActorEntry, Gazetteer

NER_TYPES = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Location",
             "GPE": "Location", "NORP": "Group"}
NER_PREFIX = {"Person": "person", "Organization": "org", "Location": "location", "Group": "group"}
PARTICIPLE_ENDINGS = ("ato", "ata", "uto", "uta", "ito", "ita", "nto")  # "Arrivato", "Giunto": no names


def slug(text: str) -> str:
    """An ASCII slug for ids; letters ASCII cannot spell add a short hash, so distinct
    names never share an id ("Путин" and "Зеленский", Cyrillic "Рutin" and "Putin").

    >>> slug("Sergej Šojgu")
    'sergej-sojgu'
    >>> slug("Путин") != slug("Зеленский"), slug("Рutin") != slug("Putin")
    (True, True)
    """
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    lost = any(c.isalpha() and not c.isascii() and not unicodedata.combining(c) for c in decomposed)
    if lost or not base:
        digest = hashlib.sha256(text.encode("utf8")).hexdigest()[:8]
        return f"{base}-{digest}" if base else digest
    return base


def actor_from_entry(entry: ActorEntry) -> Actor:
    return Actor(entry.id, entry.type, entry.label_it, entry.label_en, entry.wikidata)


@cache
def _matcher(vocab, gazetteer: Gazetteer, tokenizer) -> tuple[PhraseMatcher, dict[str, tuple[str, str]]]:
    """A PhraseMatcher over every gazetteer surface form (built once per model)."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    keys: dict[str, tuple[str, str]] = {}
    metonyms = {form for entry in gazetteer for form in entry.metonyms}
    by_key: dict[str, list] = {}
    for form, actor_id in gazetteer.surface_forms():
        how = "metonym" if form in metonyms else "name"
        key = f"{actor_id}|{how}"
        keys[key] = (actor_id, how)
        by_key.setdefault(key, []).append(tokenizer(form))
    for key, patterns in by_key.items():
        matcher.add(key, patterns)
    return matcher, keys


def _prefer_content(spans) -> list[Span]:
    """Non-overlapping spans, longest first; a leading article counts for nothing, so in "la
    Repubblica islamica" the name "Repubblica islamica" beats the newspaper "la Repubblica"."""
    def weight(span: Span) -> tuple[int, int]:
        return len(span) - (span[0].pos_ == "DET"), -span.start
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=weight, reverse=True):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


@cache
def _surname_index(gazetteer: Gazetteer) -> dict[str, ActorEntry]:
    """Surname → person, for surnames only one gazetteer person bears ("Modi", not "Kim")."""
    people: dict[str, list[ActorEntry]] = {}
    for entry in gazetteer:
        if entry.type == "Person" and " " in entry.label_it:
            last = entry.label_it.split()[-1]
            if last[1:].islower() and len(last) > 2:  # not a regnal number ("Leone XIV") nor "Jr."
                people.setdefault(last.lower(), []).append(entry)
    return {surname: found[0] for surname, found in people.items() if len(found) == 1}


IN_PREPOSITIONS = frozenset({"in", "nel", "nella", "nello", "nell'", "negli", "nelle", "nei"})


# a short name two states share → the one an article about the other's places and people means
SHARED_NAMES = {"Congo": "country/COD"}
# sites that, named after a known town, stand for the town itself ("il porto russo di Vladivostok")
TOWN_SITES = frozenset({"porto", "cantiere", "sito", "base", "poligono", "complesso", "arsenale"})
# bodies a later "il Fondo", "la Corte" may name again
BODY_TYPES = frozenset({"InternationalOrganization", "Organization", "Government", "PoliticalParty",
                        "IntelligenceAgency", "Company"})


class ArticleLinker:
    """Links the mentions of one article; keeps the article's surname memory.

    ``not_actors`` are lowercased words the model tends to tag as names ("Nord",
    "Pil", role words); ``weapons`` are names of weapon systems ("Patriot").
    """

    def __init__(self, gazetteer: Gazetteer, tokenizer, not_actors: frozenset[str] = frozenset(),
                 weapons: frozenset[str] = frozenset(), facilities: frozenset[str] = frozenset(),
                 place_nouns: frozenset[str] = frozenset(), area_nouns: frozenset[str] = frozenset(),
                 company_nouns: frozenset[str] = frozenset(), common_nouns: frozenset[str] = frozenset()):
        self.company_nouns = company_nouns  # "l'azienda tedesca Rheinmetall": a company, whatever the model says
        self.common_nouns = common_nouns  # "Navi russe e cinesi…": capitalised only as the first word
        self.gazetteer = gazetteer
        self.place_nouns = place_nouns  # "Sudzha, cittadina della regione di Kursk": a place
        self.area_nouns = area_nouns  # "Leopoli, nell'ovest dell'Ucraina": a place
        self.tokenizer = tokenizer
        self.not_actors = not_actors
        self.weapons = weapons
        self.facilities = facilities
        self.actors: dict[str, Actor] = {}
        self.surnames: dict[str, str] = {}

    def add_actor(self, actor: Actor) -> str:
        """Register an actor of this article (once per id); returns its id."""
        self.actors.setdefault(actor.id, actor)
        return actor.id

    def add_entry(self, entry: ActorEntry) -> str:
        """Register a gazetteer entry as an actor of this article; returns its id."""
        return self.add_actor(actor_from_entry(entry))

    def link(self, doc: Doc) -> list[tuple[Span, Mention]]:
        """Mentions of ``doc``, longest first where they overlap."""
        matcher, keys = _matcher(doc.vocab, self.gazetteer, self.tokenizer)
        candidates: dict[tuple[int, int], tuple[str, str]] = {}
        for match_id, start, end in matcher(doc):
            if all(t.pos_ == "ADJ" and t.is_lower for t in doc[start:end]):
                continue  # "la città ucraina": an adjective spelled like a name ("Ucraina")
            key = keys[doc.vocab.strings[match_id]]
            if all(t.is_lower for t in doc[start:end]) and self.gazetteer.get(key[0]).type == "Person":
                continue  # "in molti modi": a word spelled like a surname ("Modi")
            candidates[(start, end)] = key
        # A company named like a person ("Leonardo") yields to a full personal name around it
        # ("Leonardo DiCaprio"): a model person entity longer than the match, all names.
        people = [ent for ent in doc.ents if NER_TYPES.get(ent.label_) == "Person" and len(ent) > 1
                  and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in ent)]
        for start, end in list(candidates):
            entry = self.gazetteer.get(candidates[(start, end)][0])
            if entry.type == "Company" and any(p.start <= start and end <= p.end and end - start < len(p)
                                               for p in people):
                del candidates[(start, end)]
        # A state's name opening a longer organisation name the model found ("Iran Air") yields to it,
        # when nothing else known lies in the rest of that name.
        organisations = [ent for ent in doc.ents if NER_TYPES.get(ent.label_) == "Organization" and len(ent) > 1
                         and all(t.text[:1].isupper() for t in ent)]
        for start, end in list(candidates):
            if self.gazetteer.get(candidates[(start, end)][0]).type == "Country" and any(
                    o.start == start and end < o.end and not any(start < s < o.end for s, _ in candidates)
                    for o in organisations):
                del candidates[(start, end)]
        # Gazetteer names first: a model span swallowing two known names
        # ("Commissione europea Ursula von der Leyen") must not hide them.
        gazetteer_spans = _prefer_content(doc[s:e] for s, e in candidates)
        gaz_spans = {(s.start, s.end) for s in gazetteer_spans}
        covered = {i for span in gazetteer_spans for i in range(span.start, span.end)}
        model_spans = [ent for ent in doc.ents if ent.label_ in NER_TYPES
                       and not covered.intersection(range(ent.start, ent.end))
                       and not self.gazetteer.by_demonym(ent[-1].text)  # "Russi", "la Camera americana"
                       and not self._capitalised_common_word(ent) and not self._pair_of_names(ent)
                       and not self._state_body(ent)]
        taken = covered | {i for ent in model_spans for i in range(ent.start, ent.end)}
        model_spans += self._described_places(doc, taken) + self._wider_places(doc, taken) + \
            self._famous_surnames(doc, taken)
        mentions = []
        for span in sorted(gazetteer_spans + filter_spans(model_spans), key=lambda s: s.start):
            facility = self._facility_phrase(span, in_town=True) if (span.start, span.end) in gaz_spans and \
                self.gazetteer.get(candidates[(span.start, span.end)][0]).type == "City" and \
                candidates[(span.start, span.end)][1] != "metonym" else None
            if facility is not None:  # "l'aeroporto di Simferopoli", "la centrale di Zaporizhzhia": the facility
                span = facility
                actor_id, how = self._facility_actor(span.text), "ner"
            elif (span.start, span.end) in gaz_spans:
                actor_id, how = candidates[(span.start, span.end)]
                entry = self.gazetteer.get(actor_id)
                if entry.type == "Person":
                    self._remember_person(entry.label_it, actor_id)
                self.add_entry(entry)
            else:
                span = self._facility_phrase(span) or span
                actor_id, how = self._link_entity(span)
                if actor_id is None:
                    continue
            mentions.append((span, Mention(actor_id, span.text, span.start_char, span.end_char, how)))
        mentions = self._shared_names(mentions)
        short = self._short_names(doc, mentions)
        replaced = {span.start for span, _ in short}  # the model's own "Corte" yields to the body named before
        return sorted([m for m in mentions if m[0].start not in replaced] + short, key=lambda m: m[0].start)

    def _shared_names(self, mentions: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """"Congo" names two states: the Democratic Republic when the article otherwise speaks of it
        or of its people and places (Kinshasa, Goma, the M23)."""
        about = {m.actor_id for _, m in mentions} | {self.gazetteer.get(m.actor_id).country for _, m in mentions
                                                     if m.actor_id in self.gazetteer}
        remapped = []
        for span, mention in mentions:
            other = SHARED_NAMES.get(span.text)
            if other is not None and mention.actor_id != other and other in about:
                self.add_entry(self.gazetteer.get(other))
                mention = Mention(other, mention.text, mention.start_char, mention.end_char, mention.how)
            remapped.append((span, mention))
        return remapped

    def _short_names(self, doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[tuple[Span, Mention]]:
        """"Il Fondo monetario internazionale … il Fondo": a body named again in the same article by
        the first word of its name, after an article ("la Corte", not "la Corte suprema")."""
        bodies = [(span, mention) for span, mention in mentions if len(span) > 1 and span[0].text[:1].isupper()
                  and self.actors[mention.actor_id].type in BODY_TYPES]
        if not bodies:
            return []
        covered = {i for span, mention in mentions if mention.how != "ner" or len(span) > 1
                   for i in range(span.start, span.end)}
        first_words: dict[str, tuple[int, str]] = {}  # first word → (where the full name ends, body)
        for span, mention in sorted(bodies, key=lambda m: m[0].end):
            first_words.setdefault(span[0].text, (span.end, mention.actor_id))
        found = []
        for token in doc[min(end for end, _ in first_words.values()):]:
            end, actor_id = first_words.get(token.text, (len(doc), ""))
            if token.i < end or token.i in covered or doc[token.i - 1].pos_ != "DET":
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
                continue  # "la Corte Suprema": another body
            found.append((doc[token.i: token.i + 1],
                          Mention(actor_id, token.text, token.idx, token.idx + len(token.text), "surname")))
        return found

    def _facility_actor(self, text: str) -> str:
        """A facility named by its noun and place ("lo stabilimento di Alabuga")."""
        return self.add_actor(Actor(f"facility/{slug(text)}", "Facility", text, text))

    def _pair_of_names(self, ent: Span) -> bool:
        """"Russia-Ucraina", "Mosca-Kiev", "Rd Congo-Ruanda": two known names joined by a hyphen are
        two parties, not one actor (the headline rules read them)."""
        parts = ent.text.split("-")
        return len(ent) <= 3 and "-" in ent[-1].text and len(parts) == 2 and \
            all(self.gazetteer.lookup(p) or self.gazetteer.by_metonym(p) for p in parts)

    def _state_body(self, ent: Span) -> bool:
        """"il Consiglio di difesa sudanese": a body named by a common noun and its state's demonym is
        that state's, not an organisation of its own."""
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        return ent[0].lower_ in self.common_nouns and after is not None and after.is_lower \
            and self.gazetteer.by_demonym(after.text) is not None

    def _capitalised_common_word(self, ent: Span) -> bool:
        """A sentence's first word that is a common noun capitalised by its place ("Navi russe e
        cinesi…", "Minacce di Pyongyang…") or a participle ("Arrivato in…"), which the model may
        still take for a name."""
        if len(ent) != 1 or not ent[0].is_sent_start:
            return False
        # (or a participle opening the sentence: "Arrivato in Russia per il vertice, Ramaphosa…")
        word, after = ent[0], ent.doc[ent.end] if ent.end < len(ent.doc) else None
        participle = word.pos_ == "VERB" and word.lower_.endswith(PARTICIPLE_ENDINGS) \
            and after is not None and after.pos_ == "ADP"
        return word.lower_ in self.common_nouns or participle

    def _described_places(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Names neither the gazetteer nor the model knows, set off by a comma and described as a
        place: "Sudzha, cittadina della regione di Kursk", "Leopoli, nell'ovest dell'Ucraina"."""
        found = []
        for token in doc:
            if token.pos_ != "PROPN" or token.i in taken or not token.text[:1].isupper() or \
                    (token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and end not in taken:
                end += 1
            if end + 2 >= len(doc) or doc[end].text != ",":
                continue
            j = end + 1
            while j < len(doc) - 1 and doc[j].pos_ in {"DET", "ADJ", "NUM"}:
                j += 1
            word = doc[j]
            place = word.lower_ in self.place_nouns or (
                word.pos_ == "ADP" and doc[j + 1].lower_ in self.area_nouns and j + 2 < len(doc)
                and doc[j + 2].pos_ == "ADP")  # "nell'ovest dell'…"
            if place and doc[token.i:end].text.lower() not in self.not_actors:
                found.append(Span(doc, token.i, end, label="LOC"))
        return found

    def _wider_places(self, doc: Doc, taken: set[int]) -> list[Span]:
        """A name after ", in" following a known place is the wider place it lies in, whatever
        the model says: "Goma, nel Nord Kivu"."""
        found = []
        for token in doc[3:]:
            if token.pos_ != "PROPN" or token.i in taken or not token.text[:1].isupper() or \
                    doc[token.i - 1].lower_ not in IN_PREPOSITIONS or doc[token.i - 2].text != "," or \
                    (token.i - 3) not in taken:
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ in {"PROPN", "X"} and doc[end].text[:1].isupper():
                end += 1
            if any(i in taken for i in range(token.i, end)) or (end < len(doc) and doc[end].pos_ == "ADP"):
                continue  # part of a known name, or "nel Rigoletto di Verdi": a work, not a place
            if doc[token.i:end].text.lower() not in self.not_actors:
                found.append(Span(doc, token.i, end, label="LOC"))
        return found

    def _famous_surnames(self, doc: Doc, taken: set[int]) -> list[Span]:
        """A lone capitalised name inside a sentence that only one gazetteer person bears ("Modi"),
        when the model missed it."""
        surnames = _surname_index(self.gazetteer)
        return [Span(doc, t.i, t.i + 1, label="PER") for t in doc
                if t.i not in taken and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start
                and t.lower_ in surnames and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")]

    def _facility_phrase(self, span: Span, in_town: bool = False) -> Span | None:
        """"lo stabilimento di Alabuga", "la base spaziale di Pituffik": a name the gazetteer does
        not know, introduced by a facility noun, names the facility, not a person or a town. With a known
        town (``in_town``) only a plant of its own is: "la centrale di Zaporizhzhia", "l'aeroporto di
        Simferopoli"; "il porto di Vladivostok", "il cantiere navale di Sebastopoli" are the town."""
        doc, i = span.doc, span.start - 1
        if i < 1 or doc[i].lower_ not in {"di", "del", "della", "dello", "dell'"}:
            return None
        i -= 1
        while i > 0 and doc[i].pos_ == "ADJ":
            i -= 1
        if doc[i].lower_ not in self.facilities and doc[i].lemma_.lower() not in self.facilities:
            return None
        if in_town and {doc[i].lower_, doc[i].lemma_.lower()} & TOWN_SITES:
            return None
        return doc[i: span.end]

    def _after_company_noun(self, span: Span) -> bool:
        """A name right after a company noun and its adjectives ("l'azienda tedesca Rheinmetall",
        "il gruppo Leonardo") names a company."""
        doc, i = span.doc, span.start - 1
        while i > 0 and doc[i].pos_ == "ADJ":
            i -= 1
        return i >= 0 and (doc[i].lower_ in self.company_nouns or doc[i].lemma_.lower() in self.company_nouns)

    def _remember_person(self, name: str, actor_id: str) -> None:
        """Remember a full name's surname, so that a later lone surname joins it."""
        parts = name.split()
        if len(parts) > 1:
            self.surnames.setdefault(parts[-1].lower(), actor_id)

    def _link_entity(self, span: Span) -> tuple[str | None, str]:
        """Link a model entity: weapon name, gazetteer name, known surname, facility, or a new actor."""
        text = span.text.strip(" \"'«»“”")
        facility = span[0].lower_ in self.facilities or span[0].lemma_.lower() in self.facilities
        if not text or not (facility or text[:1].isupper()) or text.lower() in self.not_actors:
            return None, ""
        if text.lower() in self.weapons:
            return self.add_actor(Actor(f"weapon/{slug(text)}", "Weapon", text, text)), "ner"
        entries = self.gazetteer.lookup(text)
        if entries:
            return self.add_entry(entries[0]), "name"
        if facility:
            return self._facility_actor(text), "ner"
        kind = NER_TYPES[span.label_]
        if self._after_company_noun(span):
            return self.add_actor(Actor(f"org/{slug(text)}", "Company", text, text)), "ner"
        if kind == "Person":
            known = self.surnames.get(text.lower())
            if known and " " not in text:
                return known, "surname"
            famous = _surname_index(self.gazetteer).get(text.lower()) if " " not in text else None
            if famous:  # "Modi": the one gazetteer person with that surname
                self._remember_person(famous.label_it, famous.id)
                return self.add_entry(famous), "surname"
            actor_id = f"person/{slug(text)}"
            self._remember_person(text, actor_id)
        else:
            actor_id = f"{NER_PREFIX[kind]}/{slug(text)}"
        return self.add_actor(Actor(actor_id, kind, text, text)), "ner"

