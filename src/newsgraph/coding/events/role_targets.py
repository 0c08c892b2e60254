"""Targets named only by their role in a crime report: "the attacker", "the suspect", "the accused".

"The attacker was shot dead by police", "Police arrested the suspect": a role noun of a crime
report (actors.yaml `role_nouns` marked `held`) that the actors stage did not tie to a person the
article named (actors/roles.py gives the noun that person, country and all) is still a person of
the story. Police and courts act on people under their jurisdiction: the country of the police
or court acting on them (the source), else the country the piece is set in (victims.py
`setting_country`). GUIDELINE: "the officers who shot an attacker in London are GBR COP" and the
attacker is British. A role named by what the person did ("the attacker", "the gunman") has no
sector (GUIDELINE: none for a lone attacker); one named by what was done to them ("the accused",
"the suspect", "the defendant") is a private person (`sector`, CVL).

Only the target: an unnamed attacker as the doer of an attack stays no source (events.yaml
null_source_codes).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules
from ...ruleschemas import ActorRules
from .courts import held_by_state
from .elsewhere import Targets
from .lexicon import ModalityWords
from .victims import setting_country

_HELD = {word.lower(): role for word, role in load_rules(ActorRules).role_nouns.items() if role.held}
_ROLES = frozenset(_HELD)

HOW = "implied:role"  # how a person named only by their role was found


def is_role_noun(tok: Token) -> bool:
    """Is the word a role noun of a crime report ("the attacker", "the accused", "two suspects")?"""
    return tok.lower_ in _ROLES or tok.lemma_.lower() in _ROLES


def role_person(targets: Targets, sources: list[Actor | None], bodies: frozenset[str], sector: str) -> Targets:
    """A target phrase headed by a role noun with no actor of its own: a person of the country of
    the police or court acting on them (`bodies`: the sectors of events.yaml implied_agents and
    undergone_acts), else of the piece's setting; anything else is kept."""
    head = targets.head
    if targets.actors or head is None or head.pos_ not in ("NOUN", "PROPN", "VERB") or not is_role_noun(head):
        return targets
    body = next((s for s in sources if s is not None and s.sector in bodies and s.country), None)
    country, by = (body.country, body.resolved_by) if body is not None else setting_country(head)
    if not country:
        return targets
    role = _HELD.get(head.lower_) or _HELD[head.lemma_.lower()]
    own = None if role.doer else sector  # the attacker: none; the accused: a private person
    span = [head.idx, head.idx + len(head.text)]
    person = Actor(head.text, span, None, None, country, own, actor_code(country, own))
    person.how, person.resolved_by = HOW, by
    return Targets([person], head)


def held_persons(
    targets: Targets, sources: list[Actor | None], bodies: frozenset[str], words: ModalityWords
) -> Targets:
    """The persons a police or court acts on named only by what they are (courts.held_by_state: "[an
    individual] has been arrested") or by their role in a crime report ("shot [the attacker]")."""
    targets = held_by_state(targets, sources, bodies, words.held_nouns, words.crowd_sector)
    return role_person(targets, sources, bodies, words.crowd_sector)
