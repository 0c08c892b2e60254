""" "It is time for X to act" lays the act on X as "X should act" does (events/due.py,
demands.yaml due_nouns): the speaker demands the act of X (demands.yaml codes), or appeals to X
for an act with no demand code (020), and the act itself is not coded as done. Said in a
quotation or reported. Sentences are invented; each positive has a negative beside it (a time
counted, a negated or asked frame, the speaker's own side)."""

from __future__ import annotations

from tests.event_rows import acts


def test_time_to_withdraw_is_a_demand_of_withdrawal(code):
    got = acts(code, '"It is time for Russia to withdraw its troops from Ukraine," the French president said.')
    assert ("1056", "FRAGOV", "RUS") in got
    assert not [a for a in got if a[0] == "0874"]  # asked for, not done


def test_reported_time_to_withdraw_is_the_reporters_demand(code):
    got = acts(code, "The French president said it was time for Russia to withdraw its troops from Ukraine.")
    assert ("1056", "FRAGOV", "RUS") in got
    assert not [a for a in got if a[0] == "0874"]


def test_high_time_to_resign_is_a_demand_of_resignation(code):
    got = acts(code, '"It is high time for the Serbian president to resign," the Kosovo prime minister said.')
    assert ("1041", "XKXGOV", "SRB") in got


def test_time_to_negotiate_asks_both_named_sides(code):
    got = acts(code, '"Now is the time for Russia and Ukraine to negotiate," the French president said.')
    assert ("106", "FRAGOV", "RUS") in got and ("106", "FRAGOV", "UKR") in got


def test_the_moment_for_x_to_act_is_a_demand_too(code):
    """ "Moment" is a noun of due time as "time" is (one list for the demand and for the act
    left unreported), however the parser hangs the infinitive."""
    got = acts(code, '"Now is the moment for Russia to withdraw its troops," the French president said.')
    assert ("1056", "FRAGOV", "RUS") in got
    assert not [a for a in got if a[0] == "0874"]


def test_a_moment_counted_asks_nothing(code):
    got = acts(code, "It was the first moment for the French president to visit Russia since 2014.")
    assert not [a for a in got if a[0].startswith("10") or a[0] == "020"]


def test_an_act_with_no_demand_code_is_an_appeal(code):
    got = acts(code, '"It is time for Russia to stop lying," the French president said.')
    assert ("020", "FRAGOV", "RUS") in got


def test_long_past_time_to_hold_accountable_is_no_accusation_by_the_doer(code):
    got = acts(code, '"It is long past time for Congress to hold the president accountable," the senator said.')
    assert not [a for a in got if a[0] == "112"]  # the holding is asked for, not done


def test_the_first_time_asks_nothing(code):
    got = acts(code, "It was the first time for Russia to withdraw its troops from a city.")
    assert not [a for a in got if a[0].startswith("10")]


def test_not_time_asks_nothing(code):
    got = acts(code, '"It is not time for Russia to withdraw its troops," the French president said.')
    assert not [a for a in got if a[0].startswith("10")]


def test_a_question_asks_nothing(code):
    got = acts(code, '"Is it time for Russia to withdraw its troops?" the French president asked.')
    assert not [a for a in got if a[0].startswith("10")]


def test_the_speakers_own_side_is_asked_nothing(code):
    got = acts(code, '"It is time for us to withdraw our troops," the French president said.')
    assert not [a for a in got if a[0].startswith("10")]
