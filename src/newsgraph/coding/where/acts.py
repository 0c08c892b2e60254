"""The act a harm came from: where that act happened is where the harm was done (`cause_heads`).

"Four policemen were killed in a drive-by shooting in X", "a politician died after a car bomb
attack in X", "ten were wounded in attacks by militants in X": a verb of harm (places.yaml
`cause_verbs`, events.yaml `harm_verbs`) with a preposition of cause (`cause_preps`) before an
act noun or a gerund used as one names the act that did the harm. The act's own locative
phrase, its doer's ("by militants in X") or the place it hit ("an attack on X town") is the
event's place; so is that of a passive gerund of force the victims underwent just before
("killed after being ambushed by gunmen in X": places.yaml `undergone_force`). A noun of such
an act coded as an event itself ("attacks by militants in X") is placed by its doer's phrase the
same way (a verb's doer places it too: heads, step 3b).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .heads import Candidate, Mode, locative_heads, objects, preps
from .words import (
    CAUSE_PREPS,
    CAUSE_VERBS,
    EVENT_NOUNS,
    FORCE_NOUNS,
    GROUND_ACT_NOUNS,
    STRUCK_GROUND_NOUNS,
    UNDERGONE_FORCE,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# what an act of force is aimed at: when named as a place, where the act happened
_TARGET_PREPS = {"on", "upon", "against"}


def is_act(tok: Token) -> bool:
    """An act noun ("an attack", "the bombing") or a gerund made a noun by its determiner or
    modifier ("a drive-by shooting"; not "after leaving the mosque", a clause of its own)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (lemma in EVENT_NOUNS or lemma in FORCE_NOUNS or tok.lower_ in EVENT_NOUNS):
        return True
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "pobj"
        and any(c.dep_ in ("det", "amod", "compound") for c in tok.children)
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children)
    )


def cause_heads(trigger: Token) -> Iterator[Candidate]:
    """Where the act a verb of harm came from happened; for an act noun, where its doer was."""
    if trigger.pos_ == "NOUN" and is_act(trigger):
        yield from _doer_heads(trigger)
        return
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in CAUSE_VERBS:
        return
    for p in trigger.children:
        if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS:
            for o in objects(p):
                if is_act(o):
                    yield from _act_heads(o)
                elif _undergone_force(o):  # "killed after being ambushed by gunmen in X"
                    yield from locative_heads(o)
                    for a in o.children:
                        if a.dep_ == "agent":
                            for d in objects(a):
                                yield from locative_heads(d)


def _undergone_force(tok: Token) -> bool:
    """A passive gerund of force or harm the victims underwent just before ("after being
    ambushed", "after being shot"; not "after being released from prison in X")."""
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBN"
        and tok.lemma_.lower() in UNDERGONE_FORCE
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children)
    )


def _act_heads(act: Token) -> Iterator[Candidate]:
    """The act's own locative phrases ("a bombing in X"), its doer's, what it hit."""
    yield from locative_heads(act)
    yield from _doer_heads(act)
    yield from struck_heads(act)


def struck_heads(act: Token) -> Iterator[Candidate]:
    """What an act of force (places.yaml force_nouns) or a nominal gerund was aimed at, to be
    taken when named as a place ("a raid on X, a village in Y" is at X, before the phrases "on"
    leads through; "an attack on Kyiv" stays a target); the ground an act on ground was done on
    ("the shelling of X", "the siege of X": places.yaml ground_act_nouns), a town's bare name too."""
    yield from ground_heads(act)
    if act.pos_ == "NOUN" and act.lemma_.lower() not in FORCE_NOUNS:
        return
    for p in preps(act):
        if p.lower_ in _TARGET_PREPS:
            for o in objects(p):
                yield Candidate(o, "hit")


def ground_heads(act: Token) -> Iterator[Candidate]:
    """The ground an act on ground was done on: the "of" object of one of places.yaml
    ground_act_nouns ("the siege of X"), of struck_ground_nouns ("the shelling of X")."""
    mode = of_mode(act)
    if act.pos_ == "NOUN" and mode != "pass":
        for p in preps(act):
            if p.lower_ == "of":
                for o in objects(p):
                    yield Candidate(o, mode)


def of_mode(act: Token) -> Mode:
    """How the "of" object of a noun may give the place: as the ground fought over ("the battle
    of X"), as the ground struck ("the shelling of X"), else only through its own phrases."""
    lemma = act.lemma_.lower()
    return "ground" if lemma in GROUND_ACT_NOUNS else "struck" if lemma in STRUCK_GROUND_NOUNS else "pass"


def _doer_heads(act: Token) -> Iterator[Candidate]:
    """The locative phrases of the act's doer: "attacks by militants in X"."""
    for p in preps(act):
        if p.lower_ == "by":
            for o in objects(p):
                yield from locative_heads(o)
