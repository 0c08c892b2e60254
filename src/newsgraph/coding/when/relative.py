"""An act placed a short interval before or after a named event takes that event's date.

"The court issued a stay an hour after the ruling", "Shortly before the conversation, X had
ordered ...": the act has no date of its own, but the sentence ties it to an event the article
has dated (the definite noun names again its nearest earlier mention: "On Monday, the judge
issued a ruling"). Only a short interval (rules/dates.yaml ``short_intervals``) keeps the date;
"weeks after the ruling" or a bare "after the ruling" gives none. A counted interval ("two days after
the vote on Monday") is counted from the event's date (counted_from_event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Span, Token

from newsgraph.model import TimeRef

from .arithmetic import Resolved
from .attach import TriggerClauses
from .expressions import Expr
from .lexicon import (
    ACT_KIND,
    DEFINITE_DETS,
    EVENT_NOUNS,
    LIGHT_VERBS,
    NUMBERS,
    PERFORMING_VERBS,
    SHORT_INTERVALS,
    UNITS,
)

Resolver = Callable[[Span, Token, dt.date, bool], TimeRef]

_ORDER_PREPS = frozenset({"after", "before"})


def _short(prep: Token) -> bool:
    """Whether "after"/"before" is measured by a short interval ("an hour after", "shortly before"),
    also when the parse hangs the interval right before it on another word."""
    if prep.i > 0:
        before = prep.doc[prep.i - 1]
        before = before.head if before.dep_ == "conj" else before  # "an hour and a half after"
        if before.dep_ in ("advmod", "npadvmod") and before.lemma_.lower() in SHORT_INTERVALS:
            return True
    return any(
        c.dep_ in ("advmod", "npadvmod") and any(t.lemma_.lower() in SHORT_INTERVALS for t in c.subtree)
        for c in prep.children
    )


def clause_of(t: Token) -> Token | None:
    """The verb a phrase hangs off, through nouns that name no event ("issued a stay to X's order
    an hour after the ruling", the parse hanging the phrase on "order"); None past an event noun."""
    cur = t.head
    for _ in range(50):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.lemma_.lower() in EVENT_NOUNS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _anchor(clauses: TriggerClauses) -> Token | None:
    """The definite event noun a short "after"/"before" phrase of the verb trigger's clause names."""
    if clauses.noun:
        return None
    trig = clauses.trigger
    for c in trig.sent:
        if c.dep_ != "prep" or c.lower_ not in _ORDER_PREPS or not _short(c):
            continue
        verb = clause_of(c)
        if verb is None or verb.i not in clauses.catena:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and (_definite(p) or _own_day(p)):
                return p
    return None


def _definite(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in noun.children)


def _own_day(noun: Token) -> bool:
    """A noun dated by a possessive day ("hours after Monday's vote"): definite as well."""
    return any(d.dep_ == "poss" and d.ent_type_ == "DATE" for d in noun.children)


def _dated(t: Token, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """An event noun's date: its own, else that of the verb performing it ("issued a ruling on Monday")."""
    ref = resolve(t.sent, t, published, False)
    if ref.date_precision is None and t.dep_ == "dobj" and t.head.lemma_ in LIGHT_VERBS | PERFORMING_VERBS:
        ref = resolve(t.sent, t.head, published, False)
    return ref if ref.date_precision is not None else None


def placed_by_event(clauses: TriggerClauses, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The date of the event a short interval before or after which the verb trigger happened: the
    noun's own date, else its nearest earlier mention's (the same word, or one of its kind)."""
    noun = _anchor(clauses)
    if noun is None:
        return None
    own = resolve(noun.sent, noun, published, False)
    if own.date_precision is not None:
        return own
    return dated_mention(noun, published, resolve) if _definite(noun) else None


def counted_from_event(sent: Span, e: Expr, published: dt.date, way: int, resolve: Resolver) -> Resolved | None:
    """ "N units after/before" an event the article dates, counted from its day: "resigned two days
    after the vote on Monday" is Wednesday, "a week before Monday's vote" the Monday before, at the
    coarser of the count's and the date's grain (a count of weeks gives the week, of months the
    month, of years the year: "two years after the 2016 vote" is 2018). None for an event with no
    date, a count finer than its date, a vague count ("days after"), or a past event (`way` < 0)
    the count would put after the publication."""
    doc = sent.doc
    words = [t.lower_ for t in doc[e.start : e.end]]
    if len(words) != 3 or words[2] not in _ORDER_PREPS:
        return None
    n = NUMBERS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
    unit = UNITS.get(words[1])
    noun = next((c for c in doc[e.end - 1].children if c.dep_ == "pobj"), None)
    if not n or unit not in ("day", "week", "month", "year") or noun is None or not (_definite(noun) or _own_day(noun)):
        return None
    own = resolve(sent, noun, published, False)
    ref = (
        own if own.date_precision is not None else dated_mention(noun, published, resolve) if _definite(noun) else None
    )
    if ref is None or ref.date_precision is None:
        return None
    # a count finer than the event's date tells nothing ("two days after the 2016 vote")
    fine = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}
    if ref.date_precision not in fine[unit] or (ref.date_precision == "day" and ref.date_end is not None):
        return None
    sign = 1 if words[2] == "after" else -1
    day = dt.date.fromisoformat(ref.date)
    counted = _count(day, n * sign, unit)
    return None if way < 0 and counted.date > published else counted


def _count(day: dt.date, n: int, unit: str) -> Resolved:
    """`n` units from `day`, at the unit's grain (a day, its Monday-Sunday week, month or year)."""
    if unit == "day":
        return Resolved(day + dt.timedelta(days=n), None, "day")
    if unit == "week":
        day += dt.timedelta(days=7 * n)
        monday = day - dt.timedelta(days=day.weekday())
        return Resolved(monday, monday + dt.timedelta(days=6), "week")
    months = day.year * 12 + day.month - 1 + (n if unit == "month" else n * 12)
    y, m = divmod(months, 12)
    if unit == "year":
        return Resolved(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    last = (dt.date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return Resolved(dt.date(y, m + 1, 1), dt.date(y, m + 1, last), "month")


# how many earlier mentions of an event a definite noun looks through for the one that dates it
_MENTIONS = 4


def dated_mention(noun: Token, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The date of the nearest earlier mention of the event `noun` names again that has one: the
    article may name the event several times without a date ("a mass shooting on Friday ... the
    first attack was in X mosque ... 36 minutes after the mass shooting"); up to _MENTIONS back."""
    earlier = earlier_mention(noun)
    for _ in range(_MENTIONS):
        if earlier is None:
            return None
        if (ref := _dated(earlier, published, resolve)) is not None:
            return ref
        earlier = earlier_mention(earlier)
    return None


def earlier_mention(noun: Token) -> Token | None:
    """The nearest event noun before `noun` that names the same event again: the same word, or
    one of its kind (dates.yaml ``act_kinds``: "the conversation" after "a phone call")."""
    lemma = noun.lemma_.lower()
    kind = ACT_KIND.get(lemma)
    doc = noun.doc
    for i in range(noun.i - 1, -1, -1):
        t = doc[i]
        if t.pos_ != "NOUN":
            continue
        other = t.lemma_.lower()
        if other == lemma or (kind is not None and ACT_KIND.get(other) == kind):
            return t
    return None
