"""The `when` stage: when did an event happen, resolved against the publication date.

Public API (one call per event)::

    resolve(sent, trigger, published, future) -> TimeRef

`sent` is the parsed sentence (a spaCy ``Span``), `trigger` the event's trigger
token (a verb such as "arrived", or an event noun such as "visit"),
`published` the article's publication date, and `future` True when the events
stage judged the event planned/expected ("will visit", "is expected to meet",
"plans to").  The result is a ``TimeRef(date, date_end, date_text,
date_precision)`` with ISO dates.  With no date expression for this trigger,
``date`` is the publication date and the other three fields are None.

How it works
------------
1. **Find** the date expressions of the sentence with a token grammar of our
   own (lexicon in ``data/rules/dates.yaml``).  The NER's DATE entities are
   used only to license ambiguous words (a bare "May", a bare "2019"); an
   expression the NER missed is still found.  ``date_text`` is the
   expression as written, without its preposition ("Monday", "Wednesday and
   Thursday", "this week", "January 5, 2019", "two days ago").
2. **Attribute**: an expression belongs to the trigger when, walking up the
   dependency tree from the expression, the first clause head (verb) reached
   is the trigger itself or a verb of the trigger's own clause; an expression
   inside another verb's clause does not.  In order of preference (rank):

   0. the expression hangs off the trigger directly ("arrived ... on Monday",
      "Putin's visit on Wednesday", "Monday's attack", "the March 2019
      invasion");
   1. it hangs off the trigger through a non-event noun ("met with leaders on
      Monday" mis-attached to "leaders"), or off a verb of the trigger's
      catenative chain ("is expected on Monday to meet"), or -- for an event
      noun that is subject/object of a light verb ("the talks were held on
      Monday", "launched an invasion in 2022", "the visit will be on
      Wednesday") -- off that verb;
   2. it hangs off a subjectless participle clause of the trigger, or the
      trigger is such a participle ("Asked by journalists on Friday ...,
      Putin said" -> "said" gets Friday);
   3. it hangs off a verb conjoined with the trigger that shares its subject
      and its tense, and the trigger has none of its own ("arrived and met Wang
      on Monday").

   An event noun on the way up (see ``event_nouns`` in the YAML) stops the
   walk: "arrived in Beijing on Monday ahead of Putin's visit" gives Monday to
   "arrived" only, and "arrived ahead of Putin's visit on Wednesday" gives
   Wednesday to "visit" only.  A complement clause ("said he will talk") is
   another clause: "on Friday" attached to "Asked"/"said" is not the date of
   "talk", which falls back to the publication date.  Among several
   expressions of the same rank the resolvable one wins, then the finer
   precision, then the nearest in the sentence.
3. **Resolve** against `published`, in a direction:
   ``future`` -> forward; otherwise by the tense of the trigger's clause
   (the host verb's for an event noun): past tense / past participle / perfect
   -> backward, "will"/"shall"/"going to"/"is to" -> forward, anything else
   (present, "would", an event noun in a prepositional phrase such as "ahead
   of Putin's visit on Wednesday") -> the nearest.  The publication day itself
   counts in every direction ("on Monday" published on a Monday is that day).

Precision and ranges
--------------------
* day: weekdays, "yesterday"/"today"/"tomorrow"/"tonight"/"last night",
  "Monday night", "on January 5", "January 5, 2019", "5 January 2019",
  "Monday, Oct. 9", ISO dates, "two days ago", "last/next Monday" (last:
  strictly before publication; next: in the following Monday-Sunday week),
  "Tuesday last week".  Several days ("on Wednesday and Thursday", "from
  Monday to Wednesday", "July 13 to 17", "this weekend") give date..date_end.
  "The weekend"/"this weekend" follow the tense: the weekend just past for a
  past event, the coming one for a future event, the current week's else.
* week: "last/this/next week" -> Monday..Sunday of that week; "three weeks
  ago" -> the Monday..Sunday week holding published - 21 days; "earlier this
  week" -> Monday..published, "later this week" -> published..Sunday.
* month: "last/this/next month", "in March" (backward: the latest March not
  after the publication month; forward: the next March from it; nearest
  otherwise, ties forward), "March 2019", "March last year", "early March",
  "mid-March" -> first..last day; "earlier/later this month" narrowed at the
  publication date like weeks.  A month day without a year ("on January 5")
  follows the same rule at day level.
* year: "last/this/next year", "in 2019", "the 2019 election" -> Jan 1..Dec 31.
  A bare four-digit number is a year only after a temporal word ("in",
  "since", "by", ...), with "early/late/mid", or when the NER calls it DATE;
  not as a count ("addressed 2000 troops") nor inside a name ("Reform Bill
  2019", a LAW/ORG/EVENT entity).
* seasons ("last winter", "this spring", "in the summer of 2019") give
  their three months (northern hemisphere) at the window precision below
  (year).
* Vague counts anchored on the publication date ("a few days ago", "weeks
  ago", "in recent days", "in the past two weeks", "in the coming days") give
  a window date..date_end whose precision is the granularity of that window
  (<= 1 day: day, <= 7 days: week, <= 31: month, <= 366: year).  "A few days
  ago" is published-7..published-2 at precision week; "weeks ago" is
  published-6 weeks..published-2 weeks at precision month; "months ago" is
  published-12..published-2 months at precision year; "years ago" is too
  vague and is left unresolved (see next point).
* Expressions relative to another event, not to the publication date ("weeks
  before the invasion", "days earlier", "two days later", "the next day",
  "that day") cannot be resolved from one sentence: they return ``date`` =
  published, ``date_end`` None, ``date_precision`` **None**, and
  ``date_text`` set to the expression.  A null precision therefore always
  means "no date resolved"; a non-null ``date_text`` with it keeps the
  evidence for a reader.  (Giving such an event a week-precision date near
  publication would be wrong: "just weeks before the Russian invasion" in a
  2023 article is early 2022.)  Decades ("the 1990s"), "N decades ago" and
  anaphoric months ("that September") are kept the same way.
* A date heading the text on its own line ("Friday, January 4, 2019" then a
  line break) is a dateline, not an event's date, and is ignored.

The module compiles its patterns and loads its lexicon once at import; a call
scans the sentence's tokens and walks the parse, nothing more (about 0.1 ms;
the expressions of the last sentence seen are cached, so the other events of
the same sentence cost about 15 us).  Not handled: clock times, holidays
("Christmas"), "the 5th", numeric dates other than ISO (03/04 is ambiguous).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from newsgraph.model import TimeRef
from newsgraph.rulefile import read_yaml

__all__ = ["resolve"]

# --------------------------------------------------------------------------- lexicon

_DATA: dict[str, Any] = read_yaml(Path(__file__).parent.parent / "data" / "rules" / "dates.yaml")
_MONTHS: dict[str, int] = {k: int(v) for k, v in _DATA["months"].items()}
_WEEKDAYS: dict[str, int] = {k: int(v) for k, v in _DATA["weekdays"].items()}
_WD_BLOCK = frozenset(_DATA["weekday_blockers"])
_NUMBERS: dict[str, int] = {k: int(v) for k, v in _DATA["numbers"].items()}
_VAGUE = frozenset(_DATA["vague_numbers"])
_UNITS: dict[str, str] = dict(_DATA["units"])
_TOD = frozenset(_DATA["parts_of_day"])
_MONTH_CTX = frozenset(_DATA["month_context"])
_YEAR_CTX = frozenset(_DATA["year_context"])
_FUTURE_AUX = frozenset(_DATA["future_aux"])
_OPEN_MODALS = frozenset(_DATA["open_modals"])
_LIGHT = frozenset(_DATA["light_verbs"])
_FUTURE_LEMMAS = frozenset(_DATA["future_lemmas"])
_PASS = frozenset(_DATA["pass_through_verbs"])
_EVENT_NOUNS = frozenset(_DATA["event_nouns"])

_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAYNUM_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_DECADE_RE = re.compile(r"^(1[89]\d0|20\d0)s$|^'\d0s$")
_YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")

_CLOCK_WORDS = frozenset(_DATA["clock_words"])
_RANGE_WORDS = frozenset(_DATA["range_words"])
_SEASONS: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in _DATA["seasons"].items()}
_NAME_ENTS = frozenset({"PERSON", "ORG", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})
_REL: dict[str, int] = {k: int(v) for k, v in _DATA["relative"].items()}
_WEEK_UNITS: dict[str, int] = {k: int(v) for k, v in _DATA["week_units"].items()}
_CORE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "dative", "csubj"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NARRATIVE_AFTER = frozenset(_DATA["narrative_after"])

# precision rank: finer is smaller
_PREC_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


@dataclass(frozen=True)
class _Expr:
    start: int  # doc token index, inclusive
    end: int  # doc token index, exclusive
    kind: str
    args: tuple


# --------------------------------------------------------------------------- recognition


class _Scan:
    """Token grammar over one sentence.  Each `_x` method tries one family of
    expressions at position i and returns (end, kind, args) or None."""

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
        return _MONTHS.get(self.w(i).rstrip("."))

    def weekday(self, i: int) -> int | None:
        if not self.cap(i):
            return None
        wd = _WEEKDAYS.get(self.w(i))
        if wd is None:
            return None
        if self.cap(i - 1) and self.w(i - 1) in _WD_BLOCK:
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
        if w in ("a", "an") and self.w(i + 1) in ("few", "couple"):
            j = i + 2
            if self.w(j) == "of":
                j += 1
            return j, None
        if w == "a" and self.w(i + 1) == "number" and self.w(i + 2) == "of":
            return i + 3, None
        if w in _VAGUE and w not in ("couple", "number"):
            return i + 1, None
        if w in _NUMBERS:
            return i + 1, _NUMBERS[w]
        if w.isdigit() and 0 < int(w) < 1000 and len(w) < 4:
            return i + 1, int(w)
        return None

    def unit(self, i: int) -> str | None:
        return _UNITS.get(self.w(i))

    def ent(self, i: int) -> str:
        return self.doc[i].ent_type_ if self.lo <= i < self.hi else ""

    # -- expression families --
    def _iso(self, i: int):
        m = _ISO_RE.match(self.w(i))
        if m:
            return i + 1, "date", tuple(int(g) for g in m.groups())
        # "2023 - 10 - 16" as spaCy splits it
        if self.year(i) and self.hi - i >= 5:
            parts = self.toks[i - self.lo : i - self.lo + 5]
            if all(not t.whitespace_ for t in parts[:4]):
                m = _ISO_RE.match("".join(t.text for t in parts))
                if m:
                    return i + 5, "date", tuple(int(g) for g in m.groups())
        return None

    def _full_date(self, i: int):
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
        if self.w(j) in _RANGE_WORDS:
            if self.daynum(j + 1) is not None and self.year(j + 1) is None and self.month(j + 2) is None:
                mo2, d2 = mo, self.daynum(j + 1)
                j += 2
            elif self.month(j + 1) is not None and self.daynum(j + 2) is not None:
                mo2, d2 = self.month(j + 1), self.daynum(j + 2)
                j += 3
        j, yr = self._year_after(j, ",")
        ry = None
        if yr is None:
            j, ry = self._rel_year(j)
        return j, "md", (mo, day, yr, mo2, d2, ry)

    def _month(self, i: int):
        """[early|late|mid(-)|the end of ...] [last|next|this] Month [[,] Year]."""
        j, mod = self._part_of(i)
        if (
            not mod
            and self.w(j) == "the"
            and self.w(j + 1) in ("end", "beginning", "start", "middle", "month")
            and self.w(j + 2) == "of"
        ):
            j, mod = j + 3, True
        rel = None
        if self.w(j) == "this" and self.w(j + 1) in ("past", "coming"):
            rel = _REL[self.w(j + 1)]
            j += 2
        elif self.w(j) in ("last", "next", "this", "coming"):
            rel = _REL[self.w(j)]
            j += 1
        mo = self.month(j)
        if mo is None:
            return None
        if self.ent(j) in ("PERSON", "ORG", "WORK_OF_ART"):
            return None
        k, yr = self._year_after(j + 1, ",")
        if self.w(j - 1) == "that" and rel is None:
            return None  # "that September": anaphoric, see _narrative
        ry = None
        if yr is None and rel is None:
            k, ry = self._rel_year(k)
        if yr is None and rel is None and ry is None and not mod:
            # a bare month name needs a temporal context ("in May", not "May said")
            if self.w(j - 1) not in _MONTH_CTX and self.ent(j) != "DATE":
                return None
        if ry is not None:
            return k, "month", (mo, None, None, ry)
        return k, "month", (mo, yr, rel, None)

    def _year_after(self, k: int, sep: str) -> tuple[int, int | None]:
        """An optional year at `k`, or after `sep` ("May, 2019", "summer of 2019"): (next index, year)."""
        if self.w(k) == sep and self.year(k + 1):
            return k + 2, self.year(k + 1)
        if self.year(k):
            return k + 1, self.year(k)
        return k, None

    def _part_of(self, j: int) -> tuple[int, bool]:
        """Skip an "early"/"late"/"mid(-)" before a month or year: (next index, found?)."""
        if self.w(j) not in ("early", "late", "mid", "mid-"):
            return j, False
        j += 1
        return (j + 1 if self.w(j) == "-" else j), True

    def _rel_year(self, j: int) -> tuple[int, int | None]:
        """An optional "(of) last/this/next year" after a month or a day."""
        k = j + 1 if self.w(j) in ("of", ",") else j
        if self.w(k) in ("last", "this", "next") and self.w(k + 1) == "year":
            return k + 2, _REL[self.w(k)]
        return j, None

    def _year(self, i: int):
        """[early|late|mid(-)] Year, licensed by context or the NER."""
        j, mod = self._part_of(i)
        yr = self.year(j)
        if yr is None:
            return None
        if not mod and self.w(j - 1) not in _YEAR_CTX and self.ent(j) != "DATE":
            return None
        # "addressed 2000 troops": a bare count of a plural noun, unless a
        # determiner makes it a year modifier ("the 2019 elections", "India's 1998 tests")
        t = self.tok(j)
        if self.ent(j) in _NAME_ENTS or self.w(j + 1) in _CLOCK_WORDS:
            return None  # a name ("Expo 2020"), a clock time ("1830 UTC")
        # "Reform Bill 2019", "Expo 2020": a year after a proper name is part of it
        if t.dep_ in ("nummod", "compound", "appos", "npadvmod") and t.head.i < t.i and t.head.tag_ in ("NNP", "NNPS"):
            return None
        if not mod and self.w(j - 1) not in _YEAR_CTX and t.dep_ == "nummod" and t.head.tag_ == "NNS":
            prev = self.tok(j - 1) if j - 1 >= self.lo else None
            if prev is None or prev.tag_ not in ("DT", "POS", "PRP$", "JJ"):
                return None
        return j + 1, "year", (yr,)

    def _tod(self, j: int) -> int:
        """Skip an optional part of day after a day word ("Monday night")."""
        return j + 1 if self.w(j) in _TOD else j

    def _weekday(self, i: int):
        j = i
        rel = None
        if self.w(j) == "this" and self.w(j + 1) in ("past", "coming"):
            rel = ("strict", _REL[self.w(j + 1)])
            j += 2
        elif self.w(j) in ("last", "past", "previous"):
            rel = ("strict", -1)
            j += 1
        elif self.w(j) == "coming":
            rel = ("strict", 1)
            j += 1
        elif self.w(j) == "next":
            rel = ("week", 1)
            j += 1
        elif self.w(j) == "this":
            rel = ("week", 0)
            j += 1
        wd = self.weekday(j)
        if wd is None:
            return None
        j = self._tod(j + 1)
        # range: "Wednesday and Thursday", "Monday to Wednesday", "Monday or Tuesday"
        wd2 = None
        if self.w(j) in ("and", "or", "to", "through", "until", "till", "-", "thru"):
            k = j + 1
            if self.w(k) == "on":
                k += 1
            w2 = self.weekday(k)
            if w2 is not None:
                wd2 = w2
                j = self._tod(k + 1)
        # "Monday last week", "Monday of next week", "Monday, last week"
        if rel is None:
            k = j
            if self.w(k) in ("of", ","):
                k += 1
            if self.w(k) in ("last", "next", "this") and self.w(k + 1) == "week":
                rel = ("week", _REL[self.w(k)])
                j = k + 2
        return j, "weekday", (wd, wd2, rel)

    def _relday(self, i: int):
        j = i
        if self.w(j) in ("earlier", "later"):
            j += 1
        w = self.w(j)
        if w in ("yesterday", "today", "tonight", "tomorrow"):
            off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
            return self._tod(j + 1), "reld", (off,)
        if (
            w == "the"
            and self.w(j + 1) == "day"
            and self.w(j + 2) in ("before", "after")
            and self.w(j + 3) in ("yesterday", "tomorrow")
        ):
            return j + 4, "reld", (-2 if self.w(j + 2) == "before" else 2,)
        if w == "last" and self.w(j + 1) in ("night", "evening"):
            return j + 2, "reld", (-1,)
        if w == "this" and self.w(j + 1) in ("morning", "afternoon", "evening"):
            return j + 2, "reld", (0,)
        return None

    def _relunit(self, i: int):
        j = i
        part = None
        if self.w(j) in ("earlier", "later"):
            part = self.w(j)
            j += 1
            if self.w(j) == "in" and self.w(j + 1) == "the" and self.w(j + 2) in ("week", "month", "year"):
                return j + 3, "relunit", (self.w(j + 2), 0, part)
        if self.w(j) in ("early", "late") and part is None:
            # "early next year", "late last month": keep the unit's precision
            j += 1
        rel = None
        if self.w(j) == "this" and self.w(j + 1) in ("past", "coming"):
            rel = _REL[self.w(j + 1)]
            j += 2
        elif self.w(j) in ("last", "next", "this", "coming", "past") and not (
            self.w(j) in ("last", "past", "coming", "next") and self.w(j - 1) == "the"
        ):
            rel = _REL[self.w(j)]
            j += 1
        if rel is not None and self.w(j) == "weekend":
            return j + 1, "weekend", (rel,)
        if rel is not None and self.w(j) in ("week", "month", "year") and self.w(j + 1) != "of":
            if self.w(i) == "this" and self.w(i + 1) == "past":
                # "this past week": the seven days before publication
                return j + 1, "window", (-1, 1, self.w(j))
            return j + 1, "relunit", (self.w(j), rel, part)
        if part is not None:
            return None
        # "the weekend" after a preposition: "over the weekend", "at the weekend"
        if (
            self.w(i) == "the"
            and self.w(i + 1) == "weekend"
            and self.w(i - 1) in ("over", "at", "on", "during", "this", "across", "for")
        ):
            return i + 2, "weekend", (None,)
        # "(in|over|during) the past|last|coming|next [N] days|weeks"
        if (
            self.w(i) == "the"
            and self.w(i + 1) in ("past", "last", "coming", "next")
            and self.w(i - 1) in ("in", "over", "during", "within", "for", "throughout")
        ):
            sign = 1 if self.w(i + 1) in ("coming", "next") else -1
            k = i + 2
            c = self.count(k)
            n: int | None = None
            if c is not None:
                k, n = c
            if n is None:  # "the past week" is one week; "the coming days", "the past few weeks" ~3
                n = 3 if self.w(k).endswith("s") else 1
            u = self.unit(k)
            if u is not None and u != "decade":
                return k + 1, "window", (sign, n, u)
        # "in recent days|weeks|months"
        if self.w(i) == "recent" and self.unit(i + 1) in ("day", "week", "month"):
            return i + 2, "window", (-1, 3, self.unit(i + 1))
        return None

    def _ago(self, i: int):
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
            return j + 2, "ago", (n, u, c is None)
        return None

    def _narrative(self, i: int):
        """Expressions relative to another event: unresolvable from one sentence."""
        j = i
        c = self.count(j)
        if c is not None:
            j = c[0]
        u = self.unit(j)
        if u is not None and (c is not None or self.w(j).endswith("s")):
            if self.w(j + 1) in _NARRATIVE_AFTER:
                return j + 2, "narrative", ()
        w = self.w(i)
        if (
            w == "the"
            and self.w(i + 1) in ("next", "following", "previous", "preceding", "same")
            and self.w(i + 2) in ("day", "week", "month", "year", "morning", "evening", "night", "afternoon", "weekend")
        ):
            return i + 3, "narrative", ()
        if (
            w == "the"
            and self.w(i + 1) in ("day", "week", "night", "month", "year")
            and self.w(i + 2) in ("before", "after", "earlier", "later")
        ):
            return i + 3, "narrative", ()
        k = i + 1 if w in ("earlier", "later") else i
        if self.w(k) == "that" and (self.month(k + 1) is not None or _SEASONS.get(self.w(k + 1))):
            return k + 2, "narrative", ()
        if self.w(k) == "that" and self.w(k + 1) in (
            "day",
            "night",
            "morning",
            "afternoon",
            "evening",
            "week",
            "month",
            "year",
            "weekend",
        ):
            return k + 2, "narrative", ()
        return None

    def _season(self, i: int):
        """[this|last|next] season, (in|during|...) the season [of Year], season Year."""
        j = i
        rel = None
        if self.w(j) == "this" and self.w(j + 1) in ("past", "coming"):
            rel = _REL[self.w(j + 1)]
            j += 2
        elif self.w(j) in ("this", "last", "next", "coming", "past"):
            rel = _REL[self.w(j)]
            j += 1
        elif self.w(j) == "the":
            if self.w(j - 1) not in ("in", "during", "over", "by", "since", "until", "through", "throughout", "for"):
                return None
            j += 1
        j = self._part_of(j)[0]
        season = _SEASONS.get(self.w(j))
        if season is None:
            return None
        k, yr = self._year_after(j + 1, "of")
        if self.w(k) == "of" or (yr is None and rel is None and self.w(i) != "the"):
            return None  # "the fall of Kabul", a bare "summer"
        if self.w(j) == "fall" and yr is None and rel is None:
            return None
        return k, "season", (season[0], season[1], yr, rel)

    def _decade(self, i: int):
        j = i + 1 if self.w(i) == "the" else i
        if _DECADE_RE.match(self.w(j)):
            return j + 1, "decade", ()
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

    def run(self) -> list[_Expr]:
        out: list[_Expr] = []
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
            end, kind, args = hit
            if not self._dateline(i, end):
                out.append(_Expr(i, end, kind, args))
            i = end
        return out


# Words an expression can start with; every other token is skipped unread.
_START_WORDS = frozenset(
    set(_MONTHS)
    | {m + "." for m in _MONTHS}
    | set(_WEEKDAYS)
    | set(_NUMBERS)
    | _VAGUE
    | set(_UNITS)
    | {
        "the",
        "this",
        "last",
        "next",
        "past",
        "coming",
        "previous",
        "early",
        "late",
        "mid",
        "mid-",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "recent",
        "that",
    }
    | set(_SEASONS)
)

# One-slot cache: the events stage resolves every event of a sentence in turn.
_last: tuple = (None, -1, -1, [])


def _find(sent: Span) -> list[_Expr]:
    global _last
    doc, start, end, exprs = _last
    if doc is sent.doc and start == sent.start and end == sent.end:
        return exprs
    exprs = _Scan(sent).run()
    _last = (sent.doc, sent.start, sent.end, exprs)
    return exprs


# --------------------------------------------------------------------------- attribution


def _is_verbal(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")


def _is_clause_head(t: Token) -> bool:
    """A token that heads a clause: a verb, or a copula/auxiliary used as main verb."""
    if t.pos_ == "VERB":
        return True
    if t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"):
        return True
    return t.dep_ == "ROOT" and t.tag_.startswith("VB")


def _expr_root(e: _Expr, doc) -> Token:
    best, best_depth = None, 10**6
    for i in range(e.start, e.end):
        t = doc[i]
        if t.head.i < e.start or t.head.i >= e.end or t.head.i == t.i:
            d, cur = 0, t
            while cur.head.i != cur.i and d < 200:
                cur = cur.head
                d += 1
            if d < best_depth:
                best, best_depth = t, d
    return best if best is not None else doc[e.start]


def _catena(v: Token) -> set[int]:
    """The trigger's own clause: it plus the verbs it is chained to by xcomp
    ("is expected to meet", "plans to visit", "is going to visit")."""
    out = {v.i}
    cur = v
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        out.add(cur.i)
    stack = [v]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "xcomp" and c.i not in out:
                out.add(c.i)
                stack.append(c)
    return out


def _has_subject(v: Token) -> bool:
    return any(c.dep_ in _SUBJ for c in v.children)


def _is_participle_adjunct(c: Token) -> bool:
    return (
        c.dep_ == "advcl"
        and c.tag_ in ("VBN", "VBG")
        and not _has_subject(c)
        and not any(c2.dep_ in ("aux", "auxpass", "mark") for c2 in c.children)
    )


def _participles(v: Token, catena: set[int]) -> set[int]:
    """Subjectless participle clauses bound to the trigger ("Asked ..., Putin
    said"; "Speaking on Friday, he said"), both ways."""
    out: set[int] = set()
    doc = v.doc
    for i in catena:
        for c in doc[i].children:
            if _is_participle_adjunct(c):
                out.add(c.i)
    if _is_participle_adjunct(v):
        out |= _catena(v.head)
    return out


def _conjuncts(v: Token) -> set[int]:
    """Verbs conjoined with the trigger that share its subject and tense."""
    out: set[int] = set()
    group = {v.i}
    head = v
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        group.add(head.i)
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and _is_verbal(c):
                group.add(c.i)
                stack.append(c)
    group.discard(v.i)
    if not group:
        return out
    d0 = _direction_of_verb(v)
    for i in group:
        o = v.doc[i]
        if not _is_clause_head(o):
            continue
        later = o if o.i > v.i else v
        if _has_subject(later) and later.dep_ == "conj":
            continue
        if _direction_of_verb(o) == d0:
            out.add(i)
    return out


def _host(noun: Token) -> Token | None:
    """The verb an event noun is a core argument of."""
    if noun.dep_ in _CORE_ARGS and _is_clause_head(noun.head) and noun.head.i != noun.i:
        return noun.head
    return None


def _walk(root: Token, trig: Token, noun_trigger: bool) -> tuple[str, Token | None, int]:
    """Walk up from an expression's root.

    Returns (what, token, nouns): what is "trigger" when the trigger was reached
    before any clause head, "clause" with the clause head reached, "blocked"
    when an event noun owns the expression, "none" at the tree root."""
    cur = root
    nouns = 0
    for _ in range(200):
        if cur.head.i == cur.i:
            return "none", None, nouns
        cur = cur.head
        if cur.i == trig.i:
            return "trigger", cur, nouns
        if _is_clause_head(cur):
            if noun_trigger and cur.dep_ in ("acl", "relcl") and cur.lemma_ in _PASS:
                continue
            return "clause", cur, nouns
        if cur.pos_ == "NOUN":
            if cur.lemma_.lower() in _EVENT_NOUNS or cur.lower_ in _EVENT_NOUNS:
                return "blocked", cur, nouns
            nouns += 1
    return "none", None, nouns


def _rank(e: _Expr, trig: Token, ctx: dict) -> int | None:
    root = _expr_root(e, trig.doc)
    if root.i == trig.i:
        return None
    noun_trigger = not _is_verbal(trig)
    what, tok, nouns = _walk(root, trig, noun_trigger)
    if what == "trigger":
        return 0 if nouns == 0 else 1
    if what != "clause" or tok is None:
        return None
    if noun_trigger:
        host = ctx["host"]
        if host is None:
            return None
        hc = ctx["host_catena"]
        if tok.i in hc and any(trig.doc[i].lemma_ in _LIGHT for i in hc):
            return 1
        return None
    if tok.i in ctx["catena"]:
        return 1
    if tok.i in ctx["participles"]:
        return 2
    if tok.i in ctx["conjuncts"]:
        return 3
    return None


# --------------------------------------------------------------------------- tense


def _direction_of_verb(v: Token) -> int:
    """-1 past, +1 future, 0 present/open, for the clause headed by verb `v`."""
    chain = [v]
    cur = v
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        chain.append(cur)
    top = chain[-1]
    # "is going to visit", "is to visit"
    for t in chain[1:]:
        if t.lemma_ == "go" and t.tag_ == "VBG":
            return 1
        if t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return 1
    auxes = sorted((c for c in top.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    auxes = [a for a in auxes if a.lower_ != "to"]
    for a in auxes:
        if a.lower_ in _FUTURE_AUX:
            return 1
    if auxes:
        a = auxes[0]
        if a.lower_ in _OPEN_MODALS or a.tag_ == "MD":
            return 0
        if a.tag_ == "VBD":
            return -1
        if a.lemma_ == "have":
            return -1
        return _present(chain)
    if top.tag_ == "VBD":
        return -1
    if top.tag_ == "VBN":
        return -1
    if top.tag_ in ("VBZ", "VBP"):
        return _present(chain)
    # non-finite (VB, VBG) without auxiliaries: take the governing clause's tense
    if (
        top.dep_ in ("advcl", "conj", "acl", "relcl", "ccomp", "xcomp", "acomp")
        and top.head.i != top.i
        and _is_clause_head(top.head)
    ):
        return _direction_of_verb(top.head)
    return 0


def _present(chain: list[Token]) -> int:
    """Present tense: forward when it schedules ("is due", "is scheduled for",
    "is expected to", "plans to"), else open (nearest)."""
    for t in chain:
        if t.lemma_ in _FUTURE_LEMMAS:
            return 1
        for c in t.children:
            if c.dep_ in ("acomp", "xcomp") and c.lemma_ in _FUTURE_LEMMAS:
                return 1
    return 0


def _direction(trig: Token, future: bool, ctx: dict) -> int:
    if future:
        return 1
    if _is_verbal(trig):
        return _direction_of_verb(trig)
    host = ctx["host"]
    if host is not None:
        return _direction_of_verb(host)
    # an event noun inside a prepositional phrase ("ahead of Putin's visit on
    # Wednesday") does not share the tense of the verb above it
    return 0


# --------------------------------------------------------------------------- resolution


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


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


def _month_year(m: int, p: dt.date, direction: int) -> int:
    if direction < 0:
        return p.year if m <= p.month else p.year - 1
    if direction > 0:
        return p.year if m >= p.month else p.year + 1
    fwd = (m - p.month) % 12
    return (p.year if m >= p.month else p.year + 1) if fwd <= 6 else (p.year if m <= p.month else p.year - 1)


def _window_precision(start: dt.date, end: dt.date) -> str | None:
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


def _unit_days(u: str) -> int:
    return {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}[u]


def _resolve_expr(e: _Expr, p: dt.date, direction: int):
    """-> (date, date_end | None, precision) or None when unresolvable."""
    k, a = e.kind, e.args
    if k == "date":
        d = _safe_date(*a)
        return (d, None, "day") if d else None
    if k == "md":
        m, d, y, m2, d2, ry = a
        if ry is not None:
            y = p.year + ry
        day = _safe_date(y, m, d) if y else _month_day(m, d, p, direction)
        if day is None:
            return None
        end = None
        if d2 is not None:
            end = _safe_date(day.year, m2, d2)
            if end is not None and end < day:
                end = _safe_date(day.year + 1, m2, d2)
        return day, end, "day"
    if k == "season":
        first, n, y, rel = a

        def span(yy: int) -> tuple[dt.date, dt.date]:
            return dt.date(yy, first, 1), _month_span(*_add_months(yy, first, n - 1))[1]

        if y is None:
            cands = [span(yy) for yy in range(p.year - 2, p.year + 2)]
            holding = [c for c in cands if c[0] <= p <= c[1]]
            if rel == 0 and not holding and direction != 0:
                rel = None  # "will start this spring" in October: the next spring
            if rel == 0 or (rel is None and direction == 0):
                this = holding or [c for c in cands if c[0].year == p.year]
                if rel is None and not holding:
                    this = [min(cands, key=lambda c: min(abs((c[0] - p).days), abs((c[1] - p).days)))]
                s0, e0 = this[0]
            elif rel == -1 or (rel is None and direction < 0):
                s0, e0 = [c for c in cands if (c[1] < p if rel == -1 else c[0] <= p)][-1]
            else:
                s0, e0 = [c for c in cands if (c[0] > p if rel == 1 else c[1] >= p)][0]
        else:
            s0, e0 = span(y)
        return s0, e0, _window_precision(s0, e0)
    if k == "decade":
        return None
    if k == "reld":
        return p + dt.timedelta(days=a[0]), None, "day"
    if k == "weekday":
        wd, wd2, rel = a
        if rel is None:
            d1 = _weekday_on(wd, p, direction)
        elif rel[0] == "week":
            d1 = _week_start(p) + dt.timedelta(days=7 * rel[1] + wd)
        else:  # strict: last/coming -> strictly before/after publication
            d1 = (
                _weekday_on(wd, p - dt.timedelta(days=1), -1)
                if rel[1] < 0
                else _weekday_on(wd, p + dt.timedelta(days=1), 1)
            )
        if wd2 is None:
            return d1, None, "day"
        return d1, d1 + dt.timedelta(days=(wd2 - wd) % 7), "day"
    if k == "weekend":
        rel = a[0]
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
        return sat, sat + dt.timedelta(days=1), "day"
    if k == "relunit":
        unit, rel, part = a
        if unit == "week":
            s = _week_start(p) + dt.timedelta(days=7 * rel)
            s_end = s + dt.timedelta(days=6)
        elif unit == "month":
            y, m = _add_months(p.year, p.month, rel)
            s, s_end = _month_span(y, m)
        else:
            s, s_end = dt.date(p.year + rel, 1, 1), dt.date(p.year + rel, 12, 31)
        if rel == 0 and part == "earlier":
            s_end = max(s, p)
        elif rel == 0 and part == "later":
            s = min(p, s_end)
        return s, s_end, unit
    if k == "month":
        m, y, rel, ry = a
        if ry is not None:
            y = p.year + ry
        if y is None:
            if rel is None:
                y = _month_year(m, p, direction)
            elif rel < 0:
                y = p.year if m < p.month else p.year - 1
            elif rel > 0:
                y = p.year if m > p.month else p.year + 1
            else:
                y = p.year
        s, s_end = _month_span(y, m)
        return s, s_end, "month"
    if k == "year":
        y = a[0]
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if k == "ago":
        n, u, vague = a
        if n is not None and not vague:
            if u == "day":
                return p - dt.timedelta(days=n), None, "day"
            if u in _WEEK_UNITS:
                ws = _week_start(p - dt.timedelta(days=_WEEK_UNITS[u] * n))
                return ws, ws + dt.timedelta(days=6), "week"
            if u == "month":
                y, m = _add_months(p.year, p.month, -n)
                s, s_end = _month_span(y, m)
                return s, s_end, "month"
            if u == "year":
                return dt.date(p.year - n, 1, 1), dt.date(p.year - n, 12, 31), "year"
            return None
        # vague: between 2 and ~7 units ago
        ud = _unit_days(u)
        hi_n = 7 if u == "day" else (6 if u == "week" else (12 if u == "month" else 10))
        start = p - dt.timedelta(days=ud * hi_n)
        end = p - dt.timedelta(days=ud * 2)
        prec = _window_precision(start, end)
        return (start, end, prec) if prec else None
    if k == "window":
        sign, n, u = a
        width = dt.timedelta(days=_unit_days(u) * n)
        start, end = (p - width, p) if sign < 0 else (p, p + width)
        prec = _window_precision(start, end)
        return (start, end, prec) if prec else None
    return None  # narrative


# --------------------------------------------------------------------------- API


def resolve(sent: Span, trigger: Token, published: dt.date, future: bool) -> TimeRef:
    """When the event with this trigger happened; see the module docstring."""
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    if not isinstance(sent, Span):  # a whole Doc
        sent = sent[:]
    fallback = TimeRef(published.isoformat(), None, None, None)
    exprs = _find(sent)
    if not exprs:
        return fallback
    noun_trigger = not _is_verbal(trigger)
    ctx: dict[str, Any] = {}
    if noun_trigger:
        host = _host(trigger)
        ctx["host"] = host
        ctx["host_catena"] = _catena(host) if host is not None else set()
    else:
        ctx["host"] = None
        cat = _catena(trigger)
        ctx["catena"] = cat
        ctx["participles"] = _participles(trigger, cat)
        ctx["conjuncts"] = None  # computed lazily: it needs the tense of every conjunct

    doc = sent.doc
    scored = []
    for e in exprs:
        if e.start <= trigger.i < e.end:
            continue
        if not noun_trigger and ctx["conjuncts"] is None:
            ctx["conjuncts"] = _conjuncts(trigger)
        r = _rank(e, trigger, ctx)
        if r is None:
            continue
        scored.append((r, e))
    if not scored:
        return fallback
    best_rank = min(r for r, _ in scored)
    cands = [e for r, e in scored if r == best_rank]
    direction = _direction(trigger, future, ctx)
    results = []
    for e in cands:
        res = _resolve_expr(e, published, direction)
        dist = min(abs(e.start - trigger.i), abs(e.end - 1 - trigger.i))
        prec = res[2] if res else None
        results.append(((res is None, _PREC_RANK[prec], dist), e, res))
    results.sort(key=lambda x: x[0])
    _, e, res = results[0]
    text = doc[e.start : e.end].text
    if res is None:
        return TimeRef(published.isoformat(), None, text, None)
    start, end, prec = res
    return TimeRef(start.isoformat(), end.isoformat() if end else None, text, prec)
