"""The date `when.resolve` gives a trigger word of an invented text, shared by the date tests.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March)."""

from __future__ import annotations

import datetime as dt

from newsgraph import when

PUB = dt.date(2021, 3, 12)
UNDATED = (PUB.isoformat(), None)


def when_in(nlp, text: str, trigger: str, nth: int = 0) -> tuple[str, str | None]:
    """(date, date_text) of the `nth` token `trigger` of `text`, as an actual event."""
    doc = nlp(text)
    tok = [t for t in doc if t.text == trigger][nth]
    ref = when.resolve(tok.sent, tok, PUB, False)
    return ref.date, ref.date_text
