"""An obligation a speaker lays on another actor in a reported clause, by a verb no trigger
names (events.yaml quoted_obligations, read outside quotations as inside them): "X said Y should
do more" is X's appeal to Y (020), "X said Y must / has to ..." a demand (100). Invented
sentences, with the look-alikes that lay no obligation on another actor: the speaker's own side,
a "should" of expectation with no actor, a question, a condition, a news medium's report."""

from __future__ import annotations

from tests.event_rows import acts


def _calls(code, text):
    return [a for a in acts(code, text) if a[0].startswith(("02", "10"))]


def test_should_do_more_is_an_appeal_to_the_doer(code):
    got = _calls(code, "The Chilean opposition leader said the Bolivian government should do more for the refugees.")
    assert got == [("020", "CHLOPP", "BOL")]


def test_ought_to_and_need_to_appeal_must_and_have_to_demand(code):
    assert ("020", "FRAGOV", "RUS") in _calls(code, "The French president said Russia ought to listen to its neighbours.")
    assert ("020", "FRAGOV", "RUS") in _calls(code, "The French president said Russia needs to respect the border.")
    assert ("100", "FRAGOV", "RUS") in _calls(code, "The French president said Russia has to respect the border.")
    assert ("100", "FRAGOV", "RUS") in _calls(code, "The French president said Russia must do more to end the war.")


def test_the_speakers_own_side_is_no_appeal(code):
    assert _calls(code, "The French president said we should go home.") == []
    assert _calls(code, "The French government said it should do more for the victims.") == []
    assert _calls(code, "The French president said France should do more for the victims.") == []


def test_no_actor_no_appeal(code):
    assert _calls(code, "The French president said the weather should improve.") == []
    assert _calls(code, "The French president said the vote should take place on Monday.") == []


def test_asked_or_conditional_is_no_appeal(code):
    assert _calls(code, "Did the French president say Russia should do more?") == []
    got = _calls(code, "The French president said that if the talks failed, Russia should do more.")
    assert got == []


def test_a_news_medium_reports_no_appeal(code):
    assert _calls(code, "The New York Times said the Russian government should do more for the victims.") == []
