"""The title the text gives a KB person beats a KB role they do not hold that day.

The KB dates each person's offices; on a day outside all of them `Person.role_on` falls back
to the closest one, which can be an office left years before ("Tokyo Governor Yuriko Koike"
is no defence minister in 2019). GUIDELINE.md: an actor belongs to the country of the office
or body the TEXT gives, and coding people by last decade's offices is a fault we must not
share. So a title written for the person (right before the name or in apposition: not a
predicate, "X was mayor of Paris", which is often what the person was long ago) recodes them:

- when the KB role of the article's date is not held that day, the title's country (else the
  KB's) and its sector, or ELI for a "former" title (CAMEO: former officials are elites);
- when the KB role held is a body's, of no country (an EU or UN office), and the title
  names a country ("Polish opposition leader X"), the title's country and sector: a
  national post beside the body's; an indefinite description ("X, a Portuguese diplomat")
  gives a citizenship, not an office, and leaves the held role alone.

A held role of a country stays whatever the title says: the title agrees with it, leaves it
open, or names another country's office, which is a slip of the text ("French President
Vladimir Putin") that the `flags` stage reports from the title's RoleClaim. Every mention of
the person in the piece takes the recoding: the text's title is the person's for the whole
article.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ...kb import KB, Agent, actor_code
from ...model import Actor
from ..component import char_tokens
from .mentions import Mentions


def retitle(
    kb: KB,
    person: Actor,
    title: tuple[Token, Agent, str | None, bool],
    day: dt.date | None,
    mentions: Mentions,
) -> None:
    """Recode the KB person `person` by the text's `title` (its head word, agent term,
    country and whether it is "former") when the KB role of `day` is not held that day or is
    another country's or body's."""
    head, agent, country, former = title
    entry = kb.people.get(person.kb_id or "")
    role = entry.role_on(day) if entry is not None else None
    if role is None or day is None or person.how != "kb:person" or not _beside(head, person):
        return
    if role.holds_on(day):
        if former or country is None or role.country:
            # the text agrees with a country's office held, names no country, or names
            # another country's: "French President Vladimir Putin" is a slip the `flags`
            # stage reports (RoleClaim), the KB's dated office stays
            return
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return  # "X, a Portuguese diplomat": a description of who X is, no office
        new_country: str | None = country
        sector = agent.sector
    else:
        new_country, sector = country or role.country, "ELI" if former else agent.sector
    for a in mentions.actors:
        if a.kb_id == person.kb_id and a.how == "kb:person":
            a.country, a.sector, a.code = new_country, sector, actor_code(new_country, sector) or sector
            a.resolved_by = "title" if country else a.resolved_by


def _beside(head: Token, person: Actor) -> bool:
    """Is the title written for the person's name: right before it ("Tokyo Governor [Yuriko
    Koike]") or in apposition ("X, the governor of Tokyo", "the governor of Tokyo, X")? A
    predicate ("X was mayor of Paris", "X was an opponent of the war") tells what the person
    was or is like, often long ago, and is no title."""
    name = char_tokens(head.doc, person.span)
    if name is None:
        return False
    if head.i < name.start and head.dep_ in ("compound", "amod", "nmod") and head.head in name:
        return True
    return (head.dep_ == "appos" and head.head in name) or (name.root.dep_ == "appos" and name.root.head == head)
