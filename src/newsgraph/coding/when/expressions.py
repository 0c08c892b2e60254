"""Recognising the date expressions of a sentence: a token grammar of our own over the sentence's words.

Each expression found is an `Expr` record of its kind (`Weekday`, `MonthDay`, `Ago`, ...) holding what
the words say ("last Monday": Monday, strictly before publication); `arithmetic` turns it into dates.
The NER's DATE entities only license ambiguous words (a bare "May", a bare "2019").
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..component import MEMO_PREFIX
from .lexicon import (
    ANAPHORIC_DAY_PARTS,
    ANAPHORIC_DAYS,
    CLOCK_WORDS,
    DAY_BEYOND,
    DAY_WORDS,
    IN_WEEK_RELATIVE,
    LAST_DAY_PARTS,
    MONTH_CONTEXT,
    MONTH_PORTIONS,
    MONTH_RELATIVE,
    MONTHS,
    NARRATIVE_AFTER,
    NARRATIVE_BEFORE,
    NARRATIVE_PERIODS,
    NARRATIVE_RELATIVE,
    NARRATIVE_UNITS,
    NUMBERS,
    PARTS_OF_DAY,
    PERIOD_PARTS,
    RANGE_WORDS,
    RECENT_UNITS,
    RELATIVE,
    RELATIVE_AFTER,
    RELATIVE_PERIOD_PARTS,
    RELATIVE_UNITS,
    SEASON_PREPS,
    SEASONS,
    THIS_DAY_PARTS,
    THIS_RELATIVE,
    UNIT_RELATIVE,
    UNITS,
    VAGUE_AFTER_ARTICLE,
    VAGUE_NOT_ALONE,
    VAGUE_NUMBERS,
    WEEKDAY_BLOCKERS,
    WEEKDAY_RANGE_WORDS,
    WEEKDAYS,
    WEEKEND_PREPS,
    WINDOW_PREPS,
    WINDOW_RELATIVE,
    WITHIN_PERIOD,
    YEAR_CONTEXT,
)

_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAYNUM_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_DECADE_RE = re.compile(r"^(1[89]\d0|20\d0)s$|^'\d0s$")
_YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")

_NAME_ENTS = frozenset({"PERSON", "ORG", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})


# --------------------------------------------------------------------------- the records


@dataclass(frozen=True, slots=True)
class Expr:
    """A date expression: the doc tokens [start, end) of its words, without its preposition."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Date(Expr):
    """An ISO date, "2023-10-16"."""

    year: int
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class MonthDay(Expr):
    """ "January 5[, 2019]", "5 January", "July 13 to 17", "January 5 of last year"."""

    month: int
    day: int
    year: int | None
    month_end: int | None  # the range's last day, "to 17"
    day_end: int | None
    rel_year: int | None  # "of last year": -1


@dataclass(frozen=True, slots=True)
class Month(Expr):
    """ "March", "last March", "March 2019", "March last year", "early March"."""

    month: int
    year: int | None
    rel: int | None  # "last March": -1
    rel_year: int | None  # "March last year": -1


@dataclass(frozen=True, slots=True)
class Year(Expr):
    """ "2019", "early 2019"."""

    year: int


@dataclass(frozen=True, slots=True)
class Weekday(Expr):
    """ "Monday", "Wednesday and Thursday", "last Monday", "next Monday", "Monday last week"."""

    weekday: int
    weekday_end: int | None  # "Monday to Wednesday": Wednesday
    week: int | None  # in the Monday-Sunday week this many weeks from publication's ("next", "this", "last week")
    strict: int | None  # strictly before (-1: "last") or after (+1: "coming") the publication date


@dataclass(frozen=True, slots=True)
class DayOffset(Expr):
    """ "yesterday", "today", "tomorrow", "last night", "the day before yesterday": days from publication."""

    days: int


@dataclass(frozen=True, slots=True)
class RelativeUnit(Expr):
    """ "last week", "this month", "next year", "earlier this week"."""

    unit: str  # week, month or year
    rel: int
    part: int | None  # "earlier" (-1) or "later" (+1) this week, or None: the whole of it


