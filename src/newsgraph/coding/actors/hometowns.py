"""Where a named person the KB lacks is from, as English news says it beside the name: "Ana
Ruiz, a resident of Valencia", "Hans Weber, a native of Bremen", "Ohio native John Smith",
"Leeds resident X" (a noun of actors.yaml `origin_nouns` with its place), "X, from Wigan",
"X, a mother of three from Wigan" (a "from" place of the name or of a noun in apposition),
"X, 45, of Wigan" (an "of" place after a name and an age) and "the Lagos-born X", "X, a
Kenya-born doctor" (a place or people before "-born"). The person takes the place's country
(GUIDELINE: private persons CVL, country from the text); an origin noun says the person is a
private one (CVL) when nothing gave a sector.

Only the name's own words count: a place after a verb ("flew from Paris"), where the person is
now ("X, in Paris, said"), an office ("the mayor of Lyon", titles.py), a field ("a professor
of history") or a body ("X, of the Labour Party", "from the ministry": no place) give nothing.
Places are looked up as the places stage does, towns included (`Gazetteer.with_towns`, namesakes
in the text's countries first), since the person is said to live there: a town's name here is no
surname. Runs before the context stages, whose guesses (the police's, the sentence's country) a
stated hometown beats.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...kb import actor_code
from ..where import Gazetteer, place_of
from ..where.towns import doc_countries
from .mentions import COUNTRY_WORDS, PLACE_HOWS, Mentions
from .residents import PRIVATE

# the kinds of places that give a country (a region such as "the Sahel" gives none)
_KINDS = frozenset({"city", "state", "country", "admin1"})
_NAME_DEPS = frozenset({"compound", "nmod", "amod"})
# a person the KB lacks (every way of saying where from), an agent phrase ("-born" only: "the
# Lagos-born activist")
_HOWS = frozenset({"context:person", "context:agent"})
_NAMED_HOWS = frozenset({"kb:person", "context:person", "kb:org", "context:org"})


def person_hometowns(doc: Doc, mentions: Mentions, gazetteer: Gazetteer, origin_nouns: frozenset[str]) -> None:
    """Give each person the KB lacks and nothing placed yet the country of the place its name's
    words say it is from, in place."""
    actors, at = mentions.actors, mentions.at
    heads: dict[int, Token] = {}
    for i, k in at.items():
        a = actors[k]
        if a.how in _HOWS and not a.country and at.get(doc[i].head.i) != k:
            heads.setdefault(k, doc[i])
    for k, head in heads.items():
        found = _places(head, k, at, origin_nouns) if actors[k].how == "context:person" else _born_of(head)
        for place, named, private in found:
            country = _country(place, k, mentions, gazetteer, named)
            if country:
                a = actors[k]
                a.country, a.resolved_by = country, "appositive"
                if private and not a.sector:
                    a.sector = PRIVATE
                a.code = actor_code(country, a.sector)
                break


def _places(
    head: Token, k: int, at: dict[int, int], origin_nouns: frozenset[str]
) -> Iterator[tuple[Token, bool, bool]]:
    """The words that may name the person's place, each with whether the words around it say it
    is a place (`named`) and whether they make the person a private one: (place, named, private)."""
    # "X, a native of Y" / "a resident of Y, X": the nouns in apposition to the name
    beside = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        beside.append(head.head)
    # "Ohio native X", "the Lagos-born activist X": the nouns before the name
    # (the parser often tags "native" there an adjective)
    # (also one the name's mention took in with a misread place: "[Leeds resident] Peter Brown")
    before = [
        c
        for c in head.lefts
        if c.dep_ in _NAME_DEPS and c.pos_ in ("NOUN", "ADJ") and (at.get(c.i) != k or c.lemma_.lower() in origin_nouns)
    ]
    for noun in beside:
        if noun.lemma_.lower() in origin_nouns:
            yield from ((p, True, True) for p in _objects(noun, "of"))
        yield from ((p, False, False) for p in _objects(noun, "from"))
    for noun in before:  # the place modifies the noun, or the name before it ("[Ohio] native X")
        if noun.lemma_.lower() in origin_nouns:
            words = [*noun.lefts, *(c for c in head.lefts if c.i < noun.i)]
            yield from ((c, True, True) for c in words if c.dep_ in _NAME_DEPS)
    yield from ((p, False, False) for p in _objects(head, "from"))
    if any(c.dep_ == "appos" and c.like_num for c in head.children):  # "X, 45, of Leeds"
        yield from ((p, False, False) for p in _objects(head, "of"))
    for word in (head, *beside, *before):
        yield from _born_of(word)


def _born_of(word: Token) -> Iterator[tuple[Token, bool, bool]]:
    """The place or people of a "-born" modifier of `word` ("the Lagos-born activist",
    "a Kenyan-born doctor"): the word right before the hyphen."""
    for m in word.children:
        if m.dep_ == "amod" and m.lower_ == "born" and m.i >= 2 and m.doc[m.i - 1].text == "-":
            place = m.doc[m.i - 2]
            if place.head.i == m.i:
                yield place, True, False


def _objects(word: Token, prep: str) -> Iterator[Token]:
    """The objects of `word`'s preposition `prep` ("a native [of] Bremen": Bremen)."""
    for p in word.children:
        if p.dep_ == "prep" and p.lower_ == prep:
            yield from (o for o in p.children if o.dep_ == "pobj")


def _country(tok: Token, k: int, mentions: Mentions, gazetteer: Gazetteer, named: bool) -> str | None:
    """The country a place word gives: a KB country, demonym or capital; a place the KB or the
    actors stage knows; else a town or division the places stage's gazetteer knows (also when
    the word is of person `k`'s own mention: "a [Nakuru]-born doctor" taken into the name's)."""
    kind, _, iso = tok.ent_id_.partition(":")
    if kind in COUNTRY_WORDS and iso:
        return iso
    a = mentions.actors[mentions.at[tok.i]] if mentions.at.get(tok.i, k) != k else None
    if a is not None and (a.how in PLACE_HOWS or a.how in _NAMED_HOWS):
        return a.country if a.how in PLACE_HOWS else None  # (a person's or body's name is no place)
    place = place_of(tok, gazetteer.with_towns(doc_countries(tok)), named=named)
    if place is None and named and tok.text[:1].isupper() and tok.pos_ != "PROPN" and not tok.ent_type_:
        # "[Leeds] resident X": a capitalised name the parser read as a word of another kind
        # ("Leeds" a verb) before an origin noun; the big places only (a country, a state, a city
        # of 15,000 or more), since an ordinary word may also be some village's name
        place = gazetteer.lookup(tok.text)
    if place is None or place.kind not in _KINDS:
        return None
    return place.country
