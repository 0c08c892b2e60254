"""The story of a paragraph: a simple-past event with no date of its own continues the sentences before it.

News tells a paragraph in order: "On Monday, police fired on protesters. Protesters threw stones." The
stones were thrown on Monday. The day holds through the paragraph (background in the present tense,
"The office is investigating X", does not end it) until another day is named; a line break starts
another story. A year or month named in passing ("X was impeached in 1998. A third president, Y,
resigned") is as often another event's time as the story's (session 15), so it is carried only when
a phrase before the first clause sets the story at it ("In 2000, a new party emerged. It won the
election": framing_period, session 18), to a sentence whose main clause goes on in the simple past.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsgraph.model import TimeRef

from ..component import doc_text, line_start
from .arithmetic import Resolved, resolve_expr
from .attach import TriggerClauses, expr_direction, narrative_past, rank
from .expressions import Date, Expr, Month, MonthDay, Unanchored, find
from .lexicon import DURING_PREPS, OTHER_TIME_ADVERBS
from .occasion import set_at
from .relative import Resolver

# how many sentences back, inside the paragraph, a story's day reaches (was 3: "On Monday, the judge
# ruled ... [two sentences of background] ... X sued, but the judge dismissed it. X appealed.")
STORY_SENTENCES = 6

QUOTE_OPEN = frozenset('"\u201c')
QUOTE_CLOSE = frozenset('"\u201d')
QUOTE_MARKS = QUOTE_OPEN | QUOTE_CLOSE


def quoted(text: str, offset: int) -> bool:
    """Whether the character at `offset` of a paragraph's text is inside quotation marks."""
    inside = False
    for ch in text[:offset]:
        if ch == '"':
            inside = not inside
        elif ch in QUOTE_OPEN:
            inside = True
        elif ch in QUOTE_CLOSE:
            inside = False
    return inside


def antecedent_day(x: Expr, doc: Doc, published: dt.date, way: int) -> Resolved | None:
    """The single day an earlier expression names, for an event looking back at it; None for one
    that names no single day, or a day ahead (a scheduled "on December 10", or a yearless day nearer
    ahead than back) for a past event."""
    if isinstance(x, Unanchored):
        return None
    own = expr_direction(x, doc)
    if way < 0 and own > 0:
        return None
    res = resolve_expr(x, published, way)
    if res is None or res.precision != "day" or res.date_end is not None:
        return None
    if way < 0 and res.date > published:
        return None
    if way < 0 and _yearless(x) and (near := resolve_expr(x, published, 0)) is not None and near.date > published:
        # a date named without a year is the one nearest publication: "until October 14" in late
        # September is the coming one, a schedule, not last year's (a weekday is the last one)
        return None
    return res


