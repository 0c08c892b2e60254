"""Officers of bodies outside the state: a state office's word ("president", "spokesman")
that a body's name modifies ("Microsoft president Brad Smith", "the Greenpeace spokesman")
names that body's officer, not a head or official of a country. CAMEO codes such a person
by the body: a firm's is BUS, a newspaper's MED, a charity's NGO, of the body's country when
the KB knows it (GUIDELINE: the body the text gives). A body the KB lists as a state's,
a party's or an armed group's keeps the title's own reading ("the Pentagon spokesman")."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Token

from ...kb import Agent, Org
from ..component import entity_of
from .named_for_places import STATE_SECTORS

# KB kinds of bodies outside the state, whose officers hold no state office
OUTSIDE_KINDS = frozenset({"company", "media", "ngo"})


def _body_modifiers(tok: Token) -> list[Token]:
    """The name words written before `tok` that modify it ("Microsoft" in "Microsoft president")."""
    return [t for t in tok.lefts if t.dep_ in ("compound", "poss", "nmod") and t.text[:1].isupper()]


def outside_body(t: Token, orgs: Mapping[str, Org]) -> Org | None:
    """The KB body outside the state that the word `t` names ("Reuters", "Greenpeace"), or None."""
    if not t.ent_id_.startswith("org:"):
        return None
    org = orgs.get(t.ent_id_.partition(":")[2])
    return org if org is not None and org.kind in OUTSIDE_KINDS else None


def body_officer(
    tok: Token,
    agent: Agent,
    orgs: Mapping[str, Org],
    state_word: Callable[[Token], bool],
    place: Callable[[str], str | None],
    body_nouns: Mapping[str, str],
) -> Agent:
    """`agent`, the state office `tok` names, as the officer of the body a name before it names:
    a KB body outside the state gives its sector; a name the NER tagged ORG and the KB lacks
    gives NGO when a word of it says so (`body_nouns`: "Society", "Foundation"), else BUS (a
    firm: what news most often names so). Such a name with a state body's word (`state_word`:
    "Interior Ministry", or a level of government: "State prosecutors"), one that is a place (`place`: a city the NER took for a body), or
    written in capitals (an acronym: "NTSB", often a state agency) keeps the office's reading."""
    if agent.sector not in STATE_SECTORS:
        return agent
    for t in _body_modifiers(tok):
        org = outside_body(t, orgs)
        if org is not None:
            return replace(agent, sector=org.sector)
        if t.ent_type_ != "ORG" or t.ent_id_:
            continue
        ent = entity_of(t)
        words = list(ent) if ent is not None else [t]
        name = " ".join(w.text for w in words if w.lower_ != "the")
        if name.isupper() or any(state_word(w) for w in words) or place(name) or place(t.text):
            continue
        sector = next((body_nouns[w.lower_] for w in words if w.lower_ in body_nouns), "BUS")
        return replace(agent, sector=sector)
    return agent
