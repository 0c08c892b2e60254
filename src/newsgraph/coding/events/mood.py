"""An event's modality (actual / planned / negated / hypothetical) from the words on the trigger
and on the verbs governing it (`rules/modality.yaml`), and the readings that turn a mood into
an act of its own: an announced refusal ("will not lift") and a past report's future ("said
Putin would travel")."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from .attempts import attempt_noun, tried_mood
from .causatives import causing_verb
from .errands import errand_verb
from .lexicon import ActMap, ModalityWords, Trigger
from .matching import Matcher
from .negated_subject import subject_denies
from .noun_doers import answered_noun
from .performatives import performed
from .syntax import CLAUSE_LINKS, children, clause_head, governors, kept_from, opens_with_wh
from .unreported import unreported


def phrases(t: Token) -> set[str]:
    """The ways a governing word can appear in the modality lists: its lemma, a phrasal
    verb ("call off"), and copular frames ("be set to", "be due to", "be going to")."""
    lemma = t.lemma_.lower()
    out = {lemma, t.lower_}
    out |= {f"{lemma} {c.lower_}" for c in t.children if c.dep_ == "prt"}
    if any(c.lemma_ == "be" for c in t.children if c.dep_ in ("aux", "auxpass")) or t.dep_ == "acomp":
        out |= {f"be {t.lower_} to", f"be {lemma} to"}
    if lemma == "be" and any(c.dep_ == "xcomp" for c in t.children):
        out.add("be to")  # "Putin is to visit", not "Russia is concerned"
    if lemma in ("have", "need") and t.tag_ in ("VBP", "VBZ") and any(c.dep_ == "xcomp" for c in t.children):
        # "we have to stop", "Russia needs to withdraw": an obligation, as "must"; the past ("had
        # to flee") mostly tells what was done, and stays as it reads
        out.add(f"{lemma} to")
    return out


# CAMEO's "acknowledge or claim responsibility", coded on a verb of owning up to a clause
_OWNED_UP = "015"
# possessive pronouns that make a doer the speaker's own side ("its jets", "our troops")
_OWN_SIDE = frozenset({"its", "their", "our"})


class Mood:
    """Reads modality; the trigger table tells a governing verb that codes itself from one
    that only colours the act ("urged Russia to withdraw" is asked for, not done)."""

    def __init__(self, words: ModalityWords, matcher: Matcher, refusals: ActMap) -> None:
        self.words = words
        self.matcher = matcher
        self.refusals = refusals

    def modality(self, tok: Token) -> str:
        """negated > hypothetical > planned > actual, from the trigger and the words governing it."""
        if tok.pos_ == "NOUN" and answered_noun(tok):
            return "actual"  # "will comply with [the request of X]": the asking was done (noun_doers.py)
        if performed(tok):
            return "actual"  # "I want to [express] my sympathy": said, so done (performatives.py)
        if (noun := attempt_noun(tok, self.words.attempt_nouns)) is not None:
            return tried_mood(noun, self.modality, self.words.negated)  # "an attempt to [capture]" (attempts.py)
        chain = [tok, *governors(tok, self.words.speech)]
        if (causing := causing_verb(tok)) is not None:  # "tried to have X [freed]": tried, not done (causatives.py)
            chain += [causing, *governors(causing, self.words.speech)]
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            # "Putin's visit will be ...", "cancelled the visit"; and the verbs that verb's own mood
            # comes from ("would seek to extradite him [to face] charges": sought, not done)
            chain += [tok.head, *governors(tok.head, self.words.speech)]
        if tok.pos_ == "NOUN" and (going := errand_verb(tok, self.matcher.triggers)) is not None:
            # "will fly to X [for talks] with Y": the talks are as sure as the going (errands.py)
            chain += [going, *governors(going, self.words.speech)]
        found: set[str] = set()
        # "offered to host [talks]": an act noun that is the object of an infinitive a coded verb
        # governs is asked for or offered with it, as the infinitive itself is
        asked = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.dep_ in ("xcomp", "ccomp") else tok
        below = tok  # the link of the chain the governor `t` governs
        if tok.pos_ == "VERB" and subject_denies(chain):
            found.add("negated")  # "neither Russia nor China endorsed", "no country would endorse"
        for t in chain:
            for c in t.children:
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and t.i == tok.i):
                    found.add("negated")
                elif self._negated_degree(c):
                    found.add("negated")  # "would [no longer] cooperate"
                elif c.dep_ in ("aux", "auxpass", "mark") or (t.i == tok.i and c.dep_ in ("amod", "advmod")):
                    found |= self._states({c.lower_, c.lemma_.lower()})  # will, would, if, "the planned visit"
            if t.i != tok.i and not (below.dep_ == "conj" and below.head.i == t.i):
                # a verb the act is joined to is no governor: its auxiliaries and negation are
                # shared ("will meet and [discuss]"), not its meaning ("planned a funeral and [asked]")
                states = _commitment(t, below, self._states(phrases(t)))
                found |= states
                if (
                    "planned" not in states  # "pledged to withdraw": promised, so planned (GUIDELINE)
                    and t.pos_ == "VERB"
                    and t.i == asked.head.i
                    and asked.dep_ in ("xcomp", "ccomp")
                    and (code := self.matcher.own_code(t)) is not None
                    and not _protest_purpose(code)
                ):
                    found.add("hypothetical")  # "urged Russia to withdraw": asked for, not done
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.words.hypothetical for c in t.children):
                found.add("hypothetical")
            below = t
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in self.words.negated:
            found.add("negated")  # "gave equipment without demanding payment"
        if kept_from(tok, self.words.kept_from):
            found.add("negated")  # "barred the company from releasing them"
        if tok.pos_ == "VERB" and any(
            c.dep_ == "det" and c.lower_ == "no" for o in children(tok, "dobj", "nsubjpass") for c in o.children
        ):
            found.add("negated")  # "released no details", "no cause was released"
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in self.words.planned_preps
        ):
            found.add("planned")  # "ahead of Putin's visit"
        if not found and self._future_time_clause(clause_head(tok)):
            found.add("planned")  # "will meet Xi when he [visits] Beijing"
        if found == {"hypothetical"} and self._reported_future(tok):
            return "planned"
        for state in ("negated", "hypothetical", "planned"):
            if state in found:
                return state
        return "actual"

    def unreported(self, tok: Token, trig: Trigger, asked_for: Callable[[Token], bool]) -> str | None:
        """Why the trigger word names no act the sentence reports (unreported.py), or None."""
        if trig.cameo == _OWNED_UP and trig.clause and not self.own_act_owned(tok):
            return "an acknowledgement of no hostile act of one's own side ('acknowledged the economy slowed'): a quote"
        return unreported(tok, trig, asked_for, self.words.asking_words)

    def own_act_owned(self, verb: Token) -> bool:
        """ "US officials acknowledged [American soldiers killed] two policemen", "the army admitted
        [its jets had bombed] a camp": does the clause of a verb of owning up report a hostile act
        (a trigger of roots 12-20) done by the owner's own side: a doer of the same country, or
        one its own possessive pronoun names ("its jets", "our troops")?"""
        at = verb.doc._.actor_at
        owner = next((a for s in children(verb, "nsubj") if (a := at.get(s.i)) is not None), None)
        for act in [v for c in children(verb, "ccomp") for v in (c, *children(c, "conj"))]:
            code = self.matcher.own_code(act)
            if code is None or not code[:2].isdigit() or not 12 <= int(code[:2]) <= 20:
                continue
            for doer in children(act, "nsubj"):
                if any(c.dep_ == "poss" and c.lower_ in _OWN_SIDE for c in doer.children):
                    return True
                a = at.get(doer.i)
                if a is not None and owner is not None and a.country and a.country == owner.country:
                    return True
        return False

    def announced_refusal(self, tok: Token) -> bool:
        """ "will not lift", "cannot accept", "won't allow X to", "would no longer cooperate": a
        negation with a modal auxiliary on the act or a verb controlling it that is no trigger itself."""
        for t in [tok, *governors(tok, self.words.speech)]:
            if t.i != tok.i and (t.lemma_.lower(), "verb") in self.matcher.triggers:
                return False  # "refused to meet": the refusal verb codes itself
            kids = list(t.children)
            if any(c.dep_ == "neg" or self._negated_degree(c) for c in kids):
                return any(c.dep_ == "aux" and c.lower_ in self.refusals.words for c in kids)
        return False

    def _negated_degree(self, c: Token) -> bool:
        """Is `c` an adverb a "no" negates for good ("no longer", "no more": modality.yaml negated_degrees)?"""
        return c.dep_ == "advmod" and c.lower_ in self.words.negated_degrees and bool(children(c, "neg"))

    def _reported_future(self, tok: Token) -> bool:
        """ "The Kremlin said Putin would travel": a past report's "would" is its future tense, as
        is "would be" with a participle in -ing ("announced US troops would be leaving"), also in a
        verb conjoined to the reported one ("said police had deported 140 and [would expel] more")."""
        clause = clause_head(tok)
        # a conjunct with auxiliaries of its own keeps its own tense: the reported verb's is another
        own = tok if tok.dep_ == "conj" and children(tok, "aux") else clause
        aux = {c.lower_ for c in own.children if c.dep_ == "aux"}
        if own.tag_ == "VBG":
            aux.discard("be")
        return (
            aux == {"would"}
            and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in self.words.speech
            and _past_report(clause.head)
            and not self._conditional(clause)
            and not self._conditional(own)
        )

    @staticmethod
    def _future_time_clause(clause: Token) -> bool:
        """A clause of time in the simple present under a main clause in the future ("will meet
        Xi when he [visits] Beijing", "talks will resume after the army [withdraws]"): that
        future (modality.yaml `time_clauses`)."""
        if clause.dep_ != "advcl" or not simple_present(clause):
            return False
        words = _time_words()
        opener = " ".join(c.lower_ for c in clause.lefts if c.dep_ in ("advmod", "mark", "prep"))
        if opener not in words and not any(w in words for w in opener.split()):
            return False
        return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in clause.head.children)

    def _conditional(self, clause: Token) -> bool:
        """An "if"/"unless" on the clause or on an adverbial clause under it."""
        marks = [c for c in clause.children if c.dep_ == "mark"]
        marks += [m for c in clause.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        return any(m.lower_ in self.words.hypothetical for m in marks)

    def _states(self, words: set[str]) -> set[str]:
        """The moods whose word lists hold one of `words`."""
        out = set()
        for state, lexicon in (
            ("negated", self.words.negated),
            ("hypothetical", self.words.hypothetical),
            ("planned", self.words.planned),
        ):
            if words & lexicon:
                out.add(state)
        return out


# -- commitments and past abilities (modality.yaml) ------------------------------------------
@cache
def _commitment_words() -> tuple[frozenset[str], frozenset[str]]:
    """modality.yaml's `committing_verbs` and `achieved_in_past`, read once."""
    rules = load_rules(ModalityRules)
    return lowered(rules.committing_verbs), lowered(rules.achieved_in_past)


@cache
def _purpose_acts() -> tuple[str, ...]:
    """modality.yaml's `purpose_acts`, read once."""
    return tuple(load_rules(ModalityRules).purpose_acts)


def _protest_purpose(code: str) -> bool:
    """Is the governing act one whose infinitive is what it is done for, and so done with it
    ("took to the streets [to demand] new elections": the demand is made by marching)?"""
    return code.startswith(_purpose_acts())


def _commitment(gov: Token, below: Token, states: set[str]) -> set[str]:
    """The moods a governing word gives, read for commitment and achievement: an act in the
    to-infinitive of a verb of agreeing is planned ("agreed to [support]"), and an ability in
    the past or present perfect with no modal reports the act done ("were able to [capture]",
    "have been able to"), where "is able to", "would be able to" stay hypothetical."""
    committing, achieved = _commitment_words()
    if below.dep_ == "xcomp" and below.head.i == gov.i and gov.pos_ == "VERB" and gov.lemma_.lower() in committing:
        return states | {"planned"}
    if "hypothetical" in states and phrases(gov) & achieved and _past_copula(gov):
        return states - {"hypothetical"}
    return states


def _past_report(verb: Token) -> bool:
    """Is the speech verb a past report: a past tense ("said he would meet"), or a participle
    hung on one ("praised the deal, [saying] he would meet", "met X, [adding] that ..."): the
    participle shares its clause's past, so its "would" is that past's future too."""
    for _ in range(3):  # "praised it, calling it fair and [saying] he would meet": participles in a row
        if verb.tag_ == "VBD":
            return True
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _past_copula(adj: Token) -> bool:
    """ "were able", "had been able", "have been able": the copula of an adjective in the past or
    perfect, with no modal ("would have been able")."""
    verb = adj.head if adj.dep_ == "acomp" else adj  # "were [able]", or "able" heading "were" as aux
    aux = children(verb, "aux", "auxpass")
    be = verb if verb is not adj else next((c for c in aux if c.lemma_ == "be"), adj)
    if any(c.tag_ == "MD" for c in aux):
        return False
    return be.tag_ == "VBD" or (be.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux))


