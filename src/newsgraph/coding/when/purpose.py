"""A purpose infinitive with no date of its own is dated by the act done for it.

"Thousands marched on Friday to demand his resignation", "police fired tear gas on Sunday to
disperse the crowd", "flew to Moscow on Monday in order to meet Putin": the infinitive names what
the act was done for, and an event the events stage codes on it as done (the demand the march made)
was made by that act, at its time. A purpose with a date of its own keeps it ("marched on Friday to
demand elections on Sunday"); one the events stage judged planned is left to its own words; an
outcome ("recalled him only to see ...") is not a purpose.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.syntax import is_infinitive, is_purpose

# grammar words that may open a purpose infinitive ("so as to meet"); any other subordinator, a
# subject of its own ("for them to meet") or "only" (an outcome: "only to be arrested") is no purpose
_PURPOSE_MARKS = frozenset({"so", "as"})
_OUTCOME_ADVERBS = frozenset({"only"})
# the parser's tags for a dash and for brackets
_PARENTHETICAL_TAGS = frozenset({":", "-LRB-", "-RRB-"})


def purpose_act(trigger: Token) -> Token | None:
    """The verb a bare purpose infinitive trigger is the purpose of ("marched ... to demand" ->
    "marched", "flew ... in order to meet" -> "flew"); None for any other trigger."""
    if trigger.tag_ != "VB" or not is_infinitive(trigger):
        return None
    for c in trigger.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "mark" and c.lower_ not in _PURPOSE_MARKS):
            return None
        if c.dep_ == "advmod" and c.lower_ in _OUTCOME_ADVERBS:
            return None
    head = trigger.head
    if trigger.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
        head = head.head.head  # "in order to meet": the verb the "in" phrase hangs off
    elif not is_purpose(trigger):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i >= trigger.i:
        return None
    # a dash or bracket between them closes a parenthetical the parse hung the infinitive on ("it is
    # common for new governments -- X took office in July -- to suspend it"): no act of that purpose
    if any(t.tag_ in _PARENTHETICAL_TAGS for t in trigger.doc[head.i + 1 : trigger.i]):
        return None
    return head
