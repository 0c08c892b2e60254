"""Kin nouns ("his sister", "the victim's mother", "the parents"): a private person named by a
tie to another (events.yaml `relation_nouns`; kb/agents.tsv codes them CVL, as Phoenix codes
MOTHER).

Four things set them apart from an office:

- beside a name ("Hamza bin Laden, son of Osama bin Laden", "X, the victim's mother") the noun
  says whose relative the person is, not what they are: it is no title and gives the person
  no sector (nor, through it, a country from the sentence);
- written capitalised inside a sentence the word is a title of address or part of a name
  ("Mother Teresa", "Father X", "the Founding Fathers"), no relation (phrases.agent_term);
- a relation said of no one ("a cousin was shot") makes no actor here;
- unnamed, a relative is of the country of the one they are related to when the text gives it
  ("the parents of a Canadian student", "the Syrian boy's mother"), whatever the article's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...rulefile import load_rules
from ...ruleschemas import EventRules
from ..where import fold

# each kin noun lower-cased and folded ("fiancée", "fiancee"): a token is looked up as it is,
# not folded, as this runs on every noun of every phrase
_KIN = frozenset(f(w) for w in load_rules(EventRules).relation_nouns for f in (str.lower, fold))
_INDEFINITE = frozenset({"a", "an", "another", "some", "any", "no"})


def kin_noun(tok: Token) -> bool:
    """Is `tok` a kin noun ("sister", "parents", "fiancée")?"""
    return tok.lemma_.lower() in _KIN or tok.lower_ in _KIN


def names_a_person(tok: Token) -> bool:
    """Is the kin noun at `tok` put beside a person's name ("X, son of Y", "Y's mother, X",
    "Y's cousin X")?"""
    if tok.dep_ in ("appos", "compound") and tok.head.ent_type_ == "PERSON":
        return True
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON" and doc[tok.i + 1].ent_iob_ == "B":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def relation_unsaid(tok: Token) -> bool:
    """Does the kin noun at `tok` say nothing of whose relative it is ("a cousin was shot"): no
    possessor, "of" phrase or definite determiner ("his sister", "the son of X", "the parents",
    "both parents")? Such a word is left to the events stage (events/phrase_actors.py: a
    relative of no one known is a person the text gives no country)."""
    return not any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ in ("det", "predet") and c.lower_ not in _INDEFINITE)
        for c in tok.children
    )


def relative_country(tok: Token, country_of: Callable[[Token], str | None]) -> str | None:
    """The country of the one the kin noun at `tok` is related to: its possessor ("the Syrian
    boy's mother") or its "of" object ("the parents of a Canadian student"), by the demonym or
    country word `country_of` finds on that noun."""
    for c in tok.children:
        if c.dep_ == "poss" and (iso := country_of(c)):
            return iso
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in c.children:
                if pobj.dep_ == "pobj" and (iso := country_of(pobj)):
                    return iso
    return None
