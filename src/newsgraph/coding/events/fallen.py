"""A place that "fell" to someone (issue 14): "the town fell to the rebels", "the capital fell
under rebel control". English tells the taking from the side of the place taken: the one it
fell to, or whose control it fell under, is the doer (as a passive's "by" phrase) and the place
is what was taken (as a passive's subject)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children, prep_objects

FALL = "fall"


@cache
def _holding_nouns() -> frozenset[str]:
    """events.yaml holding_nouns."""
    return lowered(load_rules(EventRules).holding_nouns)


def new_holder(tok: Token) -> Token | None:
    """The one a place fell to ("fell to [the rebels]") or under whose control ("fell under
    [rebel] control", "under the control of [X]"); None for another verb or phrase."""
    if tok.lemma_.lower() != FALL or tok.pos_ != "VERB":
        return None
    if held := prep_objects(tok, "to"):
        return held[0]
    for noun in prep_objects(tok, "under"):
        if noun.lemma_.lower() not in _holding_nouns():
            continue
        owner = children(noun, "poss", "compound", "amod") or prep_objects(noun, "of")
        if owner:
            return owner[0]
    return None


def fallen_place(tok: Token) -> list[Token]:
    """The place that fell (the verb's subject), the target of the taking; [] for another verb."""
    if tok.lemma_.lower() != FALL or new_holder(tok) is None:
        return []
    return children(tok, "nsubj")
