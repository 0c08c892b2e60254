"""The two sides of a phone call a speech act was made in: "In a phone call, [Trump] urged
[Zelensky] to ...", "Putin told Erdogan [during a phone call] that ...". A call noun (a trigger
whose code is a phone call, events.yaml call_codes) that is an "in"/"during" adjunct of a verb
names no side of its own: the verb's subject made the call and the one it addressed took it.

The same holds for words addressed with no call: an apology or appeal (events.yaml
addressed_codes) in the words of 'X told [Y]: "We are sorry"' or 'X wrote to [Y] that ...' is
aimed at the one told or written to, when it names no one itself."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children, climb, prep_objects

# the prepositions that make a call noun the occasion of the act ("in a phone call", "during a call")
CALL_PREPS = frozenset({"in", "during", "over"})


def call_verb(noun: Token) -> Token | None:
    """The verb whose act a call noun was the occasion of ("[urged] X in a phone call"), if any."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CALL_PREPS:
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != noun.head.i else None


def caller(noun: Token) -> list[Token]:
    """The subject of the verb a call was the occasion of: who made the call."""
    verb = call_verb(noun)
    return children(verb, "nsubj")[:1] if verb is not None else []


def called(noun: Token) -> Token | None:
    """The one the verb a call was the occasion of addressed ("urged [X]", "told [X]", "said [to X]")."""
    verb = call_verb(noun)
    if verb is None:
        return None
    return next(iter(children(verb, "dobj", "dative") + prep_objects(verb, "to")), None)


# how the reported words hang from the verb that reports them ("told X: [are] sorry")
_REPORTED = frozenset({"ccomp", "parataxis"})
# how a word hangs inside its clause, climbed to reach the clause's head
_INSIDE = frozenset({"acomp", "xcomp", "dobj", "attr", "conj", "prep", "pobj", "pcomp", "advcl"})


@cache
def _addressed_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """events.yaml addressed_codes, reporting_verbs and addressed_channel_sectors."""
    ev = load_rules(EventRules)
    return tuple(ev.addressed_codes), lowered(ev.reporting_verbs), frozenset(ev.addressed_channel_sectors)


def addressed(tok: Token, cameo: str, actors_of: Callable[[Token], list[Actor]]) -> tuple[list[Actor], Token] | None:
    """The one an apology or appeal at `tok` is aimed at when its words were addressed to them:
    the object of the reporting verb its clause is the reported words of ("told [Y]: ...",
    "wrote to [Y] that ..."), an actor that is no news medium."""
    codes, verbs, channels = _addressed_words()
    if not cameo.startswith(codes):
        return None
    c = climb(tok, _INSIDE)
    verb = c.head
    if c.dep_ not in _REPORTED or verb.lemma_.lower() not in verbs:
        return None
    for o in children(verb, "dobj", "dative") + prep_objects(verb, "to"):
        found = actors_of(o)
        if found and not any(a.sector in channels for a in found):
            return found, o
    return None
