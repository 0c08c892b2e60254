"""Who used force, named only on the act or its weapon: "three were killed by [Israeli] fire",
"died in [US] airstrikes", "[Russian] shelling killed five", "a [Saudi]-led air strike", "[Taliban]
rockets", "bombing by [Russian] aircraft". News often names the side that fired by a demonym, a
country or a group on the noun of the act or weapon (events.yaml armed_act_nouns), or on the weapon
of the act's "by" phrase, not as a subject. A country so named is its armed
forces (GUIDELINE.md: the source is the force of the country the text gives; MIL), a group is
itself. Not a maker ("a Russian-made missile": the actors stage keeps the maker out of the phrase)
and not a place ("died in a Turkish hospital": no act noun)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ...kb import KB, actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..actors import country_actor
from .syntax import children, prep_objects

# how the actors stage found a bare country: its name or demonym, no body or office
_COUNTRY_HOWS = frozenset({"kb:country", "kb:demonym", "context:demonym"})
_MODIFIERS = ("amod", "compound", "poss", "nmod")
# how the actors stage found a place (a city, a capital): where an act was, not who did it
_PLACE_HOWS = ("place", "kb:capital")
# the armed forces: the sector of a country that used a weapon (GUIDELINE.md)
_FORCES = "MIL"


@cache
def _nouns() -> frozenset[str]:
    """events.yaml armed_act_nouns."""
    return lowered(load_rules(EventRules).armed_act_nouns)


def armed_noun(noun: Token) -> bool:
    """Is the word a noun of an act of armed force or of its weapon ("fire", "shelling", "rockets"),
    or such a noun's gerund the tagger took for a verb ("killed by [Russian] shelling")?"""
    if noun.tag_ == "VBG":
        return noun.lower_ in _nouns()
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _nouns()


def armed_owners(
    actors: list[Actor], noun: Token, kb: KB, actors_of: Callable[[Token], list[Actor]], verb: Token | None = None
) -> list[Actor]:
    """The doers of an act of force (the trigger `verb`, if any) whose doer word is `noun`: `actors`
    when the noun is no armed act or weapon; else those actors, or the ones its phrase names
    (`actors_of`), or a country or group among its modifiers ("Palestinian rocket fire", "Israel's
    bombardment"), each bare country as its armed forces."""
    if verb is not None and (side := demonym_before(verb, kb)) is not None:
        # "killed in Russian [shelling]": no verb, but the noun of its phrase (none of its own); but
        # "died in Russian [shelling]": the side's act its subject underwent, coded here (reports.py)
        from .reports import reporting_verb  # (reports reads hazards, which reads this module)

        return _forces_of(side) if reporting_verb(verb.doc[verb.i - 1]) is not None else []
    if not armed_noun(noun):
        return actors or _forces_of(_misparsed_act(noun, kb)) or _by_weapon(noun, kb)
    found = actors or [a for a in actors_of(noun) if _side(a)] or _named_on(noun, kb) or _by_weapon(noun, kb)
    return [_forces(a) for a in found]


def _by_weapon(noun: Token, kb: KB) -> list[Actor]:
    """ "wounded in bombing by [Russian] aircraft", "shelling by [Syrian] artillery": the side named
    on the weapon of the act noun's "by" phrase (events.yaml armed_act_nouns, instrument_codes);
    none for a weapon of no one ("by artillery") or a "by" phrase that names no weapon."""
    weapons = [o for o in prep_objects(noun, "by") if _weapon(o)]
    return next(([_forces(a) for a in found] for o in weapons if (found := _named_on(o, kb))), [])


def _weapon(word: Token) -> bool:
    """Is the word an armed act or weapon noun, or a weapon of events.yaml instrument_codes ("aircraft")?"""
    return armed_noun(word) or (word.pos_ == "NOUN" and word.lemma_.lower() in _instruments())


@cache
def _instruments() -> frozenset[str]:
    """events.yaml instrument_codes: the weapons and blasts."""
    return lowered(load_rules(EventRules).instrument_codes)


def _side(a: Actor) -> bool:
    """Does the actor name a side: a country, or a body the KB knows ("NATO"); not a bare sector
    ("artillery shells": MIL of no one), nor a place ("the Kharkiv shelling": where it was)?"""
    return bool(a.country or a.kb_id) and not a.how.startswith(_PLACE_HOWS)


def _named_on(noun: Token, kb: KB) -> list[Actor]:
    """A group or country named among the noun's modifiers, or one level down ("[Palestinian]
    rocket fire", "the [Hamas] rocket barrage"); never a place ("the Kharkiv shelling": where)."""
    at = noun.doc._.actor_at
    mods = children(noun, *_MODIFIERS)
    mods += [g for c in mods if c.dep_ == "compound" for g in children(c, *_MODIFIERS)]
    for c in mods:
        a = at.get(c.i)
        if a is not None and _side(a):
            return [a]
    named = [c for c in mods if c.i not in at]  # (a place's name, "Gaza shelling", is where it was)
    return next(([a] for c in named if (a := country_actor(kb, c)) is not None), [])


def demonym_before(verb: Token, kb: KB) -> Actor | None:
    """The country whose demonym the parser took for the noun of a phrase before an act noun it
    took for a verb ("died in [Russian] shelling"), if any (`_misparsed_act`)."""
    return _misparsed_act(verb.doc[verb.i - 1], kb) if verb.i > 0 else None


def _misparsed_act(word: Token, kb: KB) -> Actor | None:
    """ "were killed by [Russian] shelling", "died in [Israeli] shelling": a demonym the parser took
    for the noun of a phrase, the "-ing" act noun after it for a verb of its own; the act is that
    country's."""
    nxt = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if nxt is None or word.dep_ != "pobj" or nxt.pos_ != "VERB" or nxt.lower_ not in _nouns():
        return None
    if word.tag_ in ("NNS", "NNPS"):
        return None  # "fired at [Ukrainians] shelling their town": a people, and their own verb
    return country_actor(kb, word)


def _forces_of(a: Actor | None) -> list[Actor]:
    """A country as its armed forces, as a list (none for None)."""
    return [_forces(a)] if a is not None else []


def _forces(a: Actor) -> Actor:
    """A bare country (named or by its demonym) as its armed forces; any other actor as it is."""
    if a.sector is not None or a.country is None or a.how not in _COUNTRY_HOWS:
        return a
    return replace(a, sector=_FORCES, code=actor_code(a.country, _FORCES) or a.code)
