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

from spacy.tokens import Token

from newsgraph.model import TimeRef

from .attach import TriggerClauses
from .lexicon import OCCASION_PREPS, SPAN_PREPS, SPAN_UNITS
from .relative import Resolver, clause_of


def _occasion_prep(noun: Token) -> Token | None:
    """The preposition that puts an act inside the event noun: its own ("during a protest"), or the
    one holding a span of it ("in the eleventh week of protests"); None for any other."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in OCCASION_PREPS:
        return prep
    span = prep.head
    if prep.lower_ == "of" and span.dep_ == "pobj" and span.lemma_.lower() in SPAN_UNITS:
        return span.head if span.head.lower_ in SPAN_PREPS else None
    return None


def occasion_date(clauses: TriggerClauses, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The date of the act an event noun with no date of its own is the occasion of; None when the
    noun is no such occasion or the act has no date."""
    if not clauses.noun:
        return None
    noun = clauses.trigger
    prep = _occasion_prep(noun)
    verb = clause_of(prep) if prep is not None else None
    if verb is None:
        return None
    ref = resolve(noun.sent, verb, published, False)
    return ref if ref.date_precision is not None else None
