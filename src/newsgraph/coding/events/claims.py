"""Claims of responsibility told as a report of one's own act: "the Pakistani Taliban said [it]
carried out the attack", "the group said one of [its] fighters carried out the bombing", "the BLA
said [it] was responsible for the attack" (copulas: accusations.Attributions). A speaker who says
its own side did an act of force (events.yaml claim_act_codes via claimed_act_codes) named by an
act noun ("the attack", "the bombing") claims responsibility for it: CAMEO 015, by the speaker,
aimed at whom the act hit (GUIDELINE: the attacked party if named, else none).

Only an act named by its noun: a plain verb of force ("the army said it killed 20 militants") is
the speaker's report of its own act, coded as that act. And only where it is a claim: an act the
text told before ("the attack": a definite act noun pointing back) or one a side outside the
state did (a state's forces reporting their own new strike report it; same_side_sectors). The
act itself stays coded, its doer the claimer, as claimed_doers.py gives a claimed act its claimer.
A denied one ("said it did not carry out the attack", "denied it carried out the bombing") is no
act the text states: only the denial (016) is coded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import cameo
from ...model import Actor
from .lexicon import Trigger
from .syntax import children

if TYPE_CHECKING:
    from .accusations import Accusations, Accused, Cue
    from .readings import Dyad

CLAIM_CODE = "015"  # CAMEO: acknowledge or claim responsibility
DENIAL_CODE = "016"  # CAMEO: deny responsibility


def claim_trigger(cue: Token, code: str = CLAIM_CODE) -> Trigger:
    """The entry a claim (or denial) told by a report verb is written with."""
    return Trigger(cue.lemma_.lower(), "verb", code, ("none",), None, (), (), (), "events/claims.py")


def claimed_noun(acc: Accusations, tok: Token) -> Token | None:
    """The act noun of force the reported verb carries out ("carried out [the attack]", "staged
    [a bombing]"), if its object is one."""
    return next((o for o in children(tok, "dobj") if acc.who.force_noun(o)), None)


def own_side(acc: Accusations, speaker: Actor, doer: Actor, subject: Token | None) -> bool:
    """Is the doer the speaker's own side: the same actor or state, or a pronoun the speaker
    speaks of itself with ("said [it] carried out", "one of [its] fighters")?"""
    if acc._same_side(speaker, doer) or doer.text.lower() in acc.who.words.speaker_pronouns:
        return True
    return subject is not None and any(
        t.lower_ in ("its", "their", "our") and t.dep_ == "poss" for t in subject.subtree
    )


def claims(acc: Accusations, tok: Token, cue: Cue, dyads: list[Dyad]) -> tuple[list[Dyad], Accused | None]:
    """The act's dyads that stay its doer's, and the claim of responsibility the report makes of
    it (None when it makes none). An act the speaker says its side did not do ("the Taliban said
    they did not carry out the attack") is its denial of responsibility (016), and no act."""
    noun = claimed_noun(acc, tok)
    if noun is None:
        return dyads, None
    denied = any(c.dep_ == "neg" for c in tok.children)
    words = acc.who.words
    subjects = children(tok, "nsubj")
    subject = subjects[0] if subjects else None
    told_before = acc.who.points_back(noun)
    kept: list[Dyad] = []
    claim: Accused | None = None
    for d in dyads:
        doer = d.source
        speakers = [
            s
            for s in cue.speakers
            if doer is not None
            and d.modality == ("negated" if denied else "actual")  # not "said it would carry out attacks"
            and d.code.code.startswith(words.claimed_act_codes)
            and own_side(acc, s, doer, subject)
            and (told_before or s.sector not in acc.words.same_side_sectors)
        ]
        if not speakers:
            kept.append(d)
            continue
        if not denied:
            kept.append(d)  # the act, its doer the claimer, besides the claim (claimed_doers.py's reading)
        if claim is None:
            claim = _claim(acc, cue.word, DENIAL_CODE if denied else CLAIM_CODE)
        for s in speakers:
            if not any(c.source is s and c.target is d.target for c in claim.dyads):
                phrase = acc.who.phrase_of(s, cue.word)
                claim.dyads.append(replace(d, source=s, code=claim.code, modality="actual", source_phrase=phrase))
    return kept, claim


def _claim(acc: Accusations, cue: Token, code: str) -> Accused:
    from .accusations import Accused

    return Accused(cue, claim_trigger(cue, code), cameo.lookup(code), [])


def denied_act(acc: Accusations, tok: Token) -> bool:
    """Is the act named by its noun what a speaker denies doing ("Hezbollah denied [it] had
    carried out the bombing", events.yaml denying_verbs)? Its clause is the content of the
    denial of responsibility (016, the verb's own entry), not a fact the text states: the act is
    not coded from it."""
    denying = acc.who.words.denying_verbs
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in denying and claimed_noun(acc, tok) is not None
