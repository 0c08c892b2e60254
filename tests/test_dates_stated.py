"""An intent, threat or demand read off a reported act takes the date of the statement that made it
(events/stated.py): "On Monday, the rebels said they will release the hostages on Friday" -- the
intent (0353) was expressed on Monday; the release stays planned for Friday. Invented sentences,
each beside negatives: the planned act keeps its own date, a statement of a later meeting dates the
meeting by its day, and an act reported as done keeps the day it was done.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Tuesday 9, Wednesday 10 March).
"""

from __future__ import annotations

import pytest

PUB = "2021-03-12"


def dated(code, text: str) -> list[tuple[str, str, str, str | None]]:
    """(cameo, modality, date, date_text) of every event of an invented text."""
    c = code(text, PUB)
    assert c.article.status == "ok", c.article.error
    return [(e.cameo, e.modality, e.date, e.date_text) for e in c.events]


@pytest.mark.parametrize(
    "text, spoken_act, spoken_on",
    [
        # an intent to release: said on Monday, whatever day the release is set for
        ("On Monday, the rebels in Darfur said they will release the hostages on Friday.", "0353",
         ("2021-03-08", "Monday")),
        ("On Monday, the rebels in Darfur said they will release the hostages.", "0353", ("2021-03-08", "Monday")),
        # a threat: declared on Tuesday, the curfew is for Saturday
        ("On Tuesday, the government of Mali declared that it would impose a curfew in Bamako on Saturday.", "1323",
         ("2021-03-09", "Tuesday")),
        # a demand of another side: made on Wednesday, the withdrawal required by Sunday
        ("On Wednesday, the European Union said Russia must withdraw its troops from Ukraine by Sunday.", "1056",
         ("2021-03-10", "Wednesday")),
    ],
)
def test_intent_threat_or_demand_takes_the_statements_date(code, text, spoken_act, spoken_on):
    events = dated(code, text)
    spoken = [(d, t) for cameo, mod, d, t in events if cameo == spoken_act and mod == "actual"]
    assert spoken and all(s == spoken_on for s in spoken), events


def test_quoted_intent_takes_the_day_of_its_cue(code):
    events = dated(code, '"We will release the hostages on Saturday," the rebel commander in Darfur said on Monday.')
    assert [(d, t) for cameo, mod, d, t in events if mod == "actual"] == [("2021-03-08", "Monday")], events


def test_the_planned_act_keeps_its_own_date(code):
    events = dated(code, "On Monday, the rebels in Darfur said they will release the hostages on Saturday.")
    planned = [(d, t) for _, mod, d, t in events if mod == "planned"]
    assert planned == [("2021-03-13", "Saturday")], events


def test_statement_of_a_later_meeting_dates_the_meeting_by_its_day(code):
    # "said on Monday that it will hold talks on Friday": the talks (036, planned) are on Friday
    events = dated(code, "On Monday, Iran said it will hold talks with France on Friday.")
    assert events and all((mod, d, t) == ("planned", "2021-03-12", "Friday") for _, mod, d, t in events), events


def test_act_reported_as_done_keeps_the_day_it_was_done(code):
    events = dated(code, "The rebels in Darfur said on Monday that they had released the hostages on Sunday.")
    assert [(mod, d, t) for _, mod, d, t in events] == [("actual", "2021-03-07", "Sunday")], events
