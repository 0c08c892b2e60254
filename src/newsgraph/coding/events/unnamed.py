"""Acts of force whose doer English leaves unnamed on purpose (issue 14): a past participle of
harm with no auxiliary and no agent is a passive on the noun it describes or completes ("the
members [killed] today", "two others [injured] in the attack", "was found [murdered]": the
noun is the victim, never the doer), and a blast whose subject is a weapon and that hit no one
the sentence names ("a car bomb [exploded] in X") is an unnamed attacker's act with no target."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules
from ...ruleschemas import EventRules
from .syntax import children


@cache
def _accidental() -> tuple[frozenset[str], frozenset[str]]:
    ev = load_rules(EventRules)
    return frozenset(w.lower() for w in ev.accidental_blasts), frozenset(w.lower() for w in ev.accident_words)


# what a participle that is its own clause's verb, or has its own object, carries: not a passive
_OWN = ("agent", "aux", "auxpass", "nsubj", "nsubjpass", "dobj", "csubj", "expl")


def patient_of_participle(tok: Token, harm: Collection[str]) -> Token | None:
    """The victim of a bare past participle of harm (`harm`: events.yaml harm_verbs and
    intentional_force): the noun it modifies ("the soldiers [killed] in the ambush"), or the
    subject of the passive verb it completes ("the mayor was found [murdered]", "was found [shot]
    dead"). None for a participle with its own auxiliary, subject, object or "by" phrase, and
    for other verbs ("members [elected] today")."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in harm or children(tok, *_OWN):
        return None
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "NUM") and tok.head.i < tok.i:
        return tok.head
    if tok.dep_ in ("xcomp", "oprd") and tok.head.tag_ == "VBN" and (subj := children(tok.head, "nsubjpass")):
        return subj[0]
    return None


def patients(tok: Token, harm: Collection[str]) -> list[Token]:
    """The victim of a bare participle of harm as a list (`patient_of_participle`)."""
    p = patient_of_participle(tok, harm)
    return [p] if p is not None else []


def targetless_blast(tok: Token, weapon: str | None, blast: Token | None, harm: Collection[str]) -> bool:
    """Is a verb whose subject is a weapon or blast (`weapon`: its code, events.yaml
    instrument_codes) an explosion that hit no one the sentence names ("a car bomb [exploded] in
    X", "an explosion [occurred] at Y"), coded with no target? Not when a participle of harm on
    it counts its victims ("..., killing eight": coded there), nor when it is the clause of time
    of a verb of harm ("ten were killed when a bomb [exploded]": the harm's act), nor when it has
    an object (what it hit is its target), nor a blast of something that blows up by accident ("a
    gas explosion", events.yaml accidental_blasts, and accident_words in the sentence)."""
    if weapon is None or blast is None or not weapon.startswith("18") or children(tok, "dobj"):
        return False
    words = {blast.lemma_.lower(), *(c.lemma_.lower() for c in blast.subtree if c.i < blast.i)}
    blasts, accidents = _accidental()
    if words & blasts or any(t.lemma_.lower() in accidents for t in tok.sent):
        return False
    from .casualties import harm_participle  # (casualties reads this module's patients)

    if harm_participle(tok) is not None:
        return False
    return not any(h.lemma_.lower() in harm for h in (tok.head, *children(tok, "conj")) if h.i != tok.i)
