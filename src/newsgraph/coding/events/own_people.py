"""Measures a state takes on its own people (rules/own_people.yaml): a ban or restriction
(172) and its easing (081) that name no one they are aimed at are aimed at the people of the
doer's country, as CAMEO reads administrative sanctions ("the governor signed the act,
outlawing abortion": the state's people; "the legislature voted to legalize X")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules
from ...ruleschemas import OwnPeopleRules
from .lexicon import Trigger


@cache
def _rules() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    r = load_rules(OwnPeopleRules)
    return frozenset(r.codes), frozenset(r.sectors), tuple(r.own_body_codes), frozenset(r.named_only)


def own_people_state(trig: Trigger, sources: list[Actor | None]) -> Actor | None:
    """The state (a government or legislature of a known country) whose measure `trig` codes,
    when its code is one a state takes on its own people; else None. An entry whose target is
    `none` has said its act is aimed at no one ("suspended the constitution"); a fine falls only on
    the one fined (own_people.yaml named_only)."""
    codes = _rules()[0]
    if trig.cameo not in codes or trig.target == ("none",) or trig.lemma in _rules()[3]:
        return None
    if trig.objects and set(trig.objects) <= _rules()[3]:
        return None  # "Kenya shut its borders": traffic barred, not Kenyans (not "imposed a [fine]")
    state = next((s for s in sources if s), None)
    return state if state is not None and _is_state(state) else None


def own_people_of(source: Actor | None, targets: list[Actor | None], code: str = "") -> list[Actor | None]:
    """The implied people a measure is aimed at are each doer's own: "Algeria and Morocco imposed
    bans on niqabs" is each state's measure on its own people, not Morocco's on Algerians (which
    events.yaml foreign_codes would make a sanction, 163). A body of no named country a state's
    administrative sanction (`code`) falls on is the state's own (own_people.yaml own_body_codes)."""
    if source is None or not _is_state(source):
        return targets
    if code.startswith(_rules()[2]):
        targets = [_own_body(t, source) for t in targets]
    if len(targets) != 1:
        return targets
    t = targets[0]
    if t is None or t.how != _IMPLIED or t.sector != _PEOPLE or t.country == source.country:
        return targets
    return [people_of(source.country or "", source.resolved_by)]


def _own_body(t: Actor | None, state: Actor) -> Actor | None:
    """ "Tunisia's president suspended [parliament]": a body with a sector but no country and no KB
    entry of its own, on which a state imposed a sanction, is of the state's country."""
    if t is None or t.country or t.kb_id or t.sector in (None, "IGO", "NGO") or not state.country:
        return t
    return replace(t, country=state.country, code=actor_code(state.country, t.sector), resolved_by=state.resolved_by)


def _is_state(a: Actor) -> bool:
    """A government or legislature (own_people.yaml sectors) of a known country, or a country named as
    a whole ("Algeria imposed a ban"), which is its government (GUIDELINE: "a country or capital
    used for its government")."""
    return bool(a.country) and (a.sector in _rules()[1] or (a.sector is None and a.how == _COUNTRY_HOW))


# how the actors stage found a country named as a whole: by its name
_COUNTRY_HOW = "kb:country"
# the implied people of a measure (people_of)
_IMPLIED, _PEOPLE = "implied:target", "CVL"


def people_of(country: str, by: str | None) -> Actor:
    """The people of a country, as the implied target of a measure its government took."""
    return Actor(
        "(people)", [0, 0], None, None, country, _PEOPLE, actor_code(country, _PEOPLE), how=_IMPLIED, resolved_by=by
    )
