"""The place named at a token of the parse: `place_of` (an entity, a proper-noun chain looked up
in a `Gazetteer`, whatever the NER's label says within limits), for the where and actors stages."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsgraph.model import Location

from ..component import entity_of
from .gazetteer import Entry, Gazetteer
from .geonames import us_state_names
from .words import DIRECTIONS, NOT_PLACES, PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# ORG/PERSON/... entities (the small model mislabels places) must resolve to a
# country, a region or a city at least this large.
_MISLABEL_MIN_POP = 100_000
_SKIP_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


@cache
def us_states() -> frozenset[str]:
    """The US states' names ("Georgia" after a town is also the state)."""
    return frozenset(us_state_names())


def _propn_chain(tok: Token) -> Span:
    """`tok` with the proper-noun compounds right before it ("North Korea"), across a hyphen
    joining capitalised words ("Doron-Baga", "the Al-Assad Suburb")."""
    start = tok.i
    doc = tok.doc
    while start - 1 >= 0:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i in range(start, tok.i + 1):
            start -= 1
        elif (
            prev.text == "-"
            and start - 2 >= 0
            and not prev.whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].pos_ == "PROPN"
            and doc[start - 2].text[:1].isupper()
            and doc[start].text[:1].isupper()
            and doc[start - 2].head.i in range(start, tok.i + 1)
        ):
            start -= 2
        else:
            break
    return doc[start : tok.i + 1]


def _hyphen_head(tok: Token) -> bool:
    """Whether `tok` is the first part of a hyphenated name ("Al" of "Al-Assad"): no name alone."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and not tok.whitespace_
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].text[:1].isupper()
        and tok.text[:1].isupper()
    )


def inside_org_name(tok: Token) -> bool:
    """A word inside a KB organisation's name is no place ("the Islamic State of [Iraq] and
    [Al-Sham]"); the name's head may be one ("the Pentagon")."""
    return tok.ent_id_.startswith("org:") and tok.head.i != tok.i and tok.head.ent_id_ == tok.ent_id_


def place_of(tok: Token, gaz: Gazetteer, modifier: bool = False, named: bool = False) -> Location | None:
    """The place named at `tok` (an entity, a proper-noun chain), or None.

    A name the NER tagged PERSON or ORG counts only as a country, region or large city,
    unless `named` (the words around it say it is a place: "the Hama countryside")."""
    if inside_org_name(tok):
        return None
    ent = entity_of(tok)
    # "Al" of "Al-Assad" is no name alone (unless the entity goes on over the hyphen: "Al-Bab")
    if tok.lower_ in NOT_PLACES or (_hyphen_head(tok) and (ent is None or ent.end <= tok.i + 2)):
        return None
    label = tok.ent_type_  # (a slice of the doc has no label of its own)
    if (
        label == "NORP"
        and tok.pos_ == "PROPN"
        and (
            named
            or any(c.dep_ == "amod" and c.lower_ in DIRECTIONS and c.i < tok.i for c in tok.children)
            or any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in tok.children)
        )
    ):
        # "southern Aleppo", "the Aleppo countryside", "X, Jordan's second city" taken for a
        # people: a demonym is an adjective, a proper noun a direction modifies, a place noun
        # names or a place noun stands beside is a place
        label, ent = "", None
    if label in _SKIP_ENTS or label == "NORP":
        return None
    if ent is None and tok.pos_ != "PROPN":
        return None
    texts = []
    if ent is not None:
        texts.append(ent.text)
    chain = _propn_chain(tok)
    if not _hyphen_head(tok):
        texts.append(chain.text)
    hyphens = [w.i for w in chain if w.text == "-"]
    if hyphens:  # "Al-Raqqa" the gazetteer knows as "Raqqa"
        texts.append(tok.doc[hyphens[-1] + 1 : tok.i + 1].text)
    # "East Jerusalem", "northern Gaza" -> the name without its direction; never
    # "Great Hall" -> "Hall"
    words = ent if ent is not None and tok.i in range(ent.start, ent.end) else chain
    rest = [w for w in words if w.i != tok.i and w.lower_ not in ("the", "'s", "\u2019s")]
    # a capitalised direction may be part of the name ("West Bank" is no "Bank"): the rest must
    # then be a well-known place on its own ("East Jerusalem")
    stripped = ""
    if rest and all(w.lower_ in DIRECTIONS for w in rest):
        stripped = tok.text
        texts.append(stripped)
    capital_direction = any(w.text[:1].isupper() for w in rest)
    if not modifier:  # "at the Kremlin", "at the White House": the government's seat
        for text in dict.fromkeys(t for t in (ent.text if ent is not None else None, chain.text) if t):
            v = gaz.venue(text)
            if v is not None:
                return v
    if tok.ent_id_.startswith("org:"):
        return None  # a name the KB knows as a body is that body ("[Hamas] targets"), not Hamm
    for text in dict.fromkeys(texts):
        e = gaz.entry(text)
        if e is None:
            continue
        if label and label not in _PLACE_ENTS and e.kind == "city" and e.pop < _MISLABEL_MIN_POP and not named:
            continue
        if text == stripped and capital_direction and e.kind == "city" and e.pop < _MISLABEL_MIN_POP:
            continue
        if modifier and e.kind == "country":  # "US sanctions": an actor, not a place
            continue
        if e.kind != "country":
            e = _namesake(words, e.iso3, text, gaz) or e
        return e.location(text)
    return None


