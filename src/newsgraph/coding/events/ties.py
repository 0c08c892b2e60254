"""A passive that states a tie (issue 14): "X had been allied with Y" says X allied with Y, it
is no act done to X; the passive's subject is the doer and the "with" phrase the partner."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children


@cache
def _tie_passives() -> frozenset[str]:
    """events.yaml tie_passives."""
    return lowered(load_rules(EventRules).tie_passives)


def tied_party(tok: Token) -> Token | None:
    """The passive subject of a tie verb with no "by" phrase ("[Russia] was allied with Iran")."""
    if tok.lemma_.lower() not in _tie_passives() or children(tok, "agent"):
        return None
    subj = children(tok, "nsubjpass")
    return subj[0] if subj else None


# the prepositions of a gerund that tells how or in what its clause's doer acted
_MEANS_PREPS = frozenset({"in", "by"})


def means_gerund_main(tok: Token, is_act: Callable[[Token], bool]) -> Token | None:
    """The verb a subjectless gerund after "in" or "by" belongs to ("allied with Y [in] fighting
    Z", "responded [by] shelling X"), also when the parser hung a "by" of means on the verb's
    object ("struck a blow against X [by] seizing Y", "took revenge by killing Z": "by" + gerund
    tells how the clause's act was done); not on an object that is an act of its own (`is_act`:
    "condemned the crackdown [by] arresting X" is how the crackdown was done). Its doer is that
    verb's; None otherwise."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or children(tok, "nsubj"):
        return None
    prep, head = tok.head, tok.head.head
    if prep.lower_ == "by" and head.pos_ == "NOUN" and head.dep_ == "dobj" and not is_act(head):
        head = head.head
    if prep.lower_ not in _MEANS_PREPS or prep.dep_ != "prep" or head.pos_ != "VERB":
        return None
    return head