def carried(sent: Span, trigger: Token, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The day of the story a simple-past event with no date of its own continues: the last day
    named in the sentences before it in its paragraph, that of a sentence's main clause first
    (up to STORY_SENTENCES back: "On Monday,
    police fired on protesters. Protesters threw stones."), with that day's words as `date_text`.
    The paragraph starts after the last line break before the trigger (a dateline or a quotation
    the sentence splitter glued on does not count as the story); a day inside a quotation is the
    speaker's "yesterday", not the story's, and a day ahead of publication (a schedule) is no past
    event's day. A sentence set at an event the article dated ("There were several speakers at the
    rally.") gives that event's day (occasion.set_at). An event an adverb sets at another time ("Y
    initially denied it", "X later resigned"), or one after a time its sentence names for another
    clause, takes none."""
    if any(c.dep_ == "advmod" and c.lower_ in OTHER_TIME_ADVERBS for c in trigger.children):
        return None
    if any(x.end <= trigger.i for x in find(sent)):
        # a time named before it in its own sentence, another clause's ("That September, the
        # movement launched; she promised protests"): the story has moved on from the day before
        return None
    doc = sent.doc
    text = doc_text(doc)
    para = line_start(doc, trigger.idx)
    span = sent
    for _ in range(STORY_SENTENCES):
        if span.start == 0 or span.start_char <= para:
            return None
        prev = doc[span.start - 1].sent
        for x in _main_clause_first(prev):
            start = doc[x.start].idx
            if start < para:
                continue
            if quoted(text[para:], start - para):
                continue
            words = doc[x.start : x.end].text
            if (res := antecedent_day(x, doc, published, -1)) is not None:
                return TimeRef(res.date.isoformat(), None, words, "day")
            if (res := framing_period(x, prev, published)) is not None and narrative_past(TriggerClauses.of(sent.root)):
                end = res.date_end.isoformat() if res.date_end else None
                return TimeRef(res.date.isoformat(), end, words, res.precision)
        if (at := set_at(prev, para, published, resolve)) is not None:
            return at
        span = prev
    return None


# what a fronted time phrase is to the clause it sets: "In 2000,", "At the elections in 2008,", "Last October,"
FRAME_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def framing_period(x: Expr, sent: Span, published: dt.date) -> Resolved | None:
    """The past month or year a fronted time phrase sets a story at: "In 2000, a new party emerged.
    [It won the election]" (also "At the elections in 2008,", "Last October,"). English sets the
    time of the narrative that follows with a phrase placed before its first clause and set off by
    a comma, in a sentence told in the simple past; the same phrase at the clause's end ("emerged in
    2000") dates that clause only. None for a day (antecedent_day's), a week, a time not yet past, a
    stretch ("Since 2015,") or two times ("In 2015 and 2016,")."""
    doc = sent.doc
    root = sent.root
    top = doc[x.start]
    path = [top]
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
        path.append(top)
    lead = next((t for t in sent if not t.is_punct), None)
    after = top.right_edge.i + 1
    if top.i >= root.i or top.dep_ not in FRAME_DEPS or top.left_edge != lead or after < x.end:
        return None
    if after >= sent.end or doc[after].text != "," or not narrative_past(TriggerClauses.of(root)):
        return None
    if any(t.dep_ == "prep" and t.lower_ not in DURING_PREPS for t in path):
        return None  # a stretch, not a time the story is at: "Since 2015,", "By 2015,", "Until 2015,"
    if sum(top.left_edge.i <= e.start <= top.right_edge.i for e in find(sent)) > 1:
        return None  # "In 2015 and 2016,": no one time
    if (year := story_year(sent, x, published)) is not None:
        x = in_story_year(x, year)  # "In early June" of a story told in 2017
    res = resolve_expr(x, published, -1)
    if res is None or res.precision not in ("month", "year") or res.date > published:
        return None
    return res


def _main_clause_first(prev: Span) -> list[Expr]:
    """A sentence's expressions, last first, those of its main clause before any other: the story
    goes on at the day of what the sentence tells, not of a clause added to it ("On Saturday
    morning, a gunman shot shoppers ..., with the death toll rising to 22 on Monday" goes on at
    Saturday)."""
    exprs = list(reversed(find(prev)))
    main = TriggerClauses.of(prev.root)
    return sorted(exprs, key=lambda x: rank(x, main) is None)


# how many sentences back, inside the paragraph, a day or month without a year looks for the year
# the story is told in
YEAR_SENTENCES = 3


def _yearless(e: Expr) -> bool:
    """A day or month named without a year or a relative one ("on November 21", "in November")."""
    if isinstance(e, MonthDay):
        return e.year is None and e.rel_year is None
    return isinstance(e, Month) and e.year is None and e.rel is None and e.rel_year is None


def _dated_year(x: Expr) -> int | None | bool:
    """The calendar year a dated expression states ("November 15, 2017", "March 2019"); None for a
    day or month without one (it goes on in the same story: look further back); False for a date
    counted from the publication ("yesterday", "on Monday", "last week": the story is back at the
    news) or a bare year, too coarse to tell which day a month day names ("the 2016 law")."""
    if isinstance(x, Date):
        return x.year
    if isinstance(x, MonthDay | Month) and x.year is not None:
        return x.year
    if _yearless(x) or isinstance(x, Unanchored):
        return None
    return False


def story_year(sent: Span, e: Expr, published: dt.date) -> int | None:
    """The past year a day or month named without a year is in, when the story around it is told
    at a date that states one: "the army moved on November 15, 2017 ... his resignation on November
    21" is 2017's November 21 (writers leave out the year they are telling). Looked for before the
    expression in its sentence, then in the sentences before it in its paragraph (up to
    YEAR_SENTENCES); None without such a date, or when a date counted from the publication comes
    between (the story is back at the news), or for a year not before the publication's."""
    if not _yearless(e):
        return None
    doc = sent.doc
    para = line_start(doc, doc[e.start].idx)
    span: Span | None = sent
    before = [x for x in find(sent) if x.end <= e.start]
    for _ in range(YEAR_SENTENCES + 1):
        for x in reversed(before):
            if doc[x.start].idx < para:
                return None
            y = _dated_year(x)
            if y is False:
                return None
            if isinstance(y, int):
                return y if y < published.year else None
        if span is None or span.start == 0 or span.start_char <= para:
            return None
        span = doc[span.start - 1].sent
        before = find(span)
    return None


def in_story_year(e: Expr, year: int) -> Expr:
    """The expression with the story's year stated."""
    return dataclasses.replace(e, year=year)  # type: ignore[call-arg]
