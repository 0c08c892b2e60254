"""Crimes a court's finding or a plea establishes (events.yaml guilt_verbs, clearing_verbs).

"Two officers were found guilty of [raping] a tourist", "a court convicted X of [murdering] Y",
"X pleaded guilty to [killing] Y": the crime verb, hung on the finding by "of" or "to", is an act
that happened, done by the one held guilty. "X was acquitted of [raping] Y" establishes nothing. "An individual has been arrested": a person
the implied police or court of a country holds is under its jurisdiction (events.yaml held_nouns).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ...kb import actor_code, cameo
from ...kb.cameo import CameoCode
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .elsewhere import Subject, Targets
from .readings import Dyad
from .syntax import children

_PRIVATE_FORCE = dict(load_rules(EventRules).private_force)
_PRIVATE_SECTORS = frozenset(load_rules(EventRules).private_sectors)
_PRIVATE_TRIPS = tuple(load_rules(EventRules).private_trips)
_LONE_DOERS = lowered(load_rules(EventRules).lone_doers)

_LINKS = ("of", "to")


def private_code(code: str) -> str | None:
    """The code a private person's act of force takes (events.yaml private_force): the entry of
    the longest key the code begins with ("191" a blockade: 144, before the root "19": 180)."""
    keys = [k for k in _PRIVATE_FORCE if code.startswith(k)]
    return _PRIVATE_FORCE[max(keys, key=len)] if keys else None


def _finding(verb: Token) -> tuple[Token, Token | None] | None:
    """The verb of finding or pleading a gerund hangs on ("found guilty [of] raping": found,
    guilty), with the adjective between them if any; None when the gerund is no "of"/"to"
    complement."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.lower_ not in _LINKS:
        return None
    gov, adj = verb.head.head, None
    if gov.pos_ == "ADJ" and gov.head.i != gov.i:  # "guilty of": the adjective's verb
        gov, adj = gov.head, gov
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj":  # "convicted [two officers] of": the object's verb
        gov = gov.head
    return (gov, adj) if gov.pos_ in ("VERB", "AUX") else None


def _not(adj: Token | None) -> bool:
    """ "found [not] guilty of": the finding's adjective negated, an acquittal."""
    return adj is not None and any(c.dep_ in ("neg", "advmod") and c.lower_ == "not" for c in adj.children)


def sent_to_face(verb: Token, actors_of: Callable[[Token], list[Actor]]) -> Subject | None:
    """The one sent "to face" a court's act: the object of the verb a subjectless "to" infinitive
    of undergoing completes ("extradited [the banker] to face charges", "flew [him] home to face
    trial"), not that verb's subject, who sends; None when the infinitive has a subject or the
    verb no object ("Peru agreed to face the court")."""
    if verb.dep_ not in ("advcl", "xcomp") or children(verb, "nsubj", "nsubjpass"):
        return None
    if not any(a.lower_ == "to" for a in children(verb, "aux")):
        return None
    objs = children(verb.head, "dobj")
    return Subject(actors_of(objs[0]), False, objs[0]) if objs else None


def cleared(verb: Token, clearing: frozenset[str]) -> bool:
    """Is the act a gerund names one its doer was cleared of ("was acquitted of [raping]", "was
    found not guilty of [raping]")?"""
    found = _finding(verb)
    return found is not None and (found[0].lemma_.lower() in clearing or _not(found[1]))


def held_guilty(verb: Token, guilt: dict[str, frozenset[str]]) -> Token | None:
    """The one a finding or plea of guilt holds to have done the act a gerund names: the
    finding's object ("convicted [X] of raping"), else the subject of its adjective ("found [X]
    guilty"), else its passive subject ("[X] was found guilty of raping"), else its subject ("[X]
    pleaded guilty to killing"); None when the gerund hangs on no such finding."""
    found = _finding(verb)
    if found is None:
        return None
    gov, adj = found
    needs = guilt.get(gov.lemma_.lower())
    if needs is None or _not(adj):
        return None
    if needs and not (adj is not None and adj.lower_ in needs) and not any(c.lower_ in needs for c in gov.children):
        return None  # "found a way of [avoiding]": no finding of guilt
    small = children(adj, "nsubj") if adj is not None else []  # "found [X] guilty": the clause's own
    people = children(gov, "dobj") or small or children(gov, "nsubjpass") or children(gov, "nsubj")
    return people[0] if people else None


