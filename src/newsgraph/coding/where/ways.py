"""The places a road or a journey leads between: `way_ends`.

An event "on the road to X", "on the highway between X and Y", "on the road linking X and Y" or
"on his way to the office in X" happened somewhere along the way; the nearest place the text names
is one of its ends, the first named being taken (places.yaml way_nouns, way_end_preps). Only a
named place counts: "the road to peace" names none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .heads import objects, preps
from .words import LOCATIVE, WAY_END_PREPS, WAY_LINK_VERBS, WAY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def way_ends(way: Token) -> list[Token]:
    """The ends of a way noun, in the order of the text: the objects of its "to", "from",
    "between" ("the road between X and Y": both), of a participle linking it ("the road
    linking X and Y", "the road leading to X"); none for another noun."""
    if way.pos_ != "NOUN" or way.lemma_.lower() not in WAY_NOUNS or _placed_beside(way):
        return []
    ends = [o for p in preps(way) if p.lower_ in WAY_END_PREPS for o in objects(p)]
    for c in way.children:
        if c.dep_ == "acl" and c.lemma_.lower() in WAY_LINK_VERBS:
            ends.extend(o for o in c.children if o.dep_ == "dobj")
            ends.extend(o for p in preps(c) if p.lower_ in WAY_END_PREPS for o in objects(p))
    # "attacked a checkpoint on the highway [to] Mosul" with "to" hung on the object or the verb
    # before: the phrase right after the way's own is still the way's when it names a place
    if way.dep_ == "pobj":
        after = way.right_edge.i + 1
        for host in {way.head.head, way.head.head.head}:
            ends.extend(
                o
                for p in preps(host)
                if p.i == after and p.lower_ in WAY_END_PREPS
                for o in objects(p)
                if o.pos_ == "PROPN"
            )
    return sorted(ends, key=lambda t: t.i)


def _placed_beside(way: Token) -> bool:
    """Whether the word the way's phrase hangs on has a locative phrase of its own, more exact than
    the way's ends ("killed on the highway to X in Y district" is in Y); a time is none ("in May")."""
    prep = way.head
    if way.dep_ != "pobj" or prep.head.i == prep.i:
        return False
    return any(
        p.i != prep.i and p.lower_ in LOCATIVE and any(o.ent_type_ not in ("DATE", "TIME") for o in objects(p))
        for p in preps(prep.head)
    )
