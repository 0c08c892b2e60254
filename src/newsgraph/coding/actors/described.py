"""A body the KB lacks that the text describes by a company noun and a country: "Iranian airline
Mahan Air", "the Chinese company Huawei Technologies", "Russian newspaper Kommersant".

The name alone says nothing of whose the body is, and its sentence's or article's country is
often another (a German ban on an Iranian airline): the description right before the name
gives it (GUIDELINE.md: the body the text gives), with the noun's sector (actors.yaml
`company_nouns`). News then names such a body by its first word ("Mahan", "Huawei"), which the
NER may tag as a person: that word alone is the same body. A noun with no country word
("the company X") gives nothing: the body stays uncoded, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...kb import actor_code
from ...model import Actor

# the entity labels a described body's name may carry (the small NER tags "Mahan Air" FAC)
_NAME_LABELS = frozenset({"ORG", "FAC", "PERSON"})


def described_body(ent: Span, nouns: dict[str, str], country_of: Callable[[Token], str | None]) -> Actor | None:
    """The body `ent` names when a company noun with a country word right before it describes
    it ("[Iranian airline] Mahan Air"), else None."""
    if ent.start == 0 or ent.ent_id_ or ent.label_ not in _NAME_LABELS:
        return None
    noun = ent.doc[ent.start - 1]
    sector = nouns.get(noun.lemma_.lower())
    if sector is None or noun.pos_ != "NOUN" or not ent.start <= noun.head.i < ent.end:
        return None
    country = country_of(noun)
    if country is None:
        return None
    code = actor_code(country, sector)
    return Actor(ent.text, [ent.start_char, ent.end_char], None, ent.text, country, sector, code, how="context:org")


class DescribedBodies:
    """The described bodies of one Doc, by the first word of their name, for their later mentions
    by that word alone."""

    def __init__(self, nouns: dict[str, str], country_of: Callable[[Token], str | None]) -> None:
        self.nouns = nouns
        self.country_of = country_of
        self.by_first: dict[str, Actor | None] = {}  # None: two bodies open with the word

    def find(self, ent: Span) -> Actor | None:
        """The body `ent` names: a described one, or one named before by this first word."""
        body = described_body(ent, self.nouns, self.country_of)
        if body is None:
            return self._named(ent)
        if ent[0].is_title:
            key = ent[0].lower_
            self.by_first[key] = body if key not in self.by_first else None
        return body

    def _named(self, ent: Span) -> Actor | None:
        """A mention of one word, not in the KB, that opens a described body's name ("Mahan")."""
        if len(ent) != 1 or ent.ent_id_ or ent.label_ not in _NAME_LABELS:
            return None
        body = self.by_first.get(ent[0].lower_)
        if body is None:
            return None
        span = [ent.start_char, ent.end_char]
        return Actor(ent.text, span, None, body.name, body.country, body.sector, body.code, how="context:org")