def held_by_state(
    targets: Targets, sources: list[Actor | None], bodies: frozenset[str], nouns: frozenset[str], sector: str
) -> Targets:
    """The persons a police or court (`bodies`: the sectors events.yaml implied_agents and
    undergone_acts name; implied or named) of a country arrested, charged or tried, named only by
    what they are ("[an individual] has been arrested" in a Polish story, "police detained [the
    suspect's wife]"; events.yaml held_nouns): private persons (`sector`) of that country. Anything
    else, or a target with actors of its own, is kept."""
    head = targets.head
    if targets.actors or head is None or head.lemma_.lower() not in nouns:
        return targets
    state = next((s for s in sources if s is not None and s.sector in bodies), None)
    if state is None or not state.country:
        return targets
    span = [head.idx, head.idx + len(head.text)]
    held = Actor(head.text, span, None, None, state.country, sector, actor_code(state.country, sector))
    held.how, held.resolved_by = "implied:held", state.resolved_by
    return Targets([held], head)


# how a source with no sector is known to be a private person: a name the KB lacks (a KB person
# or a country with no sector is an office holder or a state, and stays)
_PERSON_HOWS = frozenset({"context:person"})


def private(actor: Actor | None) -> bool:
    """Is the actor a private person or group: a civilian, worker, business person or student
    (events.yaml private_sectors: "a French man", "an IT worker") or a name the KB lacks with no office, side or armed group ("John Smith")? Police,
    soldiers, rebels, states and unidentified doers are not; a lone attacker is ("a gunman",
    "the attacker": events.yaml lone_doers, in the singular)."""
    if actor is None:
        return False
    lone = actor.text.lower().rsplit(" ", 1)[-1] in _LONE_DOERS
    return lone or actor.sector in _PRIVATE_SECTORS or (actor.sector is None and actor.how in _PERSON_HOWS)


def named_private_force(code: CameoCode, unnamed: Subject | None) -> CameoCode:
    """An act of force left with no source (`unnamed`: its doers) because its doer is a person the
    text names but gives no country or side ("Osama bin Laden orchestrated the attacks on the US",
    "John Smith carried out an attack"), or a lone attacker ("the attacker shot two policemen":
    lone_doers, in the singular): the doer is still a private person, not a state's forces, so the
    act is unconventional violence as `by_private_person` codes it (GUIDELINE: a lone gunman 180;
    the source stays null). Other unnamed doers ("gunmen", "a car bomb") keep the verb's code."""
    recoded, doer = private_code(code.code), unnamed.doer if unnamed is not None else None
    lone = doer is not None and doer.tag_ == "NN" and doer.lower_ in _LONE_DOERS
    if recoded is None or not (lone or (unnamed is not None and any(map(private, unnamed.actors)))):
        return code
    return cameo.lookup(recoded)


def by_private_person(dyads: list[Dyad]) -> list[Dyad]:
    """A private person's act of force is unconventional violence: "John Smith shot and killed
    three people", "a French man carried out an attack on police officers" are 180, not 190
    (events.yaml private_force, by code prefix; GUIDELINE: "attacks by a lone gunman or assailant 180");
    a soldier's, a policeman's, a rebel's or a state's stays, and so does an unidentified doer's
    other than a lone attacker ("a gunman": lone_doers).
    A trip by a person of a private sector is no visit at all (events.yaml private_trips); a name
    with no sector may be an office holder the KB lacks, and keeps it."""
    return [
        replace(d, code=cameo.lookup(private_code(d.code.code) or d.code.code))
        if private_code(d.code.code) and private(d.source)
        else d
        for d in dyads
        if not (d.code.code.startswith(_PRIVATE_TRIPS) and d.source is not None and d.source.sector in _PRIVATE_SECTORS)
    ]
