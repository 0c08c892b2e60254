"""The side ground was taken from ("Malian soldiers recaptured Timbuktu [from jihadists]", CAMEO
192 with the "from" phrase as target: triggers-verbs.yaml). That side held the place, so a group
the text names only by what it is (rebels, militants, jihadists: no KB entry and no country of
its own) is of the country of the place taken, as the setting would make it under a dateline. A
named group (a KB entry) keeps what the KB says of it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from .syntax import children, prep_objects

TAKING = "192"
# how a named place's actor was found: a country, a capital or a city of the gazetteer
_PLACE_HOWS = ("kb:country", "kb:capital", "place:city")


def _place_country(tok: Token) -> str | None:
    """The country of the place the taking names: its object ("recaptured [Timbuktu]", "the town
    [of Timbuktu]") or what it took control of ("control [of Timbuktu]")."""
    at = tok.doc._.actor_at or {}
    for o in children(tok, "dobj"):
        for t in (o, *prep_objects(o, "of")):
            a = at.get(t.i)
            if a is not None and a.how in _PLACE_HOWS and a.country:
                return a.country
    return None


def placed_holders(tok: Token, cameo: str, head: Token | None, actors: list[Actor]) -> list[Actor]:
    """`actors` (the target found at `head`), each group with no country or KB entry given the
    country of the place taken when `head` is the taking's "from" phrase; else `actors` as they are."""
    if not cameo.startswith(TAKING) or head is None or head.dep_ != "pobj" or head.head.lower_ != "from":
        return actors
    if head.head.head.i != tok.i or not any(a.country is None and a.kb_id is None and a.sector for a in actors):
        return actors
    country = _place_country(tok)
    if country is None:
        return actors
    return [
        replace(a, country=country, code=actor_code(country, a.sector), resolved_by="place")
        if a.country is None and a.kb_id is None and a.sector
        else a
        for a in actors
    ]
