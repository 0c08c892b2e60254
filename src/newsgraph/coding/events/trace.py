"""The `explain` trace of the events stage: for each trigger word the stage looked at, the
entries it had, the one that matched and why it did or did not give an event."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Trigger


def note(doc: Doc, tok: Token, cands: list[Trigger], outcome: str, trig: Trigger | None = None) -> None:
    """Record why a trigger word did or did not give an event, when the doc asks (`explain`);
    the record is `explain`'s output as printed."""
    if doc._.trace is None:
        return
    doc._.trace.append(
        {
            "token": tok.text,
            "i": tok.i,
            "lemma": tok.lemma_.lower(),
            "pos": tok.pos_,
            "entries": [t.name for t in cands],
            "rule": trig.name if trig else None,
            "outcome": outcome,
        }
    )
