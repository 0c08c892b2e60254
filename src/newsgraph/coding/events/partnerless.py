"""Acts of consultation or cooperation that name no partner (doers.yaml partner_roots).

CAMEO's roots 04 (consult: meet, discuss, telephone), 05 (diplomatic cooperation: praise,
endorse, apologise, forgive) and 06 (material cooperation) code an interaction between two
actors: a meeting or a call is with someone, praise and an apology are of or to someone. When
the text names no one the act is with ("he came to support his fellows", "they received the
first call"), or names one no actor stands for ("X praised Jones", Jones known to no one), the
code is no dyad a coder can defend (GUIDELINE.md: "events whose CAMEO code you cannot defend
... A missing label is better than a doubtful one"). Statements, appeals, intents, demands and
force (01-03, 07-20) may lack a target and are left alone."""

from __future__ import annotations

from functools import cache

from ...model import Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import DoerRules


@cache
def _roots() -> frozenset[str]:
    """doers.yaml partner_roots."""
    return lowered(load_rules(DoerRules).partner_roots)


def with_partners(events: list[Event]) -> list[Event]:
    """The events, less those of a partner root (partner_roots) with no target."""
    roots = _roots()
    return [e for e in events if e.target is not None or e.cameo_root not in roots]
