"""Who speaks the words a third-person pronoun stands in: a he/she inside a direct quotation
is not the speaker, who calls themself "I" ("Vázquez said, 'I understand he made the right
decision'": "he" is someone else)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc

from ..quotes import Quotation


def quoted_speakers(doc: Doc, quotes: Sequence[Quotation], pronouns: list[int]) -> dict[int, Quotation]:
    """Each of `pronouns` inside a quotation whose speaker is named outside it -> that
    quotation (its `subject` is the word naming the speaker)."""
    spans = sorted(
        (q for q in quotes if (s := q.subject) is not None and not q.start <= s.idx < q.end),
        key=lambda q: q.start,
    )
    if not spans:
        return {}
    starts = [q.start for q in spans]
    out: dict[int, Quotation] = {}
    for p in pronouns:
        idx = doc[p].idx
        k = bisect.bisect_right(starts, idx) - 1
        if k >= 0 and idx < spans[k].end:
            out[p] = spans[k]
    return out
