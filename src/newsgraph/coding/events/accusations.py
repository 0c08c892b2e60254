"""Accusations carried by what a speaker says (CAMEO 112): a speaker who alleges, claims, cites
or blames a hostile act of another actor ("X claimed Iran is [attacking] ...", "X cited the
government's [repression] of its people", "according to X, the rebels [shelled] ...") accuses
that actor. What the act's trigger coded as the doer's act becomes the speaker's accusation of
the doer; the act itself is coded only where the article states it as fact (GUIDELINE: what
an article states; an act a speaker only alleges is not one). The word lists are events.yaml's
(accusing_verbs, reporting_verbs, reporting_preps, alleging_modifiers, accused_act_codes, ...).

Two kinds of cue:
- an accusing verb (allege, claim, cite ...): its content is only alleged. The accusation is
  coded (unless the verb is an accusation entry itself: "accused X of [attacking]" keeps its
  own event) and the act is not coded as its doer's;
- a plain report ("X said ...", "according to X, ..."): the act is still coded as reported
  (modality.yaml reported_speech), and the speaker accuses its doer only when speaking for the
  side it was done to (or the act names no one it was done to); a news medium accuses no one.
A plain report that gives the act a condemning manner (events.yaml condemning_manners: "the
police [brutally] dispersed ...", "suppressed protests in an [unlawful] way") accuses its doer
whoever it was done to.
No accusation: the speaker's own side's act ("we attacked"), an act the speaker denies or
hypothesises (no cue of these lists: "denied that it attacked"; a negated, hypothetical cue or
act), an act with no named doer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import cameo
from ...kb.cameo import CameoCode
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from ..component import words_lemmatized
from .claims import CLAIM_CODE, claim_trigger, claims, denied_act
from .deontic import Deontic, DeonticAct
from .implied import REPORTERS
from .lexicon import AccusationWords, Trigger, accusation_words
from .matching import Matcher
from .syntax import children

if TYPE_CHECKING:
    from .participants import Participants
    from .readings import Dyad

# the relations by which what a cue verb says hangs on it: a clause, an object ("cited [the
# repression]"), a "for"/"of" phrase ("blamed X [for] the attack", "accused X [of] attacking")
CONTENT_DEPS = frozenset({"ccomp", "dobj", "prep"})
MAX_CLIMB = 12  # words between an act and the verb that reports it, at most


@dataclass(slots=True)
class Cue:
    """The word that makes an act what a speaker says, and whose words they are."""

    word: Token
    accusing: bool  # an accusing verb (the act only alleged), else a plain report
    speakers: list[Actor]


@dataclass(slots=True)
class Accused:
    """An accusation an act's report carries: the cue word, its entry and the speaker-doer dyads."""

    cue: Token
    trigger: Trigger
    code: CameoCode
    dyads: list[Dyad]


