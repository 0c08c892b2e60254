"""Gerunds that name someone else's act (events.yaml judged_for, protested_against).

"Germany criticised Turkey for [arresting] journalists": a verb of judging, rewarding or punishing
judges its object (or passive subject) for the act its "for" gerund names, so that one is the
doer, not the judge. "Protesters rallied against [bombing] the town": a protest "against"/"over" an
act opposes another's act; with no doer of its own named the gerund has none (not the protesters).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children

_RULES = load_rules(EventRules)
_JUDGED = lowered(_RULES.judged_for)
_PROTESTED = lowered(_RULES.protested_against)
_PROTEST_PREPS = lowered(_RULES.protested_preps)


def others_act(gerund: Token) -> list[Token] | None:
    """The word naming the doer of a subjectless gerund that names another's act: the judged
    object or passive subject ([] when the verb has neither, or for a protested act, whose doer
    is unnamed); None when the gerund hangs on no such verb (the caller goes on as before)."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    gov, judged = prep.head, None
    if gov.dep_ == "dobj" and gov.pos_ in ("NOUN", "PROPN", "PRON"):  # "blamed [Iran for attacking]"
        gov, judged = gov.head, gov
    lemma = gov.lemma_.lower()
    if prep.lower_ == "for" and lemma in _JUDGED and gov.pos_ == "VERB":
        if judged is not None:
            return [judged]
        return (children(gov, "dobj") or children(gov, "nsubjpass"))[:1]
    if prep.lower_ in _PROTEST_PREPS and lemma in _PROTESTED and judged is None and gov.pos_ == "VERB":
        return children(gerund, "poss")[:1]  # "protested against [Israel's] bombing": Israel
    return None