# the kinds of place a qualifier after a comma names: "Ontario, [California]", "Perth, [Scotland]"
_QUALIFIER_KINDS = frozenset({"country", "state", "admin1"})
_LIST_WORDS = frozenset({"and", "or", "&"})


def qualified_place(name: Span, gaz: Gazetteer) -> Location | None:
    """The namesake in another country that a state or country after a comma makes the place
    `name` is ("[London], Ontario" is in Canada, not the capital of Britain), else None."""
    if name.root.ent_id_.startswith(("capital:", "country:", "government:")):
        iso3: str | None = name.root.ent_id_.partition(":")[2]
    else:
        own = gaz.entry(name.text)
        iso3 = own.iso3 if own is not None else None
    e = _namesake(name, iso3, name.text, gaz)
    return e.location(name.text) if e is not None else None


def _namesake(words: Span, iso3: str | None, text: str, gaz: Gazetteer) -> Entry | None:
    """The place a name means when a state or country after a comma qualifies it ("Ontario,
    California", "London, Ontario", "Paris, Texas", "Perth, Scotland"): its namesake in that
    country when it has one there and the name's own place `iso3` is elsewhere (a US state's
    name is also tried as the USA's: "Athens, Georgia"); else None. Not a list of places
    ("Ontario, Quebec and Texas")."""
    doc = words.doc
    end = words.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].pos_ != "PROPN":
        return None
    first = doc[end + 1]
    ent = entity_of(first)
    if ent is not None and ent.start == first.i:
        qual = ent
    else:
        stop = first.i
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
            stop += 1
        qual = doc[first.i : stop]
    if _in_list(words, qual) or _fronted_then_subject(words, qual):
        return None
    q = gaz.entry(qual.text)
    if q is None or q.kind not in _QUALIFIER_KINDS or q.iso3 is None:
        return None
    countries = [q.iso3]
    if q.kind != "state" and qual.text in us_states():
        countries.append("USA")
    if iso3 in countries:
        return None
    return next((found for c in countries if (found := gaz.named_in(text, c)) is not None), None)


def _fronted_then_subject(words: Span, qual: Span) -> bool:
    """Is the name a fronted phrase's and the place after its comma the subject of the clause it
    sets ("In Moscow, Georgia protested": Georgia acts, it qualifies nothing)?"""
    prep = words.doc[words.start - 1] if words.start else None
    if prep is not None and prep.lower_ == "the" and prep.i:
        prep = words.doc[prep.i - 1]
    return (
        prep is not None
        and prep.dep_ == "prep"
        and prep.i == prep.sent.start
        and qual.root.dep_ in ("nsubj", "nsubjpass")
    )


def _in_list(words: Span, qual: Span) -> bool:
    """Are the name and the place after its comma two items of a list of places ("in Quebec,
    Ontario and Texas", "Bavaria, Texas, Ontario"), not a place and its qualifier?"""
    doc = words.doc
    after = doc[qual.end] if qual.end < len(doc) else None
    if after is not None and after.lower_ in _LIST_WORDS:
        return True
    if after is not None and after.text == "," and qual.end + 1 < len(doc):
        nxt = doc[qual.end + 1]
        if nxt.lower_ in _LIST_WORDS or (nxt.pos_ == "PROPN" and nxt.ent_type_ in _PLACE_ENTS):
            return True
    if words.start >= 2 and doc[words.start - 1].text == ",":
        prev = doc[words.start - 2]
        return prev.pos_ == "PROPN" and prev.ent_type_ in _PLACE_ENTS
    return False
