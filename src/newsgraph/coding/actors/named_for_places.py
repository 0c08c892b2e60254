"""Names that hold a place but name something else: English names clubs, firms, newspapers and
exchanges after their city ("Real Madrid", "Inter Milan", "Paris Saint-Germain", "the Moscow
Times", "the London Stock Exchange"). Such a city word stands for no government: it gives no
actor of its own, and a title it modifies ("the Real Madrid president", "Bayern Munich president
X") is the named body's officer, not a head of the city's country. A city's name continued by a
word of a government body ("the Moscow City Court", "Madrid Regional Government", "Moscow Mayor
X") or of the place's own name ("Kuwait City") keeps its reading; so does a headline, where
every word is capitalised.

Things are no actors either: an agent word in a compound before a thing noun ("a child
pornography site", "a Russian government website") names the thing's subject or owner
(actors.yaml `thing_nouns`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...kb import Agent
from ..where import Gazetteer, fold, place_of

# the sectors of a state's own offices and forces: a body named after a city holds none of them
# ("the Real Madrid president" is no head of state; "an Abu Dhabi TV reporter" is still a journalist)
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})

# entity kinds a word of a longer name may carry: none, or the name's own (the NER's ORG)
_NAME_LABELS = ("", "ORG", "FAC", "PRODUCT", "WORK_OF_ART")


def _name_word(t: Token) -> bool:
    """A capitalised proper noun (or a word the tagger read otherwise but the parser put in a
    name's compound: "Real" in "Real Madrid") that may be a word of an organisation's name."""
    named = t.pos_ == "PROPN" or (t.dep_ == "compound" and t.pos_ in ("ADJ", "NOUN"))
    return named and t.text[:1].isupper() and t.ent_type_ in _NAME_LABELS


def _headline(tok: Token) -> bool:
    """Is the sentence written in title case (no lower-case word of four letters or more)?"""
    return not any(t.is_lower and t.is_alpha and len(t) > 3 for t in tok.sent)


def inside_a_name(
    tok: Token,
    place: tuple[int, int],
    agent: Callable[[Token], Agent | None],
    place_words: frozenset[str],
    titles: frozenset[str],
) -> bool:
    """Is the city word `tok` (its entity from `place[0]` to `place[1]`) one word of a longer
    proper name of a body that is no government ("Real Madrid", "the Moscow Times")? The name's
    other words are the capitalised proper nouns written right before and after the city's own
    name (a hyphen inside "Saint-Germain" included). A word of the place's own name after it
    (`place_words`: "City", "Province") or a government body's word ("Court", "Council",
    "Police": an agent term for no one person) keeps the city's reading; so does an office
    right after a city that opens the name ("Moscow Mayor X", "Dubai Ruler Sheikh X": an agent
    word or one of `titles`), or any such word before it."""
    doc = tok.doc
    start, end = place
    left: list[Token] = []
    i = start - 1
    while i >= 0 and _name_word(doc[i]):
        left.append(doc[i])
        i -= 1
    right: list[Token] = []
    i = end
    while i < len(doc) and (
        _name_word(doc[i])
        or (doc[i].text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc) and _name_word(doc[i + 1]))
    ):
        if doc[i].text != "-":
            right.append(doc[i])
        i += 1
    if not (left or right) or _headline(tok):
        return False
    if any(t.lower_ in place_words or t.lower_ in titles or agent(t) is not None for t in left):
        return False
    after = [agent(t) for t in right]
    if any(t.lower_ in place_words for t in right) or any(a is not None and not a.person for a in after):
        return False
    return bool(left) or not (any(after) or any(t.lower_ in titles for t in right))


def thing_head(tok: Token, things: frozenset[str]) -> bool:
    """Is `tok` a modifier in a compound before a thing noun ("child" in "a child pornography
    site", "government" in "a government website")? Such a phrase names a thing, no actor."""
    noun = tok
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    return noun is not tok and noun.lemma_.lower() in things


def place_named_in(ent: Span, gazetteer: Gazetteer) -> str | None:
    """The country of the place an "of" names inside a body's name the KB lacks ("the University
    of Toronto", "the Bank of Montreal", "the University of Cape Town"): English names such a
    body for the place it belongs to, so the place gives its country, not the sentence's other
    countries. Only the words after an "of" within the name count; a place word elsewhere in a
    name often names no home ("Liberty University")."""
    doc = ent.doc
    for of in ent[1:-1]:
        if of.lower_ != "of" or not ent.start <= of.head.i < ent.end:
            continue
        tail = doc[of.i + 1 : ent.end]
        # a name of two or more words the gazetteer knows as itself ("Cape Town", which the parser
        # may split); one word only as place_of reads an ORG's word: a country, region or large
        # city ("the University of Essex" is no Essex in Vermont)
        named = len(tail) > 1 and all(t.pos_ == "PROPN" for t in tail)
        place = gazetteer.lookup(tail.text) if named else None
        if place is None or fold(place.name) != fold(tail.text):
            obj = next((t for t in of.children if t.dep_ == "pobj"), None)
            place = place_of(obj, gazetteer) if obj is not None else None
        if place is not None and place.country:
            return place.country
    return None
