"""Where an event happened, from the dependency parse of its sentence: `locate`.

The place phrase of a trigger is searched along the parse (its locative phrases, a motion
word's destination, its object's and supporting verb's phrases, see `locate`; the search is
`heads.place_heads`), and each candidate token is resolved here with a `Gazetteer`
(`_place_at`); `place_of` (the place named at a token, `placenames`) serves the actors stage too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.model import Location

from ..component import entity_of
from .acts import of_mode
from .capitals import capital_at
from .gazetteer import Gazetteer
from .heads import Mode, clause_heads, ent_len, has_subject, locative_heads, objects, place_heads, preps
from .placenames import _PLACE_ENTS, _SKIP_ENTS, _propn_chain, inside_org_name, place_of
from .towns import doc_countries
from .ways import way_ends
from .words import (
    APPOSITIVE_PLACES,
    FORCE_NOUNS,
    GROUND_ONLY_VERBS,
    LOCATIVE,
    NOT_PLACES,
    PLACE_NOUN_LINKS,
    PLACE_NOUNS,
    POSITION_VERBS,
)

if TYPE_CHECKING:  # spaCy is only needed here; the gazetteer works without it
    from spacy.tokens import Span, Token


# prepositions after which a capitalised name the NER left untagged is taken as a place ("in
# Konduga", "near Miranshah")
_BARE_NAME_PREPS = {"in", "at", "near", "outside", "inside"}
# prepositions after which a name the NER took for a person is a town the gazetteer knows ("in Yala")
_PERSON_PLACE_PREPS = {"in", "near", "outside", "inside"}
# prepositions after which a name taken for a people is a place ("near Mandali"; "in X" is left
# to the NER: "killed in Aleppo" with Aleppo tagged a people stays unplaced)
_NORP_PLACE_PREPS = {"near", "outside", "inside"}
# prepositions of what has walls or bounds: their object is no person ("inside Kafr Sousah")
_WALLED_PREPS = {"inside", "outside"}
# nouns of a settlement: their "of" object is the settlement itself ("the West Bank city of X")
# words of a share of ground: after a verb of taking ground their "of" object is the place
_SHARE_NOUNS = {"half", "much", "most", "all", "part", "parts", "rest", "control", "swathes", "swaths", "bulk"}
_SETTLEMENT_NOUNS = {"city", "town", "village", "capital", "settlement", "port", "hamlet", "suburb", "camp"}


def locate(sent: Span, trigger: Token, gazetteer: Gazetteer) -> Location | None:
    """Where the event of `trigger` happened, as the sentence `sent` says, or None.

    The place is taken, in this order, from
    - a locative prepositional phrase on the trigger ("arrived in Beijing", "met in
      Geneva", "clashes near Donetsk", "a summit at Sochi", "cooperation ... including
      in places like the Arctic"); "the city of Lviv", "the Chinese capital" (with
      countries*.tsv demonyms), "at the Kremlin" (a government metonym -> capital);
    - for motion words, the object of "to"/"into" and of "visit" ("visit to China",
      "trip to Paris", "travelled to Kiev", "visit North Korea");
    - a locative phrase the parser hung on the trigger's object when that object is
      not an event of its own ("declared a friendship in Beijing", "met with Chinese
      leaders in Beijing"; not "condemned the attack in Kyiv");
    - for a trigger noun, a locative phrase on its "of" object ("the kidnapping of
      children in Ukraine") or a city/region name modifying it ("the Beijing summit");
    - the verb the trigger depends on, when the trigger is its open complement
      ("is expected to meet ... in Beijing") or a noun it supports ("talks were held
      in Istanbul", "there were clashes in Gaza");
    - for a verb, the locative phrase of its doer ("killed by gunmen in Aden"), of a
      participle or relative clause on its object or doer ("shot a police officer walking
      near his home in X"; never a clause of origin, "a rifle made in X"), of a verb
      sharing its subject ("stormed a hotel in X and killed four"), of its subject
      ("gunmen in X killed ..."; not an aside set off by commas), of the main verb of a
      subjectless participle clause ("exploded in X, killing six") and of a clause
      of the same time ("shot while covering clashes in X").
    Under a candidate, the most specific place is taken: "the West Bank city of Nablus"
    -> Nablus, "Kabul's Shar-e Naw district" -> Shar-e Naw where the gazetteer knows it,
    else Kabul; "on a street in X", "the car park of his home in X" -> X ("on"/"into"
    lead to a place inside their phrase, never to their object: "sanctions on Russia").
    Other complement and adverbial clauses are never entered, so a place of another
    clause is not taken; nor is the target of a non-motion "to" ("talk to Chinese
    leaders") or of "in" with words like "invest", "interfere".
    Places are looked up in the gazetteer whatever the NER label; entities labelled
    ORG/PERSON must resolve to a country, region or large city. Towns and first-level
    divisions count here (`Gazetteer.with_towns`, namesakes in the countries of the
    sentence and article first), not in the actors stage's `place_of`.
    """
    lo, hi = sent.start, sent.end
    gazetteer = gazetteer.with_towns(doc_countries(trigger))  # towns too, the text's countries first
    # (a token met again in another mode is tried again: "an assault on the X Airport" is first
    # passed through as the object of "on", then taken as what the assault hit)
    seen: set[tuple[int, str]] = set()
    for cand in place_heads(trigger, lo, hi):
        head = cand.tok
        if (head.i, cand.mode) in seen or not (lo <= head.i < hi):
            continue
        seen.add((head.i, cand.mode))
        loc = _place_at(head, gazetteer, lo, hi, cand.mode, depth=0)
        if loc is not None:
            return _in_division(loc, head, gazetteer, lo, hi)
    return None


def _in_division(loc: Location, tok: Token, gaz: Gazetteer, lo: int, hi: int) -> Location:
    """A town with the first-level division the text sets it in, when the gazetteer names none for
    it: "in Maiduguri, Borno State", "in Maiduguri in Borno State" (a division of its country)."""
    if loc.kind not in ("city", UNKNOWN_KIND) or loc.admin1 is not None:
        return loc
    for c in tok.children:
        for o in (c,) if c.dep_ == "appos" else objects(c) if c.dep_ == "prep" and c.lower_ == "in" else ():
            div = _place_at(o, gaz, lo, hi, "take", depth=1, unknown=False)
            if div is not None and div.kind == "admin1" and loc.country in (None, div.country):
                return replace(loc, admin1=div.name, country=div.country)
    return loc


def _place_at(
    tok: Token, gaz: Gazetteer, lo: int, hi: int, mode: Mode, depth: int, unknown: bool = True
) -> Location | None:
    """The place at or under `tok`: its own name, or one its phrase leads to.

    With `unknown`, a clearly named place that no gazetteer knows counts too (`_named_place`)."""
    if not (lo <= tok.i < hi):
        return None
    if mode == "modifier":
        return place_of(tok, gaz, modifier=True)
    if mode == "struck":  # "the shelling of X": a place the text names, never a country (an actor)
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON"):
            return None  # a body or a person bombed ("the bombing of Hamas") is no place
        loc = _place_at(tok, gaz, lo, hi, "take", depth, unknown)
        return loc if loc is not None and loc.kind != "country" else None
    if mode in ("hit", "ground"):
        # the object of a verb of force, when named as a place ("stormed the village of X",
        # "attacked X district", "shelled Gagrian"); a bare name the gazetteer knows is the
        # target, often a government's metonym ("troops attacked Kyiv"), never a country; a
        # verb of taking ground takes the town itself ("captured X", "entered X")
        # (but a name titled with a place noun, "attacked X Town", "shelled X District", is a place)
        titled_name = tok.lower_ in PLACE_NOUNS and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children)
        if mode == "hit" and tok.pos_ == "PROPN" and not titled_name and place_of(tok, gaz) is not None:
            return None
        # (a name the NER took for a person is ground only after "stormed", "entered" ...)
        ground_only = tok.head.lemma_.lower() in GROUND_ONLY_VERBS and tok.ent_type_ in ("PERSON", "ORG")
        # (a bare name that a verb taking people as well as ground makes its passive subject is
        # as likely a person: "Hicks was captured by ..."; "X was stormed" is ground)
        passive_person = tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() not in GROUND_ONLY_VERBS
        if (
            mode == "ground"
            and tok.pos_ == "PROPN"
            and (not tok.ent_type_ or ground_only)
            and unknown
            and not passive_person
        ):
            loc = _named_place(tok, gaz, lo, hi, depth, bare=True)
            if loc is not None and place_of(tok, gaz) is None:
                return loc
        # "captured X" with X taken for an organisation: a one-word name a town of the gazetteer
        # bears is that town (organisations are seldom captured under one bare word)
        if mode == "ground" and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and ent_len(tok) == 1:
            loc = place_of(tok, gaz, named=True)
            if loc is not None and loc.kind not in ("country", "region"):
                return loc
        # "captured half of X", "seized control of X": a share of ground is taken there, a
        # country too (the country's name alone is its government: "attacked Kyiv")
        if mode == "ground" and tok.lower_ in _SHARE_NOUNS and depth < 3:
            for p in preps(tok):
                if p.lower_ == "of":
                    for o in objects(p):
                        loc = _place_at(o, gaz, lo, hi, "take", depth + 1, unknown)
                        if loc is not None:
                            return loc
        loc = _place_at(tok, gaz, lo, hi, "take", depth, unknown)
        return loc if loc is not None and loc.kind != "country" else None
    if mode == "take":
        # "in Yala" with Yala taken for a person: people are not "in" one another, so a town the
        # gazetteer knows counts after a locative preposition (not "at", "at Smith's")
        named = tok.ent_type_ == "PERSON" and tok.dep_ == "pobj" and tok.head.lower_ in _PERSON_PLACE_PREPS
        # "near Mandali", "the countryside of Aleppo" with the name taken for a people: a name
        # that is no demonym, after a locative preposition or a place noun's "of", is a place
        if tok.ent_type_ == "NORP" and tok.pos_ == "PROPN" and tok.dep_ == "pobj":
            p = tok.head
            after_place_noun = p.lower_ in PLACE_NOUN_LINKS and p.head.lemma_.lower() in PLACE_NOUNS
            if (p.lower_ in _NORP_PLACE_PREPS or after_place_noun) and gaz.country_of_demonym(tok.text) is None:
                named = True
        # "at X, the capital of Y" with X taken for a person or a body: a name a place noun is set
        # beside, after a comma, is that place ("X, a town in Y"; not "X, the head of Y")
        if tok.ent_type_ in ("PERSON", "ORG") and tok.pos_ == "PROPN" and _beside_place_noun(tok):
            named = True
        loc = place_of(tok, gaz, named=named)
        if loc is not None:
            return _finer_sibling(loc, tok, gaz, lo, hi, depth) if loc.kind == "country" else loc
        # "in Mainok"; "in Jobar District", "attacked Bama Town" (a name ending in a place noun)
        # (not "the Federal Center for Neurosurgery": an institution's name goes on with a phrase)
        titled = (
            tok.pos_ == "PROPN"
            and tok.lower_ in PLACE_NOUNS
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ not in LOCATIVE for c in tok.children)
        )
        # "in Konduga", "near Miranshah": a name the NER left untagged right after a locative
        # preposition (not "in January": `NOT_PLACES`; not an institution, "at University of X")
        bare = (
            not titled
            and not tok.ent_type_
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _BARE_NAME_PREPS
            and not any(c.dep_ == "prep" and c.lower_ not in LOCATIVE for c in tok.children)
        )
        # "in X, a village in Y": a name a settlement noun is set beside is that settlement
        beside = next(
            (
                c
                for c in tok.children
                if c.dep_ == "appos"
                and c.i > tok.i
                and c.pos_ == "NOUN"
                and c.lemma_.lower() in APPOSITIVE_PLACES
                and c.left_edge.i > 0
                and tok.doc[c.left_edge.i - 1].text == ","  # set off by a comma
            ),
            None,
        )
        if unknown and tok.pos_ == "PROPN" and beside is not None:
            loc = _named_place(tok, gaz, lo, hi, depth, container=beside)
            if loc is not None:
                return loc
        # "inside Kafr Sousah", "outside Tal Halaf" with the name taken for a person: people are
        # not gone inside or stood outside of, so a name of two words or more there is a place
        # (not "near": one stands near a person)
        walled = (
            tok.ent_type_ == "PERSON"
            and tok.pos_ == "PROPN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _WALLED_PREPS
            and ent_len(tok) >= 2
        )
        if unknown and walled:
            loc = _named_place(tok, gaz, lo, hi, depth, bare=True)
            if loc is not None:
                return loc
        # "in the X local council": the council of a town is that town's ground
        council = tok.lower_ == "council" and any(c.dep_ == "amod" and c.lower_ == "local" for c in tok.children)
        if unknown and council:
            for c in tok.children:
                if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i:
                    loc = _named_place(c, gaz, lo, hi, depth + 1, container=tok)
                    if loc is not None:
                        return loc
        if unknown and (tok.ent_type_ in _PLACE_ENTS or titled or bare):
            loc = _named_place(tok, gaz, lo, hi, depth, container=tok if titled else None, bare=bare)
            if loc is not None:
                return loc
    if depth >= 3 or tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
        return None
    lemma = tok.lemma_.lower()
    place_noun = lemma in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS
    if place_noun:
        # the name after it, the most specific place: "the West Bank city of Nablus" (but
        # "the Donetsk region of Ukraine" is Donetsk)
        linked = None
        titled_link: Token | None = None
        for p in preps(tok):
            if p.lower_ in PLACE_NOUN_LINKS and linked is None:
                for o in objects(p):
                    linked = _place_at(o, gaz, lo, hi, "take", depth + 1, unknown=False)
                    # "the village of X near Y": a settlement's own name, known or not, before
                    # the place its phrase sets it by
                    if (
                        linked is not None
                        and unknown
                        and lemma in _SETTLEMENT_NOUNS
                        and o.pos_ == "PROPN"
                        and not linked.text.startswith(o.text)
                    ):
                        own = place_of(o, gaz, named=True) or _named_place(o, gaz, lo, hi, depth + 1, container=tok)
                        linked = own if own is not None and own.kind != "country" else linked
                    if linked is None and unknown:  # "the village of Mainok"
                        linked = _named_place(o, gaz, lo, hi, depth + 1, container=tok)
                    if linked is None and o.pos_ == "NOUN" and o.lower_ in PLACE_NOUNS:
                        titled_link = o  # "southwest of Deir Ezzor city", tried last
                    if linked is not None and (
                        (linked.kind == "country" and tok.lower_ == "capital") or linked.kind == "admin1"
                    ):
                        # "the capital of X, Y": the city set beside the country; "the commercial
                        # centre of X State, Y": the town set beside its first-level division
                        for a in o.children:
                            if a.dep_ in ("appos", "conj") and a.i > o.i and a.doc[a.i - 1].text == ",":
                                city = place_of(a, gaz)
                                if city is not None and city.kind == "city":
                                    linked = city
                    if linked is not None:
                        break
        if linked is None:  # "Nairobi's X district", "the Somali capital's X district": as "of" its owner
            linked = _owner_place(tok, gaz)
        # "the Y district of X", "Y area of X town": a name before a noun of a part of a town
        # names that part, the "of" town being its container (but "the West Bank city of
        # Nablus", "the Homs village of X": a settlement noun's "of" object is the settlement)
        # (and "the Y district of X province", "Y town of X State": a first-level division contains
        # its parts and towns)
        if (
            linked is not None
            and ((linked.kind == "city" and lemma not in _SETTLEMENT_NOUNS) or linked.kind == "admin1")
            and tok.pos_ == "NOUN"
        ):
            for c in tok.children:
                # (also the first of names a plural noun gathers: "Hama's X and Y neighborhoods"; not
                # one the parser split, "Bab/nmod Qubli", whose words the name chain would cut)
                gathered = (
                    c.dep_ == "nmod"
                    and any(cc.dep_ == "conj" and cc.pos_ == "PROPN" for cc in c.children)
                    and not any(cc.dep_ == "nmod" and cc.i < c.i for cc in c.children)
                )
                if (c.dep_ == "compound" or gathered) and c.pos_ == "PROPN" and c.i < tok.i:
                    part = place_of(c, gaz.inside(linked.country), named=True)
                    if part is not None and part.country not in (None, linked.country):
                        part = None  # a part lies in its container's country ("Raman" of Yala, Thailand)
                    if part is None and unknown:
                        part = _named_place(c, gaz, lo, hi, depth + 1, container=tok)
                        if part is not None and part.country is None:  # it lies in its container's country
                            part = replace(part, country=linked.country)
                    if part is not None and part.kind != "country" and part.name != linked.name:
                        return part
        if linked is not None and linked.kind != "country":
            return linked
        # "the Chinese capital", "the capital, Kabul", a bare "the capital" of the text's country
        cap = capital_at(tok, gaz)
        if cap is not None:
            return cap
        # "the Donetsk region", "the Hama countryside": the name in the compound (not "the
        # Federal Center"); the first of names a plural place noun gathers, which the parser
        # hangs as "nmod" ("the Idlib and Hama governorates", "the X and Y districts"; not a
        # lone "nmod", "a U.S. military base", "the army's (SAA) flanks")
        for c in tok.children if tok.pos_ == "NOUN" else ():
            gathered = c.dep_ == "nmod" and any(cc.dep_ == "conj" and cc.pos_ == "PROPN" for cc in c.children)
            if (c.dep_ in ("compound", "amod") or gathered) and c.pos_ == "PROPN" and c.i < tok.i:
                loc = place_of(c, gaz, named=True)
                if gathered and loc is not None and loc.kind == "country":
                    continue  # "the US and British bases": countries, the sides of the act
                # (a name no gazetteer knows gathered by a noun of a settlement or division only:
                # "the X and Y villages", not "the Red Cross and Red Crescent centres")
                known_only = gathered and lemma not in APPOSITIVE_PLACES
                if loc is None and unknown and linked is None and not known_only:  # "Yaqshid district"
                    loc = _named_place(c, gaz, lo, hi, depth + 1, container=tok)
                if loc is not None:
                    return loc
        if linked is not None:
            return linked
        if titled_link is not None and unknown:  # a name the gazetteer does not know, titled by its noun
            loc = _place_at(titled_link, gaz, lo, hi, "take", depth + 1)
            if loc is not None:
                return loc
    # appositions: "in the Chinese capital, Beijing"
    for c in tok.children:
        if c.dep_ == "appos":
            loc = _place_at(c, gaz, lo, hi, "take", depth + 1)
            if loc is not None:
                return loc
    # a participle of position: "the villages surrounding X", "the hills overlooking X"
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in POSITION_VERBS and not has_subject(c):
            for o in c.children:
                if o.dep_ == "dobj":
                    # (a name there is a place whatever the NER took it for: what else do
                    # villages surround)
                    loc = place_of(o, gaz, named=True) if o.pos_ == "PROPN" else None
                    if loc is None and o.pos_ == "PROPN":
                        loc = _named_place(o, gaz, lo, hi, depth + 1, bare=True)
                    loc = loc or _place_at(o, gaz, lo, hi, "take", depth + 1)
                    if loc is not None:
                        return loc
    # a place on a named place: "their camp on the X Peninsula", "a village on X Island" (a place
    # stands on ground; "sanctions on X" is not a place noun's)
    if place_noun:
        for p in preps(tok):
            if p.lower_ in ("on", "upon"):
                for o in objects(p):
                    if o.pos_ == "PROPN" and (o.ent_type_ in _PLACE_ENTS or o.lower_ in PLACE_NOUNS):
                        loc = _place_at(o, gaz, lo, hi, "take", depth + 1)
                        if loc is not None:
                            return loc
    # what an act of force hit, named as a place, before the phrases it leads through: "in a
    # raid on X, a village in Y" is at X ("an attack on Kyiv" stays a target: `_place_at` "hit")
    if not place_noun and lemma in FORCE_NOUNS:
        for p in preps(tok):
            if p.lower_ in ("on", "upon", "against"):
                for o in objects(p):
                    loc = _place_at(o, gaz, lo, hi, "hit", depth + 1, unknown)
                    if loc is not None:
                        return loc
    # nested locative phrases: "at a hotel in Geneva", "a village near Kharkiv"
    for cand in locative_heads(tok):
        loc = _place_at(cand.tok, gaz, lo, hi, cand.mode, depth + 1)
        if loc is not None:
            return loc
    # the ends of a way it lies on: "on the road to X", "on his way to the office in X" (ways.py)
    for end in way_ends(tok):
        loc = _place_at(end, gaz, lo, hi, "take", depth + 1)
        if loc is not None and loc.kind != "country":
            return loc
    if not place_noun and tok.pos_ == "NOUN":
        # what it is part of: "in the car park of his home in X", "an ambush of a convoy in X"
        for p in preps(tok):
            if p.lower_ == "of":
                # ("killed at the battle of X", "during the siege of X": the ground fought over;
                # "killed in the shelling of X": the ground struck)
                mode_of = of_mode(tok)
                for o in objects(p):
                    loc = _place_at(o, gaz, lo, hi, mode_of, depth + 1)
                    if loc is not None:
                        return loc
        # a clause on it: "at a shop they ran in X"
        for cand in clause_heads(tok):
            loc = _place_at(cand.tok, gaz, lo, hi, cand.mode, depth + 1)
            if loc is not None:
                return loc
        # a city or region naming it: "outside his Freetown home", "the Moscow headquarters",
        # "patrol Athens and Olympic venues" (a coordinated name the parser hangs as "nmod")
        for c in tok.children:
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i:
                loc = place_of(c, gaz, modifier=True)
                if loc is not None and loc.kind == "city":
                    return loc
    if place_noun:  # "Ukraine's east"
        for c in tok.children:
            if c.dep_ == "poss":
                loc = place_of(c, gaz)
                if loc is not None:
                    return loc
    return None


def _owner_place(tok: Token, gaz: Gazetteer) -> Location | None:
    """The town or first-level division that owns the place noun `tok` ("Nairobi's", "Borno's",
    "the Kenyan capital's"): it contains the part `tok` names, as an "of" phrase would. A
    country's ("Syria's Idlib province") is left to the name before the noun."""
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i:
            loc = place_of(c, gaz) if c.pos_ == "PROPN" else capital_at(c, gaz)
            if loc is not None and loc.kind in ("city", "admin1"):
                return loc
    return None


def _finer_sibling(loc: Location, tok: Token, gaz: Gazetteer, lo: int, hi: int, depth: int) -> Location:
    """A country named in a locative phrase, followed by another phrase on the same word that
    names a place in it ("killed in east Ukraine in the area of Lugansk"): the finer place."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in LOCATIVE or depth >= 3:
        return loc
    for p in preps(prep.head):
        if p.i > tok.i and p.lower_ in LOCATIVE:
            for o in objects(p):
                finer = _place_at(o, gaz, lo, hi, "take", depth + 1)
                if finer is not None and finer.kind != "country" and finer.country == loc.country:
                    return finer
    return loc


def _beside_place_noun(tok: Token) -> bool:
    """Is a place noun set beside the name after a comma ("X, the capital of Y")?"""
    doc = tok.doc
    return any(
        c.dep_ == "appos"
        and c.i > tok.i
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in PLACE_NOUNS
        and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == ","
        for c in tok.children
    )


# the kind of a named place that no gazetteer knows (a village, a district, a camp, a street)
UNKNOWN_KIND = "place"


def _named_place(
    tok: Token, gaz: Gazetteer, lo: int, hi: int, depth: int, container: Token | None = None, bare: bool = False
) -> Location | None:
    """A clearly named place that no gazetteer knows, or None.

    Clearly named: a proper noun the NER tagged GPE/LOC/FAC where a locative phrase puts the
    event ("in Mainok"), or any proper noun a place noun names ("the village of Mainok", "the
    Yaqshid district", `container` being that noun). Such a place is kept as the event's place,
    with its text as its name, kind "place" and no coordinates; its country is the one of a
    known place the same phrase nests it in ("the Yaqshid district of Mogadishu", "Mogadishu's
    Yaqshid district", "the village of Huwaysis in the Homs countryside"), else None.
    Why no coordinates: the text is what the reader needs (the village, not the province it
    lies in), and the containing place's point would put a village on the map at the centre of
    its province as if that were where the event happened; a map a user can trust shows only
    places it can put where they are (a gazetteer of small places, when it knows the name,
    gives them before this is reached). Why the country: it is true of the village too, and
    the event's country (counts by country, the map's filters) needs no point.
    """
    # (a capitalised word a settlement noun names is a name, whatever part of speech the tagger
    # gave it: "the village of Ma'an")
    settled = (
        container is not None
        and container.lemma_.lower() in _SETTLEMENT_NOUNS
        and tok.dep_ == "pobj"
        and tok.pos_ in ("NOUN", "ADJ", "VERB", "X")
        and tok.text[:1].isupper()
        and tok.text[1:2].islower()
    )
    if (
        (tok.pos_ != "PROPN" and not settled)
        or tok.lower_ in NOT_PLACES
        or not (lo <= tok.i < hi)
        or inside_org_name(tok)
    ):
        return None
    label = tok.ent_type_
    # a name a place noun titles is a place even where the tagger took it for a people ("Minyan
    # district"), unless it is a people's word ("the Kurdish district", "the villages of the Kurds")
    people = label == "NORP" and (
        container is None or tok.tag_ == "NNPS" or gaz.country_of_demonym(tok.text) is not None
    )
    if label in _SKIP_ENTS or people or (container is None and label not in _PLACE_ENTS and not bare):
        return None
    if bare and not tok.text[:1].isupper():
        return None
    ent = entity_of(tok)
    words = ent if ent is not None and (label in _PLACE_ENTS or bare) else _propn_chain(tok)
    first = words.start + (1 if words[0].lower_ == "the" else 0)
    span = tok.doc[first : words.end]
    if not span.text or not span.text[:1].isupper():
        return None
    if (label == "FAC" and container is None) or container is tok:  # also "the Federal Center ... in X"
        # a building, a road: the known town it stands in ("the Great Hall of the People in
        # Beijing", which the NER takes as one name)
        # (but not a first-level division: "camps around X in South Darfur" are at X, of its country)
        inside = _container([tok], tok.doc[tok.i : tok.i + 1], gaz, lo, hi, depth)
        if inside is not None and inside.kind != "admin1":
            return inside
    inside = _container([t for t in (tok, container) if t is not None], span, gaz, lo, hi, depth)
    return Location(
        text=span.text,
        name=span.text,
        country=inside.country if inside is not None else None,
        lat=None,
        lon=None,
        kind=UNKNOWN_KIND,
    )


def _container(toks: list[Token], name: Span, gaz: Gazetteer, lo: int, hi: int, depth: int) -> Location | None:
    """A known place the phrase of `toks` nests `name` in ("of Mogadishu", "Mogadishu's", "in
    the Homs countryside", "the Homs village of X"), or None."""
    for t in toks:
        for c in t.children:
            if name.start <= c.i < name.end:
                continue
            loc = None
            if c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" and c.i < t.i:
                loc = place_of(c, gaz, named=True)
            elif c.dep_ in ("prep", "appos") and (c.lower_ in LOCATIVE or c.lower_ == "of" or c.dep_ == "appos"):
                for o in (c,) if c.dep_ == "appos" else objects(c):
                    if not name.start <= o.i < name.end:
                        loc = loc or _place_at(o, gaz, lo, hi, "take", depth + 1, unknown=False)
            if loc is not None and loc.country:
                return loc
    return None
