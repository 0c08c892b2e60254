"""A crowd counted in the thousands or more, as an entry's `object` ("@crowd"): "hosts [3.6
million] Syrians", "hosts [860,000] of them", "hosted [thousands] of refugees". No party to a
meeting is counted so: a state sheltering such a number hosts no visit (triggers-verbs.yaml host)."""

from __future__ import annotations

from spacy.tokens import Token

# the `object` word (matching.py object_named)
CROWD_OBJECT = "@crowd"
_CROWD_WORDS = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions", "lakh", "lakhs"})
_CROWD_LEAST = 1000


def crowd(o: Token) -> bool:
    """Is the word a number of at least a thousand, a thousands/millions word, or a noun counted by
    one ("3.6 million [Syrians]", "[860,000] of them", "[thousands] of refugees")?"""
    nums = [o, *(c for c in o.children if c.dep_ == "nummod")]
    nums += [g for n in nums[1:] for g in n.children if g.dep_ in ("compound", "quantmod", "nummod")]
    return any(_large(n) for n in nums)


def _large(n: Token) -> bool:
    """A number word of a thousand or more ("860,000", "thousands", "million")."""
    if n.lower_ in _CROWD_WORDS:
        return True
    if not n.like_num:
        return False
    try:
        return float(n.text.replace(",", "")) >= _CROWD_LEAST
    except ValueError:
        return False
