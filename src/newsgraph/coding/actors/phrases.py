"""Agent noun phrases: "Chinese leaders", "the head of US diplomacy", "lawmakers in Pakistan".

The agent word's term and sector come from the KB's `agents*.tsv`; the country from a
demonym or country modifier, a place in an "of"/"from" phrase, a country word anywhere in
the phrase or, for groups with no country of their own, the place they are in (not armed
or foreign groups: `located_in` in actors.yaml).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...kb import KB, Agent
from ..component import entity_of
from ..where import Gazetteer, qualified_place
from ..where.words import PLACE_NOUNS
from .kin import kin_noun, names_a_person, relation_unsaid, relative_country
from .named_for_places import STATE_SECTORS, inside_a_name, thing_head
from .officers import body_officer, outside_body
from .title_places import title_place
from .words import ActorWords

# a city outside the KB gives an agent phrase its country ("officials in Kharkiv") only from
# this size: smaller names are often shared by towns in several countries
MIN_CITY_POPULATION = 100_000
# how the place hangs on a seat participle: "[Texas]-based" (the parser's npadvmod or compound)
_SEAT_DEPS = ("npadvmod", "compound")


@dataclass(slots=True)
class AgentPhrase:
    """An agent phrase headed by `head`: what the agent word names, the country the phrase
    gives it (None: none found) and the words of the phrase."""

    head: Token
    agent: Agent
    country: str | None
    span: Span
    by: str = "title"  # where the country came from: the phrase's words, or "place" it is in


@dataclass(slots=True)
class PrepPlace:
    """A place in a prepositional phrase of an agent word ("of Kenya", "in the White House"):
    its country, and where the agent phrase ends when it takes that place in."""

    country: str | None
    end: int


class AgentPhrases:
    """Finds agent phrases and the agent a noun names; shared by the entity linker (titles
    beside unknown names) and the linker's pass over the tokens."""

    def __init__(self, kb: KB, gazetteer: Gazetteer, rules: ActorWords) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.agent_terms = kb.agents
        self.rules = rules
        # words beside a city's name that keep it a place ("Kuwait City", "Kabul Airport")
        self.place_words = rules.place_name_words | PLACE_NOUNS
        self.titles = rules.honorifics | rules.person_titles  # "Moscow Mayor X", "Dubai Ruler Sheikh X"
        # every word of a KB agent term or a title word: a noun that is none of them (by its
        # lemma, its text, its singular) names no agent, whatever its modifiers (`find`)
        self.term_words = frozenset(w for term in kb.agents for w in term.split(" ")) | frozenset(rules.title_agents)

    def stance(self, t: Token) -> bool:
        """A country word after "pro-" or "anti-" ("pro-Russian separatists"): a stance, not
        whose the people are (actors.yaml stance_prefixes)."""
        doc = t.doc
        return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in self.rules.stance_prefixes

    def country_of(self, tok: Token) -> str | None:
        """A demonym, country name or country's possessive modifying `tok`; else the place it is
        based in ("a Texas-based company"; "a US-based Chinese dissident" is Chinese)."""
        seat = None
        for t in tok.children:
            if t.dep_ in ("amod", "compound", "poss", "nmod") and not self.stance(t):
                low = t.text.lower()
                iso = self.kb.demonym_country.get(low) or self.kb.country_by_name.get(low)
                if iso is None and t.ent_id_.startswith(("country:", "demonym:", "capital:", "government:")):
                    iso = t.ent_id_.split(":", 1)[1]  # a seat too: "[Kremlin] spokesman", "[White House] aide"
                if iso is None and t.dep_ in ("poss", "compound") and t.ent_id_.startswith("person:"):
                    iso = self._person_country(t)  # "Trump's envoy", "the Maduro government"
                if iso is None and t.dep_ == "poss" and t.ent_id_.startswith("org:"):
                    # "the Syrian Arab Army's 105th Brigade": a national body's unit is its country's
                    org = self.kb.orgs.get(t.ent_id_.partition(":")[2])
                    iso = org.country if org is not None and org.country else None
                if iso is None and t.dep_ in ("compound", "nmod") and (body := outside_body(t, self.kb.orgs)):
                    iso = body.country  # "the Reuters editor": the body's country (officers.py)
                if iso is None and t.dep_ == "amod" and t.lemma_.lower() in self.rules.seat_participles:
                    seat = seat or next((self._place_country(p) for p in t.children if p.dep_ in _SEAT_DEPS), None)
                    continue
                if iso is None and t.dep_ in ("amod", "compound") and self.agent_term(t) is not None:
                    iso = self.country_of(t)  # "the [US] District Court judge": the body's country
                elif iso is None and t.pos_ == "PROPN" and not t.ent_id_:
                    # "Chelyabinsk's governor", "the Kharkiv police": a city's country (the small
                    # model often tags such names ORG or PERSON, so the gazetteer decides)
                    # the whole name first ("Tsuen Wan residents" is Hong Kong, "Wan" alone China)
                    # and the word with the name words before it ("New York", not "York", in "the
                    # New York Police Department")
                    name = _name_around(t)
                    names = (name.text, _with_compounds(t), t.text)
                    iso = next((c for n in dict.fromkeys(names) if (c := self._gazetteer_country(n))), None)
                if iso:
                    return iso
        return seat

    def named_for_place(self, t: Token) -> bool:
        """Is `t` a city's name inside a longer name of a body that is no government ("Real
        Madrid", "Inter Milan", "the Moscow Times")? (named_for_places.py)"""
        if not t.text[:1].isupper() or t.pos_ != "PROPN":
            return False
        ent = entity_of(t)
        if t.ent_id_.startswith("capital:") and ent is not None:
            place = (ent.start, ent.end)
        elif t.ent_type_ == "ORG" and not t.ent_id_:  # "Inter Milan" tagged ORG: the word alone
            found = self.gazetteer.lookup(t.text)
            if found is None or found.kind != "city":
                return False
            place = (t.i, t.i + 1)
        elif t.ent_type_ == "GPE" and not t.ent_id_ and ent is not None:
            found = self.gazetteer.lookup(ent.text)
            if found is None or found.kind != "city":
                return False
            place = (ent.start, ent.end)
        else:
            return False
        # "the Astana talks", "the Helsinki summit": a gathering named for its venue (actors.yaml)
        return inside_a_name(t, place, self._word_agent, self.place_words, self.titles) or thing_head(
            t, self.rules.gathering_nouns
        )

    def office_of_named_body(self, tok: Token) -> bool:
        """Does a city's name inside a longer name modify `tok` ("the [Real Madrid] president",
        "[Inter Milan] president X", "[Abu Dhabi TV] photojournalist")? The word is then that
        body's: of the city's country, but no state office."""
        return any(c.dep_ in ("compound", "poss", "nmod") and self.named_for_place(c) for c in tok.children)

    def state_office_of_named_body(self, tok: Token) -> bool:
        """Is `tok` a state office's word ("president", "spokesman") a city's name inside a longer
        name modifies ("Real Madrid President X")? It is that body's office, no state's."""
        agent = self.agent_term(tok)
        return agent is not None and agent.sector in STATE_SECTORS and self.office_of_named_body(tok)

    def _state_word(self, t: Token) -> bool:
        """A word that names an agent alone ("Ministry", "Police") or a level of government
        ("State prosecutors", "Federal judge"): a state body's, in a name before a title."""
        return self._word_agent(t) is not None or t.lower_ in self.rules.title_levels

    def _word_agent(self, t: Token) -> Agent | None:
        """The agent one word names alone ("Court", "Police", "Mayor")."""
        return self.agent_terms.get(t.lemma_.lower()) or self.agent_terms.get(t.lower_)

    def _person_country(self, tok: Token) -> str | None:
        """The country of the KB person `tok` names, by the role held on the article's day:
        an office of a country's leader ("Trump's envoy") is that country's."""
        person = self.kb.people.get(tok.ent_id_.partition(":")[2])
        role = person.role_on(tok.doc._.published) if person is not None else None
        return role.country if role is not None else None

    def title_only(self, ent: Span) -> bool:
        """Is a PERSON entity the KB does not know a title with no name ("the Queen", "Crown
        Prince", "the Pope", which the NER tags as a person)? Its words, past a "the", are an
        agent term, or each an agent term or an honorific; it is then an agent phrase, not a
        person's name."""
        return not ent.ent_id_ and ent.label_ == "PERSON" and self._title_words(ent)

    def _title_words(self, ent: Span) -> bool:
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not words or any(not t.text[:1].isupper() and t.is_alpha for t in words):
            return False
        terms, honorifics = self.agent_terms, self.rules.honorifics
        if " ".join(t.lower_ for t in words) in terms:
            return True
        return any(t.lower_ in terms for t in words) and all(
            t.lower_ in terms or t.lower_.rstrip(".") in honorifics for t in words
        )

    def _titled_entity(self, tok: Token) -> bool:
        """Is `tok` inside a PERSON entity that is a title only (`title_only`)?"""
        if tok.ent_type_ != "PERSON" or tok.ent_id_:
            return False
        ent = entity_of(tok)
        return ent is not None and self._title_words(ent)

    def _told(self, tok: Token) -> bool:
        """Is the noun the object of a verb of telling or handing over (actors.yaml
        informing_verbs: "shared [intelligence] with X", "[intelligence] was passed to X")?"""
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self.rules.informing_verbs

    def find(self, tok: Token) -> AgentPhrase | None:
        """The agent phrase `tok` heads, if it heads one."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_id_ or tok.ent_type_ in ("GPE", "NORP"):
            return None  # a KB entity is its own actor ("the International Criminal Court")
        if tok.ent_type_ == "PERSON" and not self._titled_entity(tok):
            return None
        lemma = tok.lemma_.lower()
        if not self._may_name_agent(tok, lemma):
            return None  # most nouns: no term lookup, no walk over the phrase
        doc = tok.doc
        agent: Agent | None = None
        of_object: Token | None = None
        end = tok.i + 1
        # "head of (US) diplomacy", "secretary of state"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        agent = self._of_term(lemma, pobj)
                        if agent:
                            of_object = pobj
                            end = pobj.i + 1
        agent = agent or self.agent_term(tok)
        if agent is None or (agent.person and self._figurative(tok)):
            return None
        if lemma in self.rules.information_nouns and self._told(tok):
            return None  # "agreed to share [intelligence]": what is told, no agency
        if thing_head(tok, self.rules.thing_nouns) or (
            agent.sector in STATE_SECTORS and self.office_of_named_body(tok)
        ):
            return None  # "a government website": a thing; "the Real Madrid president": a club's
        kin = kin_noun(tok)
        if kin and (names_a_person(tok) or relation_unsaid(tok)):
            return None  # "X, son of Y": whose relative X is, no title of X's; "a cousin" (kin.py)
        # (the country only once an agent is found: most nouns name none)
        country = self.country_of(tok) or (self.country_of(of_object) if of_object is not None else None)
        country = country or title_place(tok, agent.term, self._gazetteer_country, self.rules.place_kind_words)
        if country is None and kin:
            country = relative_country(tok, self.country_of)  # "the parents of a Canadian student"
        post = _postposed(tok)
        if post is not None and agent.term.endswith(f" {post.lower_}"):
            end = max(end, post.i + 1)  # "attorneys general": the phrase ends with the office's last word
        else:
            post = None
        noun = tok.head
        if (
            tok.dep_ == "compound"
            and noun.i > tok.i
            and noun.pos_ in ("NOUN", "PROPN")
            and not noun.ent_id_
            and noun.ent_type_ not in ("PERSON", "GPE", "NORP")
            and self.agent_term(noun)
        ):
            return None  # "Deputy" in "Deputy Prime Minister": the head word's phrase decides
        # "the government of Kenya", "the top diplomat of Germany", "officials from Kenya",
        # "the mayor of Kharkiv": where the group belongs or comes from
        if country is None:
            place = self._place_after(tok, self.rules.origin_preps, end)
            if place.country is None and post is not None:  # "attorneys general [from Ohio]"
                place = self._place_after(post, self.rules.origin_preps, end)
            country, end = place.country, place.end
        if country is None and agent.sector == "GOV":
            country = self._leader_after(tok)  # "the government of Nicolas Maduro": his country
        head = tok
        if (
            tok.dep_ == "compound"
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.i > tok.i
            and not tok.head.ent_type_
            and not tok.head.ent_id_
        ):
            # "the Kenyan National Police Service": the agent word names the whole body
            head = tok.head
            end = max(end, head.i + 1)
            country = country or self.country_of(head)
        start = min(
            [tok.i] + [_modifier_start(t) for t in head.lefts if t.dep_ in ("amod", "compound", "poss", "det", "nmod")]
        )
        if doc[start].dep_ == "det" and doc[start].lower_ not in ("the",):
            start += 1
        # "the Ukrainian Defence Ministry": a country word anywhere in the phrase
        # (not a maker's: "a [Russian]-made missile", actors.yaml maker_participles)
        country = country or next(
            (
                t.ent_id_.split(":", 1)[1]
                for t in doc[start:end]
                if t.ent_id_.startswith(("country:", "demonym:", "government:"))
                and not self.stance(t)
                and t.head.lower_ not in self.rules.maker_participles
            ),
            None,
        )
        # "the Pope": an office of one country whatever the text says (actors.yaml title_countries)
        country = country or self.rules.title_countries.get(agent.term)
        if country is None and agent.term in self.rules.owned_weapons and not self._owned(tok, head):
            return None  # "a missile struck", "drone strikes": a weapon with no owner named is no doer (actors.yaml)
        if country is None and self._local(agent, doc[start:end]):
            # "lawmakers in Pakistan", "officials at the White House": a group with no country
            # of its own belongs where it is (not armed or foreign groups: see actors.yaml);
            # the place stays an actor of its own (the phrase ends before "in")
            for t in dict.fromkeys(t for t in (tok, head, post) if t is not None):
                country = country or self._place_after(t, self.rules.located_preps, end).country
            return AgentPhrase(tok, agent, country, doc[start:end], "place")
        return AgentPhrase(tok, agent, country, doc[start:end])

    def _may_name_agent(self, tok: Token, lemma: str) -> bool:
        """Might `tok` head an agent term (`agent_term`, `_of_term`)? Each term it could make
        has its lemma, its text, its singular or its text less a final "s" as one of its
        words."""
        words, low = self.term_words, tok.lower_
        return lemma in words or low in words or low[:-1] in words or _singular(tok) in words

    def _owned(self, tok: Token, head: Token) -> bool:
        """Is a weapon (actors.yaml owned_weapons) anything but the subject of an act, or the
        weapon of an act noun (`weapon_acts`: "drone strikes"), with no owner named? Its owner:
        a possessive ("Hezbollah's drones", "its missiles"), a named group, a noun or an agent
        word before it or its act noun ("coalition drones", "regime jets", "military
        helicopters", "Houthi drone attacks"). A weapon that heads a phrase and is no subject
        ("the drone was shot down", "hit by a missile") is what was hit or used, read as its
        forces' (the events stage reads only a subject weapon); another head noun ("drone
        operators", "helicopter parts") is not an act and keeps the phrase as it was."""
        if head is not tok:
            return head.lemma_.lower() not in self.rules.weapon_acts or self._owner_before(head, tok)
        subject = tok
        while subject.dep_ == "conj":  # "rockets and missiles struck"
            subject = subject.head
        return subject.dep_ != "nsubj" or self._owner_before(tok, tok)

    def _owner_before(self, noun: Token, weapon: Token) -> bool:
        """Does a modifier of `noun` (other than the weapon word) name whose it is?"""
        # (a noun before it may name a side the KB lacks, "coalition drones": kept, as an
        # adjective is only when it is a group's, "military helicopters"; "armed drones" is none)
        return any(
            c.dep_ == "poss"
            or (c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN"))
            or (
                c.dep_ in ("amod", "compound", "nmod")
                and (c.ent_id_ or c.ent_type_ in ("ORG", "NORP", "GPE") or self.agent_term(c) is not None)
            )
            for c in noun.children
            if c.i != weapon.i
        )

    def _figurative(self, tok: Token) -> bool:
        """ "a queen of the drag scene", "a king of comedy": a one-person office said with "a"
        of something that is neither a place, an actor nor an agent word is a figure of
        speech (one of the leading names of a scene), not an office of any country."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return False
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or pobj.ent_type_ or pobj.ent_id_:
                        continue
                    if self.agent_term(pobj) is None:
                        return True
        return False

    def _of_term(self, lemma: str, pobj: Token) -> Agent | None:
        """The KB term "<word> of <object>" ("head of diplomacy", "house of representatives"),
        with the object's "the" where the term has it ("speaker of the house")."""
        terms = self.agent_terms
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children)
        for obj in dict.fromkeys((pobj.lemma_.lower(), pobj.lower_)):
            agent = terms.get(f"{lemma} of {obj}") or (terms.get(f"{lemma} of the {obj}") if the else None)
            if agent:
                return agent
        return None

    def title_agent(self, tok: Token) -> Agent | None:
        """A word of actors.yaml `title_agents` written as a title: capitalised, tagged a proper
        noun, not the sentence's first word unless a person's name follows it ("the Speaker",
        "Representative X", "the House"; not "a speaker", "House prices"), with no modifier before it but a country's, another
        agent word's, a title's, a party's or a level of government's ("the US House",
        "Democratic Representatives", "State Representative"; not "the Opera House")."""
        low = tok.lower_
        sector = self.rules.title_agents.get(low)
        if sector is None or not tok.text[:1].isupper() or tok.tag_ not in ("NNP", "NNPS"):
            return None
        if tok.is_sent_start and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ == "PERSON"):
            return None
        for t in tok.lefts:
            if t.dep_ not in ("compound", "amod") or t.ent_id_.startswith(("country:", "demonym:", "org:")):
                continue
            low = t.lower_
            if (
                low in self.rules.title_agents
                or low in self.rules.party_words
                or low in self.rules.title_levels
                or self.agent_terms.get(t.lemma_.lower())
            ):
                continue
            return None
        return Agent(low, sector, low in self.rules.title_offices, None)

    def agent_term(self, tok: Token) -> Agent | None:
        """The agent a noun names with its modifiers: the longest run of modifiers right
        before it that makes a KB term ("first deputy prime minister"), one modifier
        ("foreign minister"), else the word alone ("top diplomats", "officials")."""
        if kin_noun(tok) and tok.text[:1].isupper() and not tok.is_sent_start:
            return None  # "Mother Teresa", "Father X", "the Founding Fathers": a title or a name (kin.py)
        lemma = tok.lemma_.lower()
        mods: list[Token] = []
        for t in reversed(list(tok.lefts)):
            if t.dep_ not in ("amod", "compound") or t.i != tok.i - len(mods) - 1:
                break
            mods.insert(0, t)
        for k in range(len(mods) - 1):  # runs of two or more words; one word below
            words = " ".join(t.lower_ for t in mods[k:])
            agent = self.agent_terms.get(f"{words} {lemma}") or self.agent_terms.get(f"{words} {tok.lower_}")
            if agent:
                return agent
        for t in tok.lefts:
            if t.dep_ in ("amod", "compound"):
                # "Attorneys General": the plural head word of the office parsed as a modifier
                for word in dict.fromkeys((t.lower_, t.lemma_.lower(), _singular(t))):
                    agent = self.agent_terms.get(f"{word} {lemma}") or self.agent_terms.get(f"{word} {tok.lower_}")
                    if agent:
                        return agent
        post = _postposed(tok)
        if post is not None:
            # "attorneys general", "surgeons general": the office's head word takes the plural
            # before the modifier the term writes after it
            agent = self.agent_terms.get(f"{lemma} {post.lower_}") or self.agent_terms.get(
                f"{_singular(tok)} {post.lower_}"
            )
            if agent:
                return agent
        agent = self.agent_terms.get(lemma) or self.agent_terms.get(tok.lower_) or self.title_agent(tok)
        if (
            agent is None
            and (tok.is_sent_start and tok.tag_ == "NNP" or tok.tag_ == "NNPS")
            and tok.lower_.endswith("s")
        ):
            # "Rebels in Mali attacked", "Both Ministers said": a capitalised plural (opening the
            # sentence, or tagged a plural name), which the tagger does not lemmatise
            agent = self.agent_terms.get(tok.lower_[:-1])
        if agent is not None and agent.term in self.rules.generic_heads:
            # "Senate Minority Leader", "rebel leaders": the body before the title gives the sector
            # ("religious leader", "community leaders": actors.yaml generic_head_bodies)
            for t in tok.lefts:
                if t.dep_ in ("amod", "compound") and not t.ent_id_ and t.ent_type_ not in ("PERSON", "GPE", "NORP"):
                    named = self.rules.generic_head_bodies.get(t.lower_)
                    if named is not None and named != agent.sector:
                        return Agent(agent.term, named, agent.person, agent.role)
                    body = self.agent_term(t)
                    if body is not None and body.sector not in (agent.sector, "CVL"):
                        return Agent(agent.term, body.sector, agent.person, agent.role)
        if agent is None:
            return None
        # "Microsoft president X": a body's officer, of the body's sector (officers.py)
        return body_officer(
            tok,
            agent,
            self.kb.orgs,
            self._state_word,
            self._gazetteer_country,
            self.rules.body_nouns,
        )

    def _place_after(self, tok: Token, preps: Collection[str], end: int) -> PrepPlace:
        """The place in a prepositional phrase of `tok` ("of Kenya", "in the White House",
        "from Kharkiv"), else no country and `end` as it was."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                iso = self._place_country(pobj) if pobj.dep_ == "pobj" else None
                if iso:
                    return PrepPlace(iso, max(end, pobj.i + 1))
        return PrepPlace(None, end)

    def _leader_after(self, tok: Token) -> str | None:
        """The country of a KB person a government word is "of" ("the government of Nicolas Maduro",
        "the administration of Donald Trump"): a leader's government is their country's."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_id_.startswith("person:"):
                        return self._person_country(pobj)
        return None

    def _place_country(self, tok: Token) -> str | None:
        """The country a place word stands for: a KB country, capital, government seat or
        national body ("the Pentagon"), else a city or country of the gazetteer."""
        kind, _, key = tok.ent_id_.partition(":")
        if kind in ("capital", "") and tok.pos_ == "PROPN":
            # "police in Perth, Scotland", "in London, Ontario": the namesake the qualifier says
            namesake = qualified_place(entity_of(tok) or _name_around(tok), self.gazetteer)
            if namesake is not None:
                return namesake.country
        if kind in ("country", "capital", "government"):
            return key if key in self.kb.countries else None
        if kind == "org":
            return self.kb.orgs[key].country if key in self.kb.orgs else None
        if kind or tok.pos_ != "PROPN":
            return None  # a person, a demonym; "in the region"
        # the whole name only ("at Fishmongers' Hall" is not Schwaebisch Hall), and only a large
        # city: a small one's name is often shared ("the mayor of Esperanza", Philippines, is
        # not the Dominican town that the gazetteer knows)
        return self._gazetteer_country(_name_around(tok).text)

    def _gazetteer_country(self, name: str) -> str | None:
        """The country of a gazetteer country, US state or large city of this name; a small
        town's name is often shared ("Federal Aviation Administration" is not Federal, Entre
        Rios; "the mayor of Esperanza", Philippines, is not the Dominican town)."""
        place = self.gazetteer.lookup(name)
        if place is None or place.kind not in ("country", "state", "admin1", "city"):
            return None
        if place.kind == "city" and self.gazetteer.population(name) < MIN_CITY_POPULATION:
            return None
        return place.country

    def _local(self, agent: Agent, phrase: Span) -> bool:
        """May this agent phrase take the country of the place it is in? Not armed forces,
        refugees, envoys and the like, nor a phrase marked foreign ("foreign journalists")."""
        rules = self.rules
        if agent.sector in rules.not_local_sectors or agent.term in rules.not_local_terms:
            return False
        return not any(t.lower_ in rules.not_local_modifiers for t in phrase)


