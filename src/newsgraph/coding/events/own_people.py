"""Measures a state takes on its own people (rules/own_people.yaml): a ban or restriction
(172) and its easing (081) that name no one they are aimed at are aimed at the people of the
doer's country, as CAMEO reads administrative sanctions ("the governor signed the act,
outlawing abortion": the state's people; "the legislature voted to legalize X")."""

from __future__ import annotations

from functools import cache

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules
from ...ruleschemas import OwnPeopleRules
from .lexicon import Trigger


@cache
def _rules() -> tuple[frozenset[str], frozenset[str]]:
    r = load_rules(OwnPeopleRules)
    return frozenset(r.codes), frozenset(r.sectors)


def own_people_state(trig: Trigger, sources: list[Actor | None]) -> Actor | None:
    """The state (a government or legislature of a known country) whose measure `trig` codes,
    when its code is one a state takes on its own people; else None. An entry whose target is
    `none` has said its act is aimed at no one ("suspended the constitution")."""
    codes, sectors = _rules()
    if trig.cameo not in codes or trig.target == ("none",):
        return None
    state = next((s for s in sources if s), None)
    if state is None or not state.country or state.sector not in sectors:
        return None
    return state


def people_of(country: str, by: str | None) -> Actor:
    """The people of a country, as the implied target of a measure its government took."""
    return Actor(
        "(people)", [0, 0], None, None, country, "CVL", actor_code(country, "CVL"), how="implied:target", resolved_by=by
    )
