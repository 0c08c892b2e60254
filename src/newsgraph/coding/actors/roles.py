"""Role nouns standing for a person the article named (actors.yaml `role_nouns`).

Crime and court reports name a person once and then call them by their role: "An Australian,
X, was charged with murder. ... Police arrested the accused". A definite singular role noun
("the accused", "the gunman", "the judge") with no name of its own stands for the one person
named before it in that role, found in this order:

1. a person in apposition with the same noun ("the gunman, X", "X, the gunman", "the gunman,
   identified as X", "X was identified as the gunman", "Judge X");
2. (`held` roles) the person police or courts act on (`held.py`: "X was arrested");
3. the person who is the doer (subject, passive agent) or undergoer (object, passive subject)
   of one of the role's verbs ("X shot ..." for "the gunman").

Two different persons at a step: none ("the suspect" of an article naming two suspects), nor
when the role word names another person after the one found ("Judge X ... another judge ... the
judge"); the suspect, accused or attacker found by steps 2 and 3 is a private person (no sector). The
role noun then takes that person's actor, country and all. A role noun with no person before it,
an indefinite ("a suspect") or a plural ("the victims") is left as it is.

The person's own country comes from the text before this runs (`origin.py`: "An Australian, X").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ...rulefile import load_rules
from ...ruleschemas import ActorRules, RoleNoun
from ..component import tokens_with
from .held import argument, held_by
from .mentions import Mentions
from .setting import Setting

_ROLES: dict[str, RoleNoun] = dict(load_rules(ActorRules).role_nouns)
_PERSON = ("kb:person", "context:person")
_NAMING = frozenset({"identify", "name"})  # "the gunman, identified as X"


def resolve_roles(doc: Doc, mentions: Mentions, setting: Setting) -> None:
    """Point each definite singular role noun at the one person named before it in that role."""
    if not _ROLES:
        return
    nouns = [t for t in tokens_with(doc, LOWER, _ROLES) if _definite_singular(t, mentions)]
    if not nouns:
        return
    actors, at = mentions.actors, mentions.at
    roots = [
        doc[i]
        for i, k in sorted(at.items())
        if actors[k].how in _PERSON and not (doc[i].head.i != i and at.get(doc[i].head.i) == k)
    ]
    if not roots:
        return
    held: dict[int, bool] = {}
    found: dict[int, int] = {}
    for noun in nouns:
        role = _ROLES[noun.lower_]
        before = [p for p in roots if p.i < noun.i or _apposed(p, noun.lower_)]
        steps = [[p for p in before if _apposed(p, noun.lower_)]]
        if role.held:  # a suspect or attacker is a private person: no office or body of their own
            private = [p for p in before if not actors[at[p.i]].sector]
            steps.append([p for p in private if _is_held(p, mentions, setting, held)])
            if role.doer or role.undergoer:
                steps.append([p for p in private if _in_role(p, role)])
        elif role.doer or role.undergoer:
            steps.append([p for p in before if _in_role(p, role)])
        others = [t.i for t in doc[: noun.i] if t.lower_ == noun.lower_ and _another(t)]
        for cands in steps:
            people = {_key(actors[at[p.i]].name or actors[at[p.i]].text) for p in cands}
            if len(people) > 1:
                break
            if people:
                if not others or others[-1] < cands[-1].i:
                    found[noun.i] = at[cands[-1].i]
                break  # "Judge X ... another judge ... the judge": which, unsaid
    for i, k in found.items():
        if not actors[k].code:
            continue  # a person with no code of their own: the noun keeps what it has
        old = at.get(i)
        at[i] = k
        for c in doc[i].children:  # "The" of "The gunman"
            if c.dep_ == "det" and (old is None or at.get(c.i) == old):
                at[c.i] = k


def _definite_singular(t: Token, mentions: Mentions) -> bool:
    if t.tag_ in ("NNS", "NNPS") or (t.i in mentions.at and mentions.person_at(t.i) is not None):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    return not any(c.ent_type_ == "PERSON" and c.dep_ in ("compound", "flat") for c in t.children)


def _another(t: Token) -> bool:
    """ "a judge", "another judge", "the other suspect": the role word for another person."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or (c.dep_ == "amod" and c.lower_ == "other")
        for c in t.children
    )


def _key(name: str) -> str:
    """A person's surname, lowercased: "Tarrant" and "Brenton Tarrant" are one person."""
    words = name.lower().split()
    return words[-1] if words else name


def _apposed(p: Token, word: str) -> bool:
    """Is the person at `p` put beside the role word ("the gunman, X", "X, the gunman",
    "the gunman, identified as X", "Judge X")?"""
    if p.dep_ == "appos" and p.head.lower_ == word:
        return True
    if any(c.dep_ in ("appos", "compound") and c.lower_ == word for c in p.children):
        return True
    h = p.head
    if p.dep_ == "nsubjpass" and h.lemma_.lower() in _NAMING:  # "X was identified as the gunman"
        return any(a.lower_ == "as" and any(o.lower_ == word for o in a.children) for a in h.children)
    if p.dep_ == "pobj" and h.lower_ == "as" and h.head.lemma_.lower() in _NAMING and h.head.dep_ == "acl":
        return h.head.head.lower_ == word
    return False


def _is_held(p: Token, mentions: Mentions, setting: Setting, memo: dict[int, bool]) -> bool:
    if p.i not in memo:
        memo[p.i] = held_by(p, mentions, setting) is not None
    return memo[p.i]


def _in_role(p: Token, role: RoleNoun) -> bool:
    """Is the person at `p` the doer or undergoer of one of the role's verbs?"""
    p = argument(p)
    dep, verb = p.dep_, p.head
    if dep == "pobj" and verb.dep_ == "agent":
        return verb.head.lemma_.lower() in role.doer
    lemma = verb.lemma_.lower()
    if dep == "nsubj":
        return lemma in role.doer
    return dep in ("dobj", "nsubjpass") and lemma in role.undergoer
