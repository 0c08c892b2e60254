"""Whom a verb of going visits (GUIDELINE "Meetings"; CAMEO 042 "travel to another location for
a meeting or other event"): a visit is made to a host, another actor. A building or institution
of the visitor's own country ("the archbishop visited the hospital") hosts no one, and police
travelling to a country ("officers traveled to Canada and interviewed ...") go on an inquiry,
not to meet that country (meetings.yaml visited_places, errand_sectors)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import MeetingRules
from ..component import char_tokens
from .readings import Dyad

# a target named only as a country or its capital: for a traveller of that country, home
_HOME = frozenset({"kb:capital", "kb:country"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """meetings.yaml visited_places and errand_sectors."""
    r = load_rules(MeetingRules)
    return lowered(r.visited_places), frozenset(r.errand_sectors)


def hosted_visits(tok: Token, dyads: list[Dyad]) -> list[Dyad]:
    """The dyads of a visit verb `tok` that are visits to a host: not to a place (its phrase's
    head a noun of visited_places) of the visitor's own country or of no country, and not a
    trip of police (errand_sectors) to a country or its capital, a place with no body named;
    a place abroad ("visited a hospital in Beirut") is a visit to that country; a traveller's own
    country or capital ("arrived in Rome" of Italians) is home, no visit."""
    places, errands = _words()
    out: list[Dyad] = []
    for d in dyads:
        s, t = d.source, d.target
        if s is not None and t is not None:
            if s.sector in errands and (t.sector is None or t.how == "kb:capital"):
                continue
            if (t.country is None or t.country == s.country) and _head_lemma(tok, d) in places:
                continue
            if s.country is not None and t.country == s.country and t.how in _HOME:
                continue  # "the freed Italians arrived in Rome": going home, no host to meet
        out.append(d)
    return out


def _head_lemma(tok: Token, d: Dyad) -> str:
    """The lower-cased lemma of the head noun of a dyad's target phrase ("" with no phrase)."""
    p = d.target_phrase
    if p is None:
        return ""
    span = char_tokens(tok.doc, p.span)
    return span.root.lemma_.lower() if span is not None else ""
