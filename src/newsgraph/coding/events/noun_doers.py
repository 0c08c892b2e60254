"""The doer of an act a noun names, from a phrase after the noun (noun_doers.yaml).

English gives the doer of an act of speaking or asking in a genitive after the noun: "the
request of the prime minister", "at the invitation of President X", "the demands of the
protesters", and in a "from" phrase: "an appeal from the Red Cross", "criticism from the
opposition" (`doer_phrases`), unless the noun only says why a state holds ("troops are in Iraq
at the invitation of X"). Acts done to someone keep their "of" phrase as the one acted on
("the arrest of the minister", "the release of prisoners"): they are not in the lists.

Such a noun as the object of a verb of responding ("complied with the request of the PM",
"rejected the demands of the protesters", "accepted the proposal of X") is an act of its own,
coded beside the response, aimed at the one who responds (`responding_verb`).

Any act noun: the actor compounded with a leading participle before it led the act ("the
[US]-led invasion": `leaders`); the subject of a verb that only reacts to the act is not its doer
("Officials condemned [an attack]": `reacted_to`); an act of force's or of an act done to
someone (events.yaml patient_nouns) "of" phrase is the one acted on, also beside a phrase of place
or time ("the killing of [three soldiers] in Mali": `of_is_doer`). A phrase saying whom an act
is aimed at right after the act noun is the noun's, though the parser hung it on a word above
("condemned anti-semitism after [vandalism] against a synagogue": `stray_objects`); not a phrase
on the noun already, nor one on a word that is not above it ("attacked X [on] Monday"). One who
joins an act with doers of its own does it too ("Moldova joined [the EU's] sanctions": `joiners`)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import NounDoerRules
from .syntax import children, prep_objects

if TYPE_CHECKING:
    from ...model import Actor
    from .elsewhere import Subject
    from .lexicon import ModalityWords
    from .matching import Matcher


class _Words:
    """noun_doers.yaml's word lists, lower-cased."""

    def __init__(self, r: NounDoerRules) -> None:
        self.of_doer_nouns = lowered(r.of_doer_nouns)
        self.from_doer_nouns = lowered(r.from_doer_nouns) | self.of_doer_nouns
        self.responding_verbs = lowered(r.responding_verbs)
        self.responding_preps = lowered(r.responding_preps)
        self.state_verbs = lowered(r.state_verbs)
        self.leading = lowered(r.leading_participles)
        self.reacting = lowered(r.reacting_verbs)
        self.implied = {k.lower(): v for k, v in r.implied_noun_agents.items()}


@cache
def _words() -> _Words:
    """noun_doers.yaml, read once."""
    return _Words(load_rules(NounDoerRules))


def doer_phrases(noun: Token) -> list[Token]:
    """The heads of the phrases after a speech or asking noun that name its doer: its "of"
    phrase (of_doer_nouns: "the request [of] the PM") and its "from" phrase (from_doer_nouns:
    "an appeal [from] the Red Cross"); none for other nouns."""
    w = _words()
    lemma = noun.lemma_.lower()
    if lemma not in w.from_doer_nouns:
        return []
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _present_state(noun.head.head, w.state_verbs):
        return []  # "troops are in Iraq [at the invitation of] X": why a state holds, no act reported
    preps = ("of", "from") if lemma in w.of_doer_nouns else ("from",)
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _present_state(verb: Token, states: frozenset[str]) -> bool:
    """Is the verb a state verb (state_verbs) in the present ("are", "remains")?"""
    return verb.lemma_.lower() in states and verb.tag_ in ("VBP", "VBZ")


def responding_verb(noun: Token) -> Token | None:
    """The verb of responding (responding_verbs) the noun is the object of: its direct object
    ("rejected [the demands]"), its passive subject ("[the request] was turned down"), or the
    object of one of responding_preps on it ("complied with [the request]"); else None."""
    w = _words()
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in w.responding_preps:
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if lemma in w.responding_verbs or (prt is not None and f"{lemma} {prt}" in w.responding_verbs):
        return verb
    return None


def answered_noun(noun: Token) -> bool:
    """Is the noun a speech or asking act with a doer phrase ("the request of X") that a verb of
    responding answers? Then it is coded even where a verb entry names it as its object."""
    return (
        noun.lemma_.lower() in _words().from_doer_nouns
        and bool(doer_phrases(noun))
        and responding_verb(noun) is not None
    )


