"""An act a short interval before or after a named event, with no date of its own, takes that
event's date: the definite noun names again the event the article dated earlier (GUIDELINE: "A
date from another sentence is used only when it refers to the same event"). Invented articles,
each beside a negative.

Publication date of every text: Friday 12 March 2021 (Monday 8, Tuesday 9 March).
"""

from __future__ import annotations

from tests.dated import PUB, UNDATED, when_in

LEAD = (
    "On Tuesday, a district judge issued a ruling against the mayor. The mayor denies any wrongdoing. "
    "His aides said little. Reporters waited outside.\n\n"
)


def test_act_hours_after_a_dated_event_takes_its_day(nlp):
    text = LEAD + "The mayor's lawyers filed an appeal two hours after the ruling."
    assert when_in(nlp, text, "filed")[0] == "2021-03-09"


def test_act_shortly_before_a_dated_call_takes_its_date(nlp):
    text = "On Monday, the president made a call to the king.\n\nShortly before the conversation, he had dismissed his aide."
    assert when_in(nlp, text, "dismissed")[0] == "2021-03-08"


def test_act_weeks_after_the_event_takes_none(nlp):
    text = LEAD + "The mayor's lawyers filed an appeal three weeks after the ruling."
    assert when_in(nlp, text, "filed")[0] == PUB.isoformat()


def test_act_with_a_bare_after_takes_none(nlp):
    text = LEAD + "The mayor's lawyers filed an appeal after the ruling."
    assert when_in(nlp, text, "filed") == UNDATED


def test_act_with_a_date_of_its_own_keeps_it(nlp):
    text = LEAD + "On Monday, the mayor's lawyers filed a motion hours before the ruling."
    assert when_in(nlp, text, "filed")[0] == "2021-03-08"


def test_event_never_dated_gives_none(nlp):
    text = "A judge issued a ruling against the mayor.\n\nHis lawyers filed an appeal an hour after the ruling."
    assert when_in(nlp, text, "filed") == UNDATED


def test_act_an_hour_and_a_half_after_the_event_takes_its_day(nlp):
    text = LEAD + "The court of appeals, which issued a stay to the judge's order an hour and a half after the ruling, met."
    assert when_in(nlp, text, "issued")[0] == "2021-03-09"
