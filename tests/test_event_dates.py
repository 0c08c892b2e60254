"""Whole-pipeline checks of event dates taken from outside the event's own words (invented text)."""

from __future__ import annotations


def test_same_day_takes_the_day_of_the_sentence_before(code):
    out = code("France condemned Iran on Tuesday. On the same day, Germany criticized Iran.", "2021-03-12")
    dates = {e.trigger: (e.date, e.date_text) for e in out.events}
    crit = [v for k, v in dates.items() if "critici" in k]
    assert crit and crit[0] == ("2021-03-09", "the same day")


def test_undated_event_without_a_day_before_keeps_publication_date(code):
    out = code("France condemned Iran. Germany criticized Iran.", "2021-03-12")
    assert out.events and all(e.date == "2021-03-12" and e.date_text is None for e in out.events)
