"""A consultation with no other side (meetings.yaml partnered_codes): CAMEO 04 is consultation
BETWEEN actors, so a meeting always has another side. GUIDELINE lets the target be null when
that side exists but is unnamed ("met officials", "met in Bangkok", "attended the assembly");
when the trigger's clause gives no one and nowhere (no partner, host, place, gathering or
organisation, and a single doer), the text reports no meeting of anyone with anyone
("Mugabe was able to negotiate immunity") and the trigger is not coded."""

from __future__ import annotations

from spacy.tokens import Token

from .readings import Dyad, Reading

# dependency labels of a phrase that may name where or with whom: an object, a compound or
# modifier noun ("the AU summit", "the Trump-Ukraine call")
_NAMING_DEPS = frozenset({"dobj", "dative", "compound", "nmod", "npadvmod", "attr"})
# how a trigger hangs from the verb whose phrases are its own: a light verb's object or subject
# ("held talks with X", "talks were held in Y"), a purpose or adverbial clause ("met X to discuss")
_GOVERNED = frozenset({"dobj", "nsubj", "nsubjpass", "xcomp", "advcl"})
# modifiers that belong to a phrase's own name
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
# named-entity types of a place
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def partnerless(
    tok: Token,
    dyads: list[Dyad],
    reading: Reading,
    preps: frozenset[str],
    where: frozenset[str],
    gatherings: frozenset[str],
    attending: frozenset[str],
) -> list[Dyad]:
    """`dyads` as they are, or none when every one lacks a target, the reading has no place, no
    doer is an organisation (its members meet each other: "G7 was scheduled to meet") and the
    trigger's clause (`_gives_side`) names no other side or where it met."""
    if any(d.target is not None for d in dyads) or reading.location is not None:
        return dyads
    if any(d.source is not None and (d.source.code or "").startswith(("IGO", "NGO")) for d in dyads):
        return dyads
    if _gives_side(tok, preps, where, gatherings, attending) or (
        tok.dep_ in _GOVERNED and _gives_side(tok.head, preps, where, gatherings, attending, tok)
    ):
        return dyads  # "held talks with X", "met X to discuss": the governing verb's phrases are the trigger's
    return []


def _gives_side(
    tok: Token,
    preps: frozenset[str],
    where: frozenset[str],
    gatherings: frozenset[str],
    attending: frozenset[str],
    own: Token | None = None,
) -> bool:
    """`tok`'s own phrases name another side or a where: a phrase of `preps` ("with officials",
    "between the two"), of `where` with a place (`_somewhere`: "in Bangkok"), an object or
    modifier that is an actor or a place
    (`gatherings` an `attending` verb's object: "attended the summit"), or several doers ("the two sides", "A and B", "the
    assembly"), who meet each other."""
    at = tok.doc._.actor_at or {}
    for c in tok.children:
        if c is own:
            continue
        objs = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ in ("prep", "agent") else []
        if objs and c.lower_ in preps:
            return True  # "with officials": someone, named or not
        if objs and c.lower_ in where and any(_somewhere(o, at, gatherings) for o in objs):
            return True  # "at the hospital", "in Bangkok"; not "in exchange for", "in secret"
        if c.dep_ in _NAMING_DEPS and any(t.i in at or t.ent_type_ in _PLACE_ENTS for t in _head_words(c)):
            return True  # an object or modifier that is an actor or a place; "negotiated a Brexit deal" names a topic
        if c.dep_ == "dobj" and c.lemma_.lower() in gatherings and tok.lemma_.lower() in attending:
            return True  # "attended the summit"; "held talks" names only the meeting itself
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.tag_ in ("NNS", "NNPS") or c.lemma_.lower() in gatherings or any(x.dep_ == "conj" for x in c.children)
        ):
            return True
    return False


def _head_words(c: Token) -> list[Token]:
    """A phrase's head and its modifiers ("the [World Health] Assembly"), not the clauses and
    phrases that describe it ("a home [known as the Blue House]")."""
    return [c, *(m for m in c.children if m.dep_ in _MODIFIERS)]


def _somewhere(o: Token, at: dict, gatherings: frozenset[str]) -> bool:
    """A place phrase's object is a where: an actor, a named place or gathering, a gathering noun,
    or a noun with a determiner ("the hospital"); a bare abstract noun ("in secret") is not."""
    if o.i in at or o.ent_type_ or o.lemma_.lower() in gatherings:
        return True
    return any(c.dep_ in ("det", "poss") for c in o.children)
