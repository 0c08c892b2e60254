"""A vague count before "later"/"earlier" ("days later", "a few weeks later") after a month or
year named just before it keeps that month or year (when/relative.py `_shortly_from_month`): "The
talks collapsed in January 2025. Petro suspended them days later" is January 2025, not the
publication day. After a day, how many days is unknown: no date. All sentences are invented."""

from __future__ import annotations

DAY = "2026-03-12"


def dates(code, text: str) -> dict[str, tuple[str | None, str | None]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return {e.trigger: (e.date, e.date_precision) for e in c.events}


def test_days_later_after_a_month(code):
    got = dates(code, "The talks collapsed in January 2025. Petro suspended the negotiations days later.")
    assert got["suspended"] == ("2025-01-01", "month")


def test_a_few_weeks_later_and_weeks_later(code):
    got = dates(code, "The army seized Kidal in March 2019. A few weeks later, rebels attacked the town.")
    assert got["attacked"] == ("2019-03-01", "month")
    got = dates(code, "In 2014, rebels seized Donetsk. Weeks later, Ukraine launched an offensive.")
    assert got["launched"] == ("2014-01-01", "year")


def test_days_later_after_a_day_is_not_guessed(code):
    # negative: "days later" after Monday names no day
    got = dates(code, "The army seized Kidal on Monday. Days later, rebels attacked the town.")
    assert got["attacked"] == (DAY, None)
