"""A clause's subject the parser hung on a fronted time phrase: "On Friday [the legislature of X]
voted", "In March [the parliament], the House, voted" were read as a second object of "On"/"In"
(a time phrase has one object, its date) and the verb left with no subject."""

from __future__ import annotations

from spacy.tokens import Token

_TIMES = ("DATE", "TIME")


def subject_in_time_phrase(verb: Token) -> Token | None:
    """The noun after the date of a preposition before the verb that the parser made that
    preposition's second object ("On Friday [the legislature] voted"), if any."""
    for p in verb.children:
        if p.dep_ != "prep" or p.i > verb.i:
            continue
        objs = [c for c in p.children if c.dep_ in ("pobj", "dep")]
        if len(objs) < 2 or objs[0].ent_type_ not in _TIMES:
            continue
        last = objs[-1]
        if last.pos_ in ("NOUN", "PROPN") and last.ent_type_ not in _TIMES:
            return last
    return None
