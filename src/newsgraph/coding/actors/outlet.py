"""The country of a legislator whose words give none: that of the legislature the text names
("the US Congress ... Senator X"), else of the news outlet they speak through ("Senator X
spoke on Fox News", "Congressman Y told CNN", "MP Z said in an interview with the BBC").

A legislator whose words give no country ("Senator", "MP") sits in the legislature the story
names, or is one of the country whose outlet carries their words: a foreign legislator is
introduced with their country ("the Turkish MP"). These say so better than a place the
legislator's own quotation names ("... the Kurds will align with Syria") or the article's
main country (a story about another country's war), so `context.py` reads them first.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...model import Actor
from .mentions import Mentions

# the sectors of people this rule reads an outlet for
LEGISLATOR_SECTORS = frozenset({"LEG"})
# the prepositions by which a speech verb names the outlet ("spoke on", "said to", "an interview with")
_OUTLET_PREPS = frozenset({"on", "to", "with"})
# how a legislature is found that names its country itself
_BODY_HOWS = frozenset({"kb:org", "context:org", "context:agent"})


def outlet_country(head: Token, mentions: Mentions) -> str | None:
    """The country of the one national media outlet the clause whose subject is `head` speaks
    through: the verb's direct object ("told CNN") or the object of on/to/with, directly or
    inside a noun ("in an interview with the BBC")."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ in _OUTLET_PREPS:
                objects.append(pobj)
            objects += [p for inner in pobj.children if inner.lower_ in _OUTLET_PREPS for p in inner.children]
    found = {a.country for o in objects if (a := _outlet_at(o, mentions)) is not None}
    return next(iter(found)) if len(found) == 1 else None


def _outlet_at(tok: Token, mentions: Mentions) -> Actor | None:
    k = mentions.at.get(tok.i)
    a = mentions.actors[k] if k is not None else None
    if a is None or a.sector != "MED" or not a.country or not a.how.startswith("kb:"):
        return None
    return a


def legislature_country(mentions: Mentions) -> str | None:
    """The country of the legislatures the text names by their own words ("the US Congress",
    "Kenya's National Assembly", "the Bundestag"), when they are all one country's: a
    legislator with no country of their own sits in it."""
    found = {
        a.country
        for a in mentions.actors
        if a.sector in LEGISLATOR_SECTORS
        and a.country
        and a.how in _BODY_HOWS
        and a.resolved_by in (None, "kb", "title")
    }
    return next(iter(found)) if len(found) == 1 else None
