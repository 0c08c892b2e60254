"""A bomb set off outside or inside a building or body (triggers-verbs.yaml detonate): the body
is what the bombing was aimed at, as "at" and "near" already say. All sentences are invented.

- "detonated his vest outside the Pakistani embassy": the embassy's government is the target;
- "detonated a car bomb outside a police station in X": the police of X;
- a controlled detonation by the police is no attack, wherever it was;
- "a car bomb was detonated near X" with no agent: an unnamed bombing (not when controlled);
- a landmine is a bomb (183), a coal mine is none;
- "detonated by police experts in a controlled explosion": no attack in either voice.
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


def test_passive_car_bomb_with_no_agent_is_an_unnamed_bombing(code):
    # someone set it off on purpose: an unnamed attacker's bombing (blasts.set_off_weapon)
    rows = coded(code, "A car bomb was detonated near an army base in Kirkuk on Sunday.")
    # the target as in the active "Militants detonated a car bomb near an army base" (the passive
    # subject is the entry's own object, the bomb, not the one attacked)
    assert rows == [("detonated", "1832", None, "MIL", "actual")]


def test_passive_controlled_detonation_is_no_attack(code):
    assert coded(code, "A suspicious car bomb was detonated in a controlled explosion near Kirkuk on Sunday.") == []
    assert coded(code, "The bomb was safely detonated by the bomb disposal squad in Kirkuk on Sunday.") == []
    assert coded(code, "Old fireworks were detonated at a quarry in Kent on Sunday.") == []


def test_landmine_is_a_bombing_and_a_coal_mine_no_weapon(code):
    # a landmine is a planted bomb (events.yaml instrument_codes: 183); a bare "mine" is left out
    assert coded(code, "A landmine killed two children in Kandahar on Tuesday.") == [
        ("killed", "183", None, "AFGCVL", "actual")
    ]
    assert coded(code, "A coal mine collapsed in Shanxi on Tuesday, killing two miners.") == []


def test_controlled_detonation_by_named_experts_is_no_attack(code):
    # a doer named who destroys the bomb safely, in either voice (hazards.py)
    text = "A car bomb was detonated by police experts in a controlled explosion near Kirkuk on Sunday."
    assert coded(code, text) == []
    assert coded(code, "The bomb disposal squad detonated the device near a school in Kirkuk on Sunday.") == []
    rows = coded(code, "Militants detonated a car bomb near a police station in Kirkuk on Sunday.")
    assert rows == [("detonated", "1832", "IRQREB", "IRQCOP", "actual")]