@dataclass(frozen=True, slots=True)
class Weekend(Expr):
    """ "this weekend", "last weekend", "over the weekend" (rel None: by the tense)."""

    rel: int | None


@dataclass(frozen=True, slots=True)
class Window(Expr):
    """A stretch anchored on publication: "in the past two weeks", "in the coming days", "in recent days"."""

    sign: int  # -1 up to publication, +1 from it
    count: int
    unit: str


@dataclass(frozen=True, slots=True)
class Ago(Expr):
    """ "two days ago", "three weeks ago", "a few days ago" (vague: no exact count)."""

    count: int | None
    unit: str
    vague: bool


@dataclass(frozen=True, slots=True)
class Season(Expr):
    """ "last winter", "this spring", "in the summer of 2019"."""

    first_month: int
    months: int
    year: int | None
    rel: int | None


@dataclass(frozen=True, slots=True)
class Unanchored(Expr):
    """Relative to another event ("two days later", "the next day", "that September") or a decade
    ("the 1990s"): kept as evidence, never resolved from the publication date."""


@dataclass(frozen=True, slots=True)
class Anaphoric(Unanchored):
    """A day named from the day last mentioned ("that day", "the same day", "the next morning"):
    that day plus `days`."""

    days: int


# --------------------------------------------------------------------------- recognition


