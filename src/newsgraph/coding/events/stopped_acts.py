"""An act a quotation names as the one to stop is no event of its own (issue: false events in
quotations). "We have to stop [attacking] each other", "Russia must stop [shelling] our cities",
"help us stop the Russian [aggression]": the clause states an appeal, a demand or a complaint
about the act (coded on the speaker's words: quoted.py's obligations, the accusation of the
cue), not the act as something that happened then; in CAMEO, halting an act is de-escalation
(087), never the act itself. GUIDELINE.md codes the statement (appeal 02x, demand 10x,
accusation 112) and leaves a doubtful act out.

events.yaml `quoted_stopped_by`: the verbs of ceasing whose gerund complement or object is the
act ("stop attacking", "end the violence"). A negated verb ("will never stop attacking") keeps
the act: the speaker says it goes on. Only trigger-coded acts inside a quotation whose speaker
is coded; a narrative "the army stopped shelling the town" is left to the events stage.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from ...model import Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..component import char_tokens
from .syntax import climb

# the rule prefixes of acts the events stage coded on a trigger word (not a quotation's own act)
_TRIGGER_RULES = ("verb:", "noun:")


@cache
def _stop_verbs() -> frozenset[str]:
    return lowered(load_rules(EventRules).quoted_stopped_by)


def stopped(tok: Token) -> bool:
    """Is the word the act a verb of ceasing takes ("stop [attacking]", "end the [violence] and the
    [killings]"), with that verb not negated?"""
    t = climb(tok, ("conj",))
    if t.dep_ not in ("xcomp", "dobj"):
        return False
    verb = t.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _stop_verbs():
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def unstopped(doc: Doc, events: list[Event], quoted: Callable[[Token], object]) -> list[Event]:
    """The events, less the trigger-coded acts that a quotation (`quoted(tok)` not None) names as
    the ones to stop."""
    out: list[Event] = []
    for e in events:
        if e.rule.startswith(_TRIGGER_RULES):
            span = char_tokens(doc, e.span)
            if span is not None and len(span) and quoted(span.root) is not None and stopped(span.root):
                continue
        out.append(e)
    return out
