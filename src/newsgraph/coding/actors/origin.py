"""A person's country from a nationality the text sets beside the name: "An Australian, Brenton
Tarrant, appeared in court" (the name in apposition to the nationality noun) and "Brenton
Tarrant, an Australian, ..." (the nationality noun in apposition to the name) give the person
that country. Only a person the KB lacks and no context has placed yet; a parenthetical ("an
American, she said, ...") is no apposition and gives nothing."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ...kb import actor_code
from .mentions import Mentions

_NOUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})


def _nationality(tok: Token, demonyms: Mapping[str, str]) -> str | None:
    """The country a bare nationality noun names ("an Australian", "a Briton"): a demonym that
    heads its own phrase (no noun after it: "an Australian farmer" is the farmer's word)."""
    if tok.pos_ not in _NOUN_TAGS or any(c.dep_ in ("compound", "amod") for c in tok.children):
        return None
    return demonyms.get(tok.lower_)


def person_origins(doc: Doc, mentions: Mentions, demonyms: Mapping[str, str]) -> None:
    """Give each unplaced person the text names beside a nationality noun in apposition that
    nationality's country; the nationality noun, when it heads the phrase, stands for the person."""
    actors, at = mentions.actors, mentions.at
    unplaced = {k for k, a in enumerate(actors) if a.how == "context:person" and not a.country}
    if not unplaced:
        return
    heads: dict[int, list[int]] = {}  # a person -> its name's head words
    for i, k in at.items():
        if k in unplaced and at.get(doc[i].head.i) != k:
            heads.setdefault(k, []).append(i)
    for k, found in heads.items():
        a = actors[k]
        for i in found:
            tok = doc[i]
            if tok.dep_ == "appos" and (country := _nationality(tok.head, demonyms)):
                at.setdefault(tok.head.i, k)  # "[An Australian], X, appeared": the person
            else:
                country = next(
                    (c for c in (_nationality(x, demonyms) for x in tok.children if x.dep_ == "appos") if c), None
                )
            if country:
                a.country, a.resolved_by = country, "appositive"
                a.code = actor_code(country, a.sector)
                break
