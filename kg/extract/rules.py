"""Clause-level extraction rules over Universal Dependencies labels.

Small functions over spaCy tokens, one per pattern: who the subjects of a
predicate are (active, passive, coordinated, relative, inherited by ``xcomp``),
which actor a noun phrase stands for (names, metonyms, role descriptions,
demonyms), the modality of a clause, and how a predicate's frame turns its
arguments into facts. Language specifics come in through ``Language``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ..facts import Actor, ArticleFacts, Evidence, Fact, Mention
from ..gazetteer import Gazetteer
from ..lexicon import Frame, Lexicon
from ..linking import ArticleLinker, slug

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
NAME_ATTACHMENTS = {"appos", "flat", "flat:name", "nmod", "compound", "nmod:poss"}


@dataclass(frozen=True)
class Language:
    code: str
    lexicon: Lexicon
    preposition: Callable[[str], str]
    find_date: Callable[[str, date | None], date | None]
    negators: frozenset[str]


class ArticleReader:
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

    # ---- actors -----------------------------------------------------------------
    def index_mentions(self, doc: Doc) -> None:
        for span, mention in self.linker.link(doc):
            self.mentions.append(mention)
            for token in span:
                self.token_actor[token.i] = mention.actor_id
                self.token_how[token.i] = mention.how

    def last_person_before(self, char: int) -> str | None:
        people = [m for m in self.mentions if m.end_char <= char and self.actor_type(m.actor_id) == "Person"]
        return people[-1].actor_id if people else None

    def actor_type(self, actor_id: str) -> str:
        return self.linker.actors[actor_id].type

    def role_of(self, token: Token) -> str | None:
        """The office a role noun names ("presidente" → head_of_state), multiword roles first."""
        phrase = self.role_phrase(token)
        return self.lex.role_nouns[phrase] if phrase else self.lex.role_nouns.get(token.lemma_.lower())

    def country_of_modifier(self, token: Token) -> str | None:
        """The state a noun is qualified by: "russo", "di Pyongyang", "della Corea del Nord"."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        neighbours = [following] if following is not None else []
        for child in [*token.children, *neighbours]:
            # demonyms get tagged NOUN too ("il presidente turco"): trust the word, not the tag
            if child.dep_ in {"amod", "nmod"} or child.pos_ == "ADJ":
                entry = self.gazetteer.by_demonym(child.lower_)
                if entry:
                    return self.linker.add_entry(entry)
        for child in token.children:
            if child.dep_.startswith("nmod") and self._case(child) == "di":
                actor_id = self.token_actor.get(child.i)
                if actor_id and self.actor_type(actor_id) in {"Country", "Organization",
                                                              "InternationalOrganization"}:
                    return actor_id
        return None

    def role_phrase(self, token: Token) -> str | None:
        """The longest role phrase starting at ``token`` ("presidente del consiglio")."""
        words = [t.lower_ for t in token.doc[token.i: token.i + 3]]
        for size in (3, 2, 1):
            if " ".join(words[:size]) in self.lex.role_nouns and len(words) >= size:
                return " ".join(words[:size])
        return None

    def country_of_role(self, token: Token) -> str | None:
        """The state a role belongs to: its modifier, or the default of a national title."""
        phrase = self.role_phrase(token)
        after = token.doc[token.i + len(phrase.split())] if phrase and token.i + len(phrase.split()) < len(token.doc) else None
        if after is not None and after.pos_ == "ADJ" and phrase and " " in phrase:
            # "presidente del Consiglio europeo" is not Italy's premier; "primo ministro albanese" is Albania's
            last = token.doc[token.i + len(phrase.split()) - 1]
            return self.country_of_modifier(token) or self.country_of_modifier(last)
        if phrase in self.lex.role_countries:
            return self.linker.add_entry(self.gazetteer.get(self.lex.role_countries[phrase]))
        if phrase and " " in phrase:  # "presidente del Consiglio": "Consiglio" is the role, not its state
            last = token.doc[token.i + len(phrase.split()) - 1]
            return self.country_of_modifier(last)
        return self.country_of_modifier(token)

    def named_person_in(self, token: Token) -> str | None:
        """A person named beside a role noun: "il leader nordcoreano Kim Jong-un"."""
        candidates = [c for c in token.children if c.dep_ in NAME_ATTACHMENTS and not self._case(c)]
        if token.dep_ == "appos":
            candidates.append(token.head)
        candidates += self._name_beside(token)
        for candidate in candidates:
            actor_id = self.token_actor.get(candidate.i)
            if actor_id and self.actor_type(actor_id) == "Person":
                return actor_id
        return None

    def _name_beside(self, token: Token) -> list[Token]:
        """The words right after a title ("leader nordcoreano Kim"), or before ", leader".

        Read off the word order as well as the tree: parsers often hang the name
        elsewhere ("il leader nordcoreano Kim Jong-un" parsed as a copular clause).
        """
        doc, found = token.doc, []
        i = token.i + 1
        while i < len(doc) and (doc[i].pos_ == "ADJ" or doc[i].lower_ in {"della", "degli", "esteri", "difesa",
                                                                         "di", "del", "ministro", "consiglio"}):
            i += 1
        if i < len(doc):
            found.append(doc[i])
        j = token.i - 1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        if j >= 1 and doc[j].text == ",":
            found.append(doc[j - 1])
        return found

    def actor_at(self, token: Token) -> tuple[str | None, str]:
        """The actor a nominal head stands for, and how it was resolved."""
        if token.i in self.token_actor:
            actor_id = self.token_actor[token.i]
            how = self.token_how[token.i]
            if how == "metonym":  # capitals and seats of power act for their state; other cities stay places
                return self._state_for_place(actor_id), "metonym"
            return actor_id, how
        if token.pos_ == "NOUN":  # any title beside a name: "il ministro albanese Edi Rama"
            person = self.named_person_in(token)
            if person:
                return person, "title"
        role = self.role_of(token)
        if role:
            country = self.country_of_role(token)
            if country and self.date:
                holder = self.gazetteer.office_holder(country, role, self.date)
                if holder:
                    return self.linker.add_entry(holder), "role"
        if token.lemma_.lower() in self.lex.collective_nouns or token.lower_ in self.lex.collective_nouns \
                or token.lemma_.lower() in self.lex.lists["@weapons"]:  # "un missile russo ha colpito"
            country = self.country_of_modifier(token)
            if country:
                return country, "demonym"
        # A proper-noun head whose name sits in a flat/appos child ("Kim" → "Kim Jong-un").
        for child in token.children:
            if child.dep_ in {"flat", "flat:name", "appos"} and child.i in self.token_actor:
                return self.token_actor[child.i], self.token_how[child.i]
        return None, ""

    def _state_for_place(self, actor_id: str) -> str:
        entry_id = actor_id
        try:
            entry = self.gazetteer.get(actor_id)
        except KeyError:
            return actor_id
        if entry.type in {"City", "Facility", "Government"} and entry.country:
            entry_id = self.linker.add_entry(self.gazetteer.get(entry.country))
        return entry_id

    def actors_of(self, token: Token | None) -> list[tuple[str, str]]:
        """Actors of a noun phrase and of every noun coordinated with it."""
        if token is None:
            return []
        found = []
        if token.lemma_.lower() in self.lex.collective_nouns:  # "le delegazioni russa e ucraina"
            for adjective in [c for c in token.children if c.dep_ == "amod"]:
                for member in conjuncts(adjective):
                    entry = self.gazetteer.by_demonym(member.lower_)
                    if entry:
                        found.append((self.linker.add_entry(entry), "demonym"))
        for member in [token, *conjuncts(token)]:
            actor_id, how = self.actor_at(member)
            if actor_id and all(actor_id != a for a, _ in found):
                found.append((actor_id, how))
        return found

    def actors_inside(self, token: Token, depth: int = 2) -> list[tuple[str, str]]:
        """Actors in a noun's modifiers: "l'amicizia con Pyongyang" → Pyongyang's state.
        Places where things happen ("nello Yemen") are not who they happen to."""
        found = self.actors_of(token)
        if found or depth == 0:
            return found
        for child in token.children:
            if child.dep_.startswith(("nmod", "amod")) and child.pos_ in NOMINAL | {"ADJ"} \
                    and self._case(child) not in {"in", "a", "da", "su", "per"}:
                found += [a for a in self.actors_inside(child, depth - 1) if a not in found]
        return found

    # ---- clause structure ---------------------------------------------------------
    def _case(self, token: Token) -> str | None:
        for child in token.children:
            if child.dep_ in {"case", "mark"}:
                return self.lang.preposition(child.text)
        return None

    def postverbal_object(self, verb: Token) -> Token | None:
        """"Ha poi incontrato Putin": a subject after an avere-participle with no object is its object."""
        if any(c.dep_ == "obj" for c in verb.children):
            return None
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "avere" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)

    def subjects(self, verb: Token) -> list[Token]:
        """The agents of a predicate: active subjects, passive agents, or the governing clause's."""
        passive = is_passive(verb)
        found = []
        misparsed_object = self.postverbal_object(verb)
        for child in verb.children:
            if child == misparsed_object:
                continue
            if (child.dep_ in {"nsubj", "nsubj:pass"} and not passive) or child.dep_ == "obl:agent" or \
                    (child.dep_ == "obl" and passive and self._case(child) == "da"):
                found.append(child)
        if not passive:  # a caseless proper noun before the verb is a misparsed subject
            found += [c for c in verb.children if c.dep_ == "obl" and c.i < verb.i and c.pos_ == "PROPN"
                      and self._case(c) is None]
        found = [verb.head if is_relative_pronoun(t) and verb.dep_.startswith("acl") else t for t in found]
        if not found and verb.dep_ == "acl:relcl":  # "Kim, che aveva celebrato…": the antecedent
            return [verb.head]
        if not found and verb.dep_ in {"xcomp", "conj"} and verb.head != verb:
            return self.subjects(verb.head)
        return found

    def theme(self, verb: Token) -> Token | None:
        misparsed_object = self.postverbal_object(verb)
        if misparsed_object is not None:
            return misparsed_object
        wanted = "nsubj:pass" if is_passive(verb) else "obj"
        for child in verb.children:
            if child.dep_ == wanted or (wanted == "nsubj:pass" and child.dep_ == "nsubj"):
                return child
        for child in verb.children:  # a theme noun mistagged as a verb: "ha inviato soldati"
            if child.dep_ in {"xcomp", "ccomp"} and any(child.lower_ in words for words in self.lex.lists.values()):
                return child
        return None

    def theme_words(self, theme: Token | None) -> set[str]:
        if theme is None:
            return set()
        words = set()
        for token in [theme, *conjuncts(theme)]:
            words |= {token.lemma_.lower(), token.lower_}
            for child in token.children:
                if child.dep_.startswith(("nmod", "compound", "flat", "amod")):
                    words |= {child.lemma_.lower(), child.lower_}
        return words

    def obliques(self, verb: Token, theme: Token | None) -> list[tuple[str, Token]]:
        """(preposition, noun) for the verb's obliques and the theme's modifiers."""
        found = []
        # Parsers often attach "a Mosca" inside the object ("proiettili di artiglieria a Mosca").
        heads = [(verb, 0)] + ([(theme, 2)] if theme is not None else [])
        while heads:
            head, depth = heads.pop(0)
            for child in head.children:
                if child.dep_.startswith(("obl", "nmod")) and child.dep_ != "obl:agent":
                    prep = self._case(child)
                    if prep:
                        found.append((prep, child))
                    # descend only through theme nouns: "proiettili di artiglieria a Mosca",
                    # not "sanzioni contro la Russia per l'aggressione all'Ucraina"
                    if depth > 0 and head != verb and self._is_theme_noun(child):
                        heads.append((child, depth - 1))
        return found

    def _is_theme_noun(self, token: Token) -> bool:
        return any(word in words for words in self.lex.lists.values()
                   for word in (token.lower_, token.lemma_.lower()))

    # ---- modality ------------------------------------------------------------------
    def modality(self, verb: Token, sent: Span) -> tuple[str, str | None]:
        """``(modality, source actor)`` of the clause headed by ``verb``."""
        chain = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
        if any(c.lower_ in self.lang.negators for c in verb.children if c.dep_ == "advmod"):
            return "negated", None
        governor = verb.head if verb.dep_ in {"xcomp", "ccomp", "advcl"} else None
        if governor is not None:
            glemma = governor.lemma_.lower()
            if glemma in self.lex.request_verbs:
                return "requested", None
            if glemma in self.lex.plan_verbs:
                return "planned", None
            if any(c.lower_ in self.lang.negators for c in governor.children if c.dep_ == "advmod"):
                return "negated", None
        if any("Fut" in t.morph.get("Tense") for t in chain):
            return "planned", None
        source = self.cited_source(verb, sent)
        hedged = any("Cnd" in t.morph.get("Mood") for t in chain) or \
            any(c.lower_ in self.lex.hedge_words for c in verb.children)
        if hedged:
            return "hedged", source
        if source:
            return "reported", source
        if governor is not None and governor.lemma_.lower() in self.lex.reporting_verbs \
                and verb.dep_ == "ccomp":
            speakers = self.actors_of(next(iter(self.subjects(governor)), None))
            return "reported", speakers[0][0] if speakers else None
        return "asserted", None

    def cited_source(self, verb: Token, sent: Span) -> str | None:
        """The actor a claim is attributed to: "secondo l'intelligence sudcoreana"."""
        for token in sent:
            if token.dep_ == "case" and self.lang.preposition(token.text) in self.lex.source_prepositions:
                actors = self.actors_inside(token.head)
                if actors:
                    return actors[0][0]
        return None

    # ---- facts ------------------------------------------------------------------------
    def type_ok(self, actor_id: str, allowed: frozenset[str]) -> bool:
        return not allowed or self.actor_type(actor_id) in allowed

    def targets(self, frame: Frame, verb: Token, theme: Token | None) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for spec in frame.target:
            if spec == "obj" and theme is not None and theme.pos_ == "PRON" and "Prs" in theme.morph.get("PronType") \
                    and not is_passive(verb):  # "Putin lo ha accolto": the last other person named
                subjects = {a for s in self.subjects(verb) for a, _ in self.actors_of(s)}
                people = [m.actor_id for m in self.mentions if m.end_char <= theme.idx
                          and self.actor_type(m.actor_id) == "Person" and m.actor_id not in subjects]
                found += [(people[-1], "pronoun")] if people else []
            elif spec == "obj" and theme is not None and (frame.direct or is_passive(verb)):
                found += self.actors_of(theme)  # passive: "Meloni è stata accolta da Trump"
            elif spec == "obj" and theme is not None:
                inside = self.actors_inside(theme)
                if not inside:  # "ha elogiato l'amicizia con Pyongyang", "con" hung on the verb
                    inside = [a for prep, noun in self.obliques(verb, None) if prep in {"con", "di", "verso"}
                              for a in self.actors_of(noun)]
                found += inside
            elif spec == "iobj":
                for child in verb.children:
                    if child.dep_ == "iobj":
                        found += self.actors_of(child)
            elif spec == "theme":
                found += self.object_entity(verb, theme)
            elif spec == "theme_between" and theme is not None:  # "ospitare i colloqui tra Russia e Ucraina"
                found += [a for c in theme.children if self._case(c) == "tra" for a in self.actors_of(c)]
            elif spec == "event" and theme is None:
                found += self.event_entity(verb)
            else:
                for prep, noun in self.obliques(verb, theme):
                    if prep == spec:
                        found += self.actors_inside(noun, depth=1)
        unique = []
        for item in found:
            if item[0] not in [u[0] for u in unique]:
                unique.append(item)
        return unique

    def object_entity(self, verb: Token, theme: Token | None) -> list[tuple[str, str]]:
        """A non-actor object (weapon or topic) for ``orders``/``produces``/``tests``."""
        agents = {t.i for s in self.subjects(verb) for t in s.subtree}
        scope = [t for t in verb.subtree if t.i not in agents and t.i > verb.i]
        weapons = self.lex.lists["@weapons"]
        for token in scope:
            if token.pos_ in {"NOUN", "PROPN", "ADJ", "X"} and (token.lemma_.lower() in weapons or token.lower_ in weapons):
                lemma = self.lex.weapon_names.get(token.lower_) or self.lex.weapon_names.get(token.lemma_.lower()) \
                    or token.lemma_.lower()
                actor = Actor(f"weapon/{slug(lemma)}", "Weapon", lemma, "")
                return [(self.linker.add_actor(actor), "weapon")]
        if theme is not None and theme.pos_ == "NOUN":
            lemma = theme.lemma_.lower()
            return [(self.linker.add_actor(Actor(f"topic/{slug(lemma)}", "Topic", lemma, "")), "topic")]
        return []

    def event_entity(self, verb: Token) -> list[tuple[str, str]]:
        """An event attended: "hanno assistito alla parata militare di Pechino"."""
        for child in verb.children:
            if child.dep_.startswith("obl") and self._case(child) == "a" and child.pos_ == "NOUN" \
                    and child.i not in self.token_actor:
                words = [child] + [c for c in child.children if c.dep_ == "amod"]
                words += [c for c in child.children if self._case(c) == "di" and c.pos_ == "PROPN"]
                label = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
                for c in child.children:
                    if self._case(c) == "di" and c.pos_ == "PROPN":
                        label = label.replace(c.text, f"di {c.text}")
                return [(self.linker.add_actor(Actor(f"event/{slug(label)}", "Event", label, "")), "event")]
        return []

    def implied_agent(self, frame: Frame, theme: Token | None) -> list[tuple[str, str]]:
        """Agentless "sono stati inviati soldati nordcoreani": the demonym names the sender."""
        if theme is None or frame.relation not in {"deploysTroopsTo", "suppliesWeaponsTo"}:
            return []
        country = self.country_of_modifier(theme)
        return [(country, "demonym")] if country else []

    def clause_subjects(self, verb: Token) -> list[tuple[str, str]]:
        """Actor subjects of a clause; an Italian zero subject ("Ha poi telefonato a Putin")
        or a personal pronoun takes the last actor that was a subject in the article."""
        explicit = self.subjects(verb)
        pronoun = [t for t in explicit if t.pos_ == "PRON" and "Prs" in t.morph.get("PronType")]
        subjects = [a for s in explicit if s not in pronoun for a in self.actors_of(s)]
        if subjects:
            self.last_subjects = subjects
            return subjects
        if (not explicit or pronoun) and not is_passive(verb) and verb.pos_ == "VERB" \
                and "1" not in verb.morph.get("Person") and "2" not in verb.morph.get("Person"):
            return [(actor_id, "zero") for actor_id, _ in self.last_subjects]
        return []

    def clause_facts(self, verb: Token, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        frames = self.lex.frames_for(verb.lemma_) or self.lex.frames_for(verb.lower_)
        subjects = self.clause_subjects(verb)
        if not frames:
            return
        theme = self.theme(verb)
        words = self.theme_words(theme)
        modality, source = self.modality(verb, sent)
        event_date = self.lang.find_date(sent.text, self.date)
        for frame in frames:
            if frame.theme and not (words & frame.theme):
                continue
            agents = subjects or (self.implied_agent(frame, theme) if is_passive(verb) else [])
            agents = [a for a in agents if self.type_ok(a[0], frame.subject_types)]
            if not agents:
                continue
            objects = [o for o in self.targets(frame, verb, theme) if self.type_ok(o[0], frame.object_types)]
            pairs = [(s, o) for s in agents for o in objects if s[0] != o[0]]
            if not objects and frame.pairwise and len(agents) > 1:
                pairs = list(combinations(agents, 2))
            for (subj, subj_how), (obj, obj_how) in pairs:
                yield Fact(subj, frame.relation, obj, evidence, modality,
                           confidence(modality, subj_how, obj_how), f"{self.lang.code}:{frame.lemma}",
                           source, event_date)
            if pairs:
                return  # the first frame that fits wins: "inviare truppe" is not also "inviare aiuti"

    def nominal_facts(self, noun: Token, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """Relations carried by nouns: "la visita di Putin a Pyongyang", "l'asse tra Mosca e Pyongyang",
        "il sostegno militare dell'UE a Kiev", "l'invio di truppe nordcoreane in Russia"."""
        frames = self.lex.nominal_frames.get(noun.lower_) or self.lex.nominal_frames.get(noun.lemma_.lower())
        if not frames or noun.i in self.token_actor:
            return
        governor = noun.head if noun.head != noun else None
        if governor is not None and governor.lemma_.lower() in self.lex.verbal_governors:
            return  # "ha espresso sostegno alla Russia" is words, handled by the verb's frame
        modality, source = self.modality(governor, sent) if governor is not None and \
            governor.pos_ in {"VERB", "AUX"} else ("asserted", None)
        if modality == "negated":  # "non ha condannato l'invasione russa": the invasion still happened
            modality = "asserted"
        # "un futuro incontro", "ospitare un incontro": an event not (yet) happened
        if any(c.lemma_.lower() in self.lex.hypothetical_modifiers for c in noun.children) or \
                (governor is not None and "Inf" in governor.morph.get("VerbForm")):
            modality = "planned"
        event_date = self.lang.find_date(sent.text, self.date)
        complements = [(self._case(c), c) for c in noun.children if c.dep_.startswith(("nmod", "obl"))]
        for frame in frames:
            theme_nouns = [c for p, c in complements if p == "di" and self._is_theme_noun(c)]
            if frame.theme and not any({c.lower_, c.lemma_.lower()} & frame.theme for c in theme_nouns):
                continue
            agents = [a for p, c in complements if p == "di" and c not in theme_nouns for a in self.actors_of(c)]
            country = next(filter(None, map(self.country_of_modifier, [noun, *theme_nouns])), None)
            if not agents and country:
                agents = [(country, "demonym")]
            if not agents and governor is not None and noun.dep_ in {"obj", "obl"} and governor.pos_ == "VERB":
                agents = [a for t in self.subjects(governor) for a in self.actors_of(t)]
            if not agents and any(c.dep_ == "det:poss" for c in noun.children):
                person = self.last_person_before(noun.idx)  # "la sua visita": the last person named
                agents = [(person, "zero")] if person else []
            objects = [a for p, c in complements + [(self._case(c), c) for t in theme_nouns for c in t.children]
                       if p in frame.target and p not in {"tra"} and not (p == "di" and frame.relation != "attacks")
                       for a in self.actors_of(c)]
            between = [a for p, c in complements if p == "tra" for a in self.actors_of(c)]
            if frame.relation == "mediates" and not objects and governor is not None:
                objects = [a for t in self.subjects(governor) for a in self.actors_of(t)]
            if frame.relation == "attacks" and not agents:
                continue
            pairs = [(s, o) for s in agents for o in objects if s[0] != o[0]]
            if frame.pairwise and len(between) > 1:
                pairs += list(combinations(between, 2))
            for (subj, subj_how), (obj, obj_how) in pairs:
                yield Fact(subj, frame.relation, obj, evidence, modality,
                           round(confidence(modality, subj_how, obj_how) - 0.1, 2),
                           f"{self.lang.code}:noun:{frame.lemma}", source, event_date)
            if pairs:
                return

    def place_of(self, token: Token) -> str | None:
        """The place a token names, as a place: "Kiev" the city, not Ukraine acting."""
        actor_id = self.token_actor.get(token.i)
        if actor_id is None:
            return None
        if self.token_how.get(token.i) == "metonym":
            span_text = " ".join(t.text for t in token.doc[token.i: token.i + 1])
            cities = [e for e in self.gazetteer.lookup(span_text) if e.type in {"City", "Region", "Location"}]
            return self.linker.add_entry(cities[0]) if cities else None
        return actor_id

    def structural_facts(self, token: Token, evidence: Evidence) -> Iterable[Fact]:
        """partOf, capitalOf, locatedIn, basedIn, memberOf from the nouns that state them."""
        lemma = token.lemma_.lower()
        code = self.lang.code
        if lemma in self.lex.structural_nouns.get("partOf", ()):  # "la regione russa di Kursk"
            country = self.country_of_modifier(token)
            for prep, child in [(self._case(c), c) for c in token.children]:
                place = self.place_of(child) if prep == "di" else None
                if country and place and place != country:
                    yield Fact(place, "partOf", country, evidence, "asserted", 0.8, f"{code}:struct:partOf")
        elif lemma in self.lex.structural_nouns.get("capitalOf", ()) and token.dep_ == "appos":
            country = self.country_of_modifier(token)  # "Kiev, la capitale ucraina"
            place = self.place_of(token.head)
            if country and place and place != country:
                yield Fact(place, "capitalOf", country, evidence, "asserted", 0.85, f"{code}:struct:capitalOf")
        elif lemma in self.lex.structural_nouns.get("locatedIn", ()) and token.dep_ == "appos":
            place = self.place_of(token.head)  # "Kharkiv, la seconda città dell'Ucraina"
            country = self.country_of_modifier(token)
            if country and place and place != country:
                yield Fact(place, "locatedIn", country, evidence, "asserted", 0.8, f"{code}:struct:locatedIn")
        elif lemma in self.lex.structural_nouns.get("basedIn", ()):  # "che ha sede all'Aia", "con sede a"
            seats = [self.place_of(c) for c in token.children if self._case(c) in {"a", "in"}]
            owner = token.head
            if owner.pos_ in {"VERB", "AUX"}:
                owner = owner.head if owner.dep_.startswith("acl") else next(iter(self.subjects(owner)), owner)
            org = self.token_actor.get(owner.i)
            for seat in [x for x in seats if x]:
                if org and org != seat:
                    yield Fact(org, "basedIn", seat, evidence, "asserted", 0.8, f"{code}:struct:basedIn")
        elif lemma in self.lex.structural_nouns.get("memberOf", ()):  # "è diventata membro della NATO"
            groups = [a for c in token.children if self._case(c) == "di" for a in self.actors_of(c)]
            verb = token.head if token.dep_ in {"xcomp", "obj"} else token
            members = [a for t in self.subjects(verb) for a in self.actors_of(t)]
            for (member, _), (group, _) in ((m, g) for m in members for g in groups):
                if member != group:
                    yield Fact(member, "memberOf", group, evidence, "asserted", 0.8, f"{code}:struct:memberOf")

    def title_facts(self, sent: Span, evidence: Evidence) -> Iterable[Fact]:
        """leaderOf from titles and appositions: "il leader nordcoreano Kim Jong-un"."""
        for token in sent:
            role = self.role_of(token)
            if role not in self.lex.leader_roles:
                continue
            person = self.named_person_in(token)
            if person is None and token.dep_ == "appos" and token.head.i in self.token_actor:
                person = self.token_actor[token.head.i]
            country = self.country_of_role(token)
            if person and country and self.actor_type(person) == "Person":
                yield Fact(person, "leaderOf", country, evidence, "asserted", 0.9,
                           f"{self.lang.code}:title")

    def read(self, doc: Doc) -> list[Fact]:
        self.index_mentions(doc)
        facts: list[Fact] = []
        for sent in doc.sents:
            evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
            facts.extend(self.title_facts(sent, evidence))
            for token in sent:
                if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT":
                    facts.extend(self.clause_facts(token, sent, evidence))
                if token.pos_ == "NOUN":
                    facts.extend(self.nominal_facts(token, sent, evidence))
                    facts.extend(self.structural_facts(token, evidence))
        return dedupe(facts)


def conjuncts(token: Token) -> list[Token]:
    return [t for t in token.children if t.dep_ == "conj"]


def is_passive(verb: Token) -> bool:
    """A passive has a passive auxiliary ("è stato firmato"); "è arrivato" is active."""
    return any(c.dep_ in {"aux:pass", "expl:pass"} for c in verb.children)


def is_relative_pronoun(token: Token) -> bool:
    return "Rel" in token.morph.get("PronType")


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


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, sentence): the most confident."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.evidence.start_char)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return list(best.values())


def extract_article(doc: Doc, article_id: str, article_date: date | None, language: Language,
                    gazetteer: Gazetteer, tokenizer) -> ArticleFacts:
    """Read one parsed article into linked actors, mentions and facts."""
    lexicon = language.lexicon
    linker = ArticleLinker(gazetteer, tokenizer, lexicon.not_actors | frozenset(lexicon.role_nouns),
                           lexicon.lists["@weapons"])
    reader = ArticleReader(language, gazetteer, linker, article_date)
    facts = reader.read(doc)
    used = {f.subject for f in facts} | {f.object for f in facts} | {m.actor_id for m in reader.mentions}
    actors = tuple(a for a in linker.actors.values() if a.id in used)
    return ArticleFacts(article_id, actors, tuple(reader.mentions), tuple(facts),
                        sentences=sum(1 for _ in doc.sents))
