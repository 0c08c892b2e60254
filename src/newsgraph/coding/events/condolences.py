"""Whom sympathy is for (meetings.yaml sympathy_codes): "our condolences are with the family of X",
"everybody's sympathies are with the victims": a sympathy noun whose clause is a copula with a
"with" phrase is for that phrase's people, when the trigger's own phrases named no one.

In a quotation no trigger word names it (`quoted_sympathy`, called by quoted.py): "let's all
pray for X", "I pray for the victims", "we are with X in our thoughts and prayers", "our
thoughts and prayers are with X and his loved ones" (meetings.yaml sympathy_*)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules
from ...ruleschemas import MeetingRules
from .readings import Dyad
from .syntax import children


def sympathy_targets(tok: Token, dyads: list[Dyad], preps: frozenset[str], nouns: frozenset[str]) -> list[Dyad]:
    """`dyads` with a null target aimed at the people a copula's `preps` phrase ("are with
    [the family of X]") names, when the copula over the trigger `tok` has a sympathy noun
    (`nouns`) as its subject ("sympathies are with X and our [condolences] to them"); the
    family of a named victim is of the victim's country."""
    if not dyads or any(d.target is not None for d in dyads):
        return dyads
    cop = tok
    for _ in range(6):  # "[our condolences] are", or a conjunct the parser hung inside the phrase
        if cop.lemma_ == "be" or cop.head.i == cop.i:
            break
        cop = cop.head
    subj = children(cop, "nsubj")
    if cop.lemma_ != "be" or not subj or subj[0].lemma_.lower() not in nouns:
        return dyads
    at = tok.doc._.actor_at or {}
    for p in cop.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for o in children(p, "pobj"):
            who = at.get(o.i)
            if who is None:
                continue
            who = _placed_kin(o, who, at)
            return [replace(d, target=who) if d.source is not who else d for d in dyads]
    return dyads


# how a group the text gives no country of its own was placed: by the setting around it
_SETTING_GUESSES = frozenset({"sentence", "paragraph"})


def mourned_abroad(tok: Token, dyads: list[Dyad]) -> list[Dyad]:
    """Sympathy dyads whose people mourned ("condolences to [the families of the victims]") the
    actors stage placed only by the sentence or paragraph around them, in the sympathiser's own
    country, aimed instead at the article's main country when that is another: a foreign leader's
    sentence names the leader's country, but the dead a story mourns are the story's ("India's Prime
    Minister expressed condolences to the families of the victims" in a report from Islamabad)."""
    setting = tok.doc._.setting
    main = setting.main if setting is not None else None
    out = []
    for d in dyads:
        s, t = d.source, d.target
        if (
            main
            and s is not None
            and t is not None
            and t.kb_id is None
            and t.sector == "CVL"
            and t.resolved_by in _SETTING_GUESSES
            and t.country == s.country
            and main != s.country
        ):
            t = replace(t, country=main, code=actor_code(main, t.sector), resolved_by="article")
            d = replace(d, target=t)
        out.append(d)
    return out


def _of_country(who: Actor, kin: Actor) -> Actor:
    """`who` placed in `kin`'s country."""
    return replace(who, country=kin.country, code=actor_code(kin.country, who.sector), resolved_by="appositive")


def _placed_kin(o: Token, who: Actor, at: dict[int, Actor]) -> Actor:
    """ "the family of X": of X's country, when the phrase's own actor has none."""
    if who.country:
        return who
    kin = next((a for t in o.subtree if (a := at.get(t.i)) is not None and a is not who and a.country), None)
    return _of_country(who, kin) if kin is not None else who


@cache
def _rules() -> MeetingRules:
    return load_rules(MeetingRules)


_FIRST = frozenset({"i", "we", "'s", "us"})  # "let's pray": the speaker and his hearers


def quoted_sympathy(tok: Token) -> tuple[Token, list[Actor]] | None:
    """Sympathy a quotation's words state at `tok` (a verb inside a quotation with a coded speaker):
    the phrase naming whom it is for and their placed actors (none: an unnamed or unplaced one,
    a null target), or None when `tok` states no sympathy for anyone."""
    rules = _rules()
    lemma = tok.lemma_.lower()
    subj = children(tok, "nsubj")
    if not subj:
        return None
    s = subj[0].lemma_.lower()
    first = subj[0].lower_ in _FIRST
    with_: list[Token] = []
    if lemma in rules.sympathy_prayers and first:  # "I pray for X", "let's all pray for X"
        with_ = [o for p in children(tok, "prep") if p.lower_ == "for" for o in children(p, "pobj")]
    elif lemma == "be" and (s in rules.sympathy_nouns or (first and _in_thoughts(tok, rules.sympathy_nouns))):
        with_ = [o for p in children(tok, "prep") if p.lower_ in rules.sympathy_preps for o in children(p, "pobj")]
    elif lemma in rules.sympathy_motion and s in rules.sympathy_nouns:  # "my thoughts go (out) to X"
        with_ = [o for p in children(tok, "prep") if p.lower_ == "to" for o in children(p, "pobj")]
    if not with_:
        return None
    at = tok.doc._.actor_at or {}
    for o in with_:
        named = [a for t in o.subtree if (a := at.get(t.i)) is not None]
        people = [o, *o.conjuncts]
        if not named and not any(t.lemma_.lower() in rules.sympathy_people for t in people):
            continue  # "we pray for peace": for no one
        found: list[Actor] = []
        for t in people:
            who = at.get(t.i)
            if who is None:
                who = next((a for c in t.subtree if (a := at.get(c.i)) is not None and a.country), None)
            if who is not None and (who := _placed_kin(t, who, at)).country and who not in found:
                found.append(who)
        return o, found
    return None


def _in_thoughts(tok: Token, nouns: tuple[str, ...]) -> bool:
    """ "we are with X [in our thoughts and prayers]" (the phrase on the copula or on X)."""
    for p in tok.subtree:
        if p.dep_ == "prep" and p.lower_ == "in":
            for o in children(p, "pobj"):
                if o.lemma_.lower() in nouns or any(c.lemma_.lower() in nouns for c in o.conjuncts):
                    return True
    return False
