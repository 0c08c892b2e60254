"""A bomb set off outside or inside a building or body (triggers-verbs.yaml detonate): the body
is what the bombing was aimed at, as "at" and "near" already say. All sentences are invented.

- "detonated his vest outside the Pakistani embassy": the embassy's government is the target;
- "detonated a car bomb outside a police station in X": the police of X;
- a controlled detonation by the police is no attack, wherever it was.
"""

from __future__ import annotations

from .event_rows import coded


def test_vest_detonated_outside_an_embassy_targets_its_government(code):
    rows = coded(code, "A suicide bomber detonated his vest outside the Pakistani embassy in Kabul on Monday.")
    assert rows == [("detonated", "1831", None, "PAKGOV", "actual")]


def test_car_bomb_outside_a_police_station_targets_the_police(code):
    rows = coded(code, "A bomber detonated a car bomb outside a police station in Kano on Monday.")
    assert rows == [("detonated", "1832", None, "NGACOP", "actual")]


def test_police_detonation_outside_an_embassy_is_no_attack(code):
    assert coded(code, "Police detonated a suspicious package outside the US embassy in London on Monday.") == []
