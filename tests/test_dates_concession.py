"""An event noun an act was done "despite" takes that act's date (session 17). Invented texts, each
beside negatives: a concession to a future act, a date of the noun's own, another preposition.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March).
"""

from __future__ import annotations

import pytest

from tests.dated import UNDATED, when_in


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # the act's own day
        ("On Monday, parliament passed the law despite protests by the opposition.", "protests",
         ("2021-03-08", "Monday")),
        ("Despite strong criticism from the unions, the minister signed the decree on Thursday.", "criticism",
         ("2021-03-11", "Thursday")),
        # the act's year, given by the clause it is conjoined with
        ("In 2014, the party won a majority, and despite the opposition's allegations of fraud, the "
         "president dissolved the council.", "allegations", ("2014-01-01", "2014")),
        ("The army seized the port in 2016 notwithstanding objections from the union.", "objections",
         ("2016-01-01", "2016")),
    ],
)
def test_an_event_an_act_was_done_despite_takes_the_acts_date(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # a concession to an act still ahead: the criticism is not next Monday's
        ("Despite criticism, the minister will sign the decree on Monday.", "criticism", UNDATED),
        # a concession named as a thing already known stood before the act, from a time of its own
        ("On Monday, rebels shelled the town despite the ceasefire.", "ceasefire", UNDATED),
        ("On Monday, the airline flew to Tehran despite the sanctions.", "sanctions", UNDATED),
        # the noun's own date stays its own
        ("On Thursday, parliament passed the law despite last Sunday's protests.", "protests",
         ("2021-03-07", "last Sunday")),
        # an act with no date gives none
        ("Parliament passed the law despite protests by the opposition.", "protests", UNDATED),
        # "after" orders the event before the act: it is not dated by it
        ("On Monday, parliament passed the law after protests by the opposition.", "protests", UNDATED),
    ],
)
def test_what_a_concession_does_not_take(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


def test_a_concession_is_dated_through_the_whole_pipeline(code):
    out = code("On Monday, France raised fuel taxes despite criticism by Germany.", "2021-03-12")
    criticism = [e for e in out.events if e.trigger == "criticism"]
    assert criticism and all((e.date, e.date_text) == ("2021-03-08", "Monday") for e in criticism)
