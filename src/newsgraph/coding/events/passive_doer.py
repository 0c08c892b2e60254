"""An act noun made the passive subject of a verb entry ("[Viet Cong raids] are being stepped
up", "[Israeli airstrikes] were resumed"): the verb has no `by` agent, so it finds no doer, while
the noun names its own in a modifier; the noun then keeps its own entry (the verb codes nothing)."""

from __future__ import annotations

from spacy.tokens import Token

# the noun's modifiers that name a doer: "Viet Cong raids", "Israeli airstrikes", "Russia's attacks"
DOER_DEPS = ("compound", "amod", "poss")
DOER_KINDS = ("PROPN",)
DOER_ENTS = ("NORP", "GPE", "ORG", "PERSON")


def named_doer_passive(noun: Token) -> bool:
    """Is `noun` the subject of a passive verb with no agent, and does a name modify it?"""
    if any(c.dep_ == "agent" for c in noun.head.children):
        return False
    return any(c.dep_ in DOER_DEPS and (c.pos_ in DOER_KINDS or c.ent_type_ in DOER_ENTS) for c in noun.children)
