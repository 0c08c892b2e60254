"""An agent phrase as a title: whom it names and what it codes.

A title beside a person ("Russian President Vladimir Putin", "Lavrov, the head of US
diplomacy") is that person: a person the KB lacks takes the title's country and sector, a
KB person keeps the role the KB dates and the title becomes a *claim* for the `flags`
stage to check, unless that role is not held on the article's date or is another
country's (text_titles.py: the text's title wins). A singular office with no name ("the Russian president") is whoever held
it on the article's date; "former" officials are elites (ELI). Any other agent phrase is an
actor of its own, coded from its country and sector.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...kb import KB, Agent, Person, Role, actor_code
from ...model import Actor
from ..component import char_tokens
from .mentions import Mentions
from .phrases import AgentPhrase
from .text_titles import retitle
from .words import ActorWords

# the offices whose holder is found by title ("president", "prime minister", "king")
_HEADS = ("head of state", "head of government")


@dataclass(slots=True)
class BareOffice:
    """ "the president", "the foreign minister": a singular office named with no country and
    no person; the office holder once context gives the country (`TitleLinker.fill_offices`)."""

    index: int  # into `Mentions.actors`
    agent: Agent


@dataclass(slots=True)
class BodyMention:
    """An agent phrase coded as an actor of its own (not a person's title), by the lemma of
    its head word: "the US Embassy" is ("embassy", its index); `bare` when it is "the" and
    that word only ("the embassy")."""

    lemma: str
    index: int  # into `Mentions.actors`
    bare: bool
    alone: bool = False  # the word alone, with or without "the" ("Congress", "the Senate")


@dataclass
class RoleClaim:
    """The text gives `actor` an office in `country` ("the head of US diplomacy, Lavrov")."""

    actor: Actor
    text: str
    span: tuple[int, int]
    country: str | None
    role: str | None


class TitleLinker:
    """Links agent phrases to the people they name, the office holders they stand for, or
    actors of their own."""

    def __init__(self, kb: KB, rules: ActorWords) -> None:
        self.kb = kb
        self.rules = rules
        # a person made from a name the NER missed -> the mentions of their surname alone
        self._repeats: dict[int, list[Actor]] = {}
        # (country, role) -> the people with that role there, for offices named without a country
        self._holders: dict[tuple[str, str], list[tuple[Person, Role]]] = {}
        for p in kb.people.values():
            for r in p.roles:
                if r.country:
                    self._holders.setdefault((r.country, r.role), []).append((p, r))

    def start_doc(self) -> None:
        """Forget the last Doc's people made from names: their surname mentions are keyed by id(),
        which a person of this Doc could be given again once theirs is freed."""
        self._repeats.clear()

    def link(
        self,
        phrase: AgentPhrase,
        day: dt.date | None,
        mentions: Mentions,
        claims: list[RoleClaim],
        bare: list[BareOffice] | None = None,
        office_people: list[Actor] | None = None,
        bodies: list[BodyMention] | None = None,
    ) -> None:
        """Give the phrase's tokens their actor; a KB person's title goes to `claims`, a bare
        singular office ("the president") to `bare`, a person the KB lacks titled with a
        one-person office of no country ("X, the Secretary of Transportation") to
        `office_people` (context gives them the article's country, as a bare office)."""
        tok, agent, country, span = phrase.head, phrase.agent, phrase.country, phrase.span
        if any(t.ent_id_.startswith("org:") for t in span if t.i <= tok.i):
            return  # "the Associated Press news agency": the organisation is the actor
        if any(t.ent_id_.startswith("org:") for t in span):
            # "the rebels of Jaysh al-Fateh": the group is the organisation's (its country), and
            # the organisation stays an actor of its own
            span = span.doc[span.start : tok.i + 1]
        actors, at = mentions.actors, mentions.at
        self._titled_country_name(agent, tok, span, mentions)
        person = (
            self._person_for_phrase(tok, span, mentions)
            or self._untagged_name(agent, tok, mentions)
            or self._titled_untagged_name(agent, tok, mentions)
        )
        text = span.text
        former = (
            agent.sector in self.rules.former_sectors
            and agent.term.split()[-1] not in self.rules.former_bodies
            and self._former(tok, span, person)
        )
        sector = "ELI" if former else agent.sector  # CAMEO: former officials are elites
        if person is not None and person.how == "context:person" and not former and self._former(tok, span, person):
            # "Hagia Sophia, formerly a Greek Orthodox church": what a name no longer is
            # (and no elite) does not code it; the title stays an actor of its own
            person = None
        if person is not None and person.how == "context:person":
            # "Brazilian President Peter Novak": the title codes a person the KB lacks; a plural
            # title each person it names ("Representatives X, Y and Z")
            repeats = self._repeats.pop(id(person), [])
            for named in self._people_titled(tok, person, mentions):
                if named.country is None and country is not None:
                    named.country, named.resolved_by = country, phrase.by
                elif named.country is None and agent.person and not former and office_people is not None:
                    office_people.append(named)
                named.sector = sector if former else named.sector or sector
                named.code = actor_code(named.country, named.sector) or named.sector  # "President Duterte": GOV
            for r in repeats:  # "Rosselló" alone, named before the title (the NER missed the full name)
                if r.country is None and r.sector is None:
                    r.country, r.sector, r.code, r.resolved_by = (
                        person.country,
                        person.sector,
                        person.code,
                        person.resolved_by,
                    )
                    r.name = person.text
            for i in range(span.start, span.end):
                at[i] = actors.index(person)
            return
        if person is not None:
            # the phrase names the person's office: same actor, the office is a claim
            # (a KB person's code stays the role the KB dates, unless text_titles.py says otherwise)
            claims.append(RoleClaim(person, text, (span.start_char, span.end_char), country, agent.role))
            retitle(self.kb, person, (tok, agent, country, former), day, mentions)  # text_titles.py
            if person.sector is None and sector and person.country in (country, None):
                # a KB entry with a country only ("X [ABC]"): the title gives the sector
                person.sector = sector
                person.code = actor_code(person.country, sector) or person.code
            for i in range(span.start, span.end):
                at[i] = actors.index(person)
            return
        # "the former Russian president" is not whoever holds the office now
        actor = None if former else self._office_holder(agent, country, tok, span, day)
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
                resolved_by=phrase.by if country else None,
            )
        idx = mentions.add(actor, range(0))
        for i in range(span.start, span.end):
            at[i] = idx
        if bare is not None and country is None and not former and self._bare_office(agent, tok, span):
            bare.append(BareOffice(idx, agent))
        elif bodies is not None and not agent.person and not former and tok.tag_ in ("NN", "NNP"):
            unqualified = not any(c.dep_ in ("prep", "poss", "appos") for c in tok.children)
            lone = unqualified and len(span) == 2 and span[0].lower_ == "the" and span[1] == tok
            alone = lone or (unqualified and len(span) == 1)
            bodies.append(BodyMention(tok.lemma_.lower(), idx, lone, alone))

    def _bare_office(self, agent: Agent, tok: Token, span: Span) -> bool:
        """ "the president", "the prime minister", "the foreign minister": "the" and the
        words of a one-person office, nothing else (not "the club president", "the president
        of the union", "a minister")."""
        if not agent.person or not agent.role or tok.tag_ not in ("NN", "NNP"):
            return False
        words = set(agent.term.split())
        if span[0].lower_ != "the" or any(t.lower_ not in words and t.lemma_.lower() not in words for t in span[1:]):
            return False
        return not any(c.dep_ in ("prep", "poss", "appos") for c in tok.children)

    @staticmethod
    def fill_definites(bodies: list[BodyMention], mentions: Mentions) -> None:
        """A body named again by "the" and its word alone ("the US Embassy in London ... the
        embassy declined") is the body named before with that word and a country, if the
        article's earlier mentions of that word give one country only (`resolved_by`
        "pronoun": it stands for that mention)."""
        actors = mentions.actors
        seen: dict[str, set[str]] = {}
        for b in bodies:
            a = actors[b.index]
            before = seen.get(b.lemma)
            if b.bare and a.country is None and a.how == "context:agent" and before and len(before) == 1:
                a.country = next(iter(before))
                a.code = actor_code(a.country, a.sector) or a.code
                a.resolved_by = "pronoun"
            elif a.country:
                seen.setdefault(b.lemma, set()).add(a.country)

    def fill_offices(self, bare: list[BareOffice], day: dt.date | None, mentions: Mentions) -> None:
        """A bare office is the last person named before it who holds that office on the
        article's date ("President X said ... The president insists": X; `resolved_by`
        "pronoun", it stands for that mention), else, once context gave it a country,
        whoever holds the office there, if the KB has exactly one such person (`resolved_by`
        keeps where the country came from: the sentence, paragraph or article)."""
        if not bare:
            return
        day = day or dt.date.today()
        people = sorted(
            (a for a in mentions.actors if a.kb_id in self.kb.people and a.how in ("kb:person", "kb:office")),
            key=lambda a: a.span[0],
        )
        for b in bare:
            a = mentions.actors[b.index]
            if a.how != "context:agent":
                continue
            held, by = self._named_holder(b.agent, a, people, day), "pronoun"
            if held is None and a.country is not None:
                by = a.resolved_by or "article"
                held = self._holder(b.agent, a.country, day)
            if held is None:
                continue
            p, r = held
            mentions.actors[b.index] = Actor(
                a.text,
                a.span,
                p.kb_id,
                p.name,
                r.country,
                r.sector,
                actor_code(r.country, r.sector),
                how="kb:office",
                resolved_by=by,
            )

    def _named_holder(
        self, agent: Agent, office: Actor, people: list[Actor], day: dt.date
    ) -> tuple[Person, Role] | None:
        """The KB person named before `office` who holds its office on `day`: the only one;
        of several (two presidents met) the one named most often, else the one of the
        country context gave the office."""
        found: dict[str, tuple[Person, Role]] = {}
        named: Counter[str] = Counter()
        for a in people:
            if a.span[0] >= office.span[0]:
                break
            p = self.kb.people[a.kb_id or ""]
            r = next((r for r in p.roles if r.holds_on(day) and r.country and self._fits(agent, r)), None)
            if r is not None:
                found[p.kb_id] = (p, r)
                named[p.kb_id] += 1
        if len(found) > 1:
            (first, n), (_, m) = named.most_common(2)
            found = (
                {first: found[first]} if n > m else {k: v for k, v in found.items() if v[1].country == office.country}
            )
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _fits(agent: Agent, role: Role) -> bool:
        """Is `role` the agent's office? For a head of state or government the title must be
        the agent's word: "the president" of a kingdom is no one, "the premier" where the
        office is called Prime Minister is left alone."""
        if role.role != agent.role:
            return False
        return role.role not in ("head of state", "head of government") or agent.term in role.title.lower()

    def _holder(self, agent: Agent, country: str, day: dt.date) -> tuple[Person, Role] | None:
        """The one person holding the agent's office in `country` on `day`."""
        assert agent.role is not None
        found = [
            (p, r) for p, r in self._holders.get((country, agent.role), ()) if r.holds_on(day) and self._fits(agent, r)
        ]
        return found[0] if len({p.kb_id for p, _ in found}) == 1 else None

    def _former(self, tok: Token, span: Span, person: Actor | None) -> bool:
        """Does a word of actors.yaml `former` mark the title as one no longer held ("former
        security officials", "an ex-minister", "former President Peter Novak")?"""
        words = list(span) + list(tok.lefts)
        if person is not None:
            name = tok.doc.char_span(person.span[0], person.span[1])
            words += list(name.root.lefts) if name is not None else []
        return any(t.lower_ in self.rules.former for t in words)

    @staticmethod
    def _titled_country_name(agent: Agent, tok: Token, span: Span, mentions: Mentions) -> None:
        """ "Prime Minister X": a name right after a personal title is a person, even when the
        KB has the name only as a name of a country (a Phoenix dictionary codes a person with a
        bare country code, "X [ABC]", and the importer can only make X an alias of country ABC).
        Such a name becomes a person of that country, whom the title then gives a sector like
        any person the KB lacks."""
        actors, at = mentions.actors, mentions.at
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

    def _untagged_name(self, agent: Agent, tok: Token, mentions: Mentions) -> Actor | None:
        """ "Ricardo Rosselló Nevares, Puerto Rico's governor": a title of one person in
        apposition to two to four capitalised proper nouns that no entity and no actor covers
        (none a title, agent or organisation word) names a person the KB lacks, whom the NER
        missed. Mentions of the name's last or middle word alone become that person's."""
        if tok.dep_ != "appos" or not (agent.person or tok.lemma_.lower() in self.rules.person_titles):
            return None
        head = tok.head
        if head.i > tok.i or head.pos_ != "PROPN":
            return None
        words = [c for c in head.lefts if c.dep_ == "compound" and c.i >= head.i - 3] + [head]
        if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1:
            return None
        rules, terms = self.rules, self.kb.agents
        for w in words:
            low = w.lower_
            if w.pos_ != "PROPN" or not w.is_alpha or not w.text[:1].isupper() or w.ent_type_ or w.i in mentions.at:
                return None
            if low in rules.honorifics or low in terms or low in rules.org_name_heads or low in rules.title_agents:
                return None
        doc = tok.doc
        name = doc[words[0].i : head.i + 1]
        person = Actor(
            name.text, [name.start_char, name.end_char], None, name.text, None, None, None, how="context:person"
        )
        mentions.add(person, range(name.start, name.end))
        surnames = {w.lower_ for w in words[1:]}
        self._repeats[id(person)] = [
            a for a in mentions.actors if a.how == "context:person" and a.text.lower() in surnames
        ]
        return person

    def _titled_untagged_name(self, agent: Agent, tok: Token, mentions: Mentions) -> Actor | None:
        """ "Princess Ubolratana Mahidol", "Governor Juan Perez": a capitalised title of one
        person written before one to three capitalised proper nouns that no entity and no actor
        covers (none a title, agent or organisation word), the title a compound inside that
        name's phrase, names a person the KB lacks, whom the NER missed. A later such name made
        only of that name's words ("Princess Ubolratana", even if the NER took it for a body)
        is the same person."""
        if tok.dep_ not in ("compound", "nmod") or not tok.text[:1].isupper() or tok.tag_ in ("NNS", "NNPS"):
            return None
        if not (agent.person or tok.lemma_.lower() in self.rules.person_titles):
            return None
        doc = tok.doc
        start = self._past_office_place(tok, mentions)
        if tok.dep_ != "compound" and start == tok.i + 1:
            return None
        end = start
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        words = doc[start:end]
        if not len(words) or not words.start <= tok.head.i < words.end:
            return None
        if any(not words.start <= w.head.i < words.end for w in words if w.i != words.root.i):
            return None  # the words make one name, the last its head
        rules, terms = self.rules, self.kb.agents
        for w in words:
            low = w.lower_
            if not w.is_alpha or w.ent_id_ or w.i in mentions.at:
                return None
            if low in rules.honorifics or low in terms or low in rules.org_name_heads or low in rules.title_agents:
                return None
        named = [mentions.titled.get(w.lower_) for w in words]
        earlier = named[0]
        if earlier is not None and all(n is earlier for n in named):
            k = mentions.actors.index(earlier)
            for i in range(words.start, words.end):
                mentions.at[i] = k
            return earlier
        if any(w.ent_type_ for w in words):
            return None  # a name the NER tagged: the entities' own
        person = Actor(
            words.text, [words.start_char, words.end_char], None, words.text, None, None, None, how="context:person"
        )
        mentions.add(person, range(words.start, words.end))
        for w in words:
            low = w.lower_
            mentions.titled[low] = person if mentions.titled.get(low, person) is person else None
        if start > tok.i + 1:
            # "First Minister of Scotland Nicola Sturgeon ... Nicola Sturgeon said": the name
            # repeated (in full or by its last word) is that person
            names = {words.text.lower(), words[-1].lower_}
            repeats = [
                a for a in mentions.actors if a.how == "context:person" and a is not person and a.text.lower() in names
            ]
            for ent in doc.ents:  # the same name the NER took for a body ("Nicola Sturgeon" ORG): no actor yet
                if ent.label_ == "ORG" and ent.start >= words.end and ent.text.lower() in names:
                    if all(i not in mentions.at for i in range(ent.start, ent.end)):
                        again = Actor(
                            ent.text, [ent.start_char, ent.end_char], None, None, None, None, None, how="context:person"
                        )
                        mentions.add(again, range(ent.start, ent.end))
                        repeats.append(again)
            self._repeats[id(person)] = repeats
        return person

    @staticmethod
    def _past_office_place(tok: Token, mentions: Mentions) -> int:
        """Where a name after the title `tok` begins: right after it, or past the place of
        its office ("First Minister of Scotland Nicola Sturgeon", "Governor of Texas X"): "of"
        and a country or place name of one to three words that an actor of that place covers."""
        doc, nxt = tok.doc, tok.i + 1
        if nxt + 2 >= len(doc) or doc[nxt].lower_ != "of":
            return nxt
        if doc[nxt + 1].ent_type_ not in ("GPE", "LOC"):
            return _past_portfolio(doc, nxt + 1)
        k = mentions.at.get(nxt + 1)
        if k is None or mentions.actors[k].how != "kb:country":
            return nxt
        end = nxt + 1
        while end < len(doc) and end - nxt <= 3 and mentions.at.get(end) == k:
            end += 1
        return end if doc[end - 1].ent_iob_ != "" and end < len(doc) else nxt

    @staticmethod
    def _people_titled(tok: Token, person: Actor, mentions: Mentions) -> list[Actor]:
        """The people the KB lacks a title names: `person`, and for a plural title the people
        coordinated with it ("Representatives X, Y and Z", "two senators, X and Y")."""
        people = [person]
        if tok.tag_ not in ("NNS", "NNPS"):
            return people
        name = char_tokens(tok.doc, person.span)
        if name is None:
            return people
        for c in name.root.conjuncts:
            other = mentions.person_at(c.i)
            if other is not None and other.how == "context:person" and all(other is not p for p in people):
                people.append(other)
        return people

    def _person_for_phrase(self, tok: Token, span: Span, mentions: Mentions) -> Actor | None:
        """The person a title names: in apposition ("X, the minister"), as the predicate of a
        name or of a relative clause on it ("X is a Turkish national", "X, who was Trump's
        envoy") or right after it ("Russian President Vladimir Putin"), also past a rank or
        honorific that opens the name ("the army chief Gen. X", "Health Minister Dr X"); a
        title beside a different name in a coordination is not that person's."""
        person = mentions.person_at
        linked = [tok.head] if tok.dep_ == "appos" else []
        linked += [c for c in tok.children if c.dep_ == "appos"]
        for c in linked:
            if person(c.i):
                return person(c.i)
        named = _predicated(tok, self.rules.office_taking_verbs)
        if named is not None and person(named.i):
            return person(named.i)
        doc, nxt = tok.doc, _past_bracket(tok.doc, span.end)
        if nxt + 1 < len(doc) and doc[nxt].text == ",":
            # "the head of US diplomacy, Sergei Lavrov, said": an apposition the parse missed,
            # only when the name is closed by a comma or bracket (not "the minister, X and Y";
            # a plural title names a list: "two senators, X and Y")
            after = person(nxt + 1)
            if after is None:
                return None
            at = mentions.at
            end = nxt + 1
            while end < len(doc) and at.get(end) == at[nxt + 1]:
                end += 1
            closers = (",", ")", "and") if tok.tag_ in ("NNS", "NNPS") else (",", ")")
            return after if end == len(doc) or doc[end].text in closers else None
        past = self._past_office_place(tok, mentions) if tok.text[:1].isupper() and tok.i + 1 == nxt else nxt
        if past > nxt and tok.tag_ not in ("NNS", "NNPS") and doc[past].ent_iob_ == "B" and person(past) is not None:
            return person(past)  # "First Minister of Wales Jane Roe": the office's place, then its holder
        if nxt + 1 < len(doc) and person(nxt) is None and self._opens_name(doc[nxt], mentions):
            return person(doc[nxt].head.i)
        # "Representative Bi khim Hsiao" with only "Hsiao" tagged: the untagged name words
        # between the title and the person's tagged name are that name's
        if nxt >= len(doc) or person(nxt) is not None:
            return person(nxt) if nxt < len(doc) else None
        end = nxt
        while end < len(doc) and end - nxt < 3 and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        if end < len(doc) and person(end) is not None and doc[end].ent_iob_ == "B":
            return person(end)
        return None

    def _opens_name(self, tok: Token, mentions: Mentions) -> bool:
        """Is `tok` a rank or honorific written before a person's name, part of that name's
        phrase ("Gen." in "Gen. Ngo Xuan Lich", "Dr" in "Dr Ali Hassan")?"""
        word = tok.lower_.rstrip(".")
        return (
            tok.dep_ == "compound"
            and tok.head.i > tok.i
            and (word in self.rules.honorifics or tok.lower_ in self.kb.agents)
            and mentions.person_at(tok.head.i) is not None
        )

    def _own_leader(self, agent: Agent) -> bool:
        """Is a "leader" the country's own, not a body's its modifier names ("union leader" LAB,
        "religious leader" REL: phrases.py gives it that body's sector, actors.yaml
        generic_head_bodies)?"""
        own = self.kb.agents.get(agent.term)
        return own is None or own.sector == agent.sector

    def _office_holder(
        self, agent: Agent, country: str | None, tok: Token, span: Span, day: dt.date | None
    ) -> Actor | None:
        """ "the Russian president" -> whoever held that office on the article's date. A head of
        state's or government's office is the one whose title is the agent's word: Iran's
        president is its head of government, its head of state the Supreme Leader."""
        if not country or tok.tag_ in ("NNS", "NNPS"):
            return None
        day = day or dt.date.today()
        if agent.person and agent.role in _HEADS:
            found = [
                (p, r)
                for role in _HEADS
                for p, r in self._holders.get((country, role), ())
                if r.holds_on(day) and agent.term in r.title.lower()
            ]
        elif agent.person or (agent.term == "leader" and self._own_leader(agent)):
            role = agent.role if agent.person else "head of state"
            found = [(p, r) for p, r in self._holders.get((country, role or ""), ()) if r.holds_on(day)]
        else:
            return None
        if not found:
            return None
        p, r = found[0]
        return Actor(
            span.text,
            [span.start_char, span.end_char],
            p.kb_id,
            p.name,
            country,
            r.sector,
            actor_code(country, r.sector),
            how="kb:office",
        )


# the longest bracket skipped between a title and the name it gives ("MP (Member of Parliament) X")
MAX_BRACKET = 8


def _past_portfolio(doc: Doc, i: int) -> int:
    """Where a person's name begins after the portfolio of an office ("Minister of Information
    Moammar al-Eryani", "Secretary of Foreign Affairs and Trade Jane Roe"): one to four
    capitalised words from `i` outside any entity ("and" may join them), then a tagged
    person's first word; else `i - 1` (the "of": no name follows)."""
    end = i
    while end < len(doc) and end - i < 5 and not doc[end].ent_type_:
        word = doc[end]
        if not (word.is_title and word.pos_ in ("PROPN", "NOUN")) and not (end > i and word.lower_ in ("and", "&")):
            break
        end += 1
    if end == i or doc[end - 1].lower_ in ("and", "&") or end >= len(doc):
        return i - 1
    return end if doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" else i - 1


def _past_bracket(doc: Doc, i: int) -> int:
    """Where the text goes on after a bracket opening at `i` ("Labour MP (Member of Parliament)
    Tom Watson": the name after the expansion of the title), else `i`."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    for j in range(i + 1, min(i + MAX_BRACKET + 2, len(doc))):
        if doc[j].text == ")":
            return j + 1 if j + 1 < len(doc) else i
        if doc[j].text == "(":
            break
    return i


def _predicated(tok: Token, taking: frozenset[str]) -> Token | None:
    """The subject `tok` is said to be by "be", not negated: "X is a Turkish national", "X,
    who was Trump's envoy" (the relative clause's noun), else None; so with a verb of
    `taking` (actors.yaml `office_taking_verbs`): "X became T", "X was elected T", "X was
    sworn in as T", or its object ("voters elected X T")."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep" and verb.head.lemma_ in taking:
        verb = verb.head  # "X was sworn in as T", "X serves as T"
    elif tok.dep_ not in ("attr", "oprd") or (verb.lemma_ != "be" and verb.lemma_ not in taking):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_ != "be":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "voters elected X president"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head  # "X, who was ...": the noun the clause is on
    return subj
