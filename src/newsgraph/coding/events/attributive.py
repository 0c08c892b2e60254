"""Evaluations a speaker makes without a predicate (quoted.py reads them in a quotation or a
reported clause; the words are rules/evaluations.yaml's and events.yaml's evaluative words):

- an evaluative modifier of a noun that names an actor's act or the actor itself: "this
  [impulsive] decision by the president", "the government's [disgraceful] handling of the crisis",
  "the [brutal] crackdown by police" (a noun of `evaluated_nouns`, or an act noun with trigger
  entries); a modifier that only describes ("a historic visit": `descriptive`) evaluates no one;
- the manner phrase of a verb of conduct: "acted [with great courage]", "treats the law [with
  contempt]", "is behaving [like a dictator]" (`manner_preps`);
- "negligence [on the part of] the officers": the phrase that names whose the evaluated thing is;
- a noun of what befalls its owner ("the journalist's [death]", "the [plight] of the refugees":
  `undergone`), whose owner suffered it, not did it: an evaluation of it judges no one named.

None of these is read in a question or inside a condition ("if X makes a reckless decision").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EvaluationRules
from .syntax import children

_CONDITIONS = frozenset({"if", "unless", "whether"})
_COMPARISON = "like"  # "behaving like a dictator": a likeness to a wrongdoer criticises, it accuses no one


def modifier_code(
    noun: Token,
    phrases: Mapping[tuple[str, str], str],
    predicates: Mapping[str, str],
    evaluated: bool,
    descriptive: frozenset[str] = frozenset(),
) -> tuple[str, Token] | None:
    """The code an adjective on the noun gives and that adjective: a phrase of the two ("a great
    contribution"), else, on a noun whose modifier evaluates the actor (`evaluated`), an
    evaluative word ("a reckless decision"); on a noun of evaluations.yaml directed_nouns, the
    phrase its "in" object makes ("a step [in the right direction]")."""
    lemma = noun.lemma_.lower()
    for m in children(noun, "amod"):
        words = (m.lower_, m.lemma_.lower())
        code = next((phrases[(w, lemma)] for w in words if (w, lemma) in phrases), None)
        if code is None and evaluated and not any(w in descriptive for w in words):
            code = next((predicates[w] for w in words if w in predicates), None)
        if code is not None:
            return code, m
    headed = [o for p in children(noun, "prep") if p.lower_ == "in" for o in children(p, "pobj")]
    if lemma in _directed_nouns() and headed:  # "a step [in the right direction]": the phrase only
        return modifier_code(headed[0], phrases, predicates, False)
    return None


def manner_code(
    verb: Token, preps: frozenset[str], evaluative: Callable[[Token], str | None]
) -> tuple[str, Token] | None:
    """ "acted [with] restraint" (051), "treats X [with] contempt", "behaving [like] a dictator"
    (111): the code the manner phrase's noun gives, by `evaluative` (a noun -> code or None)."""
    for p in children(verb, "prep"):
        if p.lower_ not in preps:
            continue
        for o in children(p, "pobj"):
            code = evaluative(o)
            if code:
                return ("111" if code.startswith("11") and p.lower_ == _COMPARISON else code), o
    return None


def part_owners(noun: Token) -> list[Token]:
    """ "negligence [on the part of] the officers": the words naming whose the thing is."""
    return [
        x
        for p in children(noun, "prep")
        if p.lower_ == "on"
        for part in children(p, "pobj")
        if part.lemma_.lower() == "part"
        for of in children(part, "prep")
        if of.lower_ == "of"
        for x in children(of, "pobj")
    ]


@cache
def _directed_nouns() -> frozenset[str]:
    """evaluations.yaml directed_nouns."""
    return lowered(load_rules(EvaluationRules).directed_nouns)


@cache
def _undergone_nouns() -> frozenset[str]:
    """evaluations.yaml undergone_nouns."""
    return lowered(load_rules(EvaluationRules).undergone_nouns)


def undergone(noun: Token) -> bool:
    """Does the noun name what befell its owner ("the journalist's [death] is outrageous", "the
    [suffering] of the refugees is unacceptable")? Its owner is the one who underwent it, not a doer
    the evaluation could judge."""
    return noun.lemma_.lower() in _undergone_nouns() or noun.lower_ in _undergone_nouns()


def in_condition(tok: Token) -> bool:
    """The word is inside an "if", "unless" or "whether" clause, or its sentence is a question."""
    if tok.sent[-1].text == "?":
        return True
    t = tok
    while t.head.i != t.i:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children):
            return True
        t = t.head
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children)
