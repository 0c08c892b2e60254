"""What a speaker says inside a direct quotation that issue 14 adds to quoted.py's evaluation:
a hostile act the speaker says another actor does is an accusation (112, quoted_hostile.py:
"'Iran is arming the rebels'", "'Moscow is unduly influencing our elections'"); "did the right
thing" is praise of the doer (051). Sentences are invented; each has a negative beside it (a
thing done, not a hostile act; the speaker's own side; a question; a third party's view)."""

from __future__ import annotations

from tests.event_rows import acts


def test_arming_rebels_is_an_accusation_of_the_doer(code):
    got = acts(code, '"Iran is arming the rebels in Yemen," the Saudi foreign minister said.')
    assert ("112", "SAUGOV", "IRN") in got


def test_funding_schools_accuses_no_one(code):
    got = acts(code, '"Iran funds new schools," the Saudi foreign minister said.')
    assert not [a for a in got if a[0] == "112"]


def test_the_speakers_own_side_arming_rebels_is_no_accusation(code):
    got = acts(code, '"We are arming the rebels," the Saudi foreign minister said.')
    assert not [a for a in got if a[0] == "112"]


def test_a_question_accuses_no_one(code):
    got = acts(code, '"Is Iran arming the rebels?" the Saudi foreign minister asked.')
    assert not [a for a in got if a[0] == "112"]


def test_unduly_influencing_is_an_accusation(code):
    got = acts(code, '"Moscow is unduly influencing our elections," the German chancellor said.')
    assert ("112", "DEUGOV", "RUS") in got


def test_influencing_alone_accuses_no_one(code):
    got = acts(code, '"Moscow is influencing our elections," the German chancellor said.')
    assert not [a for a in got if a[0] == "112"]


def test_supporting_terrorism_is_an_accusation(code):
    got = acts(code, '"Russia supports terrorism," the Ukrainian president said.')
    assert [a for a in got if a[0] == "112" and a[1] == "UKRGOV"]


def test_a_third_partys_view_is_not_the_speakers(code):
    got = acts(code, '"Russia supports terrorism," a blogger wrote.')
    assert not [a for a in got if a[0] == "112"]


def test_did_the_right_thing_is_praise(code):
    got = acts(code, 'The Italian prime minister resigned. "He did the right thing," the French president said.')
    assert ("051", "FRAGOV", "ITA") in got


def test_did_the_same_thing_is_no_praise(code):
    got = acts(code, 'The Italian prime minister resigned. "He did the same thing," the French president said.')
    assert not [a for a in got if a[0] == "051"]


def test_your_presence_said_to_two_powers_criticises_both(code):
    got = acts(
        code,
        '"Your presence has been a disaster for this region," the Iranian president told the United States and Britain.',
    )
    assert ("111", "IRNGOV", "USA") in got and ("111", "IRNGOV", "GBR") in got


def test_a_thing_said_to_two_powers_criticises_neither(code):
    got = acts(
        code,
        '"The drought has been a disaster for this region," the Iranian president told the United States and Britain.',
    )
    assert not [a for a in got if a[0] == "111"]


def test_smuggling_weapons_is_an_accusation(code):
    got = acts(
        code, '"The shipping company smuggles weapons to the militias in Lebanon," the Israeli defence minister said.'
    )
    assert [a for a in got if a[0] == "112" and a[1] == "ISRMIL"]


def test_transporting_grain_accuses_no_one(code):
    got = acts(code, '"The shipping company transports grain to Lebanon," the Israeli defence minister said.')
    assert not [a for a in got if a[0] == "112"]