def leaders(noun: Token) -> list[Token]:
    """ "the [US]-led invasion", "a [NATO]-led operation": the words compounded with a leading
    participle (leading_participles) that modifies the act noun; they name who led the act."""
    lead = [m for m in noun.children if m.dep_ in ("amod", "compound") and m.lemma_.lower() in _words().leading]
    return [w for m in lead for w in m.children if w.dep_ in ("npadvmod", "compound", "nmod", "amod") and w.i < m.i]


def reacted_to(noun: Token) -> bool:
    """Is the act noun the object or passive subject of a verb that only reacts to it
    (reacting_verbs: "condemned [an attack]", "[the killing] was condemned by X")? That verb's
    subject or agent is then not the act's doer."""
    verb = noun.head
    if noun.dep_ == "dobj" and any(p.lower_ == "by" for p in verb.children if p.dep_ == "prep"):
        return False  # "condemned the attack on X [by] the rebels": the noun's agent, hung on the verb
    return noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _words().reacting


def of_is_doer(noun: Token, words: ModalityWords, matcher: Matcher) -> bool:
    """Does a phrase after the noun show its "of" phrase to be the doer ("the visit of Putin [to]
    India": one of events.yaml of_doer_preps)? Never for an act whose "of" phrase is the one it
    is done to (patient_nouns: "the detention of the journalist [in] Turkey", "the extradition of
    X [to] Y"), nor when that phrase names an act, not an actor ("an investigation of [police
    violence] against protesters"); a date is no such phrase ("[on] June 12"). For an act of force only a phrase naming whom it hit does
    ("the attack of the rebels [on] the town"); "in" gives its place or time, and the "of"
    phrase stays the one acted on ("the shelling of Kharkiv [in] May", "the invasion of X [in] 2003")."""
    if noun.lemma_.lower() in words.patient_nouns:
        return False
    if any(matcher.is_event_noun(o) for o in prep_objects(noun, "of")):
        return False
    found = {p.lower_ for p in noun.children if p.dep_ == "prep" and not _dated(p)} & words.of_doer_preps
    return bool(found - {"in"}) if matcher.force_act_noun(noun, words.null_source_codes) else bool(found)


def of_acted_on(noun: Token, words: ModalityWords, matcher: Matcher) -> bool:
    """Is the noun's "of" phrase the one acted on (an object genitive), not its doer? So for a noun
    of a transitive act: one whose trigger entries take their target from "of" ("the killing of
    [a diplomat]", "the abduction of [schoolgirls]", "the shelling of [Kharkiv]") or an act done to
    someone (events.yaml patient_nouns), unless a phrase after it names whom it hit (`of_is_doer`:
    "the attack of the rebels [on] the town"). A noun of an intransitive act ("the visit of the
    Pope", "the protest of farmers") keeps its "of" phrase as the doer."""
    lemma = noun.lemma_.lower()
    entries = matcher.triggers.get((lemma, "noun"), [])
    transitive = lemma in words.patient_nouns or any("prep:of" in e.target for e in entries)
    return transitive and not of_is_doer(noun, words, matcher)


def implied_noun_agents() -> dict[str, str]:
    """noun_doers.yaml implied_noun_agents: an act noun -> the sector of the body implied to do it."""
    return _words().implied


def _dated(prep: Token) -> bool:
    """Is the phrase a date or time ("on June 12", "in 2003")?"""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def stray_objects(noun: Token, preps: Collection[str]) -> list[Token]:
    """The objects of a phrase of `preps` (a word or words) right after the act noun that the
    parser hung on one of the noun's governors ("after [vandalism] against a synagogue": "a
    synagogue"); a date is no one acted on."""
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) and noun.pos_ == "NOUN" else None
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in preps or nxt.head.i == noun.i:
        return []
    if not any(a.i == nxt.head.i for a in noun.ancestors):
        return []
    return [o for o in children(nxt, "pobj") if o.ent_type_ not in ("DATE", "TIME")]


def joiners(
    noun: Token, owners: list[Actor], verbs: Collection[str], subject: Callable[[Token], Subject]
) -> list[Actor]:
    """Those who joined another's act: the subject of a joining verb (events.yaml joining_verbs)
    whose object is an act noun with doers of its own (`owners`: "Moldova joined [the EU's]
    sanctions against Russia", "France joined the [US]-led airstrikes on Syria") does it too, on
    the same target. An act with no doer of its own ("joined the sanctions") is the joiner's by
    the light verb already; joining what is no act ("joined the army") has no trigger noun."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs:
        return []
    return [a for a in subject(noun.head).actors if a not in owners]
