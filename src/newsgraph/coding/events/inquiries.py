"""Who made an investigation that a police or court act follows or falls in ("337 users were
arrested [following] an investigation of the site", "police arrested three officials [after] a
probe"): the body that acted on it, when the noun names no doer of its own (noun_doers.yaml
inquiry_nouns, inquiry_act_preps, inquiry_acts). An investigation demanded, promised or told apart from such an act
is left to the other rules, which find it no doer."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import NounDoerRules
from .syntax import agent_objects, children, prep_objects


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """noun_doers.yaml inquiry_nouns, inquiry_act_preps and inquiry_acts, lower-cased."""
    r = load_rules(NounDoerRules)
    return lowered(r.inquiry_nouns), lowered(r.inquiry_act_preps), lowered(r.inquiry_acts)


def inquiring_act(noun: Token) -> Token | None:
    """The verb of a police or court act (noun_doers.yaml inquiry_acts: arrest, charge ...)
    whose "after", "following", "during" or "in" phrase the inquiry noun is ("were arrested
    [following] an investigation": "arrested"); None for any other word, or when the noun has a
    possessor or a "by" phrase of its own ("their investigation", "a probe by the commission")."""
    nouns, preps, acts = _words()
    if noun.lemma_.lower() not in nouns or noun.dep_ not in ("pobj", "dobj"):
        return None
    prep = noun.head  # "following" is parsed as a preposition or as a verb taking the noun as object
    verb = prep.head
    if prep.lower_ not in preps or prep.dep_ not in ("prep", "advcl") or verb.lemma_.lower() not in acts:
        return None
    if verb.pos_ != "VERB" or children(noun, "poss") or prep_objects(noun, "by"):
        return None
    return verb


def inquiry_doers(act: Token, implied: list[Actor | None]) -> list[Actor | None]:
    """The doers of the act's inquiry: its named subject or "by" agent when that is an actor of a
    country ("[Kenyan police] arrested three officials after an investigation"), none when the one
    named is no such actor, else the body its agentless passive implies (`implied`)."""
    named = children(act, "nsubj") or agent_objects(act)
    if not named:
        return [a for a in implied if a is not None and a.country]
    found = (act.doc._.actor_at or {}).get(named[0].i)
    return [found] if found is not None and found.country else []
