"""Which actor a stretch of an article stands for: linked names, metonyms, role descriptions
resolved through the gazetteer's office holders, titles beside names, demonyms, clitics."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..facts import Mention
from .common import (ARGUMENTS, ELIDED_HEADS, NAME_ATTACHMENTS, NOMINAL, SMALL_PLACES, TEAM_NOUNS, chain_root,
                     conjuncts, feature, previous_sentence_start)

GROUP_SIZES = {"due": 2, "tre": 3, "quattro": 4}  # "i due leader", "i tre paesi europei"
# what two states may be called as a pair: "i due rivali del Golfo", "i due vicini"
PAIR_NOUNS = frozenset({"rivale", "rivali", "vicino", "vicini", "alleato", "alleati", "potenza", "potenze",
                        "avversario", "avversari", "nemico", "nemici", "capitale", "capitali"})
RESCUE_WORDS = frozenset({"ricerca", "salvataggio", "soccorso", "emergenza"})
# the executive a leader heads: "il governo di Maduro", "il regime di Assad" act for the state
GOVERNMENT_NOUNS = frozenset({"governo", "esecutivo", "regime", "amministrazione"})
# What a minister or secretary is "of" ("il segretario al Tesoro Scott Bessent"): words between title and name
COUNTERPART_WORDS = frozenset({"omologo", "omologa", "controparte"})  # the same office in another state
OFFICE_DOMAINS = frozenset({"tesoro", "interno", "interni", "esteri", "difesa", "stato", "economia", "finanze",
                            "commercio", "giustizia", "energia", "sicurezza"})


class ActorResolution:
    """Actor resolution, a part of ``ArticleReader`` (``rules.py``)."""

    def index_mentions(self, doc: Doc) -> None:
        """Link the article's mentions and remember which actor each token belongs to."""
        for span, mention in self.linker.link(doc):
            self.mentions.append(mention)
            for token in span:
                self.token_actor[token.i] = mention.actor_id
                self.token_how[token.i] = mention.how

    def remember(self, token: Token, actor_id: str, how: str) -> None:
        """Log a description resolved to an actor ("il presidente turco" → Erdoğan) as a mention:
        the merge log says why it joined that actor, and its words become an alt label."""
        if how in {"name", "ner", "surname"}:
            return  # the linker logged these already
        cut = {"acl", "acl:relcl", "punct", "conj", "cc", "appos", "advcl", "parataxis"}

        def phrase(head: Token) -> list[Token]:  # (not "e Nicolás Maduro" hung on "egiziano" either)
            return [head] + [t for c in head.children if c.dep_ not in cut for t in phrase(c)]
        kept = phrase(token)
        start, end = min(t.i for t in kept), max(t.i for t in kept) + 1
        if end - start > 8:  # a long description is evidence, not a name
            start, end = token.i, token.i + 1
        span = token.doc[start:end]
        while len(span) > 1 and span[0].pos_ in {"DET", "ADP"}:
            span = span[1:]
        key = (span.start_char, span.end_char, actor_id)
        logged = self.__dict__.setdefault("_remembered", set())
        if key not in logged:
            logged.add(key)
            self.mentions.append(Mention(actor_id, span.text, span.start_char, span.end_char, how))

    def last_person_before(self, char: int) -> str | None:
        """The last person mentioned before a character offset."""
        people = [m for m in self.mentions if m.end_char <= char and self.actor_type(m.actor_id) == "Person"]
        return people[-1].actor_id if people else None

    def actor_type(self, actor_id: str) -> str:
        """The ontology class of a linked actor ("Country", "Person"…)."""
        return self.linker.actors[actor_id].type

    def role_of(self, token: Token) -> str | None:
        """The office a role noun names ("presidente" → head_of_state), multiword roles first."""
        phrase = self.role_phrase(token)
        return self.lex.role_nouns[phrase] if phrase else self.lex.role_nouns.get(token.lemma_.lower())

    def is_former(self, token: Token) -> bool:
        """"l'ex premier": a title its bearer no longer holds."""
        previous = token.doc[token.i - 1] if token.i > 0 else None
        return any(c.lower_ in self.lex.former_modifiers for c in token.children) or \
            (previous is not None and previous.lower_ in self.lex.former_modifiers)

    def country_of_modifier(self, token: Token, cases: tuple[str, ...] = ("di", "da")) -> str | None:
        """The state a noun is qualified by: "russo", "di Pyongyang", "della Corea del Nord"."""
        return self.demonym_of(token) or self.owner_of(token, cases)

    def demonym_of(self, token: Token) -> str | None:
        """The state of a demonym qualifying a noun ("il presidente turco", "soldati nordcoreani")."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        neighbours = [following] if following is not None else []
        if following is not None and following.pos_ == "ADJ" and following.i + 1 < token.sent.end:
            neighbours.append(token.doc[following.i + 1])  # "regione separatista moldava", "moldava" read as a verb
        for child in [*token.children, *neighbours]:
            # demonyms get tagged NOUN too ("il presidente turco"), and the word right after the noun
            # may hang anywhere ("soldati nordcoreani" as flat:name): trust the word, not the tag
            if child.i in self.token_actor:  # "dell'Ucraina" is the name, not the adjective "ucraina"
                continue
            if child.dep_ in {"amod", "nmod"} or child.pos_ == "ADJ" or child in neighbours:
                entry = self.gazetteer.by_demonym(child.lower_)
                if entry:
                    return self.linker.add_entry(entry)
        return None

    def owner_of(self, token: Token, cases: tuple[str, ...] = ("di", "da")) -> str | None:
        """The state or body a noun belongs to: "il leader di Pyongyang", goods "dall'Unione europea"."""
        for child in token.children:
            if child.dep_.startswith("nmod") and self._case(child) in cases:
                actor_id = self.owner_of_token(child)
                if actor_id:
                    return actor_id
        return None

    def owner_of_token(self, token: Token) -> str | None:
        """The state or body a name stands for as an owner (a capital for its state)."""
        actor_id = self.token_actor.get(token.i)
        if actor_id and self.token_how.get(token.i) == "metonym":
            actor_id = self._state_for_place(actor_id)
        if actor_id and self.actor_type(actor_id) in {"Country", "Organization", "InternationalOrganization",
                                                      "ArmedGroup", "PoliticalParty"}:
            return actor_id
        return None

    def role_token(self, token: Token) -> Token:
        """Where the role phrase a head noun ends starts: "primo" for the head "ministro"."""
        if token.i > 0:
            phrase = self.role_phrase(token.doc[token.i - 1])
            if phrase and len(phrase.split()) >= 2:
                return token.doc[token.i - 1]
        return token

    def role_phrase(self, token: Token) -> str | None:
        """The longest role phrase starting at ``token`` ("presidente del consiglio")."""
        if token.lower_ not in self.lex.role_first_words:
            return None
        words = [t.lower_ for t in token.doc[token.i: token.i + 3]]
        for size in (3, 2, 1):
            if " ".join(words[:size]) in self.lex.role_nouns and len(words) >= size:
                return " ".join(words[:size])
        return None

    def country_of_role(self, token: Token) -> str | None:
        """The state a role belongs to: its modifier, or the default of a national title."""
        phrase = self.role_phrase(token)
        after = token.doc[token.i + len(phrase.split())] if phrase and token.i + len(phrase.split()) < len(token.doc) else None
        if after is not None and after.i in self.token_actor and phrase and " " in phrase and \
                self.actor_type(self.token_actor[after.i]) not in {"Country", "Person"}:
            return self.token_actor[after.i]  # "il presidente del Consiglio Ue": the Union's, not Italy's
        if after is not None and after.pos_ == "ADJ" and phrase and " " in phrase:
            # "presidente del Consiglio europeo" is not Italy's premier; "primo ministro albanese" is Albania's
            last = token.doc[token.i + len(phrase.split()) - 1]
            return self.country_of_modifier(token) or self.country_of_modifier(last)
        if phrase in self.lex.role_countries:  # (unless a state is named: "guida suprema dell'Afghanistan")
            last = token.doc[token.i + len(phrase.split()) - 1]
            owner = next((self.token_actor[c.i] for t in (token, last) for c in t.children if self._case(c) == "di"
                          and c.i in self.token_actor and self.actor_type(self.token_actor[c.i]) == "Country"), None)
            return owner or self.linker.add_entry(self.gazetteer.get(self.lex.role_countries[phrase]))
        if phrase and " " in phrase:  # "presidente del Consiglio": "Consiglio" is the role, not its state
            last = token.doc[token.i + len(phrase.split()) - 1]
            return self.country_of_modifier(last) or self.country_of_modifier(token)  # "segretario generale della NATO"
        return self.country_of_modifier(token)

    def named_person_in(self, token: Token) -> str | None:
        """A person named beside a role noun: "il leader nordcoreano Kim Jong-un"."""
        beside = self._name_beside(token)
        # the name right after the title first: "Con la mediazione di Trump, il presidente azero
        # Ilham Aliyev…" with the title parsed as an apposition to Trump
        candidates = beside[:1] + [c for c in token.children if c.dep_ in NAME_ATTACHMENTS and not self._case(c)]
        if token.dep_ == "appos":
            candidates.append(token.head)
        candidates += beside[1:]
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
        while i < len(doc) and (doc[i].pos_ == "ADJ" or self.gazetteer.by_demonym(doc[i].lower_) or
                                doc[i].lower_ in {"della", "degli", "esteri", "difesa", "di", "del", "ministro",
                                                  "consiglio"} or doc[i].lower_ in OFFICE_DOMAINS or
                                (doc[i].pos_ == "ADP" and i + 1 < len(doc) and doc[i + 1].lower_ in OFFICE_DOMAINS)):
            i += 1
        if i < len(doc):
            found.append(doc[i])
            owner = self.token_actor.get(i)
            if owner and self.actor_type(owner) != "Person":  # "il capo di Hamas Ismail Haniyeh"
                end = self.mention_end(doc[i])
                if end < len(doc):
                    found.append(doc[end])
        j = token.i - 1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        if j >= 1 and doc[j].text == "," and self.may_title_a_person(token):
            found.append(doc[j - 1])
        return found

    def may_title_a_person(self, token: Token) -> bool:
        """A singular noun that is no group or thing ("leader", "sorella"; not "le truppe")."""
        words = {token.lower_, token.lemma_.lower()}
        return "Plur" not in feature(token, "Number") and not self._is_theme_noun(token) \
            and not words & self.lex.collective_nouns

    def acts_for_its_country(self, token: Token) -> bool:
        """A noun whose demonym names who acts: "i leader iraniani" (a state's leadership, not one
        office holder), "le truppe russe", "un missile russo", "un raid israeliano" (by form too: the lemmatizer
        reads a capitalised "Missili" as "missilo")."""
        words = {token.lemma_.lower(), token.lower_}
        return bool(self.role_of(self.role_token(token)) and self.is_plural_noun(token)) \
            or bool(words & self.lex.collective_nouns) \
            or bool(words & self.lex.lists["@weapons"]) or token.lower_ in self.lex.lists["@attacks"]

    def actor_at(self, token: Token) -> tuple[str | None, str]:
        """The actor a nominal head stands for, and how it was resolved."""
        if token.i in self.token_actor:
            return self.linked_actor(token)
        if (token.pos_ == "NOUN" or token.pos_ == "PROPN" and self.role_of(token)) and self.may_title_a_person(token):
            # "il ministro albanese Edi Rama", "Papa Benedetto XVI"
            person = self.named_person_in(token)
            if person:
                return person, "title"
        holder = self.role_holder(token) or self.elided_role_holder(token)
        if holder:
            return holder, "role"
        envoy = self.envoy_named_before(token)
        if envoy:
            return envoy, "role"
        if self.acts_for_its_country(token):
            country = self.country_of_modifier(token)
            if country:
                return country, "demonym"
        people = self.demonym_people(token)
        if people:
            return people, "demonym"
        if self.is_victim_noun(token):
            place = next((c for c in token.children if self._case(c) in {"a", "in"} and c.i in self.token_actor), None)
            if place is not None:  # "i civili a Gaza": attacks on them are attacks on the place
                return self.actor_at(place)
        # A proper-noun head whose name sits in a flat/appos child ("Kim" → "Kim Jong-un").
        for child in token.children:
            if child.dep_ in {"flat", "flat:name", "appos"} and child.i in self.token_actor:
                return self.token_actor[child.i], self.token_how[child.i]
        if self.gazetteer.by_demonym(token.lower_):  # "il vietnamita Tô Lâm": the person the demonym introduces
            named = next((c for c in token.children if c.i == token.i + 1 and c.i in self.token_actor
                          and self.actor_type(self.token_actor[c.i]) == "Person"), None)
            if named is not None:
                return self.token_actor[named.i], self.token_how[named.i]
        if token.lemma_.lower() in self.lex.company_nouns or token.lower_ in self.lex.company_nouns:
            for child in token.children:  # "l'azienda tedesca Rheinmetall", the name parsed as a modifier
                if child.dep_.startswith("nmod") and child.i > token.i and self._case(child) is None and \
                        child.i in self.token_actor and self.actor_type(self.token_actor[child.i]) == "Company":
                    return self.token_actor[child.i], self.token_how[child.i]
        return None, ""

    def linked_actor(self, token: Token) -> tuple[str, str]:
        """The actor of a linked mention: capitals and seats of power act for their state, an unknown
        named building stands for the known place it is in."""
        actor_id, how = self.token_actor[token.i], self.token_how[token.i]
        known = self.known_place_around(token) if how == "ner" else None
        if known is not None:
            return self.actor_at(known)
        if how == "metonym":
            return self._state_for_place(actor_id), "metonym"
        return actor_id, how

    def role_holder(self, token: Token) -> str | None:
        """Who held the office a role description names on the article date ("il presidente turco")."""
        role_token = self.role_token(token)
        role = self.role_of(role_token)
        if not role or self.is_former(role_token) or not self.date or self.is_plural_noun(token):
            return None  # "i leader iraniani": a group, not the one office holder
        head = token.head if token.dep_ == "amod" and token == role_token else token  # "primo" of "primo ministro"
        return self.office_holder(self.country_of_role(role_token) or self.country_in_context(role_token, head), role) \
            or self.titled_person_before(role_token, head, role)

    def titled_person_before(self, role: Token, head: Token, office: str) -> str | None:
        """"Meloni ha aperto la conferenza. Zelensky ha ringraziato la premier": a bare definite title
        names the last person of this sentence or the one before who held that office on the article date."""
        if any((c.dep_ in {"amod", "flat", "flat:name", "compound", "appos"} or
                c.dep_ == "nmod" and self._case(c) in {None, "di"}) and c != role  # whose office it is
               for t in {role, head} for c in t.children) or \
                not any(c.dep_ == "det" and "Def" in feature(c, "Definite") for c in head.children):
            return None
        doc = role.doc
        start = previous_sentence_start(role.sent)
        own = self.own_side(head)  # "Trump ha accolto il premier": not Trump himself
        for token in reversed(doc[start: role.i]):
            person = self.token_actor.get(token.i)
            if person is None or person in own or self.actor_type(person) != "Person" or person not in self.gazetteer:
                continue
            states = {o.country for o in self.gazetteer.offices_of(person)}
            if any(getattr(self.gazetteer.office_holder(state, office, self.date), "id", None) == person
                   for state in states):
                return person
        return None

    def country_in_context(self, role: Token, head: Token | None = None) -> str | None:
        """A bare title ("il premier", with nothing after it) belongs to the state the article was
        just talking about: "Downing Street ha stanziato fondi… mentre il premier, in visita a Kiev"."""
        if any(c.dep_ in {"amod", "nmod", "flat", "flat:name", "compound"} and c != role
               for t in {role, head or role} for c in t.children):
            return None  # "il premier spagnolo", "il primo ministro del governo degli Houthi": the title says whose
        states = [a for a, _ in self.last_subjects if self.actor_type(a) == "Country"]
        return states[0] if len(states) == 1 else None

    def office_holder(self, country: str | None, role: str) -> str | None:
        """The actor holding ``role`` for ``country`` on the article date, linked."""
        holder = self.gazetteer.office_holder(country, role, self.date) if country else None
        return self.linker.add_entry(holder) if holder else None

    def elided_role_holder(self, token: Token) -> str | None:
        """"il presidente americano e quello ucraino": "quello" repeats the title before "e" for
        another state, and so does "il suo omologo ucraino" anywhere after the title."""
        doc = token.doc
        if token.lower_ in COUNTERPART_WORDS:  # "il ministro degli Esteri russo e il suo omologo cinese"
            role_token = next((t for t in reversed(doc[token.sent.start: token.i]) if self.role_of(t)), None)
        elif token.lower_ not in {"quello", "quella"} or token.i < 2 or doc[token.i - 1].lower_ not in {"e", "ed"}:
            return None
        else:
            role_token = next((t for t in reversed(doc[max(token.sent.start, token.i - 6): token.i - 1])
                               if self.role_of(t)), None)
        role = self.role_of(role_token) if role_token is not None else None
        country = self.demonym_of(token)
        if not role or not self.date or self.is_former(role_token):
            return None
        return self.office_holder(country, role)

    def envoy_named_before(self, token: Token) -> str | None:
        """"Steve Witkoff è arrivato a Mosca. L'inviato americano…": a definite description of an
        official with no office of its own in the gazetteer is the last person of that state named."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lex.envoy_nouns or self.is_plural_noun(token) \
                or not any(c.dep_ == "det" and "Def" in feature(c, "Definite") for c in token.children):
            return None
        country = self.demonym_of(token)
        if country is None:
            return None
        people = [m.actor_id for m in self.mentions if m.end_char <= token.idx and m.actor_id in self.gazetteer
                  and self.actor_type(m.actor_id) == "Person" and self.gazetteer.get(m.actor_id).country == country]
        return people[-1] if people else None

    @staticmethod
    def is_plural_noun(token: Token) -> bool:
        """A plural noun phrase, also for an invariable noun ("i leader iraniani"): the noun, its
        article or its adjective says plural."""
        words = [token] + [c for c in token.children if c.dep_ in {"det", "amod"}]
        return any("Plur" in feature(t, "Number") for t in words)

    def known_place_around(self, token: Token) -> Token | None:
        """"l'ospedale Okhmatdyt di Kiev": an unknown named place inside a known one is
        read as the known one (the city, or the state a capital stands for)."""
        if self.actor_type(self.token_actor[token.i]) not in {"Location", "Facility"}:
            return None
        for child in token.children:
            if self._case(child) == "di" and self.token_how.get(child.i) in {"name", "metonym"}:
                return child
        return None

    def is_victim_noun(self, token: Token) -> bool:
        """People and things hit in attacks: "civili", "ospedale", "obiettivi"."""
        return token.lemma_.lower() in self.lex.victim_nouns or token.lower_ in self.lex.victim_nouns

    def demonym_people(self, token: Token) -> str | None:
        """A plural demonym used as a noun stands for its state: "usati dai russi", "dai soldati
        israeliani" (parsed with "israeliani" as the head), "la delegazione ucraina ha incontrato
        quella americana"."""
        pointed = any("Dem" in feature(c, "PronType") for c in token.children)  # "quella americana"
        if token.dep_ not in ARGUMENTS or token.pos_ not in {"NOUN", "PROPN", "ADJ"} \
                or ("Sing" in feature(token, "Number") and not pointed):
            return None
        entry = self.gazetteer.by_demonym(token.lower_)
        return self.linker.add_entry(entry) if entry else None

    def _state_for_place(self, actor_id: str) -> str:
        """The state a capital or seat of power acts for ("Mosca" → Russia); other places stay themselves."""
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
        if token.lower_ == "cui" and token.dep_ == "obl":
            token = self.cui_antecedent(token)  # "accolto da Tô Lâm, capo dello Stato, con cui ha firmato…"
        pair = self.pair_named_before(token) or self.holders_for_each_owner(token) or \
            self.country_named_before(token) or self.company_named_before(token)
        if pair:
            for actor_id, how in pair:
                self.remember(token, actor_id, how)
            return pair
        found = []
        if (token.lemma_.lower() in self.lex.collective_nouns or self.is_rescue_team(token)) \
                and not self.elided_role_holder(token) \
                and not (token.pos_ == "NOUN" and self.named_person_in(token)):  # "l'ambasciatore russo X"
            # "le delegazioni russa e ucraina" (but "il presidente americano e quello ucraino" is a person)
            # ("le delegazioni americana e russa" may come with "russa" coordinated with the noun itself)
            adjectives = [c for c in token.children if c.dep_ == "amod" or c.dep_ == "conj" and c.pos_ == "ADJ"]
            adjectives += self.adjectives_astray(token)
            for adjective in adjectives:
                for member in [adjective, *conjuncts(adjective, self.stranded)]:
                    if member.lower_ in ELIDED_HEADS:  # "la marina turca e quella egiziana"
                        member = next((c for c in member.children if c.dep_ == "amod"), member)
                    entry = self.gazetteer.by_demonym(member.lower_)
                    if entry:
                        found.append((self.linker.add_entry(entry), "demonym"))
        if token.lower_ in ELIDED_HEADS and self.elided_group_before(token):
            # "la delegazione americana ha incontrato quella russa e quella ucraina": each group again
            for member in [t for t in token.subtree if t.lower_ in ELIDED_HEADS]:
                entry = next(filter(None, (self.gazetteer.by_demonym(c.lower_) for c in member.children
                                           if c.dep_ == "amod")), None)
                if entry:
                    found.append((self.linker.add_entry(entry), "demonym"))
        if token.lower_ in {"capitale", "capitali"} and token.i not in self.token_actor:
            # "giunto nella capitale britannica": a capital described stands for its state, as its name does
            country = self.country_of_modifier(token)
            if country and self.actor_type(country) == "Country":
                found.append((country, "metonym"))
        listed = conjuncts(token, self.stranded)
        own_case = self._case(token)
        if own_case is not None:  # "ricevuto da Mattarella e poi a Palazzo Chigi da Meloni": a conjunct with
            listed = [m for m in listed if self._case(m) in {None, own_case}]  # another preposition is no partner
        for member in [token, *listed, *self.name_conjuncts(token),
                       *self.titled_conjuncts(token), *self.conjuncts_of_title_adjective(token),
                       *self.conjuncts_hung_on_verb(token), *self.people_listed_as_appositions(token),
                       *(t for m in listed for t in self.titled_conjuncts(m))]:  # "A, il cubano B e il laotiano C"
            if member.pos_ == "ADJ" and member != token and member.i not in self.token_actor:
                # "Mark Carney e il presidente indonesiano Prabowo Subianto" with the title's adjective as
                # the conjunct and the name hung on it
                member = next((c for c in member.children if c.dep_ in {"obj", "nsubj", "flat:name", "appos"}
                               and c.pos_ == "PROPN" and c.i in self.token_actor), member)
            actor_id, how = self.actor_at(member)
            if actor_id and all(actor_id != a for a, _ in found):
                found.append((actor_id, how))
                self.remember(member, actor_id, how)
        # "le delegazioni di Russia e Stati Uniti" (not "i primi ministri di Thailandia e Cambogia": two people)
        if self.is_group_noun(token) and not any(c.lower_ == "primi" for c in token.children):
            for owner in [c for c in token.children if c.dep_.startswith("nmod") and self._case(c) == "di"][:1]:
                executive = token.lemma_.lower() in GOVERNMENT_NOUNS
                for member in [*([owner] if executive else []), *conjuncts(owner, self.stranded),
                               *self.name_conjuncts(owner)]:
                    actor_id = self.owner_of_token(member) or (self.governed_state(member) if executive else None)
                    if actor_id and all(actor_id != a for a, _ in found):
                        found.append((actor_id, "demonym"))
        return found

    def adjectives_astray(self, token: Token) -> list[Token]:
        """"squadre di soccorso turche": adjectives hung on a noun's "di" complement they do not agree with
        in number, which belong to the noun."""
        # (or on a bare complement that makes one name with the noun: "il consiglio di difesa sudanese")
        return [a for c in token.children if self._case(c) == "di" for a in c.children
                if a.pos_ == "ADJ" and a.dep_ in {"amod", "nmod"} and a.i > c.i
                and (feature(a, "Number") and feature(c, "Number") and feature(a, "Number") != feature(c, "Number")
                     or c.pos_ == "NOUN" and self.case_word(c).lower() == "di"  # (bare: not "della")
                     and not any(d.dep_ == "det" for d in c.children))]

    def is_rescue_team(self, token: Token) -> bool:
        """"squadre di soccorso", "team di ricerca": a team acts for its state only when it brings aid."""
        return token.lower_ in TEAM_NOUNS and any(
            self._case(c) == "di" and {c.lower_, c.lemma_.lower()} & (self.lex.lists["@aid"] | RESCUE_WORDS)
            for c in token.children)

    def governed_state(self, person: Token) -> str | None:
        """The state a named leader heads on the article date: "il governo di Maduro" is Venezuela's."""
        actor_id = self.token_actor.get(person.i)
        if actor_id is None or self.actor_type(actor_id) != "Person" or actor_id not in self.gazetteer or not self.date:
            return None
        states = [o.country for o in self.gazetteer.offices_of(actor_id)
                  if o.role in self.lex.leader_roles and o.holds_on(self.date)
                  and o.country.startswith("country/")]
        return self.linker.add_entry(self.gazetteer.get(states[0])) if states else None

    def conjuncts_of_title_adjective(self, token: Token) -> list[Token]:
        """"il presidente egiziano e Nicolás Maduro" with the name hung on the title's adjective."""
        if token.pos_ != "NOUN" or not self.role_of(token):
            return []
        # (or on the title's own name hung on that adjective: "il premier cinese Li Qiang e Fumio Kishida"; a
        # conjunct of that name may be a title of its own: "…, Dmitrij Medvedev e il vietnamita Tô Lâm")
        return [c for a in token.children if a.dep_ in {"amod", "acl"} and a.pos_ == "ADJ"
                for n in [a, *(g for g in a.children if g.pos_ == "PROPN")]
                for c in conjuncts(n, self.stranded) if c.pos_ == "PROPN" and c.i in self.token_actor
                or c.pos_ == "NOUN" and n != a]

    def conjuncts_hung_on_verb(self, token: Token) -> list[Token]:
        """"i beni di Putin, del premier Mishustin e di Lavrov" with "del premier" made a conjunct of
        the verb: a conjunct of the clause right after the name, with the name's preposition, is the name's."""
        case = self._case(token)
        if case is None and token.dep_ == "nsubj" and token.i > token.head.i and token.i in self.token_actor:
            return self.subjects_hung_on_verb(token)
        if case is None or token.dep_ != "nmod" or token.i not in self.token_actor:
            return []
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        end = self.mention_end(token)
        for child in [] if verb is None else verb.children:
            if child.dep_ != "conj" or child.i < end or child.pos_ not in NOMINAL or self._case(child) != case:
                continue
            between = token.doc[end: child.i]
            if all(t.is_punct or t.pos_ in {"CCONJ", "ADP", "DET"} for t in between):
                return [child, *conjuncts(child, self.stranded)]
        return []

    def subjects_hung_on_verb(self, subject: Token) -> list[Token]:
        """"sedevano anche Masoud Pezeshkian, il presidente indonesiano Prabowo Subianto e il generale…"
        with the title's adjective made a conjunct (or a parataxis) of the verb and the name its object: the
        names of a conjunct that starts right after the subject's comma are more subjects."""
        end, doc = self.mention_end(subject), subject.doc
        for child in subject.head.children:
            if child.dep_ not in {"conj", "parataxis"} or child.pos_ not in NOMINAL | {"ADJ"} or end >= len(doc) \
                    or doc[end].text != "," \
                    or min(t.i for t in child.subtree if not t.is_punct) != end + 1:
                continue
            names = [child] if child.pos_ != "ADJ" else \
                [g for g in child.children if g.pos_ == "PROPN" and g.i in self.token_actor]
            return [m for n in names for m in [n, *conjuncts(n, self.stranded)]]
        return []

    def titled_conjuncts(self, token: Token) -> list[Token]:
        """"il premier pakistano Shehbaz Sharif e il principe ereditario Mohammed bin Salman" with the
        second title (or name: "il presidente francese Emmanuel Macron e Olaf Scholz") hung on the first
        title's name: what is coordinated with that name."""
        if token.pos_ != "NOUN" or token.i in self.token_actor:
            return []
        # (or on the office's name the person's name was fused with: "il segretario al Tesoro Scott Bessent")
        return [c for n in token.children if n.dep_ == "nmod" and n.pos_ == "PROPN" and any(
                    t.i in self.token_actor and self.actor_type(self.token_actor[t.i]) == "Person"
                    for t in [n, *(f for f in n.children if f.dep_.startswith("flat"))])
                for c in conjuncts(n, self.stranded) if c.i > n.i and (c.pos_ == "NOUN" or
                                                                    c.pos_ == "PROPN" and c.i in self.token_actor)]

    def elided_group_before(self, token: Token) -> bool:
        """"quella russa" stands for a group noun of this sentence before it ("la delegazione
        americana … quella russa"), not for a person ("il presidente americano e quello ucraino")."""
        gender = feature(token, "Gender")
        return any(t.lemma_.lower() in self.lex.collective_nouns and feature(t, "Gender") == gender
                   and not self.role_of(t) for t in token.doc[token.sent.start: token.i])

    def cui_antecedent(self, pronoun: Token) -> Token:
        """"da Xi, con cui…", "da Tô Lâm, da poche settimane capo dello Stato, con cui…": the name
        before the comma ahead of the preposition, or before an aside set off by commas."""
        doc, k = pronoun.doc, pronoun.i - 2
        commas = 0
        while k > pronoun.sent.start and commas < 2:
            if doc[k].text == ",":
                commas += 1
                if doc[k - 1].i in self.token_actor:
                    return self.mention_start(doc[k - 1])
            elif doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {".", ";", ":"}:
                break
            k -= 1
        return pronoun

    def holders_for_each_owner(self, token: Token) -> list[tuple[str, str]]:
        """"i premier di Regno Unito e Polonia": a plural title over several states names each
        state's office holder on the article date."""
        if token.pos_ != "NOUN" or token.i in self.token_actor or not self.date or not self.is_plural_noun(token):
            return []
        role = self.role_of(self.role_token(token))
        owners = [c for c in token.children if c.dep_.startswith("nmod") and self._case(c) == "di"][:1]
        if not role or not owners:
            return []
        holders = [self.office_holder(self.owner_of_token(member), role)
                   for member in [owners[0], *conjuncts(owners[0], self.stranded)]]
        return [(h, "role") for h in dict.fromkeys(holders) if h] if len(holders) > 1 and all(holders) else []

    def pair_named_before(self, token: Token) -> list[tuple[str, str]]:
        """"i due leader", "le due delegazioni", "le parti": the sides of the talks just reported, or the
        last two people (for titles) or states and bodies (for groups) named before the phrase."""
        the_sides = token.lower_ == "parti" and any(c.lower_ == "le" for c in token.children)  # "le parti"
        # "I due si sono visti": the number alone stands for two people
        bare_two = token.lower_ == "due" and token.dep_.startswith("nsubj") and \
            any(c.dep_ == "det" and c.lower_ == "i" for c in token.children)
        if bare_two:
            return self.last_named(token, {"Person"})
        # ("i tre paesi europei": as many as the number says)
        count = next((GROUP_SIZES[c.lower_] for c in token.children
                      if c.dep_ == "nummod" and c.lower_ in GROUP_SIZES), 0)
        if token.pos_ != "NOUN" or token.i in self.token_actor or not (the_sides or count):
            return []
        if the_sides and len(self.context_parties()) == 2:  # the sides of the talks just reported
            return [(actor_id, "pronoun") for actor_id, _ in self.context_parties()]
        words = {token.lemma_.lower(), token.lower_}
        if words & set(self.lex.role_nouns):
            wanted = {"Person"}
        elif words & {"paese", "paesi", "stato", "stati", "governo", "governi", "nazione", "nazioni"}:
            wanted = {"Country"}  # "i due governi del Golfo": states, not the bank they deal with
        elif words & (self.lex.collective_nouns | {"parte", "parti"} | PAIR_NOUNS):  # "i due rivali del Golfo"
            wanted = {"Country", "Organization", "InternationalOrganization", "ArmedGroup"}
        else:
            return []
        return self.last_named(token, wanted, count or 2)

    def country_named_before(self, token: Token) -> list[tuple[str, str]]:
        """"nel paese", "il Paese": the last state named before, not the clause's own side ("Washington e
        Baghdad… Restano nel paese 2.500 soldati americani" is Iraq). A town named stands for its state;
        a demonym describes people, not a place."""
        if token.lower_ != "paese" or token.i in self.token_actor or \
                not any(c.dep_ in {"det", "case"} and "Def" in feature(c, "Definite") for c in token.children) or \
                any(c.dep_ not in {"det", "case", "punct"} for c in token.children):
            return []  # (not "un paese", "il paese africano", "il paese di Kim")
        own = self.own_side(token)
        for mention in self.mentions_before(token):
            if mention.how == "demonym":
                continue
            kind = self.actor_type(mention.actor_id)
            state = mention.actor_id if kind == "Country" else self.state_of(mention.actor_id) \
                if kind in SMALL_PLACES else None
            if state is not None and state not in own:
                return [(state, "pronoun")]
        return []

    def company_named_before(self, token: Token) -> list[tuple[str, str]]:
        """"Leonardo e la turca Baykar… Il gruppo di Istanbul, che produce…": a definite company noun
        with its town is the last company named before that is of the town's state."""
        town = self.company_town(token)
        state = self.state_of(self.token_actor[town.i]) if town is not None else None
        if state is None:
            return []
        return next(([(m.actor_id, "pronoun")] for m in self.mentions_before(token)
                     if self.actor_type(m.actor_id) == "Company" and self.state_of(m.actor_id) == state), [])

    def company_town(self, token: Token) -> Token | None:
        """The town of a definite company noun: "il gruppo di Istanbul"."""
        if token.lemma_.lower() not in self.lex.company_nouns or token.i in self.token_actor or \
                not any(c.dep_ == "det" and "Def" in feature(c, "Definite") for c in token.children):
            return None
        return next((c for c in token.children if self._case(c) == "di" and c.i in self.token_actor
                     and self.actor_type(self.token_actor[c.i]) in SMALL_PLACES), None)

    def last_named(self, token: Token, wanted: set[str], count: int = 2) -> list[tuple[str, str]]:
        """The last ``count`` actors of the wanted types named before ``token``, neither its own side nor a
        place."""
        named: list[str] = []
        for mention in self.mentions_before(token):
            if mention.actor_id not in named and \
                    self.actor_type(mention.actor_id) in wanted and mention.actor_id not in self.own_side(token) \
                    and not self.is_where(token.doc.char_span(mention.start_char, mention.end_char)):
                named.append(mention.actor_id)
            if len(named) == count:
                return [(actor_id, "pronoun") for actor_id in reversed(named)]
        return []

    def mentions_before(self, token: Token) -> list[Mention]:
        """The article's mentions that end before ``token``, the nearest first (descriptions resolved
        while reading are logged as they come, so the log is not in text order)."""
        return sorted((m for m in self.mentions if m.end_char <= token.idx), key=lambda m: m.start_char, reverse=True)

    def is_where(self, span) -> bool:
        """A place named as where something happens ("hanno trattato a Bruxelles"), not a party."""
        return span is not None and self._case(span.root) in {"a", "in"}

    def own_side(self, token: Token) -> set[str]:
        """The subject of the clause a phrase sits in, and the subject's state: "il presidente turco ha
        fatto la spola tra le due delegazioni" is not about Turkey's own delegation."""
        verb = self.clause_verb(token)
        if verb is None or token.dep_.startswith("nsubj"):
            return set()
        # (a subject that holds the phrase itself, or a phrase that needs this one, is not another side)
        side = {a for subject in self.subjects(verb) if token not in subject.subtree
                and not self.is_counted_group(subject) for a, _ in self.actors_of(subject)}
        return side | {self.state_of(a) for a in side} - {None}

    @staticmethod
    def is_counted_group(token: Token) -> bool:
        """"i tre paesi", "le due delegazioni": a group that stands for actors named before."""
        return any(c.dep_ == "nummod" and c.lower_ in GROUP_SIZES for c in token.children)

    def state_of(self, actor_id: str) -> str | None:
        """The state a gazetteer actor belongs to or lies in."""
        entry = self.gazetteer.get(actor_id) if actor_id in self.gazetteer else None
        return entry.country if entry is not None else None

    def name_conjuncts(self, token: Token) -> list[Token]:
        """Names coordinated with a multi-word name that the parser hung on its last word:
        "Corea del Sud e Giappone" with "Giappone" a conjunct of "Sud"."""
        if token.i not in self.token_actor:
            return []
        inner = [t for t in token.children if token.i < t.i < self.mention_end(token) and t.dep_.startswith("nmod")]
        return [c for t in inner for c in conjuncts(t, self.stranded) if c.i >= self.mention_end(token)]

    def people_listed_as_appositions(self, token: Token) -> list[Token]:
        """"Emmanuel Macron, Sergio Mattarella e il brasiliano Jair Bolsonaro" with the second name made an
        apposition of the first (also under a title: "il presidente israeliano Isaac Herzog, la peruviana
        Dina Boluarte e…"): one person is no apposition of another, so they are listed together."""
        listed = [c for c in token.children if c.dep_ == "appos" and c.i in self.token_actor
                  and self.actor_type(self.token_actor[c.i]) == "Person"] if token.pos_ in NOMINAL else []
        if not listed:  # (the cheap test first: asked of every phrase)
            return []
        own = self.actor_at(token)[0] or next((self.token_actor[t.i] for t in token.children
                                                if t.dep_.startswith("flat") and t.i in self.token_actor), None)
        if own is None or self.actor_type(own) != "Person":
            return []
        return [m for c in listed if self.token_actor[c.i] != own for m in [c, *conjuncts(c, self.stranded)]]

    def is_group_noun(self, token: Token) -> bool:
        """A group acting for a state or body ("le delegazioni", "i soldati", "il governo")."""
        return bool({token.lemma_.lower(), token.lower_} & self.lex.collective_nouns)

    def actors_inside(self, token: Token, depth: int = 2) -> list[tuple[str, str]]:
        """Actors in a noun's modifiers: "l'amicizia con Pyongyang" → Pyongyang's state.
        Places where things happen ("nello Yemen") are not who they happen to."""
        found = self.actors_of(token)
        if found or depth == 0:
            return found
        # an act's own targets are not what a verb about the act is about: "ha bloccato la proroga delle
        # sanzioni dell'Ue contro Mosca" opposes the EU, not Russia; only the act's owner ("di") counts
        act = self.is_relation_noun(token)
        for child in token.children:
            if act and self._case(child) not in {"di", None}:
                continue
            modifier = child.dep_.startswith(("nmod", "amod")) and child.pos_ in NOMINAL | {"ADJ"}
            # a bare name beside the noun, however parsed: "l'obiettivo NATO", "il vertice UE"
            bare_name = child.i in self.token_actor and child.dep_ != "punct" and self._case(child) is None
            if (modifier or bare_name) and self._case(child) not in {"in", "a", "da", "su", "per"}:
                found += [a for a in self.actors_inside(child, depth - 1) if a not in found]
        return found

    def unmarked_actor(self, token: Token) -> bool:
        """An actor mention that no preposition introduces (so it can be a subject)."""
        if token.i not in self.token_actor:
            return False
        return self._case(self.mention_start(token)) is None

    def mention_end(self, token: Token) -> int:
        """The index just past the mention ``token`` belongs to."""
        end = token.i + 1
        while end < len(token.doc) and self.token_actor.get(end) == self.token_actor.get(token.i) \
                and self.mention_start(token.doc[end]) == self.mention_start(token):
            end += 1
        return end

    def mention_start(self, token: Token) -> Token:
        """The first token of the mention ``token`` belongs to."""
        for mention in self.mentions:
            if mention.start_char <= token.idx < mention.end_char:
                span = token.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
                return span[0] if span is not None else token
        return token

    def mention_text(self, token: Token) -> str:
        """The text of the mention a token belongs to ("Corea del Nord"), or the token itself."""
        for mention in self.mentions:
            if mention.start_char <= token.idx < mention.end_char:
                return mention.text
        return token.text

    def place_of(self, token: Token) -> str | None:
        """The place a token names, as a place: "Kiev" the city, not Ukraine acting."""
        actor_id = self.token_actor.get(token.i)
        if actor_id is None:
            return None
        if self.token_how.get(token.i) == "metonym":
            span_text = token.doc[self.mention_start(token).i: self.mention_end(token)].text  # "Port Vila"
            cities = [e for e in self.gazetteer.lookup(span_text) if e.type in {"City", "Region", "Location"}]
            return self.linker.add_entry(cities[0]) if cities else None
        return actor_id

    def pronoun_referent(self, pronoun: Token, verb: Token) -> list[tuple[str, str]]:
        """An object clitic ("lo", "gli") stands for the last person named before it who is not
        the clause's own subject."""
        subjects = {a for s in self.subjects(verb) for a, _ in self.actors_of(s)}
        if "Plur" in feature(pronoun, "Number") and pronoun.lower_ == "li":
            # "…hanno partecipato Costa e von der Leyen. Xi li ha poi ricevuti": the people last acting together
            for group in (self.last_subjects, self.earlier_subjects):
                people = [(a, "pronoun") for a, _ in group if self.actor_type(a) == "Person" and a not in subjects]
                if len(people) > 1:
                    return people
            return []
        if "Plur" in feature(pronoun, "Number") or pronoun.lower_ == "ne":
            return []  # "le incontrava": a group, not the last person named; "ne" is "of it"
        people = [m for m in self.mentions if m.end_char <= pronoun.idx
                  and self.actor_type(m.actor_id) == "Person" and m.actor_id not in subjects]
        if not people or self.closer_antecedent(pronoun, people[-1].end_char):
            return []
        return [(people[-1].actor_id, "pronoun")]

    def possessor(self, noun: Token, verb: Token) -> list[tuple[str, str]]:
        """Whose "sue parole" are: the last person named as a subject before, not the clause's own
        subject nor someone named inside a phrase ("lo sterminio voluto da Hitler")."""
        own = {a for s in self.subjects(verb) for a, _ in self.actors_of(s)}
        for mention in reversed([m for m in self.mentions if m.end_char <= noun.idx]):
            span = noun.doc.char_span(mention.start_char, mention.end_char)
            if span is None or mention.actor_id in own or self.actor_type(mention.actor_id) != "Person":
                continue
            if chain_root(span.root).dep_ in {"nsubj", "nsubj:pass"}:
                return [(mention.actor_id, "pronoun")]
        return []

    def closer_antecedent(self, pronoun: Token, after_char: int) -> bool:
        """A common noun of the pronoun's gender and number named after the person, as a subject
        or object in the same sentence: "colpisce suo fratello e lo uccide" is about the brother."""
        gender, number = feature(pronoun, "Gender"), feature(pronoun, "Number")
        return any(t.pos_ == "NOUN" and t.dep_ in {"nsubj", "obj", "nsubj:pass"} and t.idx >= after_char
                   and t.i not in self.token_actor and feature(t, "Number") == number
                   and (not gender or feature(t, "Gender") == gender)
                   for t in pronoun.sent if t.i < pronoun.i)

    def apposed_to(self, noun: Token) -> Token | None:
        """The actor a noun phrase is in apposition to: by the tree ("appos"), or by word order
        when the parser attached it elsewhere ("Kharkiv, la seconda città dell'Ucraina")."""
        if noun.dep_ == "appos" and noun.head.i in self.token_actor:
            return noun.head
        j = noun.i - 1
        while j >= 0 and (noun.doc[j].pos_ in {"DET", "ADJ", "NUM"} or noun.doc[j].lower_ in {"prima", "primo"}):
            j -= 1  # (the tagger may call "prima" in "prima donna alla guida" a preposition)
        if j >= 1 and noun.doc[j].text == "," and noun.doc[j - 1].i in self.token_actor \
                and noun.doc[j - 1].sent == noun.sent:
            return noun.doc[j - 1]
        return None
