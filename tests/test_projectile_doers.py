"""What a weapon fires, named as a passive's "by" phrase ("killed by a stray bullet", "wounded by
shrapnel", "shot dead by live rounds"), is the act's means, not its doer: with no actor named the
act is an unidentified attacker's (null source, the victims as target; GUIDELINE: the source is
null only for unidentified attackers; events.yaml projectiles, fired_rounds; events/hazards.py).
A fight that names no side behind such a passive ("during clashes") is only its setting
(force_acts._behind_agent). A grenade is a thrown bomb (instrument_codes 183). Invented
sentences, each beside one that looks alike and is coded otherwise."""

from __future__ import annotations

from tests.event_rows import acts


def _force(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c[:2] in ("17", "18", "19", "20")]


def test_killed_by_a_stray_bullet_is_an_unnamed_attackers_act(code):
    assert _force(code, "A Yemeni boy was killed by a stray bullet in Taiz on Sunday.") == [("190", None, "YEM")]
    assert _force(code, "Three Afghan soldiers were wounded by shrapnel in Kandahar on Sunday.") == [
        ("190", None, "AFG")
    ]


def test_live_rounds_are_fired_but_a_round_of_sanctions_is_not(code):
    assert _force(code, "Two Iraqi protesters were killed by live rounds in Baghdad on Sunday.") == [
        ("190", None, "IRQ")
    ]
    assert _force(code, "Two Iraqi protesters were killed by live ammunition in Baghdad on Sunday.") == [
        ("190", None, "IRQ")
    ]
    assert _force(code, "Russia was hit by a new round of sanctions on Sunday.") == []


def test_bullets_fired_by_police_are_the_polices(code):
    got = _force(code, "Two Iraqi protesters were killed by bullets fired by police in Baghdad on Sunday.")
    assert ("190", "IRQCOP", "IRQ") in got


def test_live_fire_during_clashes_is_still_an_unnamed_attackers_act(code):
    text = "A Palestinian teenager was shot dead by live fire during clashes in Nablus on Sunday."
    assert _force(code, text) == [("193", None, "PSE")]
    # a fight with a side named gives that side as the doer, as without the "by" phrase
    got = _force(code, "A Syrian teenager was killed by sniper fire in clashes with Turkish troops on Sunday.")
    assert [(c, s) for c, s, _ in got] == [("190", "TURMIL")]
    assert got == _force(code, "A Syrian teenager was killed in clashes with Turkish troops on Sunday.")


def test_a_car_or_lightning_is_still_no_attacker(code):
    assert _force(code, "A Kenyan farmer was killed by lightning in Nakuru on Sunday.") == []
    assert _force(code, "A Nigerian man was struck by a car in Lagos on Sunday.") == []


def test_a_grenade_is_a_thrown_bomb(code):
    # events.yaml instrument_codes: 183, as "threw a grenade into X" is coded
    assert _force(code, "Two Iraqi soldiers were killed by a grenade in Mosul on Sunday.") == [("183", None, "IRQ")]
    assert _force(code, "A grenade wounded three Kenyan policemen in Mombasa on Sunday.") == [("183", None, "KEN")]
    got = _force(code, "Two Iraqi soldiers were killed by a grenade thrown by militants in Mosul on Sunday.")
    assert ("190", None, "IRQ") not in got and any(c == "190" and src for c, src, _ in got)  # the militants'
    assert _force(code, "Kenyan police found a grenade in a car in Mombasa on Sunday.") == []
