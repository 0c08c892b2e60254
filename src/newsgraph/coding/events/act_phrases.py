"""A phrase of an act noun that the parser hung on a word above it. In "condemned anti-semitism
after [vandalism] against a synagogue" the parser gives "against a synagogue" to the verb, which
takes no such phrase, though English reads it as the act's: a phrase saying whom an act is aimed
at ("against", "on": events.yaml acted_on_preps) right after an act noun belongs to that noun.
Not when the phrase is on the noun already, nor when the word it hangs on is not above the noun
("attacked X [on] Monday" stays the verb's)."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import children


def stray_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of a phrase of `preps` right after the act noun that the parser hung on one of
    the noun's governors ("after [vandalism] against a synagogue": "a synagogue"); a date is no
    one acted on."""
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in preps or nxt.head.i == noun.i:
        return []
    if not any(a.i == nxt.head.i for a in noun.ancestors):
        return []
    return [o for o in children(nxt, "pobj") if o.ent_type_ not in ("DATE", "TIME")]
