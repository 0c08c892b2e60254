"""The attacker an article identifies is the doer of the attack it reported without one.

News stories report an act of force first without its doer and identify the doer in another
sentence: "The mayor was stabbed on stage on Sunday. ... The attacker, a 27-year-old local man,
was arrested at the scene." GUIDELINE: "The source is null only for unidentified attackers", so
once the piece identifies the attacker by a role noun (events.yaml identified_doers) the acts of
force it coded with no source (null_source_codes, roots 18-20) are that person's. A role noun
identifies a person when the text:

- names them (actors/roles.py tied the noun to a named person: "the gunman, X"; "identified the
  suspect as X", naming_verbs);
- describes them in apposition ("The attacker, a man, ..."; "the attackers, a man and a woman");
- has police, a court or soldiers act on them (identifying_sectors: a coded arrest, charge or
  shooting of the noun), or calls them held ("the detained suspect", held_verbs).

Being sought ("police are searching for the attacker"), suspected or blamed ("X are the
suspected perpetrators") identifies no one: the doer is still unknown, and the act keeps no
source. The doer's country is their own (the person named; a nationality in apposition:
"The attacker, a Syrian, ..."), else that of the police or court holding them, else the
setting's ("the officers who shot an attacker in London are GBR"); no sector (a lone attacker),
and their force is 18, not 19 (events.yaml private_force). Nothing is changed when a role noun
says the doer is unknown ("unknown gunmen", "the attacker has not been identified"), when the
piece may tell of two attackers (another one: "a second suspect"; two persons named; two
nationalities), or when its source-less acts are placed or dated apart (two attacks).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...kb import actor_code, cameo
from ...model import Actor, Event
from ...rulefile import load_rules
from ...ruleschemas import EventRules
from ..component import tokens_with
from .casualties import FORCE_ROOTS
from .claimed_doers import claimed_doers
from .courts import private, private_code
from .ids import event_id
from .victims import setting_country

_RULES = load_rules(EventRules)
_ROLES = frozenset(_RULES.identified_doers)
_DOER_NOUNS = _ROLES | frozenset(_RULES.unidentified_doers)
_UNKNOWN = frozenset(_RULES.unknown_doer_modifiers)
_SEPARATE = frozenset(_RULES.separate_doer_modifiers)
_NAMING = frozenset(_RULES.naming_verbs)
_HELD = frozenset(_RULES.held_verbs)
_BODIES = frozenset(_RULES.identifying_sectors)
_PERSONS = frozenset({"kb:person", "context:person"})
_NATIONS = frozenset({"kb:country", "kb:demonym"})

HOW = "implied:doer"  # how a doer named only by their role was found


@dataclass(frozen=True, slots=True)
class _Clue:
    """What identifies one role noun: the person named (rank 0), a nationality (1), the holding
    body's country (2) or the setting's (3)."""

    rank: int
    text: str
    country: str | None
    by: str | None
    person: Actor | None = None


def identified_doers(doc: Doc, events: list[Event]) -> list[Event]:
    """The piece's events, its source-less acts of force given the attacker it identifies."""
    events = claimed_doers(doc, events)  # "X claimed responsibility for the attacks" (claimed_doers.py)
    todo = [i for i, e in enumerate(events) if _doerless(e)]
    if not todo or _apart([events[i] for i in todo]):
        return events
    nouns = [t for t in tokens_with(doc, LEMMA, _DOER_NOUNS) if t.pos_ in ("NOUN", "PROPN")]
    clues = _clues(nouns, events)
    doer = _doer(clues) if clues else None
    if doer is None:
        return events
    words = {t.lower_ for t in nouns}
    out = list(events)
    for i in todo:
        if not _is_doer(out[i].target, doer, words):
            out[i] = _done_by(doc, out[i], doer)
    return out


def _doerless(e: Event) -> bool:
    return e.source is None and e.cameo_root in FORCE_ROOTS and e.modality == "actual"


def _apart(acts: list[Event]) -> bool:
    """Are the source-less acts two attacks: placed in different towns or countries, or dated
    differently by the text?"""
    places = {(loc.get("country"), loc.get("name")) for e in acts if (loc := e.location) and loc.get("kind") == "city"}
    countries = {loc.get("country") for e in acts if (loc := e.location) and loc.get("country")}
    dates = {e.date for e in acts if e.date_text}
    return len(places) > 1 or len(countries) > 1 or len(dates) > 1


def _clues(nouns: list[Token], events: list[Event]) -> list[_Clue] | None:
    """What identifies each role noun of the piece; None when a doer noun calls the doer
    unknown or points to another attacker."""
    clues: list[_Clue] = []
    for noun in nouns:
        if _unknown(noun) or _another(noun):
            return None
        if noun.lemma_.lower() in _ROLES and (clue := _identified(noun, events)) is not None:
            clues.append(clue)
    return clues


