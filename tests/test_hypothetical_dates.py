"""A hypothetical act under a modal with no perfect ("would hold protests on Monday if ...",
"could march on Tuesday") has not happened: its weekday lies ahead of the publication date, as a
planned act's does (events/mood.py modal_future, the `when` stage's future). A modal perfect
("may have attacked on Monday") stays in the past. Sentences are invented; published on
Thursday 2025-09-04."""

from __future__ import annotations

DAY = "2025-09-04"  # a Thursday


def dated(code, text: str) -> list[tuple[str, str, str]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [(e.trigger, e.modality, e.date) for e in c.events]


def test_conditional_protest_is_ahead(code):
    rows = dated(
        code, "Zambia's opposition leader said his party would hold protests on Monday if the court did not act."
    )
    assert ("hold", "hypothetical", "2025-09-08") in rows


def test_could_is_ahead(code):
    rows = dated(code, "Malawian opposition supporters could march on Tuesday, the party's spokesman said.")
    assert ("march", "hypothetical", "2025-09-09") in rows


def test_modal_perfect_stays_past(code):
    rows = dated(code, "Nigerian police said the gunmen may have attacked the village on Monday.")
    assert ("attacked", "hypothetical", "2025-09-01") in rows


def test_planned_and_actual_unchanged(code):
    assert ("hold", "planned", "2025-09-08") in dated(code, "Zambia's opposition said it will hold protests on Monday.")
    assert ("protested", "actual", "2025-09-01") in dated(
        code, "Zambian opposition supporters protested in Lusaka on Monday."
    )
