"""Targets named only by their role in a crime report (events/role_targets.py): "the assailant",
"the suspect", "the accused" with no person the article named in that role is a person of the
country of the police or court acting on them, else of the setting; a person named in the role
is that person (actors/roles.py); an unnamed attacker as a doer stays no source (invented texts,
each rule beside a negative)."""

from __future__ import annotations

from tests.event_rows import acts

PORTO = "A man stabbed three shoppers at a market in Porto, Portugal on Sunday. "


def test_attacker_shot_by_police_is_of_the_setting(code):
    # GUIDELINE: police shooting an attacker 193; the attacker a person of the country, no sector
    assert ("193", "PRTCOP", "PRT") in acts(code, PORTO + "The assailant was shot dead by officers.")
    assert ("193", "PRTCOP", "PRT") in acts(code, PORTO + "Police shot the attacker in the leg.")


def test_attacker_as_doer_stays_unnamed(code):
    # the same role noun doing an act of force: an unidentified attacker, no source
    rows = acts(code, PORTO + "The assailant then stabbed a guard.")
    assert ("182", None, "PRT") in rows
    assert not any(r[1] == "PRT" for r in rows)


def test_suspect_held_by_police_or_court_of_its_country(code):
    assert ("173", "PRTCOP", "PRT") in acts(code, PORTO + "Police arrested the suspect an hour later.")
    assert ("115", "PRTJUD", "PRT") in acts(code, PORTO + "Prosecutors charged the suspect with murder.")
    # the police of another country: its jurisdiction
    assert ("173", "ESPCOP", "ESP") in acts(code, PORTO + "Spanish police arrested the suspect on Monday.")


def test_named_person_in_the_role_is_that_person(code):
    text = "A Norwegian, Lars Berg, shot two shoppers at a market in Porto, Portugal. Police arrested the attacker."
    assert ("173", "PRTCOP", "NOR") in acts(code, text)


def test_not_a_role_noun_no_target(code):
    assert ("193", "PRTCOP", None) in acts(code, PORTO + "Police shot a dog.")


def test_a_place_beside_the_attacker_is_not_the_target(code):
    # a church named as where it happened is not a body hit (events.yaml body_sectors)
    assert ("193", "PRTCOP", "PRT") in acts(code, PORTO + "Police shot the attacker outside the church.")
