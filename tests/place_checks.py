"""Checks shared by the tests of the event's place: the place text `locate` gives a trigger word."""

from __future__ import annotations

from newsgraph.where import locate


def where(nlp, gaz, text: str, trigger: str) -> str | None:
    """The text of the place of the first word `trigger` in `text` (None: no place)."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    loc = locate(tok.sent, tok, gaz)
    return loc.text if loc is not None else None