class Accusations:
    """Reads an act's dyads as a speaker's accusation where a cue governs the act."""

    def __init__(self, who: Participants, matcher: Matcher, words: AccusationWords | None = None) -> None:
        self.who = who
        self.matcher = matcher
        self.words = words or accusation_words()
        self.speech = who.words.speech

    def of_kind(self, tok: Token, trig: Trigger) -> Trigger:
        """ "accused India of [violating] the ceasefire": the accusation's code read off the act its
        "of" gerund names (accused_act_codes: fighting 1123, mass violence 1124, repression 1122),
        for the bare entry (112) of an accusing verb; the entry otherwise."""
        if trig.pos != "verb" or trig.cameo != "112" or tok.lemma_.lower() not in self.words.accusing_verbs:
            return trig
        for head in (tok, *children(tok, "dobj")):  # the parser may hang "of" on the object
            for p in children(head, "prep"):
                if p.lower_ != "of":
                    continue
                for g in children(p, "pcomp"):
                    entry = self.matcher.own_entry(g)
                    code = self.words.code_for(entry.cameo) if entry is not None else None
                    if code and code != trig.cameo:
                        return replace(trig, cameo=code)
        return trig

    def split(self, tok: Token, modality: str, dyads: list[Dyad]) -> tuple[list[Dyad], list[Accused]]:
        """The act's dyads that stay the doer's acts, and the accusations its report carries."""
        w = self.words
        alleged = any(c.dep_ in ("amod", "advmod") and c.lower_ in w.alleging_modifiers for c in tok.children)
        if denied_act(self, tok):
            return [], []  # "X denied it carried out the bombing": the denial (016) only
        if not alleged and modality == "negated" and (cue := self.cue(tok)) is not None:
            undenied, denial = claims(self, tok, cue, dyads)  # "X said it did not carry out the attack": 016
            if denial is not None:
                return undenied, [denial]
        if not alleged and modality not in ("actual", "planned"):
            return dyads, []
        if not alleged and not any(self._code(d) for d in dyads):
            return self._not_alleged(tok, dyads), []
        cue = self.cue(tok)
        if cue is None:
            # "investigation of [alleged] police violence": not stated as fact, no one named as saying it
            return ([], []) if alleged else (dyads, [])
        own = self._codes_itself(cue.word)
        if own is not None and not own.startswith("11"):
            return dyads, []  # "claimed responsibility for the attack" (015): no accusation
        dyads, claim = claims(self, tok, cue, dyads)  # "X said it carried out the attack": X's claim (015)
        if claim is not None:
            return dyads, [claim]
        if own is not None:
            # "accused X of attacking", "blamed X for the attacks": the verb's own entry is the
            # accusation; the act is its content, not a fact (one with no doer named still happened)
            return [d for d in dyads if d.source is None or not (self._code(d) or alleged)], []
        kept: list[Dyad] = []
        out: dict[str, Accused] = {}
        for d in dyads:
            code = self._code(d)
            doer = d.source
            accusers = [
                s
                for s in cue.speakers
                if code
                and doer is not None
                and (self._accuses(cue, s, doer, d.target) or (self._condemned(tok) and not self._same_side(s, doer)))
            ]
            if not accusers or (not cue.accusing and d.modality != "actual"):
                if not alleged:
                    kept.append(d)
                continue
            if not (cue.accusing or alleged):
                kept.append(d)  # a plain report of a fact: the act stays, and the speaker accuses
            assert code is not None
            acc = out.get(code) or out.setdefault(code, self._accused(cue.word, code))
            for s in accusers:
                if not any(a.source is s and a.target is doer for a in acc.dyads):
                    phrase = self.who.phrase_of(s, cue.word)
                    acc.dyads.append(
                        replace(
                            d,
                            source=s,
                            target=doer,
                            code=acc.code,
                            modality="actual",
                            source_phrase=phrase,
                            target_phrase=d.source_phrase,
                        )
                    )
        return kept, list(out.values())

    def _not_alleged(self, tok: Token, dyads: list[Dyad]) -> list[Dyad]:
        """The dyads of an act no accusation code reads that are stated as fact: under a verb
        that is an accusation itself ("alleged [that] X had contributed to suffering by
        [supporting] Y", "accused X of [helping] Y") what a named doer did is only alleged, as
        for hostile acts (the accusation is the verb's own event)."""
        cue = self.cue(tok)
        own = self._codes_itself(cue.word) if cue is not None and cue.accusing else None
        return [d for d in dyads if d.source is None] if own is not None and own.startswith("11") else dyads

    # -- the cue ------------------------------------------------------------------------
    def cue(self, tok: Token) -> Cue | None:
        """The accusing verb, report verb or "according to" governing the act, and its speakers:
        climbing from the act to the first verb of speech; none past a speech verb of no list
        ("denied that ..."), or one the act does not hang on as what is said (its subject)."""
        w = self.words
        t = tok
        for _ in range(MAX_CLIMB):
            found = self._according(t)
            if found is not None:
                return found
            if t.head.i == t.i:
                return self._parenthetical(t)
            if t.i != tok.i and any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
                return None  # "said there was [no] evidence the attacks came from X": not alleged
            head, dep = t.head, t.dep_
            lemma = head.lemma_.lower()
            if self._judged(t, head):
                return None  # "said it is unacceptable for X to [close] the border": the judgement is the event
            if head.pos_ in ("VERB", "AUX") and (lemma in w.accusing_verbs or lemma in w.reporting_verbs):
                if dep not in CONTENT_DEPS or any(c.dep_ == "neg" for c in head.children) or self._modal(head):
                    return None  # "Iran, which attacked, said ...": the speaker's own clause
                return self._cue(head, lemma in w.accusing_verbs, self.who.subject(head).actors)
            if head.pos_ in ("VERB", "AUX") and lemma in self.speech:
                return None  # "denied that it attacked", "confirmed ...": no accusation
            t = head
        return None

    @staticmethod
    def _judged(t: Token, head: Token) -> bool:
        """Is `t` the act an extraposed evaluation on `head` judges ("it is [unacceptable] for X to
        close", "it was wrong of X to leave")? That evaluation codes the speaker's view of the doer
        (reported_evaluations.py); the act is not also an accusation."""
        from .reported_evaluations import extraposed

        if head.lemma_.lower() != "be" or t.dep_ not in ("advcl", "xcomp", "ccomp"):
            return False
        return any(extraposed(head, w) for w in head.children if w.dep_ in ("acomp", "attr"))

    def _according(self, t: Token) -> Cue | None:
        """ "according to X" on a word of the act's clause: X's report."""
        for p in children(t, "prep"):
            if p.lower_ in self.words.reporting_preps:
                objs = [o for to in children(p, "prep") for o in children(to, "pobj")] + children(p, "pobj")
                if objs:
                    return self._cue(p, False, self.who.actors_of(objs[0]))
        return None

    def _parenthetical(self, root: Token) -> Cue | None:
        """ "Turkey attacked us, the spokesman said": the report verb hung on the quote's verb."""
        w = self.words
        for c in children(root, "parataxis"):
            lemma = c.lemma_.lower()
            if c.pos_ == "VERB" and (lemma in w.accusing_verbs or lemma in w.reporting_verbs) and not self._modal(c):
                if not any(x.dep_ == "neg" for x in c.children):
                    return self._cue(c, lemma in w.accusing_verbs, self.who.subject(c).actors)
        return None

    def _cue(self, word: Token, accusing: bool, found: list[Actor]) -> Cue | None:
        speakers = [a for a in found if a.country or a.code or a.how in ("context:person", "context:org")]
        return Cue(word, accusing, speakers) if speakers else None

    def _modal(self, verb: Token) -> bool:
        """ "could claim", "would say", "if X says": a cue that is not said."""
        hyp = self.who.words.hypothetical
        return any(c.dep_ in ("aux", "mark") and c.lower_ in hyp for c in verb.children)

    def _codes_itself(self, word: Token) -> str | None:
        """The code of the cue's own trigger entry, if one matches ("accused X of", "claimed
        responsibility"); None for a plain cue."""
        return self.matcher.own_code(word) if word.pos_ == "VERB" else None

    # -- who accuses whom -----------------------------------------------------------------
    def _code(self, d: Dyad) -> str | None:
        return self.words.code_for(d.code.code)

    def _accuses(self, cue: Cue, speaker: Actor, doer: Actor, target: Actor | None) -> bool:
        """Does the speaker accuse the doer? Not of the speaker's own side's act; a plain report
        only for the side the act was done to (or none named), and never by a news medium."""
        if self._same_side(speaker, doer) or doer.text.lower() in self.who.words.speaker_pronouns:
            return False  # "we attacked", "X said it had carried out the attack"
        if doer.how == REPORTERS:
            return False  # "police in A and B said X were arrested": each country's police's own act
        if cue.accusing:
            return True
        if speaker.sector in self.words.neutral_sectors:
            return False
        if target is None:  # "the SDF said the Turkish aggression ...": a foreign doer's
            return doer.country is not None and doer.country != speaker.country
        return self._same_side(speaker, target) or speaker.country == target.country

    @staticmethod
    def _condemned(tok: Token) -> bool:
        """ "[brutally] dispersed", "suppressed protests in an [unlawful] way", "with [excessive]
        force": the act told with a condemning manner (events.yaml condemning_manners)."""
        words = _manners()
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in words:
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "with"):
                for o in children(c, "pobj"):
                    if o.lower_ in words or any(m.dep_ == "amod" and m.lower_ in words for m in o.children):
                        return True
        return False

    def _same_side(self, a: Actor, b: Actor) -> bool:
        if a is b or (a.kb_id is not None and a.kb_id == b.kb_id) or (a.code and a.code == b.code):
            return True
        states = self.words.same_side_sectors
        return a.country is not None and a.country == b.country and a.sector in states and b.sector in states

    def _accused(self, cue: Token, code: str) -> Accused:
        prep = cue.dep_ == "prep"  # "according to X"
        trig = Trigger(
            cue.lower_ if prep else cue.lemma_.lower(),
            "prep" if prep else "verb",
            code,
            ("none",),
            None,
            (),
            (),
            (),
            "events.yaml accusing_verbs",
        )
        return Accused(cue, trig, cameo.lookup(code), [])


