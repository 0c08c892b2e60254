"""The `actors` stage: link mentions to the KB and give each a CAMEO actor code.

Sources of mentions, in order of trust:
1. entities the KB entity ruler tagged (`ent_id_` = "person:…", "country:…", "org:…");
2. agent noun phrases ("Chinese leaders", "the head of US diplomacy", "Russian troops"):
   country from a demonym/country modifier, sector from `agents*.tsv`;
3. statistical PERSON/GPE/ORG entities the KB does not know: coded from context (a
   PERSON that is a place's name of several words is none: "Tsuen Wan").
An agent phrase without a country takes the one of the place it is in ("lawmakers in
Pakistan"), except armed and foreign groups; "former" officials are elites (ELI).
A singular office ("the Russian president") or a pronoun resolves to a person.
A person's office stated in the text (title or apposition) is kept as a *claim*
for the `flags` stage to check against the KB.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..kb import DATA_DIR, KB, Agent, actor_code, load_kb
from ..model import Actor
from ..rulefile import read_yaml
from .component import guarded
from .where import fold, load_gazetteer, place_of

PERSON_PRONOUNS = {"he", "she", "him", "her"}
# a city outside the KB gives an agent phrase its country ("officials in Kharkiv") only from
# this size: smaller names are often shared by towns in several countries
MIN_CITY_POPULATION = 100_000


@dataclass
class RoleClaim:
    """The text gives `actor` an office in `country` ("the head of US diplomacy, Lavrov")."""

    actor: Actor
    text: str
    span: tuple[int, int]
    country: str | None
    role: str | None


def country_actor(kb: KB, tok: Token) -> Actor | None:
    """A country actor for a demonym or country-name token ("the *Russian* invasion")."""
    kind, _, iso = tok.ent_id_.partition(":")
    if kind not in ("demonym", "country") or iso not in kb.countries:
        return None
    c = kb.countries[iso]
    return Actor(
        tok.text, [tok.idx, tok.idx + len(tok.text)], f"country:{iso}", c.name, iso, None, iso, how=f"kb:{kind}"
    )


class ActorLinker:
    """spaCy component filling `doc._.actors`, `doc._.actor_at` and `doc._.role_claims`."""

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self.gazetteer = load_gazetteer(tuple(map(str, kb.dirs[1:])))
        self.agent_terms = kb.agents
        # surname -> kb_id when exactly one KB person carries it (for names the KB spells otherwise)
        by_surname: dict[str, set[str]] = {}
        for p in kb.people.values():
            for n in (p.name, *p.aliases):
                by_surname.setdefault(n.split()[-1].lower(), set()).add(p.kb_id)
        self.surname = {s: next(iter(ids)) for s, ids in by_surname.items() if len(ids) == 1}
        rules = read_yaml(DATA_DIR / "rules" / "actors.yaml") or {}
        self.honorifics = frozenset(str(w).lower() for w in rules.get("honorifics", []))
        self.particles = frozenset(str(w).lower() for w in rules.get("name_particles", []))
        self.generic_heads = frozenset(str(w).lower() for w in rules.get("generic_heads", []))
        self.former = frozenset(str(w).lower() for w in rules.get("former", []))
        self.org_name_heads = frozenset(str(w).lower() for w in rules.get("org_name_heads", []))
        self.former_sectors = frozenset(str(w) for w in rules.get("former_sectors", []))
        self.former_bodies = frozenset(str(w).lower() for w in rules.get("former_bodies", []))
        located = rules.get("located_in") or {}
        self.located_preps = frozenset(str(w).lower() for w in located.get("preps", []))
        self.not_local_sectors = frozenset(str(w) for w in located.get("not_sectors", []))
        self.not_local_terms = frozenset(str(w).lower() for w in located.get("not_terms", []))
        self.not_local_modifiers = frozenset(str(w).lower() for w in located.get("not_modifiers", []))

    @guarded("newsgraph_actors")
    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published
        actors: list[Actor] = []
        at: dict[int, int] = {}
        claims: list[RoleClaim] = []

        def add(actor: Actor, tokens: range) -> int:
            actors.append(actor)
            idx = len(actors) - 1
            for i in tokens:
                at.setdefault(i, idx)
            return idx

        unknown: dict[str, Actor] = {}  # surname -> first full mention of a person the KB lacks
        later: list[tuple[Actor, Actor]] = []  # (a later mention, that first mention)
        full_named: set[str] = set()  # surnames of people the KB lacks, named in full ("Carrie Lam")
        kb_named: set[str] = set()  # surnames of KB people named so far
        for ent in doc.ents:
            surname = ent[-1].text.lower()
            # "Carrie Lam ... Lam": the person named in full before, not a KB namesake (To Lam),
            # unless that namesake was named first
            before = len(ent) == 1 and ent.label_ == "PERSON" and surname in full_named - kb_named
            actor = self._unknown_person(ent) if before else self._from_entity(ent, day)
            if actor is None:
                continue
            if actor.how == "kb:person":
                kb_named.add(surname)
            if actor.how == "context:person":
                first = unknown.setdefault(surname, actor)
                if first is actor and len(ent) > 1:
                    full_named.add(surname)
                if first is not actor:
                    actor = Actor(actor.text, actor.span, None, None, None, None, None, how=actor.how)
                    later.append((actor, first))
            add(actor, range(ent.start, ent.end))
        pronouns: list[int] = []
        for tok in doc:
            if tok.i in at and actors[at[tok.i]].how.startswith("kb:person"):
                continue
            if tok.lower_ in PERSON_PRONOUNS:
                if tok.pos_ == "PRON":
                    pronouns.append(tok.i)
                continue
            found = self._agent_phrase(tok)
            if found is None:
                continue
            agent, country, span = found
            if any(t.ent_id_.startswith("org:") for t in span):
                continue  # "the Associated Press news agency": the organisation is the actor
            self._titled_country_name(agent, tok, span, at, actors)
            person = self._person_for_phrase(tok, span, at, actors)
            text = span.text
            former = (
                agent.sector in self.former_sectors
                and agent.term.split()[-1] not in self.former_bodies
                and self._former(tok, span, person)
            )
            sector = "ELI" if former else agent.sector  # CAMEO: former officials are elites
            if person is not None and person.how == "context:person":
                # "Brazilian President Peter Novak": the title codes a person the KB lacks
                person.country = person.country or country
                person.sector = sector if former else person.sector or sector
                person.code = actor_code(person.country, person.sector) or person.sector  # "President Duterte": GOV
                for i in range(span.start, span.end):
                    at[i] = actors.index(person)
                continue
            if person is not None:
                # the phrase names the person's office: same actor, the office is a claim
                # (a KB person's code stays the role the KB dates, "former" or not)
                claims.append(RoleClaim(person, text, (span.start_char, span.end_char), country, agent.role))
                if person.sector is None and sector and person.country in (country, None):
                    # a KB entry with a country only ("X [ABC]"): the title gives the sector
                    person.sector = sector
                    person.code = actor_code(person.country, sector) or person.code
                for i in range(span.start, span.end):
                    at[i] = actors.index(person)
                continue
            # "the former Russian president" is not whoever holds the office now
            actor = None if former else self._office_holder(agent, country, tok, text, span, day, actors)
            if actor is None:
                actor = Actor(
                    text,
                    [span.start_char, span.end_char],
                    None,
                    None,
                    country,
                    sector,
                    actor_code(country, sector) or sector,
                    how="context:agent",
                )
            idx = add(actor, range(0))
            for i in range(span.start, span.end):
                at[i] = idx
        for mention, first in later:  # after the titles: "Carrie Lam, the chief executive of Hong Kong"
            mention.name = first.name
            mention.country = mention.country or first.country
            mention.sector = mention.sector or first.sector
            mention.code = mention.code or first.code
        self._pronouns(pronouns, actors, at, doc)
        # a mention inside a longer one is the same actor ("US" in "the head of US diplomacy")
        kept = sorted({at[i] for i in at}, key=lambda k: actors[k].span[0])
        doc._.actors = [actors[k] for k in kept]
        doc._.actor_at = {i: actors[k] for i, k in at.items()}
        doc._.role_claims = claims
        return doc

    # -- entities ---------------------------------------------------------------
    def _from_entity(self, ent: Span, day: dt.date | None) -> Actor | None:
        kind, _, key = ent.ent_id_.partition(":")
        text, span = ent.text, [ent.start_char, ent.end_char]
        kb = self.kb
        if not kind and ent.label_ == "PERSON":
            # a lone surname the KB spells in a longer form ("Zelenskyy"); a full name the KB
            # lacks is another person, even if its last word is a KB surname
            single = len(ent) == 1 and not self._inside_longer_name(ent)
            key = self.surname.get(ent[-1].text.lower(), "")
            if key and not single:
                key = key if self._same_first_name(ent, key) else ""
            kind = "person" if key else ""
            if not kind and (place := self._place_actor(ent)) is not None:
                return place
            if not kind and (self._place_not_person(ent) or any(c.isdigit() for c in ent.text)):
                return None  # a place, or "COVID-19", "G20": no person's name has digits
            if not kind:
                return self._unknown_person(ent)
        if kind == "person" and self._inside_longer_name(ent):
            whole = ent.doc[ent.start - 1 : ent.end] if ent.start else ent
            if len(ent) > 1 or not self._same_first_name(whole, key):
                return self._unknown_person(ent)  # "Dr Ali bin Tamim" is not Emir Tamim; "Sergej Lavrov" is Lavrov
        if kind == "person":
            person = kb.people[key]
            role = person.role_on(day)
            country = role.country if role else None
            sector = role.sector if role else None
            sector = sector or None  # an imported entry may have no sector
            code = actor_code(country, sector, kb.org_code(role.org if role else None)) or sector
            return Actor(text, span, key, person.name, country, sector, code, how="kb:person")
        if kind == "country":
            c = kb.countries[key]
            return Actor(text, span, f"country:{key}", c.name, key, None, key, how="kb:country")
        if kind in ("capital", "government"):
            c = kb.countries[key]
            return Actor(text, span, f"country:{key}", c.name, key, "GOV", key + "GOV", how=f"kb:{kind}")
        if kind == "org":
            o = kb.orgs[key]
            return Actor(text, span, key, o.name, o.country, o.sector or None, o.code or o.sector or None, how="kb:org")
        if kind == "demonym" and ent.root.pos_ in ("NOUN", "PROPN") and ent.root.tag_ in ("NNS", "NNPS"):
            c = kb.countries[key]  # "the Russians": the people of a country
            return Actor(text, span, f"country:{key}", c.name, key, None, key, how="kb:demonym")
        if not kind:
            place = self._place_actor(ent)
            if place is None and ent.label_ == "ORG":
                return self._unknown_org(ent)
            return place
        return None

    def _place_actor(self, ent: Span) -> Actor | None:
        """A city the KB does not list ("shelled Kharkiv", which the small NER may tag PERSON):
        its country, as GDELT codes places. A PERSON/ORG-tagged name counts only as an object."""
        object_ = ent.root.dep_ in ("dobj", "pobj", "conj", "appos") and len(ent) == 1
        if ent.label_ not in ("GPE", "LOC") and not object_:
            return None
        place = place_of(ent.root, self.gazetteer)
        if place is None or not place.country or place.kind != "city":
            return None
        return Actor(
            ent.text,
            [ent.start_char, ent.end_char],
            f"country:{place.country}",
            place.name,
            place.country,
            None,
            place.country,
            how="place:city",
        )

    def _place_not_person(self, ent: Span) -> bool:
        """A PERSON the NER made of a place name ("Tsuen Wan", a Hong Kong district): not an
        actor. Only when the gazetteer is sure: a name of two or more words that is a city's
        or region's own name (not an alternate name: "Ho Chi Minh" is also a person), with no
        title or honorific before it ("Governor ..."). A one-word name is left a person: many
        surnames are towns somewhere ("Lincoln", "Jackson", "Victoria")."""
        if len(ent) < 2 or any(t.pos_ != "PROPN" for t in ent):
            return False
        place = self.gazetteer.lookup(ent.text)
        if place is None or place.kind not in ("city", "region") or fold(place.name) != fold(ent.text):
            return False
        before = ent.doc[ent.start - 1] if ent.start else None
        if before is not None and before.lower_.rstrip(".") in self.honorifics | self.agent_terms.keys():
            return False
        return not any(
            c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in self.agent_terms
            for t in ent
            for c in t.children
            if not ent.start <= c.i < ent.end
        )

    def _same_first_name(self, ent: Span, kb_id: str) -> bool:
        """ "Sergej Lavrov" is the KB's Sergey Lavrov: another spelling of the same first name."""
        first = ent[0].text.lower()
        person = self.kb.people[kb_id]
        firsts = {n.split()[0].lower() for n in (person.name, *person.aliases) if len(n.split()) > 1}
        return any(fuzz.ratio(first, f) >= 75 for f in firsts)

    def _inside_longer_name(self, ent: Span) -> bool:
        """ "Dr Ali bin Tamim": a KB name that is only part of a longer personal name."""
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if before is not None and before.lower_ in self.particles:
            return True
        if before is not None and before.pos_ == "PROPN" and not before.ent_id_ and before.text[:1].isupper():
            word = before.lower_.rstrip(".")
            if word not in self.honorifics and word not in self.agent_terms:
                return True
        return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and not after.ent_type_

    def _unknown_org(self, ent: Span) -> Actor | None:
        """An organisation the KB lacks ("the Ukrainian Defence Ministry", "Kenya Police"):
        country from a country word in its name, sector from its last agent word. A name with
        neither is kept uncoded (code null, like a person the KB lacks) when its name ends in
        a word of `org_name_heads` in rules/actors.yaml ("the Earth Liberation Front"); others
        are left out: the NER tags too much as ORG ("Twitter", "COVID")."""
        words = [t for t in ent if t.pos_ != "DET"]
        country = next(
            (
                iso
                for t in words
                if (iso := self.kb.demonym_country.get(t.lower_) or self.kb.country_by_name.get(t.lower_))
            ),
            None,
        )
        sector = next(
            (
                a.sector
                for t in reversed(words)
                if (a := self.agent_terms.get(t.lemma_.lower()) or self.agent_terms.get(t.lower_))
            ),
            None,
        )
        if country is None and sector is None and (not words or words[-1].lower_ not in self.org_name_heads):
            return None
        return Actor(
            ent.text,
            [ent.start_char, ent.end_char],
            None,
            ent.text,
            country,
            sector,
            actor_code(country, sector) or sector,
            how="context:org",
        )

    def _unknown_person(self, ent: Span) -> Actor:
        """A person the KB lacks: country and sector from a title or demonym beside the name."""
        country = sector = None
        for t in ent.root.children:
            if t.i >= ent.start and t.i < ent.end:
                continue
            if t.dep_ in ("amod", "compound"):
                country = (
                    country
                    or self.kb.demonym_country.get(t.text.lower())
                    or self.kb.country_by_name.get(t.text.lower())
                )
                agent = self._agent_term(t)  # "Army spokesman X": MIL, "Attorney General X": JUD
                sector = sector or (agent.sector if agent else None)
        return Actor(
            ent.text,
            [ent.start_char, ent.end_char],
            None,
            ent.text,
            country,
            sector,
            actor_code(country, sector) or sector,
            how="context:person",
        )

    # -- agent noun phrases -------------------------------------------------------
    def _country_of(self, tok: Token) -> str | None:
        """A demonym, country name or country's possessive modifying `tok`."""
        for t in tok.children:
            if t.dep_ in ("amod", "compound", "poss", "nmod"):
                low = t.text.lower()
                iso = self.kb.demonym_country.get(low) or self.kb.country_by_name.get(low)
                if iso is None and t.ent_id_.startswith(("country:", "demonym:", "capital:")):
                    iso = t.ent_id_.split(":", 1)[1]
                if iso is None and t.dep_ in ("amod", "compound") and self._agent_term(t) is not None:
                    iso = self._country_of(t)  # "the [US] District Court judge": the body's country
                elif iso is None and t.pos_ == "PROPN" and not t.ent_id_:
                    # "Chelyabinsk's governor", "the Kharkiv police": a city's country (the small
                    # model often tags such names ORG or PERSON, so the gazetteer decides)
                    # the whole name first ("Tsuen Wan residents" is Hong Kong, "Wan" alone China)
                    name = _name_around(t)
                    iso = next(
                        (c for n in dict.fromkeys((name.text, t.text)) if (c := self._gazetteer_country(n))), None
                    )
                if iso:
                    return iso
        return None

    def _agent_phrase(self, tok: Token) -> tuple[Agent, str | None, Span] | None:
        """If `tok` heads an agent phrase, return (agent, country, phrase span)."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_id_ or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
            return None  # a KB entity is its own actor ("the International Criminal Court")
        lemma = tok.lemma_.lower()
        doc = tok.doc
        agent: Agent | None = None
        country = self._country_of(tok)
        end = tok.i + 1
        # "head of (US) diplomacy", "secretary of state"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        agent = self.agent_terms.get(f"{lemma} of {pobj.lemma_.lower()}")
                        if agent:
                            country = country or self._country_of(pobj)
                            end = pobj.i + 1
        agent = agent or self._agent_term(tok)
        if agent is None:
            return None
        noun = tok.head
        if (
            tok.dep_ == "compound"
            and noun.i > tok.i
            and noun.pos_ in ("NOUN", "PROPN")
            and not noun.ent_id_
            and noun.ent_type_ not in ("PERSON", "GPE", "NORP")
            and self._agent_term(noun)
        ):
            return None  # "Deputy" in "Deputy Prime Minister": the head word's phrase decides
        # "the government of Kenya", "the top diplomat of Germany", "officials from Kenya",
        # "the mayor of Kharkiv": where the group belongs or comes from
        if country is None:
            country, end = self._place_after(tok, ("of", "from"), end)
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
            country = country or self._country_of(head)
        start = min(
            [tok.i] + [_modifier_start(t) for t in head.lefts if t.dep_ in ("amod", "compound", "poss", "det", "nmod")]
        )
        if doc[start].dep_ == "det" and doc[start].lower_ not in ("the",):
            start += 1
        # "the Ukrainian Defence Ministry": a country word anywhere in the phrase
        country = country or next(
            (t.ent_id_.split(":", 1)[1] for t in doc[start:end] if t.ent_id_.startswith(("country:", "demonym:"))), None
        )
        if country is None and self._local(agent, doc[start:end]):
            # "lawmakers in Pakistan", "officials at the White House": a group with no country
            # of its own belongs where it is (not armed or foreign groups: see actors.yaml);
            # the place stays an actor of its own (the phrase ends before "in")
            for t in dict.fromkeys((tok, head)):
                country = country or self._place_after(t, tuple(self.located_preps), end)[0]
        return agent, country, doc[start:end]

    def _agent_term(self, tok: Token) -> Agent | None:
        """The agent a noun names with its modifiers: the longest run of modifiers right
        before it that makes a KB term ("first deputy prime minister"), one modifier
        ("foreign minister"), else the word alone ("top diplomats", "officials")."""
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
                agent = self.agent_terms.get(f"{t.lower_} {lemma}") or self.agent_terms.get(f"{t.lower_} {tok.lower_}")
                if agent:
                    return agent
        agent = self.agent_terms.get(lemma) or self.agent_terms.get(tok.lower_)
        if agent is None and tok.is_sent_start and tok.tag_ == "NNP" and tok.lower_.endswith("s"):
            # "Rebels in Mali attacked": a capitalised plural opening the sentence, which the
            # tagger takes for a name and does not lemmatise
            agent = self.agent_terms.get(tok.lower_[:-1])
        if agent is not None and agent.term in self.generic_heads:
            # "Senate Minority Leader", "rebel leaders": the body before the title gives the sector
            for t in tok.lefts:
                if t.dep_ in ("amod", "compound") and not t.ent_id_ and t.ent_type_ not in ("PERSON", "GPE", "NORP"):
                    body = self._agent_term(t)
                    if body is not None and body.sector not in (agent.sector, "CVL"):
                        return Agent(agent.term, body.sector, agent.person, agent.role)
        return agent

    def _place_after(self, tok: Token, preps: tuple[str, ...], end: int) -> tuple[str | None, int]:
        """(country, new phrase end) of a place in a prepositional phrase of `tok` ("of
        Kenya", "in the White House", "from Kharkiv"), else (None, `end`)."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                iso = self._place_country(pobj) if pobj.dep_ == "pobj" else None
                if iso:
                    return iso, max(end, pobj.i + 1)
        return None, end

    def _place_country(self, tok: Token) -> str | None:
        """The country a place word stands for: a KB country, capital, government seat or
        national body ("the Pentagon"), else a city or country of the gazetteer."""
        kind, _, key = tok.ent_id_.partition(":")
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
        if place is None or place.kind not in ("country", "state", "city"):
            return None
        if place.kind == "city" and self.gazetteer.population(name) < MIN_CITY_POPULATION:
            return None
        return place.country

    def _local(self, agent: Agent, phrase: Span) -> bool:
        """May this agent phrase take the country of the place it is in? Not armed forces,
        refugees, envoys and the like, nor a phrase marked foreign ("foreign journalists")."""
        if agent.sector in self.not_local_sectors or agent.term in self.not_local_terms:
            return False
        return not any(t.lower_ in self.not_local_modifiers for t in phrase)

    def _former(self, tok: Token, span: Span, person: Actor | None) -> bool:
        """Does a word of actors.yaml `former` mark the title as one no longer held ("former
        security officials", "an ex-minister", "former President Peter Novak")?"""
        words = list(span) + list(tok.lefts)
        if person is not None:
            name = tok.doc.char_span(person.span[0], person.span[1])
            words += list(name.root.lefts) if name is not None else []
        return any(t.lower_ in self.former for t in words)

    def _titled_country_name(
        self, agent: Agent, tok: Token, span: Span, at: dict[int, int], actors: list[Actor]
    ) -> None:
        """ "Prime Minister X": a name right after a personal title is a person, even when the
        KB has the name only as a name of a country (a Phoenix dictionary codes a person with a
        bare country code, "X [ABC]", and the importer can only make X an alias of country ABC).
        Such a name becomes a person of that country, whom the title then gives a sector like
        any person the KB lacks."""
        doc, nxt = tok.doc, span.end
        if nxt >= len(doc) or nxt not in at or tok.tag_ in ("NNS", "NNPS"):
            return
        if not (agent.person or tok.text[:1].isupper()):
            return  # "officials X ...": not a title
        k = at[nxt]
        name = actors[k]
        if name.how != "kb:country" or name.span[0] != doc[nxt].idx:
            return
        end = nxt
        while end < len(doc) and at.get(end) == k:
            end += 1
        if any(t.pos_ != "PROPN" for t in doc[nxt:end]) or (end < len(doc) and doc[end].pos_ == "PROPN"):
            return  # a longer name ("Senator Chad Smith") or no name at all
        actors[k] = Actor(name.text, name.span, None, name.text, name.country, None, name.country, how="context:person")

    def _person_for_phrase(self, tok: Token, span: Span, at: dict[int, int], actors: list[Actor]) -> Actor | None:
        """The person a title names: in apposition ("X, the minister") or right after it
        ("Russian President Vladimir Putin"); a title beside a different name in a
        coordination is not that person's."""

        def person(i: int) -> Actor | None:
            a = actors[at[i]] if i in at else None
            return a if a is not None and a.how in ("kb:person", "context:person") else None

        linked = [tok.head] if tok.dep_ == "appos" else []
        linked += [c for c in tok.children if c.dep_ == "appos"]
        for c in linked:
            if person(c.i):
                return person(c.i)
        doc, nxt = tok.doc, span.end
        if nxt + 1 < len(doc) and doc[nxt].text == ",":
            # "the head of US diplomacy, Sergei Lavrov, said": an apposition the parse missed,
            # only when the name is closed by a comma or bracket (not "the minister, X and Y")
            after = person(nxt + 1)
            if after is None:
                return None
            end = nxt + 1
            while end < len(doc) and at.get(end) == at[nxt + 1]:
                end += 1
            return after if end == len(doc) or doc[end].text in (",", ")") else None
        return person(nxt) if nxt < len(doc) else None

    def _office_holder(
        self,
        agent: Agent,
        country: str | None,
        tok: Token,
        text: str,
        span: Span,
        day: dt.date | None,
        actors: list[Actor],
    ) -> Actor | None:
        """ "the Russian president" -> whoever held that office on the article's date."""
        if not country or tok.tag_ in ("NNS", "NNPS"):
            return None
        wanted = agent.role if agent.person else ("head of state" if agent.term == "leader" else None)
        if wanted is None:
            return None
        day = day or dt.date.today()
        for p in self.kb.people.values():
            for r in p.roles:
                if r.country == country and r.role == wanted and r.holds_on(day):
                    return Actor(
                        text,
                        [span.start_char, span.end_char],
                        p.kb_id,
                        p.name,
                        country,
                        r.sector,
                        actor_code(country, r.sector),
                        how="kb:office",
                    )
        return None

    @staticmethod
    def _pronouns(pronouns: list[int], actors: list[Actor], at: dict[int, int], doc: Doc) -> None:
        """he/she -> the most prominent person of the nearest sentence (the pronoun's own,
        before it, then earlier ones) that names a person as a subject or object; within it
        a subject beats an object, then the later mention wins. News prose keeps its topic in
        subject position ("Putin met Xi. He said" is Putin), but a person asked or met in the
        clause before is nearer than the subject of an earlier sentence ("The press asked Biden
        about it, but he declined"), and a name tucked in a modifier is not ("During his time
        as Obama's vice president, he urged ..." is not Obama). A pronoun already resolved
        counts as a mention of its person. No such sentence: the last person named."""
        people = sorted(i for i, k in at.items() if actors[k].how in ("kb:person", "kb:office", "context:person"))
        sent_start = {t.i: s.start for s in doc.sents for t in s}
        for p in pronouns:
            # an object pronoun is not its own clause's subject ("Trump called Erdogan and urged him")
            subj = _clause_subject(doc[p]) if doc[p].dep_ in ("dobj", "dative", "pobj") else None
            before = [i for i in people if i < p and (subj is None or at[i] != at.get(subj.i))]
            if not before:
                continue
            pick = before[-1]
            if subj is None:
                ranked = [(sent_start[i], r, i) for i in before if (r := _prominence(doc[i])) > 0]
                pick = max(ranked)[2] if ranked else pick
            at[p] = at[pick]
            bisect.insort(people, p)  # a resolved pronoun carries its person on ("..., she testified")


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a word is in, through coordinated verbs ("X called Y and urged him")."""
    verb = tok.head
    while verb.head.i != verb.i and verb.dep_ in ("conj", "xcomp", "prep"):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _modifier_start(mod: Token) -> int:
    """Where a modifier of an agent word starts: a noun compound with its own plain modifiers
    ("[United States District] Court Judge", "[Human] rights activists"), else the word."""
    if mod.dep_ != "compound":
        return mod.i
    words = mod.doc[mod.left_edge.i : mod.i]
    plain = all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART", "NUM") for t in words)
    return mod.left_edge.i if plain else mod.i


def _name_around(tok: Token) -> Span:
    """The name `tok` is part of: its entity without a leading "the", else the run of proper
    nouns around it ("Tsuen" -> "Tsuen Wan" in "Tsuen Wan residents")."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    if tok.ent_type_:
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start + (doc[start].lower_ == "the" and end - start > 1) : end]
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return doc[start:end]


def _prominence(tok: Token) -> int:
    """2 for (part of) a clause's subject, 1 for an object of a verb or of a preposition
    on a verb ("asked Biden", "met with Xi"), 0 for a name inside another phrase."""
    while tok.dep_ in ("compound", "flat", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return 2  # "Russian President Vladimir Putin said"
    if tok.dep_ in ("dobj", "dative", "attr", "oprd"):
        return 1
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        return 1
    return 0


@Language.factory(
    "newsgraph_actors",
    assigns=["doc._.actors", "doc._.actor_at", "doc._.role_claims"],
    requires=["doc.ents"],
    default_config={"kb_dirs": []},
)
def make_actor_linker(nlp: Language, name: str, kb_dirs: list[str]) -> ActorLinker:
    return ActorLinker(load_kb(kb_dirs))
