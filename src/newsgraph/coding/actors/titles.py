"""An agent phrase as a title: whom it names and what it codes.

A title beside a person ("Russian President Vladimir Putin", "Lavrov, the head of US
diplomacy") is that person: a person the KB lacks takes the title's country and sector, a
KB person keeps the role the KB dates and the title becomes a *claim* for the `flags`
stage to check. A singular office with no name ("the Russian president") is whoever held
it on the article's date; "former" officials are elites (ELI). Any other agent phrase is an
actor of its own, coded from its country and sector.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...kb import KB, Agent, actor_code
from ...model import Actor
from .mentions import Mentions
from .phrases import AgentPhrase
from .words import ActorWords


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

    def link(self, phrase: AgentPhrase, day: dt.date | None, mentions: Mentions, claims: list[RoleClaim]) -> None:
        """Give the phrase's tokens their actor; a KB person's title goes to `claims`."""
        tok, agent, country, span = phrase.head, phrase.agent, phrase.country, phrase.span
        if any(t.ent_id_.startswith("org:") for t in span):
            return  # "the Associated Press news agency": the organisation is the actor
        actors, at = mentions.actors, mentions.at
        self._titled_country_name(agent, tok, span, mentions)
        person = self._person_for_phrase(tok, span, mentions)
        text = span.text
        former = (
            agent.sector in self.rules.former_sectors
            and agent.term.split()[-1] not in self.rules.former_bodies
            and self._former(tok, span, person)
        )
        sector = "ELI" if former else agent.sector  # CAMEO: former officials are elites
        if person is not None and person.how == "context:person":
            # "Brazilian President Peter Novak": the title codes a person the KB lacks
            if person.country is None and country is not None:
                person.country, person.resolved_by = country, phrase.by
            person.sector = sector if former else person.sector or sector
            person.code = actor_code(person.country, person.sector) or person.sector  # "President Duterte": GOV
            for i in range(span.start, span.end):
                at[i] = actors.index(person)
            return
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

    @staticmethod
    def _person_for_phrase(tok: Token, span: Span, mentions: Mentions) -> Actor | None:
        """The person a title names: in apposition ("X, the minister") or right after it
        ("Russian President Vladimir Putin"); a title beside a different name in a
        coordination is not that person's."""
        person = mentions.person_at
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
            at = mentions.at
            end = nxt + 1
            while end < len(doc) and at.get(end) == at[nxt + 1]:
                end += 1
            return after if end == len(doc) or doc[end].text in (",", ")") else None
        return person(nxt) if nxt < len(doc) else None

    def _office_holder(
        self, agent: Agent, country: str | None, tok: Token, span: Span, day: dt.date | None
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
                        span.text,
                        [span.start_char, span.end_char],
                        p.kb_id,
                        p.name,
                        country,
                        r.sector,
                        actor_code(country, r.sector),
                        how="kb:office",
                    )
        return None
