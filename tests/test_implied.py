"""A legal act told by a verb that alone is none implies its body by the word its trigger entry
requires (events.yaml implied_objects): invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts, coded


def _src(code, text):
    return [(c, s) for c, s, _ in acts(code, text) if c.startswith("17")]


def test_taken_into_custody_is_the_police_of_the_place(code):
    assert ("173", "FRACOP") in _src(code, "A Belgian trader was taken into custody in Marseille on Monday.")


def test_town_taken_or_taken_into_account_is_no_arrest(code):
    assert _src(code, "The village was taken in Marseille on Monday.") == []
    assert _src(code, "Their objections were taken into account in Marseille on Monday.") == []


def test_placed_under_arrest_and_held_in_custody(code):
    assert ("173", "FRACOP") in _src(code, "In Marseille on Monday, a Belgian trader was placed under house arrest.")
    assert ("173", "FRACOP") in _src(code, "A Belgian trader was held in custody in Marseille on Monday.")


def test_held_a_meeting_is_no_custody(code):
    assert _src(code, "The mayor held a meeting in Marseille on Monday.") == []


def test_arrests_were_made_is_the_police_of_the_place(code):
    assert ("173", "DEUCOP") in _src(code, "Several arrests were made in Germany on Monday.")


def test_named_agent_wins_and_a_decision_made_implies_no_one(code):
    assert ("173", "DEUCOP") not in _src(code, "Several arrests were made by the army in Germany on Monday.")
    assert _src(code, "A decision was made in Germany on Monday.") == []


def test_a_list_of_countries_is_one_arrest_by_each_countrys_police(code):
    got = acts(code, "Officials said arrests were made in Argentina, Chile and Peru on Monday.")
    assert {(c, s, t) for c, s, t in got if c == "173"} == {
        ("173", "ARGCOP", "ARG"),
        ("173", "CHLCOP", "CHL"),
        ("173", "PERCOP", "PER"),
    }


def test_persons_from_many_countries_arrested_in_one_is_that_countrys_arrest(code):
    got = _src(code, "Nineteen users from Argentina, Chile and Peru were arrested in Germany on Monday.")
    assert got == [("173", "DEUCOP")]


def test_a_named_unresolved_person_is_not_made_a_citizen(code):
    # "a tourist" is named: no persons of the place's country are implied for it
    got = acts(code, "A tourist was arrested in Germany on Monday.")
    assert ("173", "DEUCOP", "DEU") not in got


def test_an_impeachment_implies_no_persons(code):
    got = coded(code, "In Peru, he was impeached on Monday.")
    assert not any(t == "PERCVL" for _, _, _, t, _ in got)


def test_interviewed_by_police_is_an_investigation(code):
    got = acts(code, "In Toronto, the suspect was interviewed by police on Monday.")
    assert any(c == "090" and s == "CANCOP" for c, s, _ in got)


def test_a_reporters_interview_is_no_investigation(code):
    got = acts(code, "In Toronto, a Canadian reporter interviewed the mayor on Monday.")
    assert not any(c.startswith("09") for c, _, _ in got)
