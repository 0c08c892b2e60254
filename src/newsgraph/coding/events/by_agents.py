"""The doer a "by" phrase names on a verb: a passive's agent ("was arrested [by] police"), not a
measure the parser labelled so on an active verb with a subject of its own ("the parliament voted
[by] 66 votes to 27", "won by a wide margin"): there the subject is the doer."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import children


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
