"""Days a direct quotation names are its speaker's: counted from when the words were said.

A quotation keeps the speaker's "yesterday", "today", "on Monday", "last week": '"We met the
president today," the envoy said on Wednesday' tells a meeting on Wednesday, not on the day of
publication, and 'On Tuesday, the minister said, "Yesterday the rebels attacked"' an attack on the
Monday. So a day counted from "now" inside quotation marks is counted from the day of the statement
the quotation belongs to when the text dates that statement (else from publication, as before); and
a date inside the marks never dates a verb outside them (the minister spoke on Tuesday, not
"yesterday").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ..component import doc_text, line_start
from .expressions import Ago, DayOffset, Expr, RelativeUnit, Weekday, Weekend
from .lexicon import STATEMENT_VERBS
from .relative import Resolver
from .speech import quotation_date
from .story import quoted

# expressions counted from the speaker's "now"
COUNTED_FROM_NOW = (DayOffset, Weekday, Weekend, Ago, RelativeUnit)


def in_quotation(sent: Span, i: int) -> bool:
    """Whether token `i` of the doc is inside quotation marks of its paragraph."""
    doc = sent.doc
    para = line_start(doc, doc[i].idx)
    return quoted(doc_text(doc)[para:], doc[i].idx - para)


def outside_quotations(exprs: list[Expr], sent: Span, trigger: Token) -> list[Expr]:
    """The expressions a trigger outside quotation marks may take: those outside them too."""
    if not exprs or in_quotation(sent, trigger.i):
        return exprs
    return [e for e in exprs if not in_quotation(sent, e.start)]


def speaking_day(sent: Span, trigger: Token, e: Expr, published: dt.date, resolve: Resolver) -> dt.date:
    """The day `e` is counted from: for an expression counted from "now" inside quotation marks,
    the day of the statement verb outside the marks in its sentence (else of the statement the
    quotation runs on from), when the text dates it to a single day; else the publication day."""
    if not isinstance(e, COUNTED_FROM_NOW) or not in_quotation(sent, e.start):
        return published
    said = next(
        (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in STATEMENT_VERBS and not in_quotation(sent, t.i)),
        None,
    )
    ref = (
        resolve(sent, said, published, False) if said is not None else quotation_date(sent, trigger, published, resolve)
    )
    if ref is None or ref.date_precision != "day" or ref.date_end is not None or ref.date > published.isoformat():
        return published
    return dt.date.fromisoformat(ref.date)
