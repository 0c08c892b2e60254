"""Whom sympathy is for (meetings.yaml sympathy_codes): "our condolences are with the family of X",
"everybody's sympathies are with the victims": a sympathy noun whose clause is a copula with a
"with" phrase is for that phrase's people, when the trigger's own phrases named no one."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from .readings import Dyad
from .syntax import children


def sympathy_targets(tok: Token, dyads: list[Dyad], preps: frozenset[str], nouns: frozenset[str]) -> list[Dyad]:
    """`dyads` with a null target aimed at the people a copula's `preps` phrase ("are with
    [the family of X]") names, when the copula over the trigger `tok` has a sympathy noun
    (`nouns`) as its subject ("sympathies are with X and our [condolences] to them"); the
    family of a named victim is of the victim's country."""
    if not dyads or any(d.target is not None for d in dyads):
        return dyads
    cop = tok
    for _ in range(6):  # "[our condolences] are", or a conjunct the parser hung inside the phrase
        if cop.lemma_ == "be" or cop.head.i == cop.i:
            break
        cop = cop.head
    subj = children(cop, "nsubj")
    if cop.lemma_ != "be" or not subj or subj[0].lemma_.lower() not in nouns:
        return dyads
    at = tok.doc._.actor_at or {}
    for p in cop.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for o in children(p, "pobj"):
            who = at.get(o.i)
            if who is None:
                continue
            if not who.country:  # "the family of X": of X's country
                kin = next(
                    (a for t in o.subtree if (a := at.get(t.i)) is not None and a is not who and a.country), None
                )
                who = _of_country(who, kin) if kin is not None else who
            return [replace(d, target=who) if d.source is not who else d for d in dyads]
    return dyads


def _of_country(who: Actor, kin: Actor) -> Actor:
    """`who` placed in `kin`'s country."""
    return replace(who, country=kin.country, code=actor_code(kin.country, who.sector), resolved_by="appositive")
