"""Harm done by no one: a natural hazard, a disaster, an accident or an animal as the doer of an
act of force ("the typhoon killed 20", "Typhoon Haiyan, which killed 6,000", "was killed by his
lions", "A fire destroyed 200 homes. Officials said it killed nine"). The GUIDELINE's Scope leaves
out natural disasters and accidents with no political actor: such a doer is no actor, so its verb
codes no event (events.yaml accident_words, harm_animals). A weapon or an actor named on the
noun keeps it an attack ("Israeli fire killed two", "artillery fire", "a bomb killed nine")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..component import tokens_with
from .armed_owners import armed_noun
from .lexicon import Trigger
from .syntax import agent_objects, children

# the roots of acts of force a hazard's harm would be read as (CAMEO 17-20)
_FORCE = ("17", "18", "19", "20")
_RELATIVES = frozenset({"which", "that"})
# clauses that take their head's doer when they have no subject of their own ("the storm hit the
# coast, [killing] 20", "the fire spread and [killed] nine")
_SHARED = frozenset({"advcl", "conj", "xcomp"})
# the KB ruler's ids of a country's name or demonym ("country:ISR", "demonym:ISR")
_COUNTRY_IDS = ("country:", "demonym:")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The hazards (accident_words, harm_animals), the disasters alone (accident_words) and the
    words that make a noun a weapon's (instrument_codes, unidentified_doers, armed_fire)."""
    ev = load_rules(EventRules)
    disasters = lowered(ev.accident_words)
    hazards = disasters | lowered(ev.harm_animals)
    armed = lowered(ev.instrument_codes, ev.unidentified_doers, ev.armed_fire)
    return hazards, disasters, armed


def hazard_harm(tok: Token, cands: Iterable[Trigger]) -> bool:
    """Is the verb an act of force (a trigger of roots 17-20) whose doer is a hazard, an accident
    or an animal?"""
    if tok.pos_ != "VERB" or not any(c.cameo.startswith(_FORCE) for c in cands):
        return False
    verb = tok
    for _ in range(3):  # "struck a group of motorcycles, [killing] seven and [injuring] three"
        if _collision(verb):
            return True
        if verb.dep_ not in _SHARED:
            break
        verb = verb.head
    doer = _doer(tok)
    return doer is not None and (_is_hazard(doer) or accidental_blast_noun(doer) or _controlled(tok, doer))


# verbs of setting off a bomb (blasts.set_off_weapon reads them too)
SET_OFF = frozenset({"detonate", "explode", "ram"})  # "a car bomb was rammed into X"


def controlled_words(t: Token) -> bool:
    """Is the word one that tells a controlled detonation (events.yaml controlled_detonations),
    as written or by lemma (the parser lemmatises "controlled" to "control")?"""
    return bool({t.lemma_.lower(), t.lower_} & _controlled_words())


def _controlled(tok: Token, doer: Token) -> bool:
    """Is the verb a bomb set off on purpose by someone who destroys it safely: a doer named, not
    the bomb itself, in a sentence that tells a controlled detonation ("a car bomb was detonated
    by police experts in a [controlled] explosion", "the bomb [disposal] squad detonated it")?
    Then no one attacked anyone: no act of force."""
    _, _, armed = _words()
    if tok.lemma_.lower() not in SET_OFF or doer.lemma_.lower() in armed:
        return False
    return any(controlled_words(t) for t in tok.sent)


@cache
def _controlled_words() -> frozenset[str]:
    """events.yaml controlled_detonations."""
    return lowered(load_rules(EventRules).controlled_detonations)


def accidental_blast_noun(noun: Token) -> bool:
    """Is the noun a blast of something that blows up by accident ("a [gas] explosion hit a block
    of flats", "a gas cylinder [blast] killed two": events.yaml accidental_blasts before a weapon
    or blast word)? An accident, no attack, whatever it hit (GUIDELINE Scope)."""
    _, _, armed = _words()
    if noun.lemma_.lower() not in armed:
        return False
    return any(c.lemma_.lower() in _accidental() for c in noun.subtree if c.i < noun.i)


@cache
def _accidental() -> frozenset[str]:
    """events.yaml accidental_blasts."""
    return lowered(load_rules(EventRules).accidental_blasts)


