"""A team sent to help after a disaster, as an entry's subject or object ("@aid_team"): "rescue
teams from Turkey [arrived] in Pakistan", "China [flew] a medical team to Nepal", "[deployed]
search-and-rescue crews". Sending such a team is humanitarian aid (CAMEO 073), and its arrival the
sender's aid reaching the place, not a visit (042). Only a team a modifier marks as one of aid
(events.yaml aid_teams modifiers) or its workers by name (workers): "a team of investigators"
or "the football team arrived" is none."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules

# the `subject` and `object` word (matching.py)
AID_TEAM = "@aid_team"


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml aid_teams: its nouns, modifiers and workers."""
    teams = load_rules(EventRules).aid_teams
    return lowered(teams.get("nouns", ())), lowered(teams.get("modifiers", ())), lowered(teams.get("workers", ()))


def aid_team(t: Token) -> bool:
    """Is the noun a team of aid ("[rescue] teams", "a 60-member [medical] team", "search-and-[rescue]
    specialists") or aid workers ("rescuers", "medics")?"""
    nouns, modifiers, workers = _words()
    lemma = t.lemma_.lower()
    if lemma in workers:
        return True
    if lemma not in nouns:
        return False
    return any(
        m.lemma_.lower() in modifiers or m.lower_ in modifiers
        for c in t.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i
        for m in c.subtree
    )
