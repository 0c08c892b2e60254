"""The phrases that name the act a harm came from: "were killed [in] an airstrike", "died
[during] a raid", "were wounded [after] a bombing", "[following] an attack", "[amid] shelling"
(events.yaml harm_cause_preps). "In" and "during" set the harm inside the act; "after",
"following" and "amid" tell it as the act's outcome, which English does as often. An "in"
phrase that names an accident ("killed in a crash after a raid", events.yaml accident_words)
tells what did the harm: a later act is then only a time, not the cause."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .casualties import harm_verbs
from .lexicon import modality
from .syntax import children, prep_objects
from .unnamed import unnamed_words

# the phrases that set the harm inside the act; the others tell it as the act's outcome
_INSIDE = ("in", "during")


@cache
def harm_cause_preps() -> frozenset[str]:
    return lowered(load_rules(EventRules).harm_cause_preps)


def taken_for_verb(noun: Token) -> bool:
    """ "died [following] a bombing": the preposition "following" the parser took for a verb
    (an -ing clause with the act noun as its object and no subject of its own)."""
    head = noun.head
    return (
        noun.dep_ == "dobj"
        and head.lower_ == "following"
        and head.tag_ == "VBG"
        and head.dep_ in ("advcl", "prep")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in head.children)
    )


def cause_phrase(noun: Token) -> bool:
    """Is the noun the object of a preposition that names the act a harm came from: "in" or
    "during" on any verb, an outcome phrase ("after", "following") on a verb of harm only
    (events.yaml harm_verbs: "was arrested after an attack" is another act)?"""
    if noun.dep_ not in ("pobj", "pcomp") and not taken_for_verb(noun):
        return False
    prep = noun.head.lower_
    if prep in _INSIDE:
        return True
    # an outcome of a one-sided act only: "killed after a gun battle" may be another act
    outcome = noun.lemma_.lower() not in modality().two_sided_acts and noun.head.head.lemma_.lower() in harm_verbs()
    return prep in harm_cause_preps() and outcome


def cause_objects(verb: Token) -> list[Token]:
    """The objects of the verb's phrases of cause, those that set the harm inside an act first;
    the outcome phrases ("after a raid") only on a verb of harm, and none when an inside
    phrase names an accident."""
    inside = [o for p in _INSIDE for o in _objects(verb, p)]
    if verb.lemma_.lower() not in harm_verbs() or any(o.lemma_.lower() in unnamed_words()[1] for o in inside):
        return inside
    after = [o for p in sorted(harm_cause_preps() - set(_INSIDE)) for o in _objects(verb, p)]
    after += [o for c in verb.children if c.lower_ == "following" for o in c.children if taken_for_verb(o)]
    return inside + [o for o in after if o.lemma_.lower() not in modality().two_sided_acts]


def _objects(verb: Token, prep: str) -> list[Token]:
    """The objects of the verb's `prep` phrases, and a bare gerund the parser made the phrase's
    clause ("wounded amid [shelling]": force_acts.act_gerund tells whether it names an act)."""
    gerunds = [g for p in children(verb, "prep") if p.lower_ == prep for g in children(p, "pcomp") if g.tag_ == "VBG"]
    return prep_objects(verb, prep) + gerunds
