"""The two sides of a phone call a speech act was made in: "In a phone call, [Trump] urged
[Zelensky] to ...", "Putin told Erdogan [during a phone call] that ...". A call noun (a trigger
whose code is a phone call, events.yaml call_codes) that is an "in"/"during" adjunct of a verb
names no side of its own: the verb's subject made the call and the one it addressed took it."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import children, prep_objects

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
