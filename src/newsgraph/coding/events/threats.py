"""What a threat threatens: the act a verb of threatening names ("North Korea threatened [to
strike] Guam", "France warned it could [recall] its ambassador", "vowed [to destroy] X") is the
threat's content, not an event of its own. A careful coder codes the threat, with the most
specific 13x code the threatened act gives it (GUIDELINE.md: the most specific code the text
justifies; CAMEO 13 is the statement of a coercive intent, the act itself has not happened):
striking -> 138x, expelling an ambassador -> 1313, sanctions -> 1312, halting talks -> 134, a
state of emergency -> 1324 (intents.yaml `codes`, the same map an announced coercive act is read
with). A threat that names no one it is aimed at is aimed at whom the threatened act would hit.

A clausal complement ("warned [that] it would ...") is the threat's content only when its doer
is the threatener's own side; "warned that militants could attack" is a warning of another's act,
left as it is. An infinitive is always the threatener's act or the one warned off it ("warned X
not to interfere"): neither happened."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import ActMap, Trigger
from .syntax import children, is_infinitive

if TYPE_CHECKING:
    from .matching import Matcher
    from .participants import Participants, Targets

THREAT_ROOT = "13"
ULTIMATUM = "139"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # one side within a country: "the president warned [the army] would"


class Threats:
    """The threatened act of a verb of threatening, its code and its target."""

    def __init__(self, who: Participants, matcher: Matcher, intents: ActMap) -> None:
        self.who = who
        self.matcher = matcher
        self.intents = intents

    def threatening_verb(self, tok: Token) -> Token | None:
        """The verb of threatening whose content the verb at `tok` is ("threatened [to strike]", and
        a coordinated "threatened to invade and [occupy]"), or None."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ == "VERB":
            t = t.head
        if t.dep_ == "advcl" and is_infinitive(t) and self._ultimatum(t.head):
            return t.head  # "gave protesters 48 hours [to leave]": what the ultimatum demands
        if t.dep_ not in ("xcomp", "ccomp") or t.head.pos_ != "VERB" or not self._threatens(t.head):
            return None
        if t.dep_ == "ccomp" and not self._own_side(t, t.head):
            return None
        return t.head

    def content(self, verb: Token) -> tuple[Token, Trigger] | None:
        """The act the threat at `verb` names and that act's own entry: its infinitive, or its
        clause when the clause's doer is the threatener's side."""
        for c in children(verb, "xcomp", "ccomp"):
            if c.pos_ != "VERB" or (c.dep_ == "ccomp" and not self._own_side(c, verb)):
                continue
            entry = self.matcher.own_entry(c)
            if entry is not None:
                return c, entry
        return None

    def refined(self, verb: Token, trig: Trigger) -> Trigger:
        """The threat's entry with the code its threatened act gives, when that is finer: any 13x
        for the bare "threaten" (130); a child of the entry's code ("threatened to attack", 138 ->
        1384 for a conventional attack); a sibling when the act's own entry reads what it names
        ("threatened to suspend [talks]": 134, not the 131 the verb alone gives)."""
        if not trig.cameo.startswith(THREAT_ROOT) or (found := self.content(verb)) is None:
            return trig
        code = self.intents.code_for(found[1].cameo)
        if not code or not code.startswith(THREAT_ROOT) or code == trig.cameo:
            return trig
        generic = trig.cameo == THREAT_ROOT + "0"
        finer = code.startswith(trig.cameo) and len(code) > len(trig.cameo)
        read = bool(found[1].objects) and len(trig.cameo) == 3 and not code.startswith(trig.cameo[:3])
        return replace(trig, cameo=code) if generic or finer or read else trig

    def targets(self, verb: Token, trig: Trigger, own: Targets) -> Targets:
        """The threat's targets: its own, else those its threatened act would hit ("threatened to
        withdraw aid [from Honduras]")."""
        if own.actors or not trig.cameo.startswith(THREAT_ROOT) or (found := self.content(verb)) is None:
            return own
        inner = self.who.targets(found[0], found[1], False)
        return inner if inner.actors else own

    def _threatens(self, verb: Token) -> bool:
        """Does the verb's own entry code a threat?"""
        return (self.matcher.own_code(verb) or "").startswith(THREAT_ROOT)

    def _ultimatum(self, verb: Token) -> bool:
        """Does the verb's own entry code an ultimatum (139)?"""
        return verb.pos_ == "VERB" and self.matcher.own_code(verb) == ULTIMATUM

    def _own_side(self, clause: Token, verb: Token) -> bool:
        """Is the doer of the clause the threatener's own side: the same actor, or a state body of
        the threatener's state ("the president warned the army would crush ...")?"""
        doers = self.who.subject(clause).actors
        speakers = self.who.subject(verb).actors
        for d in doers:
            for s in speakers:
                if d is s or (d.code and d.code == s.code):
                    return True
                if d.country and d.country == s.country and {d.sector, s.sector} <= STATE_SECTORS | {None}:
                    return True
        return False
