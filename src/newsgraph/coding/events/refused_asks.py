"""A refusal that names nothing it refuses answers the request just made of its doer: "X asked Y to
delay the ruling, but [Y] declined", "X urged Y to reopen the border, but Y refused", "We told the
president ... He [refused]." CAMEO's rejections (12) are aimed at the one whose request is
rejected, so the target is who asked: the doer of the latest act of asking (events.yaml
asking_codes: appeals 02, demands 10) in the same sentence or the one before that was aimed at
the one who refuses. No such ask there, no target: a refusal of something named ("refused the
offer", "declined to comment") is left to its own object (earlier.py), and "X declined" with no
request told names no one it answers."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...model import Actor
from .lexicon import Trigger
from .matching import POS
from .syntax import children

if TYPE_CHECKING:
    from .earlier import EarlierActs

# what a refusal may have and still name nothing refused: "refused [to do so]", "declined [to]"
_STAND_INS = frozenset({"do", "so", "it", "that"})


def refused_asker(who: EarlierActs, tok: Token, trig: Trigger) -> list[Actor]:
    """The askers a bare refusal at `tok` answers (module docstring), or none."""
    if tok.pos_ != "VERB" or not trig.cameo.startswith(who.words.refusing_codes) or not _bare(tok):
        return []
    refusing = who.subject(tok)
    if refusing.passive or not refusing.actors:
        return []
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    every = who.trigger_words(tok.doc)  # the Doc's trigger words, found once; these sentences' only
    words = every[bisect.bisect_left(every, start) :]
    found = who.walk_back(tok.doc, tok.i, lambda t: _asked_of(who, t, refusing.actors), words)
    return [a for a in found or () if a.country or a.code]


def _bare(tok: Token) -> bool:
    """Does the refusal name nothing it refuses: no object, clause or infinitive of its own but a
    stand-in for the act asked ("refused to do so")?"""
    if children(tok, "dobj", "ccomp", "nsubjpass", "prep"):
        return False
    return all(t.lower_ in _STAND_INS for x in children(tok, "xcomp") for t in x.subtree if t.pos_ != "PART")


def _asked_of(who: EarlierActs, t: Token, refusers: list[Actor]) -> list[Actor] | None:
    """The askers of an act of asking at `t` aimed at one of `refusers`, as `walk_back` takes it
    (None: no such ask, look further back)."""
    cands = who.matcher.triggers.get((t.lemma_.lower(), POS.get(t.pos_) or ""))
    entry = who.matcher.match(t, cands) if cands else None
    if entry is None or not entry.cameo.startswith(who.words.asking_codes):
        return None
    passive = t.pos_ == "VERB" and bool(children(t, "nsubjpass", "auxpass"))
    aimed = who.targets(who.site(t) if t.pos_ == "NOUN" else t, entry, passive).actors
    if not any(a.same_as(r) for a in aimed for r in refusers):
        return None
    if t.pos_ == "NOUN":
        return who.noun_source(t)
    asking = who.subject(t)
    return [] if asking.passive else asking.actors
