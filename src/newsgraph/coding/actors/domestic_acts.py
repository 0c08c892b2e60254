"""A legislature or court acting on an office holder by an act a state takes only on its own
(actors.yaml `domestic_acts`): "Parliament impeached President Park Geun-hye", "the
constitutional court removed Thailand's prime minister", "President X was impeached by the
assembly".

No parliament impeaches, censures or confirms another state's president, and no court removes
another state's minister from office: the body that does is of the holder's state. Only a body
the text and its setting left with no country, and only by the verbs the rule file names (a
parliament may condemn a foreign leader, a court may try one: those say nothing of whose body
it is). Run once the context gave countries from the setting. The events stage asks the same
of a passive with no agent ("the Peruvian president was impeached": `holder_country`).
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import ActorRules
from ..component import tokens_with
from .mentions import Mentions


@cache
def _rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    r = load_rules(ActorRules).domestic_acts
    return lowered(r.verbs), frozenset(r.bodies), frozenset(r.holders)


def domestic_bodies(doc: Doc, mentions: Mentions) -> None:
    """Give a body with no country acting by a domestic act on an office holder the holder's
    country, in place."""
    verbs, bodies, holders = _rules()
    for verb in tokens_with(doc, LEMMA, verbs):
        if verb.pos_ != "VERB":
            continue
        doer, done = _doer(verb), _undergoer(verb)
        body, holder = _actor(doer, mentions), _actor(done, mentions)
        if body is None or holder is None or body is holder:
            continue
        if body.country or body.sector not in bodies or holder.sector not in holders or not holder.country:
            continue
        body.country, body.resolved_by = holder.country, "sentence"
        body.code = actor_code(body.country, body.sector)


def holder_country(verb: Token) -> str | None:
    """The country of the office holder a domestic act names as its passive subject ("the
    Peruvian president was impeached": PER), whose own state's body did it; else None."""
    verbs, _, holders = _rules()
    if verb.lemma_.lower() not in verbs:
        return None
    at = verb.doc._.actor_at or {}
    done = _undergoer(verb)
    holder = at.get(done.i) if done is not None and done.dep_ == "nsubjpass" else None
    return holder.country if holder is not None and holder.sector in holders else None


def _doer(verb: Token) -> Token | None:
    """The verb's subject (that of the verb it completes: "voted to remove X"), or its
    passive agent ("was impeached by parliament")."""
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return next((p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)


def _undergoer(verb: Token) -> Token | None:
    """The one the act is done to: the object, or the passive subject."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _actor(t: Token | None, mentions: Mentions) -> Actor | None:
    return mentions.actors[mentions.at[t.i]] if t is not None and t.i in mentions.at else None
