"""The doer a "by" phrase names on a verb: a passive's agent ("was arrested [by] police"), not a
measure the parser labelled so on an active verb with a subject of its own ("the parliament voted
[by] 66 votes to 27", "won by a wide margin"): there the subject is the doer; nor the author of a
report or estimate nearby ("with some estimates [by] the Red Cross")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import DoerRules
from .syntax import children


@cache
def _authored_nouns() -> frozenset[str]:
    return lowered(load_rules(DoerRules).authored_nouns)


def authored(noun: Token) -> bool:
    """Does a "by" phrase on `noun` name the author of a report, count or estimate (doers.yaml
    authored_nouns: "some estimates [by] the Red Cross"), not the doer of a passive verb nearby?"""
    return noun.lemma_.lower() in _authored_nouns() or noun.lower_ in _authored_nouns()


def passive_agents(verb: Token) -> list[Token]:
    """The heads of the doers the verb's "by" phrases name: their objects, and the subject of a
    participle the parser made their object ("killed by [rebels] wielding machetes"); none on an
    active verb with its own subject and no passive auxiliary (a measure: "voted by 66 votes")."""
    if children(verb, "nsubj") and not children(verb, "auxpass", "nsubjpass"):
        return []
    by = children(verb, "agent")
    return [o for a in by for o in children(a, "pobj")] + [
        s for a in by for p in children(a, "pcomp") for s in children(p, "nsubj")
    ]
