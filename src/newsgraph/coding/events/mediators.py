"""Who brought two sides together: the arranger of talks between others mediates. CAMEO 045
("mediate between conflicting parties, bring them together") is the act of the one who
"arranged a meeting between A and B" or "facilitated negotiations between A and B", with each of
A and B, beside A's and B's own meeting (meetings.py). Only a meeting the text reports arranged
(meetings.py `_arranged`), and only one with a "between" phrase: its sides are the two named,
not the arranger's guests ("organised a summit of African leaders" is hosting, not mediation)."""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import cameo
from ...model import Actor
from .elsewhere import Subject
from .readings import Dyad, Reading
from .syntax import Phrase, children, phrase


def mediations(
    tok: Token, dyads: list[Dyad], reading: Reading, by: Subject, codes: frozenset[str], code: str
) -> list[Dyad]:
    """The arranger's (`by`, the subject of the verb whose object the meeting noun `tok` is)
    mediation (`code`) with each side of a meeting of `codes` between named sides: none when the
    meeting has no "between" phrase, fewer than two sides, or the arranger is one of them
    ("Putin arranged a meeting between himself and X")."""
    if reading.code.code not in codes or by.passive or not by.actors:
        return []
    if not any(p.lower_ == "between" for p in children(tok, "prep")):
        return []
    sides: list[tuple[Actor, Phrase | None]] = []
    for d in dyads:
        for a, p in ((d.source, d.source_phrase), (d.target, d.target_phrase)):
            if a is not None and all(a is not b for b, _ in sides):
                sides.append((a, p))
    if len(sides) < 2 or any(_same(a, b) for a in by.actors for b, _ in sides):
        return []
    mediate = cameo.lookup(code)
    own = phrase(by.doer) if by.doer is not None else None
    return [Dyad(a, b, mediate, "actual", own, p) for a in by.actors for b, p in sides]


def _same(a: Actor, b: Actor) -> bool:
    """One actor twice: the same mention, or the same KB entry."""
    return a is b or (a.kb_id is not None and a.kb_id == b.kb_id)