# -- acts the text does not report: habits and open questions (modality.yaml) -------------
@cache
def _background_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """modality.yaml's `habitual` adverbs, `open_questions` heads and `generic_when`, read once."""
    rules = load_rules(ModalityRules)
    return (
        lowered(rules.habitual),
        lowered(rules.open_questions),
        lowered(rules.generic_when),
    )


def habitual(tok: Token) -> bool:
    """ "G7 summits [usually] focus on trade", "Russia [often] threatens to ...": an adverb of habit
    on the verb or on a verb whose clause it completes or is joined to (modality.yaml `habitual`).
    So is either clause of a "when"/"whenever" pair both in the simple present (`generic_when`):
    "those who remain silent when X is [attacked]", "Russia [protests] whenever NATO holds ..."."""
    words, _, when = _background_words()
    t = tok
    while True:
        if any(c.dep_ == "advmod" and c.lower_ in words for c in t.children):
            return True
        if t.dep_ == "advcl" and _each_time(t, when) and simple_present(t.head):
            return True
        if simple_present(t) and any(_each_time(c, when) for c in t.children if c.dep_ == "advcl"):
            return True
        if t.dep_ not in CLAUSE_LINKS or t.head.i == t.i:
            return False
        t = t.head


def _each_time(clause: Token, when: frozenset[str]) -> bool:
    """A clause of time opened by "when"/"whenever", in the simple present."""
    opened = any(c.i < clause.i and c.dep_ in ("advmod", "mark") and c.lower_ in when for c in clause.children)
    return opened and simple_present(clause)


