"""The one an appeal or demand for the release of persons is made to when it names no one:
whoever holds them (events.yaml release_codes, release_nouns, released_words, holding_acts).
CAMEO codes an appeal with the actor appealed to as its target; "called for the release of all
those held" after "police detained dozens" is an appeal to the police, and "the release of [the
students]" names what is asked for, not whom it is asked of. The holder is the doer of the
latest act of holding (an arrest, a detention, a kidnapping) the article reported before; with
none told, the government of the country the story is set in, when the one appealing is of that
country or an international body."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.attrs import LEMMA
from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..component import tokens_with
from .elsewhere import Targets
from .policy_targets import setting_government
from .syntax import children, prep_objects


@cache
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml release_codes, release_nouns, released_words (with held_nouns, relation_nouns)
    and holding_acts."""
    ev = load_rules(EventRules)
    persons = lowered(ev.released_words, ev.held_nouns, ev.relation_nouns)
    return tuple(ev.release_codes), lowered(ev.release_nouns), persons, lowered(ev.holding_acts)


def _released(tok: Token) -> list[Token]:
    """The persons an appeal at `tok` asks to be released: the "of" object or possessor of a release
    noun it asks for ("called for [the release] of X", "demanded [their] release"), when each is a
    pronoun, an actor or a person word; none otherwise ("the release of the report")."""
    _, nouns, persons, _ = _words()
    asked = children(tok, "dobj") + prep_objects(tok, "for")
    released = [r for n in asked if n.lemma_.lower() in nouns for r in prep_objects(n, "of") + children(n, "poss")]
    doc = tok.doc
    person = [
        r
        for r in released
        if r.pos_ == "PRON" or r.i in doc._.actor_at or r.lemma_.lower() in persons or r.lower_ in persons
    ]
    return released if released and len(person) == len(released) else []


def holder_targets(
    tok: Token, cameo: str, sources: Sequence[Actor | None], found: Targets, doers: Sequence[tuple[str, Actor]]
) -> Targets:
    """The holder of the persons an appeal or demand for release (release_codes) asks to be freed,
    when it names no one else: the doer of the latest earlier act of holding (`doers`: (trigger
    lemma, doer) of the article's acts so far, latest last); with no act of holding told up to
    the appeal's sentence, the government of the story's country, as for a policy (a state
    holds prisoners; policy_targets.setting_government). `found` otherwise."""
    codes, _, _, acts = _words()
    if not cameo.startswith(codes):
        return found
    released = _released(tok)
    if not released or (found.actors and found.head not in released):
        return found  # no persons released, or an addressee named ("called on [X] to release")
    holders = [a for lemma, a in doers if lemma in acts]
    if holders:
        return Targets([holders[-1]], found.head)
    if any(t.i < tok.sent.end for t in tokens_with(tok.doc, LEMMA, acts)):
        return found  # a holder the text tells of but no actor stands for ("gunmen abducted")
    return Targets(state, found.head) if (state := setting_government(tok.doc, sources)) else found