@cache
def _road() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml collision_verbs, collision_vehicles, road_fixtures."""
    ev = load_rules(EventRules)
    return tuple(lowered(ws) for ws in (ev.collision_verbs, ev.collision_vehicles, ev.road_fixtures))  # type: ignore[return-value]


def _collision(verb: Token) -> bool:
    """Does a verb of hitting tell of a collision: its object a road fixture ("struck a guard
    rail"), or a vehicle when its subject is one or was driving ("was driving a truck and struck a
    group of motorcycles")?"""
    verbs, vehicles, fixtures = _road()
    if verb.lemma_.lower() not in verbs:
        return False
    hit = [*children(verb, "dobj"), *(o for p in children(verb, "prep") for o in children(p, "pobj"))]
    hit += [o for h in hit if h.lemma_.lower() in ("group", "line", "row", "number") for o in _of(h)]
    if any(h.lemma_.lower() in fixtures for h in hit):
        return True
    if not any(h.lemma_.lower() in vehicles for h in hit):
        return False
    driving = verb.head.lemma_.lower() == "drive" and verb.dep_ == "conj"
    return driving or any(s.lemma_.lower() in vehicles for s in children(verb, "nsubj"))


def _of(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrases ("a group [of motorcycles]")."""
    return [o for p in children(noun, "prep") if p.lower_ == "of" for o in children(p, "pobj")]


def _doer(verb: Token) -> Token | None:
    """The doer of a verb: its passive's "by" phrase, its active subject (a relative pronoun or
    "it" as what it stands for); a clause with no subject of its own takes its head's."""
    for _ in range(3):
        agent = agent_objects(verb)
        if agent:
            return agent[0]
        subj = children(verb, "nsubj")
        if subj:
            # two subjects: a dateline's place the parser took for one ("ISLAMABAD, Nov. 12 -- An
            # earthquake killed"); the one nearest the verb is the clause's
            return _antecedent(subj[-1], verb)
        if children(verb, "nsubjpass", "expl") or verb.dep_ not in _SHARED or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        if (clause_subject := _subject_taken_for_object(verb)) is not None:
            return clause_subject
        verb = verb.head
    return None


# prepositions that also open a clause ("after an earthquake killed 70,000"), whose subject the
# parser may take for their object and hang the clause's verb on the main verb as a conjunct
_CLAUSE_PREPS = frozenset({"after", "before", "until", "since", "when", "as"})


def _subject_taken_for_object(verb: Token) -> Token | None:
    """The subject of a verb the parser hung on the verb before it as a conjunct, taking that
    subject for the object of a preposition that opens a clause: "India sent aid [after an
    earthquake in Kashmir] killed 73,000" (the noun phrase ending right before the verb); None
    where no such phrase ends there."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    for p in children(verb.head, "prep"):
        if p.lower_ not in _CLAUSE_PREPS or not p.i < verb.i:
            continue
        for o in children(p, "pobj"):
            if o.right_edge.i == verb.i - 1:
                return o
    return None


def _antecedent(subj: Token, verb: Token) -> Token:
    """What a subject pronoun stands for: a relative's noun ("Typhoon Haiyan, [which] killed"),
    "it" as the subject of the sentence before ("A fire destroyed 200 homes. ... [it] killed
    nine"); any other subject itself."""
    if subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head
    if subj.lower_ == "it" and subj.sent.start > 0:
        before = subj.doc[subj.sent.start - 1].sent.root
        prior = children(before, "nsubj")
        return prior[0] if prior else subj
    return subj


def _is_hazard(noun: Token) -> bool:
    """Is the noun a hazard, an accident or an animal ("the blaze", "his lions", "Typhoon
    Haiyan"), with no weapon or actor named on it ("Israeli fire", "artillery fire")?"""
    hazards, disasters, armed = _words()
    # a named storm ("Typhoon Haiyan"); not a unit named for an animal ("the Tiger Forces")
    named = noun.pos_ == "PROPN" and any(c.lemma_.lower() in disasters for c in children(noun, "compound"))
    if noun.lemma_.lower() not in hazards and not named:
        return False
    actors = noun.doc._.actor_at
    # a country's name or demonym says whose fire it was ("Israeli fire"), as an actor does
    return not any(
        (c.i in actors and c.pos_ != "PRON")
        or c.lemma_.lower() in armed
        or c.lower_ in armed  # "small [arms] fire" (the lemma is "arm")
        or c.ent_id_.startswith(_COUNTRY_IDS)
        for c in children(noun, "amod", "compound", "poss", "nmod")
        if c.lemma_.lower() not in hazards
    )


def weapon_fire(noun: Token) -> bool:
    """Is the noun a weapon's fire, not a blaze: a word of both ("fire": accident_words and
    armed_act_nouns) that a weapon or a doer modifies ("sniper fire", "small arms fire", "militant
    fire")? With no actor named its doer is an unidentified attacker (force_acts.unnamed_doer)."""
    hazards, _, _ = _words()
    return noun.lemma_.lower() in hazards and armed_noun(noun) and not _is_hazard(noun)


@cache
def _projectiles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml projectiles, fired_rounds and armed_fire."""
    ev = load_rules(EventRules)
    return lowered(ev.projectiles), lowered(ev.fired_rounds), lowered(ev.armed_fire)


def projectile(noun: Token) -> bool:
    """Is the noun what a weapon fires ("a stray bullet", "shrapnel", "live ammunition"; a round
    under a weapon's modifier: "live rounds", not "a new round of talks")? The means of an act of
    force, not its doer: with no actor named, an unidentified attacker (force_acts.unnamed_doer)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    shots, rounds, armed = _projectiles()
    return lemma in shots or (lemma in rounds and any(c.lower_ in armed for c in children(noun, "amod", "compound")))


def blaze(noun: Token) -> bool:
    """Is a noun of force undergone a hazard the text points at ("died in [the fire]", "in a
    blaze"), not a weapon's ("came under fire", "died in Israeli fire")?"""
    return any(c.dep_ == "det" for c in noun.children) and _is_hazard(noun)


def tells_of_disaster(doc: Doc) -> bool:
    """Does the piece tell of a disaster or an accident as a happening: a disaster's word as a
    verb's subject ("the plane [crash]ed", "[the blaze] spread", "Typhoon X [hit]") or a verb of
    mishap with a subject ("a bus [overturned]")? Then its bare casualty counts ("twenty people
    were killed") are the disaster's dead, not an unnamed attacker's (casualties.drop_restated)."""
    _, disasters, _ = _words()
    for t in tokens_with(doc, LEMMA, disasters):
        if t.pos_ == "VERB" and (children(t, "nsubj") or t.dep_ == "acl"):  # "a bus [overturned] ..."
            return True
        if t.dep_ == "nsubj" and _is_hazard(t):
            return True
        if t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.dep_ == "nsubj" and _is_hazard(t.head):
            return True
    return False
