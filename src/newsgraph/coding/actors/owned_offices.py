"""An office owned by an actor is that actor: "the governor's office said", "the Manhattan
district attorney's office is investigating X", "the mayor's offices denied it".

An office holder's staff act and speak for the holder, so CAMEO codes them with the holder's
country and sector, as the text gives the office's ("the Kenyan president's office" is
KENGOV). Only a named owner in a possessive ("X's office"), not a pronoun, whose reference
is left to the pronoun rules; and only an office word that names no actor of its own (a KB
body such as "the Prime Minister's Office" keeps its own). The words: actors.yaml
`owned_offices`.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ..component import tokens_with
from .mentions import Mentions


def owned_offices(doc: Doc, mentions: Mentions, words: frozenset[str]) -> None:
    """Give each office word with a possessive owner that is an actor the owner's actor."""
    at = mentions.at
    for tok in tokens_with(doc, LOWER, words):
        if tok.i in at or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON" and owner.i in at:
            at[tok.i] = at[owner.i]
