"""Event dates in whole articles, round 3 (issue 13): a request or order noun that gives the reason an
act was done ("at X's request", "on X's orders") takes the date of that act. Invented sentences, each
rule beside a near-identical negative.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8 March).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import when
from newsgraph.model import TimeRef

PUB = dt.date(2021, 3, 12)
UNDATED = (PUB.isoformat(), None)


def when_of(nlp, text: str, trigger: str, future: bool = False, nth: int = 0) -> TimeRef:
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > nth, f"{trigger!r} not in {text!r}"
    tok = hits[nth]
    return when.resolve(tok.sent, tok, PUB, False)


def day(ref: TimeRef) -> tuple[str, str | None]:
    return ref.date, ref.date_text


# --------------------------------------------------------------------------- the request an act heeds


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("At the minister's request, the police released the journalist on Monday.", "request", "Monday"),
        ("Troops withdrew from the town on Sunday on the orders of the defence minister.", "orders", "Sunday"),
        ("On Sunday, troops withdrew from the town at the invitation of the mayor.", "invitation", "Sunday"),
    ],
)
def test_request_takes_the_date_of_the_act_it_explains(nlp, text, noun, expected):
    ref = when_of(nlp, text, noun)
    assert ref.date_text == expected
    assert ref.date == {"Sunday": "2021-03-07", "Monday": "2021-03-08"}[expected]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # not the reason the act was done: a request before it, one it went against, one it lacked
        ("After the minister's request, the police released the journalist on Monday.", "request"),
        ("Troops withdrew from the town on Sunday despite the orders of the defence minister.", "orders"),
        ("On Sunday, troops withdrew from the town in the absence of a request from the mayor.", "request"),
        # a request named inside another clause
        ("The police, who had ignored the minister's request, released the journalist on Monday.", "request"),
    ],
)
def test_request_that_is_not_the_acts_reason_keeps_no_date(nlp, text, noun):
    assert day(when_of(nlp, text, noun)) == UNDATED


@pytest.mark.parametrize(
    "text",
    [
        # the parser takes the preposition for a subordinator and the noun for the verb's subject
        "Peacekeepers left Liberia in 2015, then at the Liberian government's request returned two years later.",
        "Peacekeepers left Liberia in 2015, then upon the request of the government returned in 2017.",
    ],
)
def test_request_parsed_as_the_verbs_subject_still_takes_its_date(nlp, text):
    ref = when_of(nlp, text, "request")
    assert (ref.date, ref.date_end, ref.date_precision) == ("2017-01-01", "2017-12-31", "year")


def test_request_parsed_as_subject_after_another_preposition_keeps_no_date(nlp):
    text = "Peacekeepers left Liberia in 2015, then after the Liberian government's request returned two years later."
    assert day(when_of(nlp, text, "request")) == UNDATED
