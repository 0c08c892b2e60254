"""A person held by a country's police or courts is under its jurisdiction (events.yaml
held_verbs, custody_nouns, guilt_verbs, clearing_verbs).

A person the text names, whom it gives no country, title or side of their own, takes a country
when police, prosecutors or a court act on them: the object or passive subject of an arrest, a
charge, a trial, a conviction, a sentence or an investigation ("police arrested [X]", "[X] was
sentenced to life"; a participle after the clause: "[X] appeared in court, charged with murder"),
the subject of a plea or confession ("[X] pleaded guilty", "[X] confessed", "[X] was
acquitted"), or one taken into or held in custody. The country is the acting body's
(the agent or subject: "by Toronto police", "Judge Y sentenced X"), else, with no body named or
one with no country, the sentence's, the paragraph's or the article's (courts try people in
their own jurisdiction). Run before the repeated names share their codes, so every mention of
the person takes it. A name the NER took for a person is trusted only as a PERSON of two
capitalised words or more, or a one-word repeat of such a name's last or first word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules
from ...ruleschemas import EventRules
from ..adjuncts import passive_adjunct
from .mentions import Mentions
from .setting import Setting

_RULES = load_rules(EventRules)
_VERBS = frozenset(_RULES.held_verbs)
_CUSTODY = frozenset(_RULES.custody_nouns)
_GUILT = {k: frozenset(v) for k, v in _RULES.guilt_verbs.items()}
_CLEARING = frozenset(_RULES.clearing_verbs)
# the bodies that arrest, charge and try (events.yaml implied_agents, undergone_acts)
_BODIES = frozenset({*_RULES.implied_agents.values(), *_RULES.undergone_acts.values()})


def held_persons(doc: Doc, mentions: Mentions, setting: Setting) -> None:
    """Give the named private persons police or courts act on the country of that body, in place."""
    actors, at = mentions.actors, mentions.at
    words: dict[int, list[Token]] = {}
    for i, k in at.items():
        words.setdefault(k, []).append(doc[i])
    named = {k: _name(toks) for k, toks in words.items()}
    names = {k for k, name in named.items() if len(name) >= 2 and name[-1].i - name[0].i == len(name) - 1}
    # a repeat by a surname, last or (East Asian order: "Jong Woo Son ... Jong") first
    surnames = {w for k in names for w in (named[k][0].lower_, named[k][-1].lower_)}
    for k, toks in words.items():
        a = actors[k]
        if a.how != "context:person" or a.country or a.sector:
            continue
        name = named[k]
        if k not in names and not (len(name) == 1 and name[0].lower_ in surnames):
            continue
        for t in toks:
            held = held_by(t, mentions, setting)
            if held is not None:
                a.country, a.resolved_by = held
                a.code = actor_code(a.country, None)
                break


def _name(toks: list[Token]) -> list[Token]:
    """The capitalised PERSON words of a mention, in order (not the he/she standing for it)."""
    return sorted((t for t in toks if t.ent_type_ == "PERSON" and t.text[:1].isupper()), key=lambda t: t.i)


def argument(t: Token) -> Token:
    """The subject or object a conjoined name shares ("sentenced [David] and [Louise]": David),
    or that a name is put beside ("[An Australian], [X], appeared in court": one person)."""
    while t.dep_ in ("conj", "appos") and t.head.dep_ in ("nsubjpass", "dobj", "nsubj"):
        t = t.head
    return t


def held_by(t: Token, mentions: Mentions, setting: Setting) -> tuple[str, str] | None:
    """The country whose police or court acts on the person at `t`, and how it was found (a
    `model.RESOLVED_BY` value: the body the sentence names is "sentence"); None: none does."""
    t = argument(t)
    dep, verb = t.dep_, t.head
    lemma = verb.lemma_.lower()
    if dep == "dobj" and lemma in _VERBS:
        body = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif dep == "nsubjpass" and (lemma in _VERBS or lemma in _CLEARING or _guilty(verb)):
        body = next((p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    elif dep == "nsubj" and lemma not in _VERBS and _guilty(verb):
        body = None
    elif dep in ("nsubj", "nsubjpass") and _in_custody(verb):
        body = None
    elif dep == "nsubj" and (adjunct := _held_adjunct(verb)) is not None:
        # "X appeared in court, [charged] with murder": X was charged (adjuncts.py)
        verb, body = adjunct, next((p for a in adjunct.children if a.dep_ == "agent" for p in a.children), None)
    else:
        return None
    if body is not None:
        actor = _actor(body, mentions)
        if actor is None or actor.sector not in _BODIES:
            return None  # "his wife charged him with ...": no police or court
        if actor.country:
            return actor.country, "sentence"
    country, by = setting.country_at(verb.i, verb.idx)
    return (country, by) if country and by else None


def _held_adjunct(verb: Token) -> Token | None:
    """A held verb set after the clause as a passive participle ("appeared in court, [charged]
    with murder", "spoke to reporters, [flanked] ..." is none): its patient is the clause's subject."""
    return next((c for c in verb.children if c.lemma_.lower() in _VERBS and passive_adjunct(c)), None)


def _guilty(verb: Token) -> bool:
    """A finding or admission of guilt ("found guilty", "pleaded guilty", "confessed")."""
    needs = _GUILT.get(verb.lemma_.lower())
    if needs is None:
        return False
    if not needs:
        return verb.lemma_.lower() != "admit" or any(c.lemma_.lower() == "guilt" for c in verb.children)
    return any(c.lower_ in needs or any(g.lower_ in needs for g in c.children) for c in verb.children)


def _in_custody(verb: Token) -> bool:
    """ "taken into custody", "remains in custody"."""
    return any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _CUSTODY for o in p.children)
        for p in verb.children
    )


def _actor(t: Token, mentions: Mentions) -> Actor | None:
    for w in (t, *(c for c in t.children if c.dep_ in ("compound", "poss"))):
        if w.i in mentions.at:
            return mentions.actors[mentions.at[w.i]]
    return None
