"""The body a passive police or court act with no agent implies (events.yaml implied_agents,
implied_objects).

A verb that is itself a legal act ("was arrested", "was charged") implies its body by its lemma
(implied_agents). A phrase whose verb alone is no legal act ("was taken into custody", "was
placed under arrest", "arrests were made") implies it by the word its trigger entry requires
(implied_objects: the entry's object or prep-object condition), so "the town was taken" or
"a decision was made" imply no one.

Some verbs imply their body only in some clauses: a soldier captured is held by the other side of a
war, not the police (implied_unless); an execution is the state's only when the sentence tells a
sentence carried out ("by hanging", "a convicted man", implied_cues), else an unnamed killer's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .lexicon import Trigger
from .readings import Dyad
from .syntax import children, prep_objects

_RULES = load_rules(EventRules)
_OBJECTS = {k.lower(): v for k, v in _RULES.implied_objects.items()}
# the bodies that hold persons: police and courts, not a legislature impeaching an official
_HOLDERS = frozenset({*_OBJECTS.values(), *_RULES.undergone_acts.values()})
_UNLESS = {k.lower(): lowered(v) for k, v in _RULES.implied_unless.items()}
_CUES = {k.lower(): lowered(v) for k, v in _RULES.implied_cues.items()}
_PERSONS_ONLY = lowered(_RULES.implied_persons)
_READINGS = {k.lower(): frozenset(v) for k, v in _RULES.implied_readings.items()}
_MEDIA = lowered(_RULES.recording_media)
# an animal captured or rounded up is no one's arrest ("a leopard was captured in the village")
_ANIMALS = lowered(_RULES.harm_animals)
# abduction entries (181): deliberate whatever their verb ("was taken hostage")
INTENTIONAL_CODES = tuple(_RULES.intentional_codes)
# how an implied body placed by the place list of the agents that report its act is marked: the
# reporters' own bodies, whom they do not accuse (accusations.py)
REPORTERS = "implied:reporters"


def _undergoers(tok: Token) -> list[Token]:
    """The passive subject of a verb (the first conjunct's for a second verb: "was captured and
    jailed") and the "of" phrase of a count or quantifier ("two [of the soldiers]")."""
    subj = children(tok, "nsubjpass") or (children(tok.head, "nsubjpass") if tok.dep_ == "conj" else [])
    return [*subj, *(o for s in subj for o in prep_objects(s, "of"))]


def _person(tok: Token) -> bool:
    """Is the word a person or persons the text names as such: a person's or a people's name, a
    personal pronoun, or an actor ("protesters", "the Iranians")?"""
    return tok.ent_type_ in ("PERSON", "NORP") or tok.tag_ == "PRP" or tok.i in (tok.doc._.actor_at or {})


def cued(tok: Token) -> bool:
    """Does the sentence tell the verb's act as the implied body's (events.yaml implied_cues: "was
    executed [by hanging]", "the [convicted] man was executed")? False for a verb with no cues."""
    cues = _CUES.get(tok.lemma_.lower())
    return cues is not None and any(w.lemma_.lower() in cues or w.lower_ in cues for w in tok.sent)


def uncued(tok: Token) -> bool:
    """Is the verb one whose body needs cues (implied_cues), told in a sentence without them ("the
    hostage was executed"): an act of deliberate force by someone the text leaves unnamed."""
    return tok.lemma_.lower() in _CUES and not cued(tok)


def _no_body(tok: Token) -> bool:
    """Does the clause rule out the body implied_agents gives the verb: one it is done to whom it
    implies none for (implied_unless: "two soldiers were captured"; an animal, harm_animals), no
    person for a verb that needs one (implied_persons: "the figures were rounded up"), a recording
    it was made on ("captured on camera", recording_media), or a sentence with none of the verb's
    cues (implied_cues)?"""
    lemma = tok.lemma_.lower()
    unless = _UNLESS.get(lemma, frozenset()) | _ANIMALS
    done_to = _undergoers(tok)
    if any(u.lemma_.lower() in unless for u in done_to):
        return True
    if lemma in _PERSONS_ONLY and not any(_person(u) for u in done_to):
        return True  # "the figures were rounded up"
    if any(o.lemma_.lower() in _MEDIA for p in ("on", "in") for o in prep_objects(tok, p)):
        return True  # "was captured on camera": filmed
    return lemma in _CUES and not cued(tok)


def implied_sector(tok: Token, trig: Trigger | None, by_lemma: dict[str, str]) -> str | None:
    """The sector of the body the act implies: by the verb's lemma, else by the legal word the
    matched trigger entry requires as its object (events.yaml implied_objects); None otherwise, or
    when the clause rules the lemma's body out (implied_unless, implied_cues) or the matched entry
    is not the reading that implies it (implied_readings)."""
    lemma = tok.lemma_.lower()
    sector = by_lemma.get(lemma)
    if sector is not None and (
        _no_body(tok) or (lemma in _READINGS and (trig is None or trig.cameo not in _READINGS[lemma]))
    ):
        return None  # the clause or the verb's reading rules the body out (implied_readings: a town captured)
    if sector is not None or trig is None or trig.pos != "verb" or not trig.objects:
        return sector
    return next((_OBJECTS[o] for o in trig.objects if o in _OBJECTS), None)


def _countries(objects: list[Token]) -> list[str]:
    """The countries a place phrase's objects list (the objects, their conjuncts and appositions),
    each a country the KB names; [] for one country or none."""
    at = objects[0].doc._.actor_at or {} if objects else {}
    found: list[str] = []
    todo = list(objects)
    while todo:
        w = todo.pop()
        a = at.get(w.i)
        if a is not None and a.how == "kb:country" and a.country and a.country not in found:
            found.append(a.country)
        todo += [c for c in w.children if c.dep_ in ("conj", "appos")]
    return found if len(found) > 1 else []


def _listed_countries(tok: Token) -> list[str]:
    """The countries of the act's place phrase when it lists two or more ("arrests were made in
    [Australia], [Brazil] and [Canada]"): the "in" phrase of the verb; [] for one place or none."""
    return _countries(prep_objects(tok, "in"))


def _reporters_countries(tok: Token) -> list[str]:
    """The countries of the place list of the agent phrase that reports the act ("[authorities] in
    the United Kingdom and the United States announced that 337 users were arrested": each
    country's police, as each country's authorities told it): the subject of the verb whose clause
    the act is, an agent phrase that took its country from its "in" phrase (actors/phrases.py)."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return []
    at = tok.doc._.actor_at or {}
    for s in children(verb.head, "nsubj"):
        a = at.get(s.i)
        if a is not None and a.how == "context:agent" and a.resolved_by == "place":
            return _countries(prep_objects(s, "in"))
    return []


def over_places(tok: Token, implied: list[Actor | None]) -> list[Actor | None]:
    """An implied body once per country when its place is a list of countries: the act's own
    ("arrests were made in Australia, Brazil and Canada": each country's police), else, with no
    place of another country, its reporters' (`_reporters_countries`); the list unchanged
    otherwise (a named doer never reaches here)."""
    if len(implied) != 1 or (body := implied[0]) is None:
        return implied
    listed, how = _listed_countries(tok) if body.resolved_by == "place" else [], body.how
    if not listed and (reported := _reporters_countries(tok)):
        if body.resolved_by != "place" or body.country in reported:
            listed, how = reported, REPORTERS  # placed by its reporters' place, who tell their own act
    if not listed:
        return implied
    sector = body.sector
    return [replace(body, country=c, code=actor_code(c, sector) if sector else c, how=how) for c in listed]


def done_to_persons(dyads: list[Dyad], head: Token | None, bodies: frozenset[str], sector: str) -> list[Dyad]:
    """An implied police's or court's act that names no one it was done to ("arrests were made in
    Germany": the target phrase, if any, is the act noun itself): done to persons under its
    jurisdiction, private persons (`sector`) of its country. A person named but not resolved ("the
    suspect's wife", "a tourist") is left as it is; a legislature's impeachment is no such act."""
    if head is not None and head.lemma_.lower() not in _OBJECTS:
        return dyads
    out = []
    for d in dyads:
        s = d.source
        if d.target is None and s is not None and s.how.startswith("implied:"):
            if s.sector in bodies and s.sector in _HOLDERS and s.country:
                held = Actor("(persons)", s.span, None, None, s.country, sector, actor_code(s.country, sector))
                held.how, held.resolved_by = "implied:held", s.resolved_by
                d = replace(d, target=held)
        out.append(d)
    return out