@cache
def _time_words() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).time_clauses)


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def simple_present(verb: Token) -> bool:
    """ "attacks", "remain", "is attacked", "does not hold": no modal, perfect or progressive."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    if len(aux) != 1:
        return False
    a = aux[0]
    if a.dep_ == "auxpass":
        return verb.tag_ == "VBN" and a.lower_ in _PRESENT_BE
    return a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") and verb.tag_ == "VB"


def in_open_question(clause: Token) -> bool:
    """ "did not announce [whom they would support]", "questions remain [how much aid is received]":
    the clause is an indirect question (opened by a wh-word) under a verb or adjective of asking
    or not knowing (modality.yaml `open_questions`) or under a negated verb."""
    clause = clause_head(clause)
    if clause.dep_ not in ("ccomp", "csubj") or not opens_with_wh(clause):
        return False
    gov = clause.head
    words = _background_words()[1]
    return (
        gov.lemma_.lower() in words
        or any(c.dep_ == "neg" for c in gov.children)
        or any(c.lemma_.lower() in words for c in children(gov, "acomp", "nsubj"))  # "it is unclear who ..."
    )


def modal_future(verb: Token) -> bool:
    """ "the party would hold protests [on Monday] if the court did not act", "could march on
    Friday": a hypothetical act under a modal with no perfect ("could have attacked on Monday"
    is past) has not happened yet, so its weekday or month lies ahead of the publication date,
    as a planned act's does (the `when` stage's `future`). The modal is found on the verb or on
    the verbs its xcomp chain hangs from ("could try to march")."""
    cur = verb
    while True:
        aux = [c for c in cur.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_ == "have" for a in aux):
            return False
        if any(a.tag_ == "MD" for a in aux):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