class _Scan:
    """Token grammar over one sentence.  Each family method (`_iso`, `_full_date`, ...) tries one family
    of expressions at doc index i and returns its `Expr` or None; the helpers that read an optional
    part return (next index, what they read)."""

    def __init__(self, sent: Span):
        self.doc = sent.doc
        self.lo = sent.start
        self.hi = sent.end
        self.toks = [self.doc[i] for i in range(sent.start, sent.end)]
        self.low = [t.lower_ for t in self.toks]

    # -- token helpers (i is a doc index) --
    def w(self, i: int) -> str:
        return self.low[i - self.lo] if self.lo <= i < self.hi else ""

    def tok(self, i: int) -> Token:
        return self.doc[i]

    def cap(self, i: int) -> bool:
        return self.lo <= i < self.hi and self.doc[i].text[:1].isupper()

    def month(self, i: int) -> int | None:
        if not self.cap(i):
            return None
        return MONTHS.get(self.w(i).rstrip("."))

    def weekday(self, i: int) -> int | None:
        if not self.cap(i):
            return None
        wd = WEEKDAYS.get(self.w(i))
        if wd is None:
            return None
        if self.cap(i - 1) and self.w(i - 1) in WEEKDAY_BLOCKERS:
            return None
        return wd

    def daynum(self, i: int) -> int | None:
        m = _DAYNUM_RE.match(self.w(i))
        if m and 1 <= int(m.group(1)) <= 31:
            return int(m.group(1))
        return None

    def year(self, i: int) -> int | None:
        m = _YEAR_RE.match(self.w(i))
        return int(m.group(1)) if m else None

    def count(self, i: int) -> tuple[int, int | None] | None:
        """A count at i: returns (end, n) with n None for a vague count."""
        w = self.w(i)
        if w in ("a", "an") and self.w(i + 1) in VAGUE_AFTER_ARTICLE:
            j = i + 2
            if self.w(j) == "of":
                j += 1
            return j, None
        if w == "a" and self.w(i + 1) == "number" and self.w(i + 2) == "of":
            return i + 3, None
        if w in VAGUE_NUMBERS and w not in VAGUE_NOT_ALONE:
            return i + 1, None
        if w in NUMBERS:
            return i + 1, NUMBERS[w]
        if w.isdigit() and 0 < int(w) < 1000 and len(w) < 4:
            return i + 1, int(w)
        return None

    def unit(self, i: int) -> str | None:
        return UNITS.get(self.w(i))

    def ent(self, i: int) -> str:
        return self.doc[i].ent_type_ if self.lo <= i < self.hi else ""

    # -- optional parts --
    def _relative(self, j: int, words: Container[str]) -> tuple[int, int | None]:
        """A relative word at j, one of `words` or "this past"/"this coming": (next index, its direction)."""
        w = self.w(j)
        if w == "this" and self.w(j + 1) in THIS_RELATIVE:
            return j + 2, RELATIVE[self.w(j + 1)]
        if w in words:
            return j + 1, RELATIVE[w]
        return j, None

    def _relative_after(self, j: int, unit: str) -> tuple[int, int | None]:
        """An optional "(of|,) last/this/next `unit`" after a date ("Monday last week", "March of next year")."""
        k = j + 1 if self.w(j) in ("of", ",") else j
        if self.w(k) in RELATIVE_AFTER and self.w(k + 1) == unit:
            return k + 2, RELATIVE[self.w(k)]
        return j, None

    def _year_after(self, k: int, sep: str) -> tuple[int, int | None]:
        """An optional year at `k`, or after `sep` ("May, 2019", "summer of 2019"): (next index, year)."""
        if self.w(k) == sep and self.year(k + 1):
            return k + 2, self.year(k + 1)
        if self.year(k):
            return k + 1, self.year(k)
        return k, None

    def _part_of(self, j: int) -> tuple[int, bool]:
        """Skip an "early"/"late"/"mid(-)" before a month or year: (next index, found?)."""
        if self.w(j) not in PERIOD_PARTS:
            return j, False
        j += 1
        return (j + 1 if self.w(j) == "-" else j), True

    def _tod(self, j: int) -> int:
        """Skip an optional part of day after a day word ("Monday night")."""
        return j + 1 if self.w(j) in PARTS_OF_DAY else j

    # -- expression families --
    def _iso(self, i: int) -> Expr | None:
        m = _ISO_RE.match(self.w(i))
        if m:
            return Date(i, i + 1, int(m.group(1)), int(m.group(2)), int(m.group(3)))
        # "2023 - 10 - 16" as spaCy splits it
        if self.year(i) and self.hi - i >= 5:
            parts = self.toks[i - self.lo : i - self.lo + 5]
            if all(not t.whitespace_ for t in parts[:4]):
                m = _ISO_RE.match("".join(t.text for t in parts))
                if m:
                    return Date(i, i + 5, int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return None

    def _full_date(self, i: int) -> Expr | None:
        """[Weekday[,]] (Month Day | Day [of] Month | the Day of Month) [[,] Year]."""
        j = i
        wd = self.weekday(j)
        if wd is not None:
            j += 1
            if self.w(j) == ",":
                j += 1
        mo = self.month(j)
        day = None
        if mo is not None and self.daynum(j + 1) is not None and self.year(j + 1) is None:
            day = self.daynum(j + 1)
            j += 2
        else:
            k = j + 1 if self.w(j) == "the" else j
            d = self.daynum(k)
            if d is not None:
                k2 = k + 1
                if self.w(k2) == "of":
                    k2 += 1
                mo = self.month(k2)
                if mo is not None:
                    day = d
                    j = k2 + 1
        if day is None or mo is None:
            return None
        # "August 22 to 25", "Oct. 16-18", "5 to 7 January" is not handled
        mo2 = d2 = None
        if self.w(j) in RANGE_WORDS:
            if self.daynum(j + 1) is not None and self.year(j + 1) is None and self.month(j + 2) is None:
                mo2, d2 = mo, self.daynum(j + 1)
                j += 2
            elif self.month(j + 1) is not None and self.daynum(j + 2) is not None:
                mo2, d2 = self.month(j + 1), self.daynum(j + 2)
                j += 3
        j, yr = self._year_after(j, ",")
        ry = None
        if yr is None:
            j, ry = self._relative_after(j, "year")
        return MonthDay(i, j, mo, day, yr, mo2, d2, ry)

    def _month(self, i: int) -> Expr | None:
        """[early|late|mid(-)|the end of ...] [last|next|this] Month [[,|of] Year]."""
        j, mod = self._part_of(i)
        if not mod and self.w(j) == "the" and self.w(j + 1) in MONTH_PORTIONS and self.w(j + 2) == "of":
            j, mod = j + 3, True
        j, rel = self._relative(j, MONTH_RELATIVE)
        mo = self.month(j)
        if mo is None:
            return None
        if self.ent(j) in ("PERSON", "ORG", "WORK_OF_ART"):
            return None
        k, yr = self._year_after(j + 1, ",")
        if yr is None:
            k, yr = self._year_after(j + 1, "of")  # "in March of 2019"
        if self.w(j - 1) == "that" and rel is None:
            return None  # "that September": anaphoric, see _narrative
        ry = None
        if yr is None and rel is None:
            k, ry = self._relative_after(k, "year")
        if yr is None and rel is None and ry is None and not mod:
            # a bare month name needs a temporal context ("in May", not "May said")
            if self.w(j - 1) not in MONTH_CONTEXT and self.ent(j) != "DATE":
                return None
        if ry is not None:
            return Month(i, k, mo, None, None, ry)
        return Month(i, k, mo, yr, rel, None)

    def _year(self, i: int) -> Expr | None:
        """[early|late|mid(-)] Year, licensed by context or the NER."""
        j, mod = self._part_of(i)
        yr = self.year(j)
        if yr is None:
            return None
        if not mod and self.w(j - 1) not in YEAR_CONTEXT and self.ent(j) != "DATE":
            return None
        # "addressed 2000 troops": a bare count of a plural noun, unless a
        # determiner makes it a year modifier ("the 2019 elections", "India's 1998 tests")
        t = self.tok(j)
        if self.ent(j) in _NAME_ENTS or self.w(j + 1) in CLOCK_WORDS:
            return None  # a name ("Expo 2020"), a clock time ("1830 UTC")
        # "Reform Bill 2019", "Expo 2020": a year after a proper name is part of it
        if t.dep_ in ("nummod", "compound", "appos", "npadvmod") and t.head.i < t.i and t.head.tag_ in ("NNP", "NNPS"):
            return None
        if not mod and self.w(j - 1) not in YEAR_CONTEXT and t.dep_ == "nummod" and t.head.tag_ == "NNS":
            prev = self.tok(j - 1) if j - 1 >= self.lo else None
            if prev is None or prev.tag_ not in ("DT", "POS", "PRP$", "JJ"):
                return None
        return Year(i, j + 1, yr)

    def _weekday(self, i: int) -> Expr | None:
        j, rel = self._relative(i, RELATIVE)
        # "next Monday", "this Monday": in that Monday-Sunday week; "last Monday", "this coming Monday": strictly
        # before/after the publication date
        week = strict = None
        if rel is not None and j == i + 1 and self.w(i) in IN_WEEK_RELATIVE:
            week = rel
        else:
            strict = rel
        wd = self.weekday(j)
        if wd is None:
            return None
        j = self._tod(j + 1)
        # range: "Wednesday and Thursday", "Monday to Wednesday", "Monday or Tuesday"
        wd2 = None
        if self.w(j) in WEEKDAY_RANGE_WORDS:
            k = j + 1
            if self.w(k) == "on":
                k += 1
            w2 = self.weekday(k)
            if w2 is not None:
                wd2 = w2
                j = self._tod(k + 1)
        # "Monday last week", "Monday of next week", "Monday, last week"
        if rel is None:
            j, week = self._relative_after(j, "week")
        return Weekday(i, j, wd, wd2, week, strict)

    def _relday(self, i: int) -> Expr | None:
        j = i
        if self.w(j) in WITHIN_PERIOD:  # "earlier today"
            j += 1
        w = self.w(j)
        off = DAY_WORDS.get(w)
        if off is not None:
            return DayOffset(i, self._tod(j + 1), off)
        if (
            w == "the"
            and self.w(j + 1) == "day"
            and self.w(j + 2) in DAY_BEYOND
            and DAY_WORDS.get(self.w(j + 3), 0) != 0  # yesterday, tomorrow
        ):
            return DayOffset(i, j + 4, DAY_BEYOND[self.w(j + 2)])
        if w == "last" and self.w(j + 1) in LAST_DAY_PARTS:
            return DayOffset(i, j + 2, -1)
        if w == "this" and self.w(j + 1) in THIS_DAY_PARTS:
            return DayOffset(i, j + 2, 0)
        return None

    def _relunit(self, i: int) -> Expr | None:
        j = i
        part = WITHIN_PERIOD.get(self.w(j))
        if part is not None:
            j += 1
            if self.w(j) == "in" and self.w(j + 1) == "the" and self.w(j + 2) in RELATIVE_UNITS:
                return RelativeUnit(i, j + 3, self.w(j + 2), 0, part)
        if self.w(j) in RELATIVE_PERIOD_PARTS and part is None:
            # "early next year", "late last month": keep the unit's precision
            j += 1
        # "the last|past|coming|next [N] weeks" is a window, read below
        j, rel = self._relative(j, ("this",) if self.w(j - 1) == "the" else UNIT_RELATIVE)
        if rel is not None and self.w(j) == "weekend":
            return Weekend(i, j + 1, rel)
        if rel is not None and self.w(j) in RELATIVE_UNITS and self.w(j + 1) != "of":
            if self.w(i) == "this" and self.w(i + 1) == "past":
                # "this past week": the seven days before publication
                return Window(i, j + 1, -1, 1, self.w(j))
            return RelativeUnit(i, j + 1, self.w(j), rel, part)
        if part is not None:
            return None
        # "the weekend" after a preposition: "over the weekend", "at the weekend"
        if self.w(i) == "the" and self.w(i + 1) == "weekend" and self.w(i - 1) in WEEKEND_PREPS:
            return Weekend(i, i + 2, None)
        # "(in|over|during) the past|last|coming|next [N] days|weeks"
        if self.w(i) == "the" and self.w(i + 1) in WINDOW_RELATIVE and self.w(i - 1) in WINDOW_PREPS:
            sign = WINDOW_RELATIVE[self.w(i + 1)]
            k = i + 2
            c = self.count(k)
            n: int | None = None
            if c is not None:
                k, n = c
            if n is None:  # "the past week" is one week; "the coming days", "the past few weeks" ~3
                n = 3 if self.w(k).endswith("s") else 1
            u = self.unit(k)
            if u is not None and u != "decade":
                return Window(i, k + 1, sign, n, u)
        # "in recent days|weeks|months"
        if self.w(i) == "recent":
            u = self.unit(i + 1)
            if u is not None and u in RECENT_UNITS:
                return Window(i, i + 2, -1, 3, u)
        return None

    def _ago(self, i: int) -> Expr | None:
        j = i
        n: int | None = None
        c = self.count(j)
        if c is not None:
            j, n = c
        u = self.unit(j)
        if u is None:
            return None
        if self.w(j + 1) == "ago":
            if n is None and c is None and self.w(j).endswith("s") is False:
                return None  # "week ago" without a count is not English
            return Ago(i, j + 2, n, u, c is None)
        return None

    def _narrative(self, i: int) -> Expr | None:
        """Expressions relative to another event: unresolvable from one sentence."""
        j = i
        c = self.count(j)
        if c is not None:
            j = c[0]
        u = self.unit(j)
        if u is not None and (c is not None or self.w(j).endswith("s")):
            if self.w(j + 1) in NARRATIVE_AFTER:
                return Unanchored(i, j + 2)
        w = self.w(i)
        k = i + 1 if w in WITHIN_PERIOD else i
        if self.w(k) in ("the", "that"):
            rel = self.w(k + 1)
            if rel in ANAPHORIC_DAYS and self.w(k + 2) in ANAPHORIC_DAY_PARTS and (rel == "same" or self.w(k) == "the"):
                return Anaphoric(i, k + 3, ANAPHORIC_DAYS[rel])
            if self.w(k) == "that" and rel in ANAPHORIC_DAY_PARTS:
                return Anaphoric(i, k + 2, 0)
        if w == "the" and self.w(i + 1) in NARRATIVE_RELATIVE and self.w(i + 2) in NARRATIVE_PERIODS:
            return Unanchored(i, i + 3)
        if w == "the" and self.w(i + 1) in NARRATIVE_UNITS and self.w(i + 2) in NARRATIVE_BEFORE:
            return Unanchored(i, i + 3)
        k = i + 1 if w in WITHIN_PERIOD else i
        if self.w(k) == "that" and (self.month(k + 1) is not None or SEASONS.get(self.w(k + 1))):
            return Unanchored(i, k + 2)
        if self.w(k) == "that" and self.w(k + 1) in NARRATIVE_PERIODS:
            return Unanchored(i, k + 2)
        return None

    def _season(self, i: int) -> Expr | None:
        """[this|last|next] season, (in|during|...) the season [of Year], season Year."""
        j, rel = self._relative(i, UNIT_RELATIVE)
        if rel is None and self.w(j) == "the":
            if self.w(j - 1) not in SEASON_PREPS:
                return None
            j += 1
        j = self._part_of(j)[0]
        season = SEASONS.get(self.w(j))
        if season is None:
            return None
        k, yr = self._year_after(j + 1, "of")
        if self.w(k) == "of" or (yr is None and rel is None and self.w(i) != "the"):
            return None  # "the fall of Kabul", a bare "summer"
        if self.w(j) == "fall" and yr is None and rel is None:
            return None
        return Season(i, k, season[0], season[1], yr, rel)

    def _decade(self, i: int) -> Expr | None:
        j = i + 1 if self.w(i) == "the" else i
        if _DECADE_RE.match(self.w(j)):
            return Unanchored(i, j + 1)
        return None

    _FAMILIES = (
        "_iso",
        "_full_date",
        "_relday",
        "_ago",
        "_narrative",
        "_relunit",
        "_season",
        "_decade",
        "_weekday",
        "_month",
        "_year",
    )

    def _dateline(self, start: int, end: int) -> bool:
        """A date heading the text on its own line ("Friday, January 4, 2019\n\n")
        is the article's dateline, not an event's date."""
        if start != self.lo and not all(self.toks[k].is_space for k in range(0, start - self.lo)):
            return False
        last = self.doc[end - 1]
        if "\n" in last.whitespace_ or "\n" in last.text:
            return True
        return end < self.hi and self.doc[end].is_space and "\n" in self.doc[end].text

    def run(self) -> list[Expr]:
        out: list[Expr] = []
        i = self.lo
        while i < self.hi:
            w = self.low[i - self.lo]
            if w not in _START_WORDS and not w[:1].isdigit():
                i += 1
                continue
            hit = None
            for name in self._FAMILIES:
                hit = getattr(self, name)(i)
                if hit is not None:
                    break
            if hit is None:
                i += 1
                continue
            if not self._dateline(i, hit.end):
                out.append(hit)
            i = hit.end
        return out


# Words an expression can start with; every other token is skipped unread.
_START_WORDS = frozenset(
    set(MONTHS)
    | {m + "." for m in MONTHS}
    | set(WEEKDAYS)
    | set(NUMBERS)
    | VAGUE_NUMBERS
    | set(UNITS)
    | set(RELATIVE)
    | MONTH_RELATIVE
    | UNIT_RELATIVE
    | PERIOD_PARTS
    | RELATIVE_PERIOD_PARTS
    | set(WITHIN_PERIOD)
    | set(DAY_WORDS)
    | {"the", "recent", "that"}
    | set(SEASONS)
)

# The Doc's memo of the spans read (doc.user_data, dropped with the other memos by the quotes
# stage): the events stage asks for a sentence's expressions for each of its events, and for
# earlier sentences' when it carries a date on (story.py), which a one-slot cache read again.
_MEMO = MEMO_PREFIX + "dates"


def find(sent: Span) -> list[Expr]:
    """The date expressions of the sentence (or any span), in order, read once per span of a Doc."""
    doc = sent.doc
    memo: tuple[int, dict[tuple[int, int], list[Expr]]] | None = doc.user_data.get(_MEMO)
    if memo is None or memo[0] != len(doc):
        memo = (len(doc), {})
        doc.user_data[_MEMO] = memo
    key = (sent.start, sent.end)
    exprs = memo[1].get(key)
    if exprs is None:
        exprs = memo[1][key] = _Scan(sent).run()
    return exprs
