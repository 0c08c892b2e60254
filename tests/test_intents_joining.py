"""Joining a coalition or alliance (issue 13): each joiner cooperates with the group's founder or
leader when the text names one (a military group: 062); announcing a coalition is an intent (03).
Invented sentences, each beside a near-identical negative."""

from __future__ import annotations

import pytest


def coded(code, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country")) for e in code(text).events]


@pytest.mark.parametrize("text, expected", [
    ("Norway joined the naval coalition founded by Chile.", [("062", "NOR", "CHL")]),
    ("Norway joined the naval coalition that Chile announced in July.", [("062", "NOR", "CHL")]),
    ("The naval coalition founded by Chile was joined by Norway and Peru.", [("062", "NOR", "CHL"), ("062", "PER", "CHL")]),
    ("Norway joined the Chile-led coalition.", [("050", "NOR", "CHL")]),
])
def test_a_joiner_cooperates_with_the_founder(code, text, expected):
    found = coded(code, text)
    for e in expected:
        assert e in found


@pytest.mark.parametrize("text", [
    "Norway joined the naval coalition that fights pirates.",  # the coalition acts: no founder named
    "Norway joined the naval coalition.",
])
def test_no_founder_no_target(code, text):
    # no target, and joining with no one named is no dyad and no event (events/partnerless.py)
    found = coded(code, text)
    assert not [e for e in found if e[0] == "062" and e[2] is not None]
    assert [e for e in found if e[0] == "062"] == []


@pytest.mark.parametrize("text, expected", [
    ("Chile announced a naval coalition to patrol the Pacific.", ("0312", "CHL", None)),
    ("Chile announced a coalition with Peru.", ("030", "CHL", "PER")),
])
def test_announcing_a_coalition_is_an_intent(code, text, expected):
    found = coded(code, text)
    assert expected in found
    assert not [e for e in found if e[0] == "010"]
