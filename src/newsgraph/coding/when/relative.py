"""An act placed a short interval before or after a named event takes that event's date.

"The court issued a stay an hour after the ruling", "Shortly before the conversation, X had
ordered ...": the act has no date of its own, but the sentence ties it to an event the article
has dated (the definite noun names again its nearest earlier mention: "On Monday, the judge
issued a ruling"). Only a short interval (rules/dates.yaml ``short_intervals``) keeps the date;
"weeks after the ruling" or a bare "after the ruling" gives none. A counted interval ("two days after
the vote on Monday") is counted from the event's date (counted_from_event), and one after a date named
before it ("On Monday, ... Two days later, ...") from that date (counted_from_date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Span, Token

from newsgraph.model import TimeRef

from .arithmetic import Resolved, resolve_expr
from .attach import TriggerClauses, expr_direction
from .expressions import Expr, Unanchored, find
from .lexicon import (
    ACT_KIND,
    DEFINITE_DETS,
    EVENT_NOUNS,
    LIGHT_VERBS,
    NUMBERS,
    PERFORMING_VERBS,
    SHORT_INTERVALS,
    UNITS,
    WITHIN_PERIOD,
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
    sign = 1 if words[2] == "after" else -1
    start = Resolved(
        dt.date.fromisoformat(ref.date),
        dt.date.fromisoformat(ref.date_end) if ref.date_end else None,
        ref.date_precision,
    )
    counted = shifted(start, unit, n * sign)
    return None if counted is None or (way < 0 and counted.date > published) else counted


# how many sentences back a count ("two days later") looks for the date it runs from
_COUNT_SENTENCES = 3

# "the day before", "the week after": a count of one back or ahead of the date named before it
_ADVERB_ORDER = {"before": -1, "after": 1}


def counted_from_date(sent: Span, e: Unanchored, published: dt.date, way: int) -> Resolved | None:
    """ "N units later/earlier" counted from the last date named before it in its sentence ("left
    Iraq in 2011, then returned three years later" -> 2014), else in the sentences just before it
    ("X seized the town on Monday. Two days later, ..."; "The day before, ..."), at the coarser of
    the two precisions; None without such a date, for a count finer than the date ("in 2011
    ... two days later"), or for a past event it would put after the publication."""
    doc = sent.doc
    words = [t.lower_ for t in doc[e.start : e.end]]
    if len(words) in (2, 3, 4) and words[-1] in WITHIN_PERIOD and _vague(words):
        return _shortly_from_month(sent, e, published, way, UNITS.get(words[-2]))
    if len(words) != 3:
        return None
    if words[2] in WITHIN_PERIOD:
        n = NUMBERS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
        shift_sign = WITHIN_PERIOD[words[2]]
    elif words[2] in _ADVERB_ORDER and words[0] == "the" and not any(c.dep_ == "pobj" for c in doc[e.end - 1].children):
        n, shift_sign = 1, _ADVERB_ORDER[words[2]]
    else:
        return None
    unit = UNITS.get(words[1])
    if not n or unit not in ("day", "week", "month", "year"):
        return None
    shift = n * shift_sign
    res = _last_anchor(sent, e, published, way)
    if res is None:
        return None
    moved = shifted(res, unit, shift)
    # a past event is not after the publication
    return None if moved is None or (way < 0 and moved.date > published) else moved


def _last_anchor(sent: Span, e: Unanchored, published: dt.date, way: int) -> Resolved | None:
    """The nearest date before `e` in its sentence or the few just before that resolves, or None."""
    doc = sent.doc
    span: Span = sent
    before = [x for x in find(sent) if x.end <= e.start]
    for _ in range(_COUNT_SENTENCES + 1):
        for x in reversed([x for x in before if not isinstance(x, Unanchored)]):
            res = resolve_expr(x, published, expr_direction(x, doc) or way)
            if res is not None and res.precision is not None:
                return res
        if span.start == 0:
            return None
        span = doc[span.start - 1].sent
        before = find(span)
    return None


def _vague(words: list[str]) -> bool:
    """Is the count before "later"/"earlier" vague: none ("days later"), or "a few", "several"?"""
    count = words[:-2]
    return not count or count in (["a", "few"], ["several"], ["a", "couple"], ["some"])


def _shortly_from_month(sent: Span, e: Unanchored, published: dt.date, way: int, unit: str | None) -> Resolved | None:
    """ "days later", "a few weeks earlier" with no count, after a month or year named before it in
    its sentence or the few just before ("The talks collapsed in January 2025. X suspended them
    days later"): a few days or weeks from a month is still that month, at its grain (January
    2025); None after a day (how many days is unknown) or with no such date."""
    if unit not in ("day", "week"):
        return None
    res = _last_anchor(sent, e, published, way)
    return res if res is not None and res.precision in ("month", "year") else None


def shifted(res: Resolved, unit: str, shift: int) -> Resolved | None:
    """A resolved date moved `shift` units, at the coarser of the two grains; None for a unit finer
    than the date."""
    d = res.date
    if unit == "year":
        return Resolved(dt.date(d.year + shift, 1, 1), dt.date(d.year + shift, 12, 31), "year")
    if unit == "month" and res.precision in ("day", "month"):
        m = d.year * 12 + d.month - 1 + shift
        y, mo = divmod(m, 12)
        last = (dt.date(y + (mo + 1) // 12, (mo + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
        return Resolved(dt.date(y, mo + 1, 1), dt.date(y, mo + 1, last), "month")
    if unit in ("day", "week") and res.precision == "day" and res.date_end is None:
        days = shift * (7 if unit == "week" else 1)
        day = d + dt.timedelta(days=days)
        if unit == "day":
            return Resolved(day, None, "day")
        monday = day - dt.timedelta(days=day.weekday())
        return Resolved(monday, monday + dt.timedelta(days=6), "week")
    return None


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
