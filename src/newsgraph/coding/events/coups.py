"""A coup's doers (issue 14): "a military coup ousted the prime minister of X", "an army coup
toppled [X's president]". A coup is, by what the word means, a country's own armed forces seizing
power from its government, so the doers of the coup noun that is a verb's subject are the
armed forces (MIL) of the country of the leader or government the verb names as its object."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children


@cache
def _coup_nouns() -> frozenset[str]:
    """events.yaml coup_nouns."""
    return lowered(load_rules(EventRules).coup_nouns)


def coup_forces(subj: Token, verb: Token, actors_of: Callable[[Token], list[Actor]]) -> list[Actor]:
    """The armed forces of the country whose leader the coup (`subj`, the verb's subject)
    removed; [] when the subject is no coup noun or the object has no country."""
    if subj.lemma_.lower() not in _coup_nouns() or verb.pos_ != "VERB":
        return []
    for obj in children(verb, "dobj"):
        country = next((a.country for a in actors_of(obj) if a.country), None)
        if country:
            code = actor_code(country, "MIL")
            return [
                Actor(
                    subj.text,
                    [subj.idx, subj.idx + len(subj.text)],
                    None,
                    None,
                    country,
                    "MIL",
                    code,
                    how="implied:coup",
                )
            ]
    return []
