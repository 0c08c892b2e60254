"""An act the speaker says is due: "it is time for X to act" (demands.yaml due_nouns).

"It is time for Russia to withdraw its troops", "it is long past time for Congress to hold
itself accountable", "X said it was high time for the president to resign": English lays the
act on X as "X should act" does. The act is asked of X, not done (participants.asked_for), and
the speaker asks it of X: quoted.py's obligation, a demand of the act (demands.yaml codes) or
an appeal (020). Not a time counted ("it was the first time for X to ..."), a negated or modal
frame ("it is not time for X to ...", "it may be time ..."), nor a question (quoted.py).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import DemandRules
from .lexicon import ActMap
from .matching import Matcher
from .syntax import children

_NOUN_DEPS = frozenset({"attr", "nsubj", "npadvmod"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules(DemandRules)
    return lowered(rules.due_nouns), lowered(rules.due_modifiers)


def due_nouns() -> frozenset[str]:
    """The nouns of due time (demands.yaml due_nouns: "it is [time] for X to act"), one list for
    the demand made here and the act left unreported (unreported.py)."""
    return _words()[0]


def due_subject(verb: Token) -> Token | None:
    """The X of "it is time for X to [verb]": the subject the infinitive's "for" marks, when its
    clause completes a due noun that is the predicate of a stated "be"."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None
    subj = children(verb, "nsubj")
    if not subj or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    nouns, modifiers = _words()
    if verb.dep_ in ("relcl", "acl"):
        noun: Token | None = verb.head  # "time [for X to act]" on the noun
    elif verb.dep_ == "advcl" and verb.head.pos_ == "NOUN":  # "now is the moment [for X to act]"
        noun = verb.head
    elif verb.dep_ == "advcl":  # "is ... time for X to act" hung on the copula
        noun = next((c for c in verb.head.children if c.i < verb.i and c.lemma_.lower() in nouns), None)
    else:
        return None
    # the copula's predicate ("it is time"), its subject ("now is the time") or, as the parser
    # may read "it is long past time", an adverbial noun of it
    if noun is None or noun.dep_ not in _NOUN_DEPS or noun.lemma_.lower() not in nouns:
        return None
    if any(c.dep_ in ("amod", "nummod") and c.lower_ not in modifiers for c in noun.children):
        return None  # "the first time", "a good time"
    if any(c.dep_ == "det" and c.lower_ != "the" for c in noun.children):
        return None  # "a time", "every time"
    be = noun.head
    if be.lemma_ != "be" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in be.children) or verb.sent[-1].text == "?":
        return None
    return subj[0]


def due_act(verb: Token, matcher: Matcher, demands: ActMap, appeal: str) -> tuple[Token, str] | None:
    """X and the code of "it is time for X to [verb]": the demand of the verb's act (demands.yaml
    codes: "to withdraw its troops" 1056), else an appeal (`appeal`: "to hold itself accountable")."""
    subj = due_subject(verb)
    if subj is None:
        return None
    cands = matcher.triggers.get((verb.lemma_.lower(), "verb"))
    trig = matcher.match(verb, cands) if cands else None
    return subj, (demands.code_for(trig.cameo) if trig is not None else None) or appeal
