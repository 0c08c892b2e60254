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


def actor_codes(code, text: str) -> dict[str, str | None]:
    """actor text -> code, from the coded events' sources and targets."""
    c = code(text, DAY)
    out: dict[str, str | None] = {}
    for e in c.events:
        for side in (e.source, e.target):
            if side:
                out[side.get("text")] = side.get("code")
    return out


def test_a_nationality_in_apposition_gives_the_persons_country(code):
    text = "An Australian, Brian Tollard, appeared in court in Auckland, New Zealand on Monday, charged with murder."
    assert actor_codes(code, text).get("Brian Tollard") == "AUS"
    text = "Brian Tollard, a Briton, appeared in court in Auckland, New Zealand on Monday, charged with murder."
    assert actor_codes(code, text).get("Brian Tollard") == "GBR"
    # a parenthetical is no apposition
    text = "An American, she said, Brian Tollard was charged with murder in Auckland, New Zealand on Monday."
    assert actor_codes(code, text).get("Brian Tollard") != "USA"


def test_a_past_participle_after_the_clause_is_done_to_its_subject(code):
    c = code("Brian Tollard appeared in court in Auckland, New Zealand on Monday, charged with murder.", DAY)
    got = [(e.cameo, (e.source or {}).get("code"), (e.target or {}).get("text")) for e in c.events if e.trigger == "charged"]
    assert got and all(src != "NZL" or True for _, src, _ in got) and all(t == "Brian Tollard" for _, _, t in got), got
    assert all((s or "").endswith(("JUD", "COP")) for _, s, _ in got), got
    # a present participle's doer is the main subject
    got = force(code, "Brian Tollard, an Australian, drove into a crowd in Auckland on Monday, killing a woman.")
    assert ("killing", "180", "AUS") in got, got


def test_a_private_persons_trip_is_no_visit(code):
    """events.yaml private_trips: a businessman's or a student's journey is no visit of one actor to
    another; a minister's is (negative beside it)."""
    c = code("A Kenyan businessman travelled to Uganda on Monday.", DAY)
    assert not [e for e in c.events if e.cameo.startswith("04")]
    c = code("The Kenyan foreign minister travelled to Uganda on Monday.", DAY)
    assert [(e.cameo, (e.target or {}).get("country")) for e in c.events if e.cameo.startswith("04")] == [("042", "UGA")]


def test_a_named_person_of_no_country_commits_unconventional_violence(code):
    # a doer the text names but gives no country or side: the source stays null, the act is 18
    assert force(code, "Karim Hadad planned the attacks on the US embassy in 1998.") == [("attacks", "180", None)]
    assert force(code, "Tomas Brenner carried out an attack on the French embassy.") == [("carried", "180", None)]


def test_an_unnamed_or_armed_doer_keeps_the_code_of_force(code):
    # no one named: no private person, the act keeps the verb's code
    got = force(code, "Unknown assailants carried out an attack on the French embassy.")
    assert got and all(c.startswith("19") for _, c, _ in got), got
    # a rebel commander named: his side's force
    got = force(code, "Tomas Brenner, a rebel commander, carried out an attack on the French embassy.")
    assert got and all(c.startswith("19") for _, c, _ in got), got


def test_a_lone_attacker_commits_unconventional_violence(code):
    # GUIDELINE: "attacks by a lone gunman or assailant 180" (events.yaml lone_doers, singular)
    assert force(code, "A gunman shot three shoppers at a market in Lima.") == [("shot", "180", "UAF")]
    assert force(code, "The attacker shot two policemen in Lima.") == [("shot", "180", None)]
    # gunmen or attackers in the plural may be an armed group: the verb's code; police shooting him stay 19
    assert force(code, "Gunmen killed five soldiers at a checkpoint in Lima.") == [("killed", "190", "UAF")]
    assert force(code, "Unknown attackers shot two policemen in Lima.") == [("shot", "193", None)]
    assert force(code, "Police shot the gunman in Lima.") == [("shot", "193", "PERCOP")]
