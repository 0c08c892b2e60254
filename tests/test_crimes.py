"""Violence by private persons (CAMEO 18) against force by soldiers, police, rebels or states (19);
each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import DAY


def force(code, text: str) -> list[tuple[str, str, str | None]]:
    """(trigger, cameo, source code) of the acts of force coded."""
    c = code(text, DAY)
    return [(e.trigger, e.cameo, (e.source or {}).get("code")) for e in c.events if e.cameo[:2] in ("18", "19")]


def test_a_civilians_attack_is_unconventional_violence(code):
    got = force(code, "A German woman carried out an attack on a shop in Munich.")
    assert got and all(c.startswith("18") for _, c, _ in got), got
    # soldiers' attack stays conventional military force
    got = force(code, "German soldiers carried out an attack on a village in Mali.")
    assert got and all(c.startswith("19") for _, c, _ in got), got


def test_police_using_force_stay_conventional(code):
    got = force(code, "In Madrid, police shot and killed a man on Tuesday.")
    assert got and all(c.startswith("19") for _, c, _ in got), got


def test_an_airstrike_killing_a_man_stays_military(code):
    got = force(code, "A man was killed in an airstrike in Syria on Monday.")
    assert all(c.startswith("19") for _, c, _ in got), got


def test_a_workers_killing_spree_is_unconventional_violence(code):
    got = force(code, "On Monday in Lyon, France, an IT worker went on a stabbing spree, killing four colleagues.")
    assert ("killing", "180", "FRALAB") in got, got
    # a soldier's killing stays conventional military force
    got = force(code, "On Monday in Mali, a French soldier opened fire on a convoy, killing four fighters.")
    assert got and all(c.startswith("19") for _, c, _ in got), got


def test_carrying_out_a_shooting_is_unconventional_violence(code):
    got = force(code, "A German man carried out a mass shooting in Berlin on Sunday.")
    assert [c for t, c, _ in got if t == "carried"] == ["180"], got
    # carrying out a survey is no act of force
    assert force(code, "A German man carried out a survey in Berlin on Sunday.") == []


def test_a_participles_doer_is_the_main_clauses_subject(code):
    got = force(code, "A German man drove his car into a crowd of protesters in Berlin, killing a woman.")
    assert ("killing", "180", "DEUCVL") in got, got
