"""An event noun a dated act happened inside takes that act's date.

"Thousands marched on Saturday during a protest", "she spoke yesterday at the rally", "police fired
tear gas yesterday, for the first time in ten weeks of protests": the act happened inside the
event, so the event was going on that day. The reverse of attach.py's ``during_preps`` rule (the
act inside a dated event takes its date). The noun is the object of a preposition of being inside
an occasion (dates.yaml ``occasion_preps``), or of a span of it ("in the third week of the strike",
``span_preps`` and ``span_units``); a bare "in" is not enough ("convicted on Friday in the murder"
names the case, not its time), nor "after", "before" or "ahead of" (another time).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from newsgraph.model import TimeRef

from .attach import TriggerClauses
from .lexicon import (
    CONCESSIVE_PREPS,
    DEFINITE_DETS,
    DURING_PREPS,
    EVENT_NOUNS,
    OCCASION_PREPS,
    SPAN_PREPS,
    SPAN_UNITS,
)
from .relative import Resolver, clause_of


def _occasion_prep(noun: Token) -> Token | None:
    """The preposition that puts an act inside the event noun: its own ("during a protest"), or the
    one holding a span of it ("in the eleventh week of protests"), or one of concession ("despite
    the protests": they stood against the act when it was done); None for any other."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in OCCASION_PREPS or prep.lower_ in CONCESSIVE_PREPS:
        return prep
    span = prep.head
    if prep.lower_ == "of" and span.dep_ == "pobj" and span.lemma_.lower() in SPAN_UNITS:
        return span.head if span.head.lower_ in SPAN_PREPS else None
    return None


def occasion_date(clauses: TriggerClauses, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The date of the act an event noun with no date of its own is the occasion of; None when the
    noun is no such occasion or the act has no date. A concession stands against the act: one done
    ahead of publication ("despite criticism, X will sign it on Monday") does not date it, nor does
    one the text names as already known (`_known_before`)."""
    if not clauses.noun:
        return None
    noun = clauses.trigger
    prep = _occasion_prep(noun)
    verb = clause_of(prep) if prep is not None else None
    if verb is None:
        return None
    if prep is not None and prep.lower_ in CONCESSIVE_PREPS and _known_before(noun):
        return None
    ref = resolve(noun.sent, verb, published, False)
    if prep is not None and prep.lower_ in CONCESSIVE_PREPS and ref.date > published.isoformat():
        return None
    return ref if ref.date_precision is not None else None


def _known_before(noun: Token) -> bool:
    """A concession named as a thing already known ("despite the ceasefire", "despite this ban"):
    it stood before the act, from a time of its own, unlike a reaction the sentence introduces
    ("despite protests", "despite Germany's objections")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children)


def set_at(sent: Span, para: int, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The day of the event a sentence is set at, named by a definite noun ("There were several
    speakers at the rally", "During the talks, X left"), when the article dated it (its own date,
    or its earlier mention's): the day the story of the sentences after it in the paragraph goes on
    at. None for a sentence set at no dated event, or at one ahead of publication. `para` is where
    the paragraph starts (a noun before it is another story's)."""
    for t in sent:
        if (
            t.dep_ == "pobj"
            and t.idx >= para
            and (t.head.lower_ in DURING_PREPS or t.head.lower_ in OCCASION_PREPS)
            and t.lemma_.lower() in EVENT_NOUNS
            and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in t.children)
        ):
            ref = resolve(sent, t, published, False)
            if ref.date_precision == "day" and ref.date_end is None and ref.date <= published.isoformat():
                return ref
    return None
