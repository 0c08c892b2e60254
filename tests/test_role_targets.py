"""Targets named only by their role in a crime report (events/role_targets.py): "the assailant",
"the suspect", "the accused" with no person the article named in that role is a person of the
country of the police or court acting on them, else of the setting; a person named in the role
is that person (actors/roles.py); an unnamed attacker as a doer stays no source (invented texts,
each rule beside a negative)."""

from __future__ import annotations

from tests.event_rows import coded



def acts(code, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of every event."""
    return [(cameo, source, target) for _, cameo, source, target, _ in coded(code, text)]


PORTO = "A man stabbed three shoppers at a market in Porto, Portugal on Sunday. "


def test_attacker_shot_by_police_is_of_the_setting(code):
    # GUIDELINE: police shooting an attacker 193; the attacker a person of the country, no sector
    assert ("193", "PRTCOP", "PRT") in acts(code, PORTO + "The assailant was shot dead by officers.")
    assert ("193", "PRTCOP", "PRT") in acts(code, PORTO + "Police shot the attacker in the leg.")


def test_attacker_as_doer_stays_unnamed(code):
    # the same role noun doing an act of force: an unidentified attacker, no source
    rows = acts(code, PORTO + "The assailant then stabbed a guard.")
    assert ("182", None, "PRTCVL") in rows
    assert not any(r[1] == "PRT" for r in rows)  # not the attacker as a person of the setting


def test_suspect_held_by_police_or_court_of_its_country(code):
    # named by what was done to them: a private person (CVL)
    assert ("173", "PRTCOP", "PRTCVL") in acts(code, PORTO + "Police arrested the suspect an hour later.")
    assert ("115", "PRTJUD", "PRTCVL") in acts(code, PORTO + "Prosecutors charged the accused with murder.")
    # the police of another country: its jurisdiction
    assert ("173", "ESPCOP", "ESPCVL") in acts(code, PORTO + "Spanish police arrested the suspect on Monday.")


def test_named_person_in_the_role_is_that_person(code):
    text = "A Norwegian, Lars Berg, shot two shoppers at a market in Porto, Portugal. Police arrested the attacker."
    assert ("173", "PRTCOP", "NOR") in acts(code, text)


def test_not_a_role_noun_no_target(code):
    assert ("193", "PRTCOP", None) in acts(code, PORTO + "Police shot a dog.")


def test_a_place_beside_the_attacker_is_not_the_target(code):
    # a church named as where it happened is not a body hit (events.yaml body_sectors)
    assert ("193", "PRTCOP", "PRT") in acts(code, PORTO + "Police shot the attacker outside the church.")


# -- a person named by what they are, held by police or a court: a private person of its country --
def test_relative_of_the_suspect_taken_into_custody(code):
    # the phrase's head ("wife": events.yaml victim_nouns) is who was held, a private person
    assert ("173", "PRTCOP", "PRTCVL") in acts(code, PORTO + "The suspect's wife was taken into custody.")


def test_named_police_hold_a_private_person_of_their_country(code):
    assert ("173", "ESPCOP", "ESPCVL") in acts(code, PORTO + "Spanish police detained a woman on Monday.")
    # a thing police seize is no person
    assert not any(r[2] for r in acts(code, PORTO + "Police seized the suspect's car.") if r[0].startswith("17"))


# -- a relative named by a possessive: the relative is acted on, not the one they are related to --
OSLO = "Police in Oslo arrested Lars Berg on Monday. "


def test_relative_of_a_named_person_is_not_that_person(code):
    rows = coded(code, OSLO + "Police also detained Berg's wife.")
    assert [(r[1], r[2], r[3]) for r in rows if r[0] == "detained"] == [("173", "NORCOP", "NORCVL")]
    # the person himself, with no relation noun, stays the target
    rows = coded(code, OSLO + "Police also detained Berg on Tuesday.")
    assert [(r[1], r[3]) for r in rows if r[0] == "detained"] == [("173", "NOR")]


def test_relative_takes_the_related_ones_country(code):
    text = "A Norwegian, Lars Berg, was shot dead in Porto, Portugal. His brother criticised the police."
    rows = coded(code, text)
    # "His brother": a private person of Berg's country (Berg himself has no sector)
    assert [(r[1], r[2]) for r in rows if r[0] == "criticised"] == [("111", "NORCVL")]
