"""Signers at an organisation's gathering (GUIDELINE "Meetings": visitor-visitor pairs are not
coded): "leaders met for an AU summit where X and Y signed the agreement" is each signer's
signing with the organisation whose gathering it is (057 X -> AU, Y -> AU), not X's with Y; a
treaty the object calls their own ("a bilateral treaty") stays between them (meetings.yaml
gathering_codes, own_deal_words)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import MeetingRules
from .readings import Dyad


@cache
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    """meetings.yaml gathering_codes and own_deal_words."""
    r = load_rules(MeetingRules)
    return tuple(r.gathering_codes), lowered(r.own_deal_words)


def gathered_signers(tok: Token, dyads: list[Dyad], code: str, meeting_nouns: frozenset[str]) -> list[Dyad]:
    """`dyads` of an act `tok` (a code of gathering_codes) with each coordinated doer's event
    aimed at the other doers retargeted to the organisation whose gathering the act was done
    at (`_host_organisation`); other dyads, and all when there is none, as they are."""
    codes, own = _words()
    if not code.startswith(codes) or any(
        c.lemma_.lower() in own for o in tok.children if o.dep_ == "dobj" for c in o.children
    ):
        return dyads
    doers = [d.source for d in dyads if d.source is not None]
    if not any(d.target is not None and any(d.target is s for s in doers) for d in dyads):
        return dyads
    igo = _host_organisation(tok, meeting_nouns)
    if igo is None:
        return dyads
    out: list[Dyad] = []
    for d in dyads:
        if d.source is not None and any(d.target is s for s in doers):
            if any(x.source is d.source and x.target is igo for x in out):
                continue
            d = replace(d, target=igo, target_phrase=None)
        out.append(d)
    return out


def _host_organisation(tok: Token, meeting_nouns: frozenset[str]) -> Actor | None:
    """The organisation (an IGO actor) named on the gathering `tok` was done at: the meeting
    noun `tok`'s relative clause describes ("an [AU] summit where ... signed") or an "at" /
    "during" phrase of `tok` names ("at the [AU] summit"); or named on what was signed, the
    organisation's own ("signed the [AU] trade agreement"): in the noun's own words, before it
    or in an "of" phrase ("the summit of the [AU]")."""
    nouns = [tok.head] if tok.dep_ == "relcl" and tok.head.lemma_.lower() in meeting_nouns else []
    nouns += [
        o
        for p in tok.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in meeting_nouns
    ]
    nouns += [o for o in tok.children if o.dep_ == "dobj"]
    at = tok.doc._.actor_at or {}
    for n in nouns:
        own = [t for c in n.lefts for t in c.subtree]
        own += [t for p in n.rights if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
        for t in own:
            a = at.get(t.i)
            if a is not None and (a.code or "").startswith("IGO"):
                return a
    return None
