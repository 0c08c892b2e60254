"""Where an entry's prepositional phrases hang and what they name: the phrase of a verb, of its
object, of its particle or of a participle on the thing ("aid [slated for] X"), what an amount
counts, a gerund a preposition governs. Split from matching.py, which checks the conditions."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import NO_EVENT, Trigger
from .syntax import children, prep_objects

# how the small model parses a bare resultative particle after the object ("set the homes [ablaze]")
RESULTATIVE_DEPS = ("ccomp", "xcomp", "oprd", "acomp", "dobj")


def destined(thing: Token, prep: str) -> list[Token]:
    """The objects of `thing`'s preposition `prep`, and of that preposition on a passive participle
    describing the thing: "[aid] slated for Ukraine", "[funds] that had been earmarked for X",
    "[sanctions] imposed on X" say whom the thing is for or on as "aid for X" does. Not an active
    relative clause ("aid [that X asked for]"), whose preposition is its own subject's matter."""
    out = prep_objects(thing, prep)
    for d in children(thing, "acl", "relcl"):
        passive = d.tag_ == "VBN" and (d.dep_ == "acl" or bool(children(d, "auxpass")))
        if passive and not children(d, "nsubj"):
            out += prep_objects(d, prep)
    return out


def counted(amount: Token) -> list[Token]:
    """ "$250 million [in aid]", "20 tonnes [of food]", "millions of dollars [of aid]": what an
    amount (a sum, a quantity or a number) counts, the object of its "in"/"of", through a second
    amount. A unit the NER left out of the sum ("500 million [euros] in aid": a number on a
    noun) counts only a common noun: "500 soldiers in Aleppo" count no place."""
    out: list[Token] = []
    for _ in range(2):
        unit = not (amount.ent_type_ in ("MONEY", "QUANTITY") or amount.tag_ == "CD")
        if unit and not any(c.dep_ == "nummod" and c.like_num for c in amount.children):
            break
        things = prep_objects(amount, "in") + prep_objects(amount, "of")
        things = [t for t in things if t.pos_ == "NOUN"] if unit else things
        out += things
        if not things:
            break
        amount = things[0]
    return out


def prep_things(tok: Token, prep: str) -> list[Token]:
    """What a preposition under `tok` names: its objects, and a gerund it governs whose object, if
    any, is an actor ("allied with X [in] fighting ISIS", "called [for] freeing the hostages"),
    which names an act on them as its noun would ("in the fight against ISIS", "for the release
    of"); not one done to a thing ("allied in fighting [the fire]")."""
    actors = tok.doc._.actor_at or {}
    gerunds = [
        g
        for p in children(tok, "prep")
        if p.lower_ == prep
        for g in children(p, "pcomp")
        if g.tag_ == "VBG" and all(o.i in actors for o in children(g, "dobj"))
    ]
    return prep_objects(tok, prep) + gerunds


def for_clause(verb: Token) -> list[Token]:
    """ "called [for] the killers to be brought to justice": the "for" opening an infinitive
    clause with its own subject, which the parser makes the clause's mark, not the verb's
    preposition."""
    return [m for c in children(verb, "advcl", "ccomp", "xcomp") for m in children(c, "mark") if m.lower_ == "for"]


# a verb's phrases the parser hangs on its direct object ("accused [the police] of torture", "warned
# [residents] of heavy rain"): the phrase of what the verb charges or tells its object of
OBJECT_HUNG_PREPS = frozenset({"of", "about"})


def prep_heads(tok: Token, trig: Trigger) -> list[Token]:
    """Where an entry's prepositions hang: on the word; for a veto of an object noun, also on its
    verb, where the parser often hangs the noun's phrase ("lost his battle [with cancer]"). Only
    vetoes look there: a phrase on the verb may be the verb's own, and a veto can only drop a reading.
    A phrasal verb's also hang on its particle when the parser read it as a preposition."""
    if trig.cameo == NO_EVENT and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        return [tok, tok.head]
    if trig.particle:  # "pulled [out] of the deal": the "of" phrase hangs on the particle parsed as a preposition
        return [tok] + [c for c in children(tok, "prep") if is_particle(c, tok, trig.particle)]
    if tok.pos_ == "VERB" and any(p in OBJECT_HUNG_PREPS for p in trig.preps):
        return [tok, *children(tok, "dobj")]  # "accused [the police of] torture": the verb's phrase
    return [tok]


def is_date(prep: Token) -> bool:
    """ "called the ambassador [on Monday]": a preposition whose object is a date or time."""
    objs = children(prep, "pobj")
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def is_particle(c: Token, verb: Token, particle: str) -> bool:
    """`c` is the verb's particle: parsed as one, or as an adverb right after the verb, as the
    small model often parses it ("stepped [down]": advmod), or right after the verb's object
    ("set the homes [ablaze]", "called the talks [off]"), or as a preposition right after it
    with no object of its own, right after the verb or its object ("pulled [out] of Iraq", "moved its
    troops [out] of the capital": the "of" phrase hangs on it)."""
    if c.lower_ != particle:
        return False
    after_object = any(c.i == o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj")
    if c.dep_ == "prep":
        return (c.i == verb.i + 1 or after_object) and not any(g.dep_ == "pobj" for g in c.children)
    if c.dep_ in RESULTATIVE_DEPS and c.i > verb.i and c.pos_ not in ("VERB", "AUX"):
        return True  # "set 28 homes [ablaze]": a resultative word the parser made a clause or object
    return c.dep_ == "prt" or (c.dep_ == "advmod" and (c.i == verb.i + 1 or after_object))
