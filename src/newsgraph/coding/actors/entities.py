"""Named entities -> actors: the KB's people, countries, capitals, governments and
organisations (tagged by the KB entity ruler, `ent_id_` = "person:…", "country:…", "org:…"),
and statistical PERSON/GPE/ORG entities the KB does not know, coded from context (a
PERSON that is a place's name of several words is none: "Tsuen Wan")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ...kb import KB, actor_code
from ...model import Actor, Location
from ..where import Gazetteer, fold, place_of, qualified_place
from .described import DescribedBodies
from .mentions import Mentions
from .named_for_places import place_named_in
from .nations import nation_named, one_of_nation, widen_hyphenated_names
from .phrases import AgentPhrases
from .surnames import SAME_FIRST_NAME, FullNames, namesakes
from .words import ActorWords

# the sectors of a state's own bodies, whose generic names several states share (_other_states_office)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})


def country_actor(kb: KB, tok: Token) -> Actor | None:
    """A country actor for a demonym or country-name token ("the *Russian* invasion")."""
    kind, _, iso = tok.ent_id_.partition(":")
    if kind not in ("demonym", "country") or iso not in kb.countries:
        return None
    c = kb.countries[iso]
    return Actor(
        tok.text, [tok.idx, tok.idx + len(tok.text)], f"country:{iso}", c.name, iso, None, iso, how=f"kb:{kind}"
    )


def place_actor(name: Span, place: Location) -> Actor:
    """A named town or city as an actor: its country with no sector, as GDELT codes places."""
    return Actor(
        name.text,
        [name.start_char, name.end_char],
        f"country:{place.country}",
        place.name,
        place.country,
        None,
        place.country,
        how="place:city",
    )


@dataclass(slots=True)
class RepeatedName:
    """A later mention of a person the KB lacks ("Lam" after "Carrie Lam"): the same person
    as the `first` mention, so each is coded with what the other's title or context gave
    (`share_names`)."""

    mention: Actor
    first: Actor

    def fill(self) -> None:
        """Give the mention the first mention's name and whatever codes it lacks (again
        once the first mention has a country from context)."""
        mention, first = self.mention, self.first
        mention.name = first.name
        mention.sector = mention.sector or first.sector
        if mention.country is None:
            mention.country, mention.resolved_by = first.country, first.resolved_by
            same = mention.sector == first.sector
            mention.code = first.code if same else actor_code(mention.country, mention.sector) or mention.sector
        mention.code = mention.code or first.code

    def complete_first(self) -> None:
        """A title given only to the later mention completes the first ("Rosselló said ...
        Governor Ricardo Rosselló of Puerto Rico"): the first takes the sector and country it
        lacks, and the longer name."""
        mention, first = self.mention, self.first
        if len(mention.text) > len(first.name or ""):
            first.name = mention.text
        if first.country is None and mention.country is not None:
            first.country, first.resolved_by = mention.country, mention.resolved_by
            first.sector = first.sector or mention.sector
        elif first.sector is None and mention.sector is not None and first.country in (None, mention.country):
            first.sector = mention.sector
        else:
            return
        first.code = actor_code(first.country, first.sector) or first.sector


def share_names(later: list[RepeatedName]) -> None:
    """Code every mention of a person the KB lacks with what any of them was given: the
    later mentions' titles complete the first, then the first gives all of them its codes."""
    for r in later:
        r.complete_first()
    for r in later:
        r.fill()


class EntityLinker:
    """Links the Doc's entities to KB entries or codes them from context."""

    def __init__(self, kb: KB, gazetteer: Gazetteer, rules: ActorWords, phrases: AgentPhrases) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.rules = rules
        self.phrases = phrases  # a title beside an unknown name gives its sector
        self.agent_terms = kb.agents
        # surname -> kb_id when exactly one KB person carries it (for names the KB spells otherwise)
        # ("King Charles", "Prince Charles": after a title the last word is a given name)
        by_surname: dict[str, set[str]] = {}
        for p in kb.people.values():
            for n in (p.name, *p.aliases):
                words = n.split()
                if len(words) > 1 and self._titled_name(words):
                    continue
                by_surname.setdefault(words[-1].lower(), set()).add(p.kb_id)
        self.surname = {s: next(iter(ids)) for s, ids in by_surname.items() if len(ids) == 1}

    def link(self, doc: Doc, day: dt.date | None, mentions: Mentions) -> list[RepeatedName]:
        """Add an actor for every entity that is one; the later mentions of people the KB
        lacks, to be coded like their first mention once titles are read."""
        widen_hyphenated_names(doc, lambda w: w in self.agent_terms or w in self.rules.honorifics)
        unknown: dict[str, Actor] = {}  # surname -> first full mention of a person the KB lacks
        later: list[RepeatedName] = []
        full_named: set[str] = set()  # surnames of people the KB lacks, named in full ("Carrie Lam")
        kb_named: set[str] = set()  # surnames of KB people named so far
        # the surnames of the people named in full the KB lacks: one of them alone is that
        # person whatever the NER calls it ("Rosselló" tagged ORG or NORP)
        ents = doc.ents  # spaCy makes a Span per entity at each read of `doc.ents`
        surnames = {
            w
            for ent in ents
            if ent.label_ == "PERSON" and len(ent) > 1 and not ent.ent_id_
            for w in (ent[-1].lower_, *self._middle_surnames(ent))
        }
        # first name -> the one person named in full with it so far (None: several people)
        given: dict[str, Actor | None] = {}
        full = FullNames()  # for surnames the NER leaves untagged ("... congratulated Pelosi")
        shared: set[str] = set()  # surnames of two people the KB lacks ("Peter/Samuel Otieno")
        honorifics = self.rules.honorifics
        bodies = DescribedBodies(self.rules.company_nouns, self.phrases.country_of)  # "Iranian airline X"
        for ent in ents:
            if (body := bodies.find(ent)) is not None:
                mentions.add(body, range(ent.start, ent.end))
                continue
            surname = ent[-1].text.lower()
            alone = len(ent) == 1 and not ent.ent_id_ and ent.label_ in ("PERSON", "ORG", "NORP")
            # "Carrie Lam ... Lam": the person named in full before, not a KB namesake (To Lam),
            # unless that namesake was named first
            before = alone and surname in full_named - kb_named
            # "Rosselló said ... Governor Ricardo Rosselló": the name before its full form
            ahead = alone and ent.label_ != "PERSON" and surname in surnames
            # "John Bolton ... 'I asked John to resign'": a first name alone is the one person
            # named in full with it before (not anyone's surname here)
            named = given.get(surname) if alone and ent.label_ == "PERSON" and not before else None
            if named is not None and surname not in surnames:
                self._by_first_name(ent, named, mentions, later)
                continue
            # "Bill Clinton ... Clinton": the KB person named in full before (surnames.py)
            if alone and ent.label_ == "PERSON" and (seen := full.kb_person(surname, ent.start_char)):
                self._by_first_name(ent, seen, mentions, later)
                continue
            if self.phrases.title_only(ent):
                continue  # "the Queen", "Crown Prince" tagged PERSON: an agent phrase (titles.py)
            actor = self._unknown_person(ent) if before or ahead else self._from_entity(ent, day)
            if actor is None:
                continue
            if actor.how == "kb:person":
                kb_named.add(surname)
            key = surname
            if actor.how == "context:person":
                seen = unknown.get(surname)
                if seen is not None and (
                    namesakes(seen, ent, honorifics) or (surname in shared and seen.text != ent.text)
                ):
                    shared.add(surname)  # two people of one surname: "Otieno" alone is neither
                    key = f"{ent.text.lower()}\t"  # a later full mention repeats this one
                first = unknown.setdefault(key, actor)
                if first is actor and len(ent) > 1:
                    full_named.add(surname)
                    # "Ricardo Rosselló Nevares ... Rosselló": a name of two surnames is
                    # repeated by its first one
                    for word in self._middle_surnames(ent):
                        if unknown.setdefault(word, actor) is actor:
                            full_named.add(word)
                if first is not actor:
                    actor = Actor(actor.text, actor.span, None, None, None, None, None, how=actor.how)
                    later.append(RepeatedName(actor, first))
            if ent.label_ == "PERSON" and actor.how in ("kb:person", "context:person"):
                person = actor if actor.how == "kb:person" else unknown[key]
                if len(ent) > 1:
                    self._note_first_name(ent, person, given)
                # a one-word name too ("security minister Wiranto ... visit Wiranto")
                full.note(surname, ent.text if len(ent) > 1 else person.name or ent.text, ent.end_char, person)
            k = mentions.add(actor, range(ent.start, ent.end))
            if (before or ahead) and ent.label_ != "PERSON":
                mentions.guessed.append(k)
        later.extend(RepeatedName(m, first) for m, first in full.link_untagged(doc, mentions))
        return later

    def _note_first_name(self, ent: Span, person: Actor, given: dict[str, Actor | None]) -> None:
        """Remember the first name of a person named in full, after any title ("King Charles":
        Charles); a first name two people share stands for neither."""
        words = [t for t in ent if not self._titled_name([t.lower_])]
        if len(words) < 1 or (len(words) == 1 and len(ent) == 1):
            return
        first = words[0]
        low = first.lower_
        if first.pos_ != "PROPN" or not first.is_alpha or len(first) < 2:
            return
        if low in given:
            seen = given[low]
            same = seen is person or (seen is not None and seen.kb_id is not None and seen.kb_id == person.kb_id)
            if not same:
                given[low] = None
            return
        given[low] = person

    @staticmethod
    def _by_first_name(ent: Span, person: Actor, mentions: Mentions, later: list[RepeatedName]) -> None:
        """The mention of `person` by first name alone: a KB person as the KB codes them, a
        person the KB lacks as a repeated name of their first mention."""
        span = [ent.start_char, ent.end_char]
        if person.how == "kb:person":
            actor = Actor(
                ent.text, span, person.kb_id, person.name, person.country, person.sector, person.code, how="kb:person"
            )
        else:
            actor = Actor(ent.text, span, None, None, None, None, None, how="context:person")
            later.append(RepeatedName(actor, person))
        mentions.add(actor, range(ent.start, ent.end))

    def _titled_name(self, words: list[str]) -> bool:
        """Does a KB name open with a title or honorific ("King Charles", "President Assad")?"""
        first = words[0].lower().rstrip(".")
        return first in self.rules.honorifics or first in self.agent_terms

    def _middle_surnames(self, ent: Span) -> list[str]:
        """The name words between a full name's first and last ("Rosselló" in "Ricardo
        Rosselló Nevares"): capitalised words, not initials or particles ("bin", "de")."""
        return [
            t.lower_
            for t in ent[1:-1]
            if t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.is_alpha
            and len(t) > 2
            and t.lower_ not in self.rules.particles
        ]

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
                return self._group_name(ent) or self._unknown_person(ent)
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
        if kind == "capital" and self.phrases.named_for_place(ent.root):
            return None  # "Real Madrid", "the Moscow Times": a body named after the city (named_for_places.py)
        if kind == "capital" and (namesake := qualified_place(ent, self.gazetteer)) is not None:
            return place_actor(ent, namesake)  # "London, Ontario": the Canadian city, no government
        if kind in ("capital", "government"):
            c = kb.countries[key]
            return Actor(text, span, f"country:{key}", c.name, key, "GOV", key + "GOV", how=f"kb:{kind}")
        if kind == "org":
            o = kb.orgs[key]
            sector, code = o.sector or None, o.code or o.sector or None
            until = self.rules.org_sectors_until.get(key)
            if until is not None and day is not None and day < until[0]:
                sector = until[1]  # "the Taliban" in 2019: insurgents, not the government
                code = actor_code(o.country, sector) or sector
            if (owner := self._other_states_office(ent, o.country, sector)) is not None:
                return Actor(text, span, None, text, owner, sector, actor_code(owner, sector), how="context:org")
            return Actor(text, span, key, o.name, o.country, sector, code, how="kb:org")
        if kind == "demonym" and (
            (ent.root.pos_ in ("NOUN", "PROPN") and ent.root.tag_ in ("NNS", "NNPS")) or nation_named(ent)
        ):
            c = kb.countries[key]  # "the Russians": the people of a country
            return Actor(text, span, f"country:{key}", c.name, key, None, key, how="kb:demonym")
        if kind == "demonym" and one_of_nation(ent):  # "a Palestinian was shot": a private person (nations.py)
            c = kb.countries[key]
            return Actor(text, span, f"country:{key}", c.name, key, "CVL", key + "CVL", how="kb:demonym")
        if not kind:
            place = self._place_actor(ent)
            if place is None and ent.label_ == "ORG":
                if self._titled_like_person(ent):
                    return self._unknown_person(ent)  # a person's name the NER took for a body
                return self._unknown_org(ent)
            return place
        return None

    def _other_states_office(self, ent: Span, country: str | None, sector: str | None) -> str | None:
        """The country a possessive before a state body's KB name gives it when that is another
        country: several states call an office by the name the KB knows for one ("Pakistan's
        Foreign Office", "Kenya's State Department" are Pakistan's and Kenya's, not the UK's or
        the US's). Only for a state's bodies (GOV, MIL, COP, JUD), whose name no other country
        word qualifies ("Britain's Foreign Office" stays the KB's)."""
        if country is None or sector not in STATE_SECTORS:
            return None
        if any(t.ent_id_.startswith(("country:", "demonym:")) for t in ent):
            return None
        for t in ent.root.children:
            kind, _, iso = t.ent_id_.partition(":")
            if t.dep_ == "poss" and t.i < ent.start and kind == "country" and iso in self.kb.countries:
                return iso if iso != country else None
        return None

    def _place_actor(self, ent: Span) -> Actor | None:
        """A city the KB does not list ("shelled Kharkiv", which the small NER may tag PERSON):
        its country, as GDELT codes places. A PERSON/ORG-tagged name counts only as an object."""
        object_ = ent.root.dep_ in ("dobj", "pobj", "conj", "appos") and len(ent) == 1
        if ent.label_ not in ("GPE", "LOC") and not object_:
            return None
        if self.body_name(ent):
            return None
        place = place_of(ent.root, self.gazetteer)
        if place is None or not place.country or place.kind != "city":
            return None
        return place_actor(ent, place)

    def body_name(self, ent: Span) -> bool:
        """Is a place's name here a body's ("the state news agency Saba", "the militia Saba",
        "Bayern Munich": a club named after the city), not the town?"""
        return self._names_body(ent) or self.phrases.named_for_place(ent.root)

    def _names_body(self, ent: Span) -> bool:
        """Is a one-word name the name of the singular agent noun written right before it ("state
        news firm Saba", "the news agency Sucre", "the rebel group Leon": in apposition to it or
        with it as a compound)? Such a name names that body; a town of that name elsewhere is
        not meant ("shelled Sucre", "the mayor of Sucre" are the town)."""
        if len(ent) != 1 or not ent.start:
            return False
        root, before = ent.root, ent.doc[ent.start - 1]
        if before.tag_ != "NN" or before.pos_ != "NOUN":
            return False
        named = (root.dep_ == "appos" and root.head.i == before.i) or (
            before.dep_ == "compound" and before.head.i == root.i
        )
        return named and self.phrases.agent_term(before) is not None

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
        if before is not None and before.lower_.rstrip(".") in self.rules.honorifics | self.agent_terms.keys():
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
        firsts = {
            n.split()[0].lower()
            for n in (person.name, *person.aliases)
            if len(n.split()) > 1 and not self._titled_name(n.split())
        }
        # a spelling of the same name ("Sergej"/"Sergey" 83), not another name ("Charlotte"/"Charles" 75)
        return any(fuzz.ratio(first, f) >= SAME_FIRST_NAME for f in firsts)

    def _inside_longer_name(self, ent: Span) -> bool:
        """ "Dr Ali bin Tamim": a KB name that is only part of a longer personal name."""
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if before is not None and before.lower_ in self.rules.particles:
            return True
        if before is not None and before.pos_ == "PROPN" and not before.ent_id_ and before.text[:1].isupper():
            word = before.lower_.rstrip(".")
            if word not in self.rules.honorifics and word not in self.agent_terms and not self._ends_title(before):
                return True
        return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and not after.ent_type_

    def _ends_title(self, word: Token) -> bool:
        """ "Secretary of [State] Marco Rubio", "Minister of Foreign [Affairs] X": the last word of an
        "of" phrase on a title word (an agent term or honorific) ends the title, not a longer name."""
        t = word
        while t.dep_ == "compound" and t.head.i != t.i and t.head.i > t.i:
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.i == t.head.i:
            return False
        head = t.head.head
        title = head.lower_.rstrip(".")
        phrase = " ".join(w.lower_ for w in head.doc[head.i : word.i + 1])  # "secretary of state"
        return title in self.agent_terms or title in self.rules.honorifics or phrase in self.agent_terms

    def _titled_like_person(self, ent: Span) -> bool:
        """ "Juan Perez Ortiz, the island's governor", "the Polish archbishop Jan Nowak": an
        ORG-tagged name of two to four capitalised words, none an agent word or organisation
        head, in apposition with a title of one person (actors.yaml `person_titles`:
        "governor", "minister"; not "party", "company") or written right after one, is a
        person's name."""
        words = list(ent)
        if not 2 <= len(words) <= 4 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
            return False
        if any(
            t.lower_ in self.rules.org_name_heads or t.lemma_.lower() in self.agent_terms or t.ent_id_ for t in words
        ):
            return False
        titles = self.rules.person_titles
        # in apposition ("X, the Secretary of Justice"), or a title right before the name
        # ("the Polish archbishop X", "Governor X" with the name tagged ORG)
        return any(
            not ent.start <= t.i < ent.end
            and t.tag_ in ("NN", "NNP")
            and t.lemma_.lower() in titles
            and (t.dep_ == "appos" or (t.dep_ in ("compound", "nmod") and t.i == ent.start - 1))
            for t in ent.root.children
        )

    def _group_name(self, ent: Span) -> Actor | None:
        """ "the Haitian group X", "the group X", "the X tribe": a name the NER tagged PERSON
        that is the name of a group noun (actors.yaml `group_name_nouns`: in apposition to it
        or a compound before it) names that group, an organisation the KB lacks (a non-state
        actor), with the country the group noun's own words give ("Haitian"), else none yet
        (context may give one)."""
        root = ent.root
        noun = root.head
        if root.dep_ not in ("appos", "compound") or ent.start <= noun.i < ent.end:
            return None
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in self.rules.group_name_nouns:
            return None
        if root.dep_ == "compound" and noun.i < root.i:
            return None
        country = self.phrases.country_of(noun)
        title = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if root.dep_ == "appos" and title is not None and title.tag_ == "NN":
            if title.lemma_.lower() in self.rules.person_titles:
                # "the director of the rights group, X": the name is the title's, a person of
                # that group (its sector and country), not the group's name
                agent = self.phrases.agent_term(noun)
                return _named_person(ent, country, agent.sector if agent else None)
        return Actor(
            ent.text, [ent.start_char, ent.end_char], None, ent.text, country, None, country, how="context:org"
        )

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
        country = country or place_named_in(ent, self.gazetteer)  # "the University of Toronto"
        # a two-word agent term ending the name first ("the 5th Armored Division": a military unit)
        pair = " ".join(t.lemma_.lower() for t in words[-2:]) if len(words) >= 2 else ""
        sector = (a.sector if (a := self.agent_terms.get(pair)) else None) or next(
            (
                a.sector
                for t in reversed(words)
                if (a := self.agent_terms.get(t.lemma_.lower()) or self.agent_terms.get(t.lower_))
            ),
            None,
        )
        # "the House Oversight and Reform Committee" with only "Reform Committee" tagged: a
        # title word the NER left before the name ("House") gives the body's sector
        sector = sector or next(
            (
                a.sector
                for t in ent.root.lefts
                if t.i < ent.start and t.dep_ in ("compound", "nmod") and (a := self.phrases.title_agent(t))
            ),
            None,
        )
        if country is None and sector is not None and ent.root.i < ent.end:
            # "the Syrian Arab Army's 52nd Brigade": a possessive body outside the name gives its unit a country
            country = next(
                (self.phrases.country_of(ent.root) for t in ent.root.children if t.dep_ == "poss" and t.i < ent.start),
                None,
            )
        if country is None and sector is None and (not words or words[-1].lower_ not in self.rules.org_name_heads):
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

    def _title_nationality(self, title: Token) -> str | None:
        """The nationality adjective of a title noun before a name ("Vietnamese" in "the
        Vietnamese defence chief X", "Palestinian" in "Chief Palestinian negotiator X"): the
        person's country (GUIDELINE.md: the citizenship the text gives). A demonym only: a
        country's name before a title often names the subject of the post, not its holder's
        country ("the Iran envoy X", "a Russia expert")."""
        if title.pos_ not in ("NOUN", "PROPN") or title.ent_type_:
            return None
        for m in title.children:
            if m.dep_ == "amod" and m.i < title.i and m.ent_id_.startswith("demonym:"):
                iso = m.ent_id_.partition(":")[2]
                return iso if iso in self.kb.countries else None
        return None

    def _unknown_person(self, ent: Span) -> Actor:
        """A person the KB lacks: country and sector from a title or demonym beside the name."""
        country = sector = None
        for t in ent.root.children:
            if t.i >= ent.start and t.i < ent.end:
                continue
            if t.dep_ in ("amod", "compound") and self.phrases.state_office_of_named_body(t):
                continue  # "Real Madrid President X": a club's officer, no state's (named_for_places.py)
            if t.dep_ == "poss" and t.ent_id_.startswith("country:"):
                # "Chad's Gen. X", "Libya's X": the country whose person the text says they are
                country = country or t.ent_id_.partition(":")[2]
            if t.dep_ in ("amod", "compound"):
                country = (
                    country
                    or self.kb.demonym_country.get(t.text.lower())
                    or self.kb.country_by_name.get(t.text.lower())
                    or self._title_nationality(t)
                )
                agent = self.phrases.agent_term(t)  # "Army spokesman X": MIL, "Attorney General X": JUD
                sector = sector or (agent.sector if agent else None)
        for t in ent[:-1]:
            # "Pope Leo" tagged as one name: a title of one country's office opening it
            # (actors.yaml title_countries) gives that country and the title's sector
            agent = self.agent_terms.get(t.lower_)
            iso = self.rules.title_countries.get(agent.term) if agent is not None else None
            if agent is None or iso is None:
                break
            if country is None:
                country, sector = iso, sector or agent.sector
        return _named_person(ent, country, sector)


def _named_person(ent: Span, country: str | None, sector: str | None) -> Actor:
    """A person the KB lacks, named by `ent`, with the country and sector the text gives."""
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