# the copula's predicate phrases that put an act on its subject: "Y were responsible [for] the
# attack", "guilty [of] the killings", "complicit [in] the bombing"; "Y was [behind] the attack"
ATTRIBUTION_PREPS = frozenset({"for", "of", "in"})
BEHIND = "behind"


@dataclass(slots=True)
class Attribution:
    """A reported clause that names an actor as the doer of a hostile act ("X said Y were the
    perpetrators", "... responsible for the attack", "... behind the bombing"): X accuses Y."""

    tok: Token  # the copula
    trigger: Trigger
    code: str
    source: Actor
    targets: list[Actor]
    target_head: Token
    cue: Token


class Attributions:
    """GUIDELINE: an accusation (112) is a statement with content. A speaker who reports that an
    actor did a hostile act accuses it (Accusations above); so does one who reports that an actor
    *is* its doer, with no act verb: the copula's predicate is a doer noun (events.yaml
    `unidentified_doers`: perpetrator, culprit, attacker ...), an attribution word with a hostile
    act noun ("responsible for the attack": `attribution_words`), or "behind" a hostile act. The
    clause must be stated (not negated, not hypothetical) and its subject another side's actor."""

    def __init__(self, acc: Accusations) -> None:
        self.acc = acc
        self.who = acc.who
        self.hostile: dict[str, str] = {}  # noun lemma -> accusation code, filled as met
        self.deontic = Deontic(acc)

    def find(self, sent) -> list[Attribution | DeonticAct]:
        """The attributions, then the reported must/should clauses' intents and demands (deontic.py)."""
        return [*self._attributions(sent), *self.deontic.find(sent)]

    def _attributions(self, sent) -> list[Attribution]:
        out: list[Attribution] = []
        for tok in words_lemmatized(sent, "be"):
            if tok.dep_ not in CONTENT_DEPS and tok.dep_ != "ROOT":
                continue
            code, noun = self._predicate(tok)
            if code is None:
                continue
            if any(c.dep_ == "neg" for c in tok.children) or self.acc._modal(tok):
                continue
            if any(c.dep_ == "aux" and c.lower_ in self.who.words.hypothetical for c in tok.children):
                continue
            subj = children(tok, "nsubj")
            if not subj:
                continue
            cue = self.acc.cue(tok)
            if cue is None:
                continue
            doers = [
                a
                for a in self.who.actors_of(subj[0])
                if (a.country or (a.code or "").startswith(("IGO", "NGO")))
                and a.text.lower() not in self.who.words.speaker_pronouns
            ]
            for s in cue.speakers:
                targets = [d for d in doers if not self.acc._same_side(s, d)]
                if targets:
                    trig = self.acc._accused(cue.word, code).trigger
                    out.append(Attribution(tok, trig, code, s, targets, subj[0], cue.word))
                elif noun is not None and self._own_act(s, subj[0], noun):
                    # "the BLA said [it] was responsible for the attack": its claim (claims.py)
                    hit = self.who.claimed_act_targets(noun)
                    out.append(Attribution(tok, claim_trigger(cue.word), CLAIM_CODE, s, hit, noun, cue.word))
        return out

    def _own_act(self, speaker: Actor, subj: Token, noun: Token) -> bool:
        """Does the copula put an act of force on the speaker's own side ("[it] was responsible",
        "[we] were behind"; the same actor or state)?"""
        if not self.who.matcher.force_act_noun(noun, self.who.words.claimed_act_codes):
            return False
        if subj.lower_ in self.who.words.speaker_pronouns:
            return True
        found = self.who.actors_of(subj)
        return bool(found) and all(self.acc._same_side(speaker, a) for a in found)

    def _predicate(self, be: Token) -> tuple[str | None, Token | None]:
        """The accusation code the copula's predicate carries, if it names its subject as a
        hostile act's doer, and the act noun it names (none for "the perpetrators")."""
        words = self.who.words
        for c in be.children:
            if c.dep_ == "attr" and c.lemma_.lower() in words.unidentified_doers:
                return "112", None  # "Y are the suspected perpetrators"
            if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words.attribution_words:
                # "responsible for the attack", "the main suspect in the bombing"; not "part of the deal"
                for p in children(c, "prep"):
                    if p.lower_ in ATTRIBUTION_PREPS:
                        for o in children(p, "pobj"):
                            if code := self._hostile(o):
                                return code, o
            if c.dep_ == "prep" and c.lower_ == BEHIND:
                for o in children(c, "pobj"):
                    if code := self._hostile(o):
                        return code, o
        return None, None

    def _hostile(self, noun: Token) -> str | None:
        """The accusation code of a noun whose trigger entries are hostile acts ("attack",
        "bombing", "killings"); none for "security", "the decision"."""
        lemma = noun.lemma_.lower()
        if lemma not in self.hostile:
            entries = self.acc.matcher.triggers.get((lemma, "noun"), [])
            plain = [t for t in entries if not (t.objects or t.modifiers or t.preps)]  # the noun's own reading
            codes = [self.acc.words.code_for(t.cameo) for t in plain or entries]
            self.hostile[lemma] = next((c for c in codes if c), "")
        return self.hostile[lemma] or None


@cache
def _manners() -> frozenset[str]:
    return lowered(load_rules(EventRules).condemning_manners)