def _unknown(noun: Token) -> bool:
    """ "unknown gunmen", "no suspect", "the attacker has not been identified", "the attacker
    remains unidentified"."""
    if any(
        (c.dep_ in ("amod", "compound") and c.lemma_.lower() in _UNKNOWN) or (c.dep_ == "det" and c.lower_ == "no")
        for c in noun.children
    ):
        return True
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _NAMING:
        return any(c.dep_ == "neg" for c in head.children)
    if noun.dep_ == "nsubj":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in _UNKNOWN for c in head.children)
    return False


def _another(noun: Token) -> bool:
    """ "another attacker", "a second suspect", "the other gunman": more than one attacker."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in _SEPARATE for c in noun.children)


def _identified(noun: Token, events: list[Event]) -> _Clue | None:
    """How the text identifies the person a role noun names, if it does."""
    actors = noun.doc._.actor_at
    person = actors.get(noun.i)
    if person is not None and person.how in _PERSONS and person.code:  # "the gunman, X" (roles.py)
        return _Clue(0, noun.text, person.country, person.resolved_by, person)
    for app in (c for c in noun.children if c.dep_ == "appos"):
        named = actors.get(app.i)
        if named is not None and named.how in _PERSONS and named.code:
            return _Clue(0, noun.text, named.country, named.resolved_by, named)
        nation = next((a for t in app.subtree if (a := actors.get(t.i)) is not None and a.how in _NATIONS), None)
        if nation is not None and nation.country:  # "The attacker, a Syrian national, ..."
            return _Clue(1, noun.text, nation.country, "appositive")
        if app.pos_ in ("NOUN", "PROPN"):  # "The attacker, a 27-year-old local man, ..."
            return _Clue(3, noun.text, *setting_country(noun))
    if _named_as(noun) or any(c.dep_ == "amod" and c.lemma_.lower() in _HELD for c in noun.children):
        return _Clue(3, noun.text, *setting_country(noun))  # "identified the suspect as X", "the detained suspect"
    held = _held(noun, events)
    if held is not None:
        return held
    return None


def _named_as(noun: Token) -> bool:
    """ "identified the suspect as X", "the suspect was named as X"."""
    head = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or head.lemma_.lower() not in _NAMING:
        return False
    return any(p.lower_ == "as" and any(o.dep_ == "pobj" for o in p.children) for p in head.children)


def _held(noun: Token, events: list[Event]) -> _Clue | None:
    """An arrest, charge or shooting the piece codes of police, a court or soldiers (the
    source) on the noun (the target): the country of the one held, else of that body."""
    st = noun.doc._.setting
    si = st.sentence_of(noun.i) if st is not None else None
    at = noun.idx
    for e in events:
        src, tgt = e.source, e.target
        if src is None or tgt is None or src.get("sector") not in _BODIES or e.sentence_index != si:
            continue
        phrase = e.target_phrase
        covers = phrase["span"][0] <= at < phrase["span"][1] if phrase else tgt.get("text") == noun.text
        if covers and (country := tgt.get("country") or src.get("country")):
            return _Clue(2, noun.text, country, "sentence")
    return None


def _doer(clues: list[_Clue]) -> Actor | None:
    """The one attacker the clues identify, as a source actor; None when they name two persons
    or two countries of their own."""
    people = {(c.person.name or c.person.text).lower().split()[-1] for c in clues if c.person is not None}
    own = {c.country for c in clues if c.rank <= 1 and c.country}
    if len(people) > 1 or len(own) > 1:
        return None
    best = min((c for c in clues if c.country), key=lambda c: c.rank, default=None)
    if best is None:
        return None
    if best.person is not None:
        return best.person
    country = best.country
    doer = Actor(best.text, [0, 0], None, None, country, None, actor_code(country, None))
    doer.how, doer.resolved_by = HOW, best.by
    return doer


def _is_doer(target: dict | None, doer: Actor, words: set[str]) -> bool:
    """Is an act's target the attacker themselves ("the attacker was shot dead")?"""
    if target is None:
        return False
    last = (target.get("text") or "").lower().split()[-1:]
    return bool(last and last[0] in words) or (doer.name is not None and target.get("name") == doer.name)


def _done_by(doc: Doc, e: Event, doer: Actor) -> Event:
    """The act with the attacker as its source: a private person's force is 18 (private_force);
    its id names that source (an act of force with no source is never an intent or demand
    reading, whose id would also name its code)."""
    code = e.cameo
    if (recoded := private_code(code)) and (doer.how == HOW or private(doer)):
        code = recoded
    c = cameo.lookup(code)
    source = doer.ref()
    return replace(
        e,
        event_id=event_id(doc._.article_id, doc._.offset + e.span[0], source, e.target),
        source=source,
        **c.event_fields(),
        rule=e.rule + "+identified_doer",
    )
