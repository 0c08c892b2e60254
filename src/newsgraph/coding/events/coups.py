"""A coup's doers (issue 14): "a military coup ousted the prime minister of X", "an army coup
toppled [X's president]". A coup is, by what the word means, a country's own armed forces seizing
power from its government, so the doers of the coup noun that is a verb's subject are the
armed forces (MIL) of the country of the leader or government the verb names as its object.
A coup noun with no doer of its own that names where it was ("the coup in Niger", "the Malian
coup", "Guinea's military takeover") is likewise that country's armed forces': the target of
"condemned the coup in Niger" is Niger's army."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...kb import KB, actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..actors import country_actor
from .syntax import children


@cache
def _coup_nouns() -> frozenset[str]:
    """events.yaml coup_nouns."""
    return lowered(load_rules(EventRules).coup_nouns)


# a takeover by soldiers is a coup too ("the military takeover in Mali"); a takeover of a firm is not
_TAKEOVER = "takeover"
_ARMED_MODIFIERS = frozenset({"military", "army"})


def coup_place_forces(noun: Token, actors_of: Callable[[Token], list[Actor]], kb: KB) -> list[Actor]:
    """The armed forces of the country a coup noun names as where it was: a demonym or country
    before it ("the Malian coup", "Guinea's takeover"), or its "in" phrase ("the coup in Niger");
    [] for another noun or a coup that names no country."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (
        lemma in _coup_nouns()
        or (lemma == _TAKEOVER and any(c.lower_ in _ARMED_MODIFIERS for c in children(noun, "amod", "compound")))
    ):
        return []
    # the "in" phrase of the noun, or of the verb it is the object of, where the parser hangs it
    # there ("condemned the coup [in Niger]"); there only a country's name, as a city is as often
    # where the verb's act was ("condemned the coup in Abuja", where its summit met)
    places = [(c, False) for c in children(noun, "amod", "compound", "poss")]
    places += [
        (o, h is not noun)
        for h in ([noun, noun.head] if noun.dep_ == "dobj" else [noun])
        for p in children(h, "prep")
        if p.lower_ == "in"
        for o in children(p, "pobj")
    ]
    for t, on_verb in places:
        kinds = ("kb:country",) if on_verb else None
        found = [
            a for a in actors_of(t) if a.country and a.sector in (None, "GOV") and (kinds is None or a.how in kinds)
        ]
        if on_verb and not found:
            continue
        country = found[0].country if found else (a.country if (a := country_actor(kb, t)) else None)
        if country:
            return [
                Actor(
                    noun.text,
                    [noun.idx, noun.idx + len(noun.text)],
                    None,
                    None,
                    country,
                    "MIL",
                    actor_code(country, "MIL"),
                    how="implied:coup",
                )
            ]
    return []


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
