"""An act named again by an indefinite act noun set off after its clause: "Russia expelled two
diplomats, [a move] Britain condemned", "..., [a decision] criticised by the EU", "..., [a step]
that drew praise from X". The noun (events.yaml anaphoric_acts, with set_off_determiners) stands
for the act of the clause it follows, so a reaction (reaction_codes: criticism, praise,
rejection) told in the noun's own relative or participle clause is news the sentence reports, not
background describing the noun, and CAMEO aims it at the doer of that clause's act. "the move"
points back to an earlier sentence instead (reaction_acts.py)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children

# the clauses on a noun that tell a reaction to it: "a move [Britain condemned]", "a move
# [condemned by Britain]", "a step [that drew praise]"
_NOUN_CLAUSES = ("relcl", "acl")
# what sets the noun off from the clause before it
_SET_OFF = frozenset({",", "—", "–"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """events.yaml anaphoric_acts, set_off_determiners and reaction_codes."""
    ev = load_rules(EventRules)
    return lowered(ev.anaphoric_acts), lowered(ev.set_off_determiners), tuple(ev.reaction_codes)


def set_off_act(verb: Token, cameo: str, bearer: bool = False) -> Token | None:
    """The set-off act noun whose own clause `verb` (a reaction of `cameo`) heads, or (`bearer`)
    the verb that bears a reaction noun ("a move that [drew] condemnation from X"); None otherwise,
    and None when a phrase of the reaction verb names another actor ("a move X [blamed on] Y": Y
    is accused, not the clause's doer)."""
    acts, determiners, reactions = _words()
    if verb.dep_ not in _NOUN_CLAUSES or not cameo.startswith(reactions):
        return None
    at = verb.doc._.actor_at
    if not bearer and any(w.i in at for p in children(verb, "prep", "dative") for w in p.subtree):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in acts or noun.head.i >= noun.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in noun.children) or children(noun, "poss"):
        return None
    start = noun.left_edge.i
    return noun if start > noun.sent.start and noun.doc[start - 1].text in _SET_OFF else None


def act_clause(noun: Token) -> Token | None:
    """The verb of the clause a set-off act noun follows: the nearest verb above it that has a
    subject or agent of its own ("The EU adopted a resolution condemning the arrests, a move
    ...": "adopted", not the participle "condemning")."""
    t = noun.head
    while True:
        if t.pos_ in ("VERB", "AUX") and children(t, "nsubj", "nsubjpass", "agent"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
