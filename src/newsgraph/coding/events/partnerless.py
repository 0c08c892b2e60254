"""Acts between two actors that name no partner (doers.yaml partner_codes).

CAMEO's root 04 (consult: meet, telephone, mediate, negotiate; not a visit or its hosting, one
actor's travel or reception), 05 (diplomatic cooperation: praise, endorse, apologise, forgive),
06 (material cooperation) and its code 112 (accuse) code an interaction between two actors: a
meeting or a call is with someone, praise and an apology are of or to someone, an accusation is
of someone. When the text names no one the act is with ("he came to support his fellows",
"they received the first call", "sources ascribed the blast to terrorism"), or names one no
actor stands for ("X praised Jones", Jones known to no one), the code is no dyad a coder can
defend (GUIDELINE.md: "events whose CAMEO code you cannot defend ... A missing label is better
than a doubtful one"). Statements, appeals, intents, demands, criticism and force may lack a
target and are left alone."""

from __future__ import annotations

from functools import cache

from ...model import Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import DoerRules


@cache
def _codes() -> tuple[str, ...]:
    """doers.yaml partner_codes."""
    return tuple(lowered(load_rules(DoerRules).partner_codes))


def with_partners(events: list[Event]) -> list[Event]:
    """The events, less those of a partner code (partner_codes, or one under it) with no target."""
    codes = _codes()
    return [e for e in events if e.target is not None or not e.cameo.startswith(codes)]
