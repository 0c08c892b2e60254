"""A bare quantifier as a clause's subject ("Some called for new elections", "Many criticised the
plan", "Others walked out"): part of a group English leaves unnamed because the sentence before
names it. The doer is that sentence's subject when it is one body or group of people of one
country ("Indian lawmakers debated the bill. [Some] called for ..."); a person, a country, a place
or a group with no country gives none (a quantifier with its own "of" phrase, "some of the
rebels", is the group it names: events.yaml group_nouns)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...model import Actor
from .syntax import children

_GROUPS = ("context:agent", "kb:org", "context:org")  # agent phrases and organisations, not persons or places


def quantified_group(
    word: Token, quantifiers: frozenset[str], actors_of: Callable[[Token], list[Actor]]
) -> list[Actor]:
    """The group a bare quantifier subject (events.yaml quantifier_subjects) is part of: the one
    actor of the previous sentence's subject, a body or people of one country; else none."""
    if word.lower_ not in quantifiers or children(word, "prep") or word.sent.start == 0:
        return []
    before = word.doc[word.sent.start - 1].sent
    subj = children(before.root, "nsubj")
    found = actors_of(subj[0]) if subj else []
    if len(found) != 1 or found[0].how not in _GROUPS or not found[0].country:
        return []
    return found