def _plural(tok: Token) -> bool:
    """A plural noun, or a capitalised one ending in "s" the tagger took for a name ("Attorneys")."""
    return tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.lower_.endswith("s"))


def _singular(tok: Token) -> str:
    """The singular of a plural noun the tagger left unlemmatised ("Secretaries", "Attorneys"),
    else the word lowercased."""
    low = tok.lower_
    if not _plural(tok):
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _postposed(tok: Token) -> Token | None:
    """The modifier written right after a plural noun and attached to it ("attorneys [general]"),
    which an office's term may put after its head word."""
    if not _plural(tok) or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    return nxt if nxt.head.i == tok.i and nxt.dep_ in ("amod", "compound", "nmod", "appos") else None


def _modifier_start(mod: Token) -> int:
    """Where a modifier of an agent word starts: a noun compound with its own plain modifiers
    ("[United States District] Court Judge", "[Human] rights activists"), else the word."""
    if mod.dep_ != "compound":
        return mod.i
    words = mod.doc[mod.left_edge.i : mod.i]
    plain = all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART", "NUM") for t in words)
    return mod.left_edge.i if plain else mod.i


def _with_compounds(tok: Token) -> str:
    """`tok` with the proper nouns right before it that modify it ("New" + "York")."""
    doc, start = tok.doc, tok.i
    while (
        start > 0
        and doc[start - 1].head.i == tok.i
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    return doc[start : tok.i + 1].text


def _name_around(tok: Token) -> Span:
    """The name `tok` is part of: its entity without a leading "the", else the run of proper
    nouns around it ("Tsuen" -> "Tsuen Wan" in "Tsuen Wan residents")."""
    doc = tok.doc
    if (ent := entity_of(tok)) is not None:
        return doc[ent.start + (ent[0].lower_ == "the" and len(ent) > 1) : ent.end]
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return doc[start:end]
