"""Calendar arithmetic: the dates an expression gives, seen from the publication date in a direction.

`direction` is -1 (the event is past: look back), +1 (planned: look forward) or 0 (the nearest); the
publication day itself counts in every direction ("on Monday" published on a Monday is that day).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from newsgraph.model import Precision

from .expressions import (
    Ago,
    Anaphoric,
    Date,
    DayOffset,
    Expr,
    Month,
    MonthDay,
    RelativeUnit,
    Season,
    Unanchored,
    Weekday,
    Weekend,
    Window,
    Year,
)
from .lexicon import WEEK_UNITS

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}


@dataclass(frozen=True, slots=True)
class Resolved:
    """What an expression resolves to: a day, or date..date_end, at a precision (day/week/month/year)."""

    date: dt.date
    date_end: dt.date | None
    precision: Precision | None


@dataclass(frozen=True, slots=True)
class DateRange:
    """The first and last day of a month, a season, ..."""

    first: dt.date
    last: dt.date


def resolve_expr(e: Expr, p: dt.date, direction: int) -> Resolved | None:
    """The dates of `e` seen from publication date `p`; None when it cannot be resolved."""
    return _BY_KIND[type(e)](e, p, direction)


# --------------------------------------------------------------------------- helpers


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _month_range(y: int, m: int, shift: int = 0) -> DateRange:
    """Month `m` of year `y`, or the month `shift` months from it."""
    t = y * 12 + (m - 1) + shift
    y, m = t // 12, t % 12 + 1
    return DateRange(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]))


def _weekday_on(wd: int, p: dt.date, direction: int) -> dt.date:
    delta = wd - p.weekday()  # -6..6
    if direction < 0:
        return p + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return p + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    fwd = delta % 7
    return p + dt.timedelta(days=fwd if fwd <= 3 else fwd - 7)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_day(m: int, d: int, p: dt.date, direction: int) -> dt.date | None:
    cands = [c for c in (_safe_date(y, m, d) for y in (p.year - 1, p.year, p.year + 1)) if c]
    if not cands:
        return None
    if direction < 0:
        past = [c for c in cands if c <= p]
        return past[-1] if past else None
    if direction > 0:
        fut = [c for c in cands if c >= p]
        return fut[0] if fut else None
    return min(cands, key=lambda c: (abs((c - p).days), c < p))


def _month_year(m: int, p: dt.date, direction: int, strict: bool = False) -> int:
    """The year of month `m` seen from `p`: back, the latest not after p's month; forward, the next not
    before it (`strict`, "last/next March": not p's month itself); 0, the nearest, ties forward."""
    if direction == 0:
        direction = 1 if (m - p.month) % 12 <= 6 else -1
    if direction < 0:
        return p.year if (m < p.month if strict else m <= p.month) else p.year - 1
    return p.year if (m > p.month if strict else m >= p.month) else p.year + 1


def _window_precision(start: dt.date, end: dt.date) -> Precision | None:
    n = (end - start).days + 1
    if n <= 1:
        return "day"
    if n <= 8:
        return "week"
    if n <= 31:
        return "month"
    if n <= 366:
        return "year"
    return None


def _window(start: dt.date, end: dt.date) -> Resolved | None:
    """A stretch of days at the precision its length gives; None when longer than a year."""
    prec = _window_precision(start, end)
    return Resolved(start, end, prec) if prec else None


# --------------------------------------------------------------------------- one function per kind


def _date(e: Date, p: dt.date, direction: int) -> Resolved | None:
    d = _safe_date(e.year, e.month, e.day)
    return Resolved(d, None, "day") if d else None


def _month_day_expr(e: MonthDay, p: dt.date, direction: int) -> Resolved | None:
    y = e.year
    if e.rel_year is not None:
        y = p.year + e.rel_year
    day = _safe_date(y, e.month, e.day) if y else _month_day(e.month, e.day, p, direction)
    if day is None:
        return None
    end = None
    if e.day_end is not None and e.month_end is not None:
        end = _safe_date(day.year, e.month_end, e.day_end)
        if end is not None and end < day:
            end = _safe_date(day.year + 1, e.month_end, e.day_end)
    return Resolved(day, end, "day")


def _season(e: Season, p: dt.date, direction: int) -> Resolved | None:
    def span(yy: int) -> DateRange:
        return DateRange(dt.date(yy, e.first_month, 1), _month_range(yy, e.first_month, e.months - 1).last)

    rel = e.rel
    if e.year is None:
        cands = [span(yy) for yy in range(p.year - 2, p.year + 2)]
        holding = [c for c in cands if c.first <= p <= c.last]
        if rel == 0 and not holding and direction != 0:
            rel = None  # "will start this spring" in October: the next spring
        if rel == 0 or (rel is None and direction == 0):
            this = holding or [c for c in cands if c.first.year == p.year]
            if rel is None and not holding:
                this = [min(cands, key=lambda c: min(abs((c.first - p).days), abs((c.last - p).days)))]
            r = this[0]
        elif rel == -1 or (rel is None and direction < 0):
            r = [c for c in cands if (c.last < p if rel == -1 else c.first <= p)][-1]
        else:
            r = [c for c in cands if (c.first > p if rel == 1 else c.last >= p)][0]
    else:
        r = span(e.year)
    return Resolved(r.first, r.last, _window_precision(r.first, r.last))


def _day_offset(e: DayOffset, p: dt.date, direction: int) -> Resolved | None:
    return Resolved(p + dt.timedelta(days=e.days), None, "day")


def _weekday(e: Weekday, p: dt.date, direction: int) -> Resolved | None:
    wd = e.weekday
    if e.week is not None:
        d1 = _week_start(p) + dt.timedelta(days=7 * e.week + wd)
    elif e.strict is not None:  # last/coming -> strictly before/after publication
        d1 = (
            _weekday_on(wd, p - dt.timedelta(days=1), -1)
            if e.strict < 0
            else _weekday_on(wd, p + dt.timedelta(days=1), 1)
        )
    else:
        d1 = _weekday_on(wd, p, direction)
    if e.weekday_end is None:
        return Resolved(d1, None, "day")
    return Resolved(d1, d1 + dt.timedelta(days=(e.weekday_end - wd) % 7), "day")


def _weekend(e: Weekend, p: dt.date, direction: int) -> Resolved | None:
    rel = e.rel
    ws = _week_start(p)
    if rel == 0 and direction != 0:
        rel = None  # "was held this weekend" on a Monday: the weekend just past
    if rel is None:
        if direction < 0:
            off = 0 if p.weekday() >= 5 else -1
        elif direction > 0:
            off = 0
        else:
            off = -1 if p.weekday() <= 1 else 0
    else:
        off = rel
    sat = ws + dt.timedelta(days=7 * off + 5)
    return Resolved(sat, sat + dt.timedelta(days=1), "day")


def _relative_unit(e: RelativeUnit, p: dt.date, direction: int) -> Resolved | None:
    unit, rel, part = e.unit, e.rel, e.part
    if unit == "week":
        s = _week_start(p) + dt.timedelta(days=7 * rel)
        s_end = s + dt.timedelta(days=6)
    elif unit == "month":
        r = _month_range(p.year, p.month, rel)
        s, s_end = r.first, r.last
    else:
        s, s_end = dt.date(p.year + rel, 1, 1), dt.date(p.year + rel, 12, 31)
    if rel == 0 and part == -1:  # "earlier this week": up to publication
        s_end = max(s, p)
    elif rel == 0 and part == 1:  # "later this week": from it
        s = min(p, s_end)
    return Resolved(s, s_end, cast(Precision, unit))  # the unit is its precision


def _month(e: Month, p: dt.date, direction: int) -> Resolved | None:
    m, y = e.month, e.year
    if e.rel_year is not None:
        y = p.year + e.rel_year
    if y is None:
        if e.rel is None:
            y = _month_year(m, p, direction)
        elif e.rel == 0:
            y = p.year
        else:
            y = _month_year(m, p, e.rel, strict=True)
    r = _month_range(y, m)
    return Resolved(r.first, r.last, "month")


def _year(e: Year, p: dt.date, direction: int) -> Resolved | None:
    return Resolved(dt.date(e.year, 1, 1), dt.date(e.year, 12, 31), "year")


def _ago(e: Ago, p: dt.date, direction: int) -> Resolved | None:
    n, u = e.count, e.unit
    if n is not None and not e.vague:
        if u == "day":
            return Resolved(p - dt.timedelta(days=n), None, "day")
        if u in WEEK_UNITS:
            ws = _week_start(p - dt.timedelta(days=WEEK_UNITS[u] * n))
            return Resolved(ws, ws + dt.timedelta(days=6), "week")
        if u == "month":
            r = _month_range(p.year, p.month, -n)
            return Resolved(r.first, r.last, "month")
        if u == "year":
            return Resolved(dt.date(p.year - n, 1, 1), dt.date(p.year - n, 12, 31), "year")
        return None
    # vague: between 2 and ~7 units ago
    ud = _UNIT_DAYS[u]
    hi_n = 7 if u == "day" else (6 if u == "week" else (12 if u == "month" else 10))
    return _window(p - dt.timedelta(days=ud * hi_n), p - dt.timedelta(days=ud * 2))


def _window_expr(e: Window, p: dt.date, direction: int) -> Resolved | None:
    width = dt.timedelta(days=_UNIT_DAYS[e.unit] * e.count)
    return _window(p - width, p) if e.sign < 0 else _window(p, p + width)


def _unanchored(e: Unanchored, p: dt.date, direction: int) -> Resolved | None:
    return None


_BY_KIND: dict[type[Expr], Callable[[Any, dt.date, int], Resolved | None]] = {
    Date: _date,
    MonthDay: _month_day_expr,
    Season: _season,
    DayOffset: _day_offset,
    Weekday: _weekday,
    Weekend: _weekend,
    RelativeUnit: _relative_unit,
    Month: _month,
    Year: _year,
    Ago: _ago,
    Window: _window_expr,
    Unanchored: _unanchored,
    Anaphoric: _unanchored,
}
