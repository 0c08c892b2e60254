"""A purpose infinitive with no date of its own takes the date of the act done for it (when/purpose.py):
"Farmers marched on Sunday to demand lower taxes" -- the demand was made by the march, that day.
Invented sentences, each beside negatives: a purpose with its own date keeps it, an outcome ("only
to see") and a planned purpose are not dated by the act, nor an infinitive a parenthetical separates.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March).
"""

from __future__ import annotations

import pytest

from tests.dated import PUB, UNDATED, when_in


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Thousands of farmers marched through Accra on Sunday to demand lower taxes.", "demand",
         ("2021-03-07", "Sunday")),
        ("Riot police fired tear gas yesterday to disperse the crowd outside parliament.", "disperse",
         ("2021-03-11", "yesterday")),
        ("Students gathered outside the ministry on Monday in order to protest against the new law.", "protest",
         ("2021-03-08", "Monday")),
        ("The envoy travelled to Lagos on Thursday so as to meet the rebel leaders.", "meet",
         ("2021-03-11", "Thursday")),
    ],
)
def test_purpose_infinitive_takes_the_date_of_its_act(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


def test_purpose_with_its_own_date_keeps_it(nlp):
    text = "Thousands of farmers marched through Accra on Sunday to demand a vote on Monday."
    assert when_in(nlp, text, "demand") == ("2021-03-08", "Monday")


@pytest.mark.parametrize(
    "text, trigger",
    [
        # an outcome, not a purpose: it followed the act, at a time of its own
        ("Germany recalled its ambassador on Monday only to see Moscow expel two diplomats.", "expel"),
        # a dash closes a parenthetical: the infinitive is not the purpose of the verb inside it
        ("It is common for new rulers \u2014 the general took power on Monday \u2014 to dissolve parliament.",
         "dissolve"),
        # a subject of its own: another actor's act
        ("The union called on Sunday for the workers to strike.", "strike"),
    ],
)
def test_outcome_parenthetical_or_other_doer_is_not_dated_by_the_act(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


def test_coded_article_dates_the_demand_by_the_march_not_publication(code):
    c = code("Thousands of Kenyans marched in Nairobi on Friday to demand the resignation of President "
             "Uhuru Kenyatta.", PUB.isoformat())
    dates = {e.trigger: (e.date, e.date_text) for e in c.events}
    assert dates["demand"] == ("2021-03-12", "Friday") == dates["marched"]


def test_planned_march_leaves_its_purpose_undated(code):
    c = code("Kenyan opposition supporters will march in Nairobi on Friday to demand the resignation of "
             "President Uhuru Kenyatta.", "2021-03-10")
    demand = [e for e in c.events if e.trigger == "demand"]
    assert demand and all(e.modality == "planned" and e.date_text is None for e in demand)


def test_statement_of_a_later_meeting_keeps_the_meetings_day(code):
    # "said on Monday that it will hold talks on Friday": the talks are on Friday, not Monday
    c = code("On Monday, Iran said it will hold talks with France on Friday to settle the dispute.", PUB.isoformat())
    talks = [e for e in c.events if e.trigger == "hold"]
    assert talks and all((e.date, e.date_text) == ("2021-03-12", "Friday") for e in talks)
