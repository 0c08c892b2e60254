"""The owner of the thing an act is aimed at. CAMEO's target is the actor an act is aimed at;
when a verb's object (or the object of its preposition) is no actor but a thing, plan, act or
office an actor owns, the act is aimed at the owner: "agreed to support [her opponents'] plans",
"helped with [Mueller's] investigation", "expressed opposition to the swearing-in of [X]".

The owner is the object noun's possessor (a pronoun: the actor the actors stage bound to it) or
its "of" phrase, one level deep, and only when the verb's own target slot names no actor. Not
an owner: the doer itself ("announced its plan" has no target: an act on one's own thing is not
aimed at oneself), a time ("last year's decision"), a kind or amount ("the kind of support":
events.yaml owner_kind_nouns), and a place that owns a thing with no actor sense ("Britain's
economy"; a policy noun, "Britain's decision", is the government's: policy_targets.py).

A joint thing the act is on names its other party: "attended [the summit] with X", "acceded to
[the treaty] with X", "talks between X and Y" (the entry's own noun, with a phrase of events.yaml
partner_preps): the partner is the target, before any owner. Not the doer's own company ("the
summit with his wife" names a private person of no country, no political partner)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children, prep_objects

_SLOTS = ("dobj", "nsubjpass")
_TIMES = ("DATE", "TIME")


def _objects(tok: Token, own_nouns: frozenset[str]) -> list[Token]:
    """The nouns the act at `tok` is done to: its object, and its prepositions' objects; through
    the trigger entry's own noun ("expressed [opposition] to X") one step on."""
    out = children(tok, *_SLOTS) + [o for p in children(tok, "prep") for o in children(p, "pobj")]
    out += [o for d in out if d.lemma_.lower() in own_nouns for p in children(d, "prep") for o in children(p, "pobj")]
    return [o for o in out if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in _TIMES]


def thing_owner(
    tok: Token,
    own_nouns: frozenset[str],
    kinds: frozenset[str],
    patients: frozenset[str],
    policy: frozenset[str],
    sources: Sequence[Actor | None],
    actors_of: Callable[..., list[Actor]],
    event_noun: Callable[[Token], bool],
) -> tuple[list[Actor], Token | None]:
    """The actors owning the thing the act at `tok` is done to, and the owner's word; none when
    the owner is the doer, a time, a kind, or a place owning a thing that is no policy."""
    at = tok.doc._.actor_at
    nouns = _objects(tok, own_nouns)
    if (partner := _joint_partner(nouns, own_nouns, sources, actors_of))[0]:
        return partner
    if any(n.i in at and n.lemma_.lower() not in own_nouns for n in nouns + children(tok, "dative")):
        return [], None  # "offered [X] a tour of Y": an actor acted on, though of no known country
    # "many of [his] suggestions", "the kind of support": a part or kind is of the thing named
    nouns = [x for n in nouns for x in (prep_objects(n, "of") if n.lemma_.lower() in kinds else [n])]
    for noun in nouns:
        if noun.i in at:
            continue  # the entry's own noun ("expressed [opposition]")
        # "demanded [X's] release": one held, not the one asked (events.yaml patient_nouns)
        owners = [
            c for c in children(noun, "poss") if c.ent_type_ not in _TIMES and noun.lemma_.lower() not in patients
        ]
        if not event_noun(noun):  # "the bombing of X" may name the bomber or the bombed
            # "the swearing-[in] of X": an "of" phrase the parser hung on a particle is the noun's
            heads = (noun, *children(noun, "prt"))
            owners += [o for h in heads for o in prep_objects(h, "of") if o.ent_type_ not in _TIMES]
        for w in owners:
            found = actors_of(w)
            if not found:
                continue
            if owned_by_source(found, sources):
                return [], None  # "announced its plan": one's own thing
            if noun.lemma_.lower() not in policy and all(
                a.how.startswith("place") or a.how == "kb:country" for a in found
            ):
                continue  # "Britain's economy"
            found = [a for a in found if a.country or a.code]
            if found:
                return found, w
    return [], None


@cache
def _partner_preps() -> frozenset[str]:
    """events.yaml partner_preps and acted_on_preps: the phrases of an act's noun that name its
    other party or the one it is aimed at ("talks [with] X", "accusations [against] X")."""
    ev = load_rules(EventRules)
    return lowered(ev.partner_preps, ev.acted_on_preps)


def _joint_partner(
    nouns: list[Token],
    own_nouns: frozenset[str],
    sources: Sequence[Actor | None],
    actors_of: Callable[..., list[Actor]],
) -> tuple[list[Actor], Token | None]:
    """The other party a joint thing the act is on names ("the summit [with X]", "the treaty
    [with X]"): the entry's own noun's partner phrase, an actor of a country or an organisation
    (not a bare sector: "with his wife" is a private person of no country) that is not the doer."""
    preps = _partner_preps()
    for noun in nouns:
        if noun.lemma_.lower() not in own_nouns:
            continue
        # a named gathering the actors stage gave no code is its organisation's ("attended [the
        # World Health Assembly]": org_gatherings.py); not an actor coded there ("withdrew its [troops]")
        own = noun.doc._.actor_at.get(noun.i)
        named = [a for a in actors_of(noun) if a.code] if own is not None and not own.code else []
        if named and not owned_by_source(named, sources):
            return named, noun
        for p in children(noun, "prep"):
            if p.lower_ not in preps:
                continue
            for o in children(p, "pobj"):
                found = [a for a in actors_of(o) if a.country or (a.code and a.code != a.sector)]
                if found and not owned_by_source(found, sources):
                    return found, o
    return [], None


def owned_by_source(owners: Sequence[Actor], sources: Sequence[Actor | None]) -> bool:
    """Is an owner the act's own source ("announced [its] plan", "defended [its] decision")? The
    same actor, the same KB entry, or a pronoun the actors stage bound to an actor of the source's
    name and code (a pronoun is an actor of its own, at its own span)."""
    for a in owners:
        for s in sources:
            if s is None:
                continue
            if a == s or (s.kb_id and s.kb_id == a.kb_id):
                return True
            if a.how == "context:pronoun" and (a.name, a.code) == (s.name, s.code):
                return True
    return False
