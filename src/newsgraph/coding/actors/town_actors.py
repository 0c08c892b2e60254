"""A town or first-level division only the places stage knows, named as a place ("attacked
Kagoro", "Abqaiq was the target of", "villagers in X"), is an actor of its country (sector
none), as a city the actors stage knows is (`EntityLinker._place_actor`, "place:city").

The actors stage looks places up without towns (a surname that is a village somewhere is no
country of a person), so these names are found after the setting is read, with the places
stage's own lookup (`place_of` on `Gazetteer.with_towns`: namesakes in the text's countries
first, "Sokolo" in a Mali story is Malian, in a Côte d'Ivoire story Ivorian) and the same
gazetteer object. Only a name the NER tagged a place (GPE, LOC, FAC), one a place noun names
("the town of X": actors.yaml town_nouns), or one it tagged ORG or NORP that is a town of the
text's own countries (the small model's usual mistake: "Abqaiq" ORG in a Saudi story); never
a PERSON, a KB entity ("Hamas", not Hamm), a body named after a town ("the Kabul Bank"), a part
of a longer name ("Fishmongers' Hall" is no town called Hall) or a surname the text writes in
full elsewhere ("Elijah Cummings ... Cummings joined")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ...kb import actor_code
from ...model import CONTEXT_ONLY
from ..component import tokens_with
from ..where import Gazetteer, place_of
from ..where.towns import doc_countries
from .entities import place_actor
from .mentions import Mentions
from .words import ActorWords

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels the small NER often gives a town ("Abqaiq" ORG, "Kidal" NORP): such a name counts only as a
# town of the text's own countries, or after a place noun; never a PERSON (a surname is often a village)
_MISLABELS = frozenset({"ORG", "NORP"})
_KINDS = frozenset({"city", "admin1"})
# mentions made of an entity the KB lacks, by its label alone
_GUESSES = frozenset({"context:person", "context:org"})


def town_actors(
    doc: Doc, mentions: Mentions, gazetteer: Gazetteer, not_place: Callable[[Span], bool], rules: ActorWords
) -> None:
    """Add a country actor (sector none) for each place name no mention has, that the
    gazetteer's towns and divisions resolve; `not_place` tells a body's name ("the militia
    Saba", "Real Madrid") from a town's. A group the town's name is "in" or "at" takes its
    country, as for a city (`located_in` of `rules`: "officials in X", not "troops in X")."""
    for name, named in _place_names(doc, rules.town_nouns):
        if _taken(name, named, mentions) or not_place(name) or _surname(name):
            continue
        countries = doc_countries(name.root)
        mislabel = name.root.ent_type_ in _MISLABELS
        place = place_of(name.root, gazetteer.with_towns(countries), named=named or mislabel)
        if place is None or place.kind not in _KINDS or not place.country or place.text != name.text:
            continue  # (the whole name: "Fishmongers' Hall" is no town called Hall)
        if mislabel and not named and place.country not in countries:
            continue
        actor = place_actor(name, place)
        k = mentions.add(actor, range(name.start, name.end))
        for i in range(name.start, name.end):  # "the town of X" taken for a person: the town
            mentions.at[i] = k
        _locate_group(name.root, place.country, mentions, rules)


def _locate_group(place: Token, country: str, mentions: Mentions, rules: ActorWords) -> None:
    """ "villagers in X", "officials at X": the agent phrase a town's name is in or at, with no
    country of its own words (none, or the setting's guess), is of the town's country, unless
    it is a group often foreign to where it is (actors.yaml `located_in`)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in rules.located_preps or prep.head.i not in mentions.at:
        return
    group, a = prep.head, mentions.actors[mentions.at[prep.head.i]]
    if a.how != "context:agent" or (a.country is not None and a.resolved_by not in CONTEXT_ONLY):
        return
    if a.sector in rules.not_local_sectors or group.lemma_.lower() in rules.not_local_terms:
        return
    if any(t.lower_ in rules.not_local_modifiers for t in group.lefts):
        return
    a.country, a.code, a.resolved_by = country, actor_code(country, a.sector), "place"


def _taken(name: Span, named: bool, mentions: Mentions) -> bool:
    """Has another mention a word of the name? After a place noun ("the town of X"), a person or
    body the KB lacks and no country was found for is the NER's mistake: the town takes it."""
    at, actors = mentions.at, mentions.actors
    for i in range(name.start, name.end):
        a = actors[at[i]] if i in at else None
        if a is not None and not (named and a.how in _GUESSES and a.country is None and a.kb_id is None):
            return True
    return False


def _place_names(doc: Doc, nouns: frozenset[str]) -> list[tuple[Span, bool]]:
    """The names the KB gave no entry that may be places: place entities, names of a mislabelled
    entity all of proper nouns, and the name a place noun's "of" names (True: "the town of X")."""
    out: list[tuple[Span, bool]] = []
    for e in doc.ents:
        if e.root.ent_id_:
            continue
        named = _place_noun_of(e.root, nouns)
        if e.label_ in _PLACE_LABELS or named or (e.label_ in _MISLABELS and all(t.pos_ == "PROPN" for t in e)):
            out.append((e, named))
    for noun in tokens_with(doc, LEMMA, nouns):  # an untagged name ("seized the town of Timbuktu")
        for tok in (o for p in noun.children if p.lower_ == "of" for o in p.children):
            if not tok.ent_type_ and tok.pos_ == "PROPN" and _place_noun_of(tok, nouns):
                start = min((c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
                out.append((doc[start : tok.i + 1], True))
    return out


def _place_noun_of(tok: Token, nouns: frozenset[str]) -> bool:
    """Is `tok` the object of a place noun's "of" ("the town of X", "the village of X")?"""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in nouns


def _surname(name: Span) -> bool:
    """Is a one-word name written elsewhere in the text as the last word of a longer name
    ("Elijah Cummings ... Cummings joined the race")? A person's surname, not a town."""
    if len(name) != 1:
        return False
    doc = name.doc
    for tok in tokens_with(doc, LOWER, [name.root.lower_]):
        before = doc[tok.i - 1] if tok.i else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == tok.i:
            if before.ent_type_ in ("", "PERSON") and before.text[:1].isupper():
                return True
    return False
