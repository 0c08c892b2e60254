"""Dates an event takes from the story around it (session 15). Invented texts, each rule beside a
negative: a date of ANOTHER event, or one across a paragraph break, must not move the event's date.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March).
"""

from __future__ import annotations

import datetime as dt

from newsgraph import when

PUB = dt.date(2021, 3, 12)
UNDATED = (PUB.isoformat(), None)


def _when(nlp, text: str, trigger: str, nth: int = 0) -> tuple[str, str | None]:
    doc = nlp(text)
    tok = [t for t in doc if t.text == trigger][nth]
    ref = when.resolve(tok.sent, tok, PUB, False)
    return ref.date, ref.date_text


# --------------------------------------------------------------------------- the paragraph's day

# a court story: the day of the ruling, then background in the present tense, then the next steps
RULING = (
    "On Monday, a federal judge blocked the new mining law. The ministry is studying the ruling. "
    "Such rulings can take months to appeal. The miners' union sued the ministry last year, and the "
    "court heard the case in the autumn. The ministry appealed the decision to the supreme court."
)


def test_the_paragraphs_day_reaches_past_background_sentences(nlp):
    assert _when(nlp, RULING, "appealed") == ("2021-03-08", "Monday")


def test_the_paragraphs_day_ends_at_a_line_break(nlp):
    text = RULING.replace(" The ministry appealed", "\n\nThe ministry appealed")
    assert _when(nlp, text, "appealed") == UNDATED


def test_a_day_named_later_in_the_paragraph_is_the_storys_day(nlp):
    text = RULING.replace("The ministry is studying", "On Thursday, the ministry said it was studying")
    assert _when(nlp, text, "appealed") == ("2021-03-11", "Thursday")
