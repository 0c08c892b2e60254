"""Whom a court's answering act is aimed at when its own phrases name no one: the party whose act
it judges, named in the same sentence. (A bare refusal's asker is refused_asks.py's.)

- A verdict of unlawfulness (a 116 entry with a predicate: "ruled", "found", "declared ... unlawful")
  is against the one whose act it judges (CAMEO 116, "find guilty or liable (legally)", is aimed at
  the party held liable): the act noun's named owner ("found [the minister's] order unlawful"),
  else, for a court of a country judging an act only a state does (events.yaml verdict_state_acts,
  policy_nouns: "found [the prorogation] to be unlawful", "a ruling on [the suspension] of
  parliament, finding it unlawful"), that country's government. The judged noun is the verdict's
  object, the subject of its clause ("ruled [the ban] was illegal"), or what a pointing "it"
  stands for: the matter the verdict's own verb is on ("issued an opinion on [X], finding it
  unlawful"). A verdict on a private act ("found the strike unlawful") names no state.
- A violation a court finds ("the judge determined X had lied and [violated] the deal", "the judge
  ruled the draft [violated] the Constitution"; events.yaml verdict_verbs, verdict_content_codes)
  is the court's finding against the violator (116), not an act of defiance (128) the article
  reports of them, nor the court's own act (whose doer the parse gives a subjectless clause):
  against the clause's doer, else the owner or state of the act noun that is its subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Token

from ...kb import cameo
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .elsewhere import Targets
from .lexicon import Trigger
from .policy_targets import government
from .readings import Dyad
from .syntax import children, phrase, prep_objects

_VERDICT = "116"
_COURT = "JUD"
# a pronoun that only points at the matter named before it
_POINTERS = frozenset({"it", "this", "that"})
# the prepositions that name the matter a ruling or opinion is on
_MATTER_PREPS = ("on", "over", "about", "regarding", "concerning")
# the relations by which a verdict's participle or joined verb hangs on the verb it goes on from
_GOES_ON = frozenset({"advcl", "conj", "xcomp"})
_TIMES = ("DATE", "TIME")


@cache
def _state_acts() -> frozenset[str]:
    ev = load_rules(EventRules)
    return lowered(ev.verdict_state_acts, ev.policy_nouns)


@cache
def _verdicts() -> tuple[frozenset[str], tuple[str, ...]]:
    """events.yaml verdict_verbs and verdict_content_codes."""
    ev = load_rules(EventRules)
    return lowered(ev.verdict_verbs), tuple(ev.verdict_content_codes)


def answered(who: Any, tok: Token, trig: Trigger, sources: Sequence[Actor | None], found: Targets) -> Targets:
    """With no actor acted on (or only a pointing "it"): the party a verdict is against (`who`:
    the coder's `Participants`)."""
    pointer = found.head is not None and found.head.lower_ in _POINTERS  # "finding [it] unlawful": not an actor
    if trig.cameo == _VERDICT and trig.predicates and (pointer or not found.actors):
        return _judged_party(who, tok, sources) or found
    return found


def _judged_party(who: Any, tok: Token, sources: Sequence[Actor | None]) -> Targets | None:
    """The owner of the act a verdict judges, else the government of a court's country for an
    act only a state does."""
    noun = _judged(tok)
    return _act_party(who, noun, sources) if noun is not None else None


def _act_party(who: Any, noun: Token, sources: Sequence[Actor | None]) -> Targets | None:
    """The named owner of an act noun, else the government of the court among `sources` for an
    act only a state does."""
    for o in children(noun, "poss") + prep_objects(noun, "by"):
        owners = [a for a in who.actors_of(o) if (a.country or a.code) and a not in sources]
        if owners:
            return Targets(owners, o)
    acts = _state_acts()
    if not any(w.lemma_.lower() in acts or w.lower_ in acts for w in [noun, *children(noun, "appos")]):
        return None
    court = next((s for s in sources if s is not None and s.sector == _COURT and s.country), None)
    if court is None or not court.country:
        return None
    return Targets([government(court.country, court.resolved_by)], noun)


def _judged(tok: Token) -> Token | None:
    """The noun a verdict judges: its object, else the subject of its clause; a pointing pronoun
    stands for the matter the verb the verdict goes on from is on."""
    nouns = children(tok, "dobj") + [s for c in children(tok, "ccomp", "xcomp") for s in children(c, "nsubj")]
    if not nouns:
        return None
    noun = nouns[0]
    if noun.lower_ not in _POINTERS:
        return noun
    if tok.dep_ not in _GOES_ON or tok.head.i == tok.i:
        return None
    head = tok.head
    # "issued a ruling [on] X", "ruled [on] X" (not "[on] Wednesday")
    matters = [m for o in [*children(head, "dobj"), head] for p in _MATTER_PREPS for m in prep_objects(o, p)]
    return next((m for m in matters if m.ent_type_ not in _TIMES), None)


def judged_violations(who: Any, tok: Token, dyads: list[Dyad]) -> list[Dyad]:
    """A violation told as what a court found (the clause of its verdict verb): the court's
    finding (116) against the violator, in place of the violation's own dyads."""
    verbs, codes = _verdicts()
    if not any(d.code.code.startswith(codes) and d.modality == "actual" for d in dyads):
        return dyads
    content = _verdict_clause(tok)
    if content is None or content[0].lemma_.lower() not in verbs:
        return dyads
    verdict, doer = content
    courts = [a for a in who.subject(verdict).actors if a.sector == _COURT]
    if not courts:
        return dyads
    found = Targets([], None)
    if doer is not None:
        found = Targets(who.actors_of(doer), doer)
        found = found if found.actors else _act_party(who, doer, courts) or found
    code = cameo.lookup(_VERDICT)
    found_ = [d for d in dyads if d.code.code.startswith(codes) and d.modality == "actual"]
    against: list[Actor | None] = [*found.actors] or [None]
    return [d for d in dyads if not any(d is f for f in found_)] + [
        replace(
            found_[0],
            source=c,
            target=t,
            code=code,
            source_phrase=who.phrase_of(c, verdict),
            target_phrase=phrase(found.head) if t is not None and found.head is not None else None,
        )
        for c in courts
        for t in against
    ]


def _verdict_clause(tok: Token) -> tuple[Token, Token | None] | None:
    """The verb whose clause the act at `tok` is, and the clause's doer word: a clause's own
    subject ("ruled [X] had violated"; a verb joined to it shares it: "had lied and violated"),
    or the object the parser gave the verb before a subjectless past tense ("ruled [the draft]
    violated the Constitution": dobj and advcl)."""
    clause = tok.head if tok.dep_ == "conj" and not children(tok, "nsubj", "nsubjpass") else tok
    if clause.head.i == clause.i:
        return None
    if clause.dep_ == "ccomp":
        subjects = children(clause, "nsubj")
        return clause.head, subjects[0] if subjects else None
    if clause.dep_ == "advcl" and clause.tag_ == "VBD" and not children(clause, "nsubj", "nsubjpass", "mark"):
        objs = [o for o in children(clause.head, "dobj") if o.right_edge.i + 1 == clause.left_edge.i]
        return (clause.head, objs[0]) if objs else None
    return None
