"""Verbs that report an act of force their subject underwent, the act named by a noun after
them (issue 14): "two hospitals [came] under attack", "a politician [died] after a car bomb
attack", "died of gunshot wounds", "survived an attack" (events.yaml undergoing_force,
undergoing_objects, suffered_force). The act is
coded once, on that verb: the noun's code, the subject as target."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .harm_causes import taken_for_verb
from .hazards import blaze
from .syntax import children, coordinated_object

# a reason given for coming under fire makes it criticism ("came under fire for its remarks")
_REASONS = frozenset({"for", "over"})


@cache
def _verbs() -> dict[str, frozenset[str]]:
    return {k.lower(): lowered(v) for k, v in load_rules(EventRules).undergoing_force.items()}


@cache
def _suffered() -> dict[str, str]:
    return {k.lower(): v for k, v in load_rules(EventRules).suffered_force.items()}


def reporting_verb(noun: Token) -> Token | None:
    """The verb with a subject that reports the act a noun names as undergone by that subject:
    the noun the object of one of the verb's prepositions (events.yaml undergoing_force), "came
    under [attack]", "died in [an airstrike]", or a gerund that names the act as that noun
    does ("died in [shelling]": force_acts.act_gerund). None otherwise ("came under the
    ministry's control" has no act noun of force: the caller checks the noun's code)."""
    if (survived := _survived(noun)) is not None:
        return survived
    noun = coordinated_object(noun) or noun  # "died in fighting and [shelling]": as the first noun
    prep = noun.head
    if (noun.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep") and not taken_for_verb(noun):
        return None  # (but "died [following] a bombing", taken for a verb: harm_causes.py)
    verb = prep.head
    preps = _verbs().get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or preps is None or prep.lower_ not in preps or not children(verb, "nsubj"):
        return None
    return verb


@cache
def _surviving() -> frozenset[str]:
    return lowered(load_rules(EventRules).undergoing_objects)


def _survived(noun: Token) -> Token | None:
    """The verb with a subject whose object the act noun is, or the noun it names the kind of
    ("[survived] an attack", "[escaped] an assassination attempt": events.yaml
    undergoing_objects): the subject underwent the act."""
    obj = noun.head if noun.dep_ == "compound" else noun
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _surviving():
        return None
    return verb if children(verb, "nsubj") else None


def suffered_code(noun: Token) -> str | None:
    """The code of a noun with no trigger entry that names an act of force after a verb that
    reports it undergone (events.yaml suffered_force): "came under [fire]", "died of [gunshot]
    wounds" (the weapon a modifier of the noun). Not "came under fire for its remarks"."""
    table = _suffered()
    verb = reporting_verb(noun)
    if verb is None or blaze(noun):
        return None  # "died in the fire": a blaze, no act of force (hazards.py)
    if any(p.lower_ in _REASONS for p in (*children(verb, "prep"), *children(noun, "prep"))):
        return None
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return next((table[w.lemma_.lower()] for w in words if w.lemma_.lower() in table), None)


def reports_a_death(verb: Token) -> bool:
    """Does the verb report its subject's death ("died in an airstrike"): a bare casualty report."""
    return verb.lemma_.lower() == "die"


def dying_subject(verb: Token, links: frozenset[str]) -> Token | None:
    """The subject of a death an act of force's clause of time tells the cause of ("[five people]
    died when a car bomb exploded", "two men died after police opened fire": events.yaml
    harm_clause_links): those who died are the act's victims, as "died in an airstrike" makes
    them. The act keeps its own verb; this is only who it hit."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or not reports_a_death(head):
        return None
    if not any(m.dep_ in ("mark", "advmod") and m.lower_ in links for m in verb.children):
        return None
    subj = children(head, "nsubj")
    return subj[0] if subj else None
