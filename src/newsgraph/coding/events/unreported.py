"""Trigger words that name an act the sentence does not report as done: one only asked for
("urged Israel to [halt]", participants.asked_for, and "called for [an investigation]"), one
only urged as due ("it is time for Congress to [hold] itself accountable"), a kind of act a
habit describes ("G7 [meetings] usually center on politics") and a private life's meeting ("a
man [whom] she met while studying", "visited his mother"). The GUIDELINE codes political events
that happened (or are planned, refused, hypothetical), never an act only wished, a lasting
habit, or a person's private life. Word lists: modality.yaml `due_nouns`, `kin_nouns`,
`marriage_words`, events.yaml `asking_words`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from .lexicon import Trigger
from .syntax import children, is_infinitive

# possessive pronouns that make a kin noun one's own family ("his wife", "their children")
_OWN = frozenset({"his", "her", "their", "my", "our", "your", "its"})
# ordinals and the like that make "time" a count of occasions, not a due act ("the first time to")
_COUNTED = frozenset({"first", "second", "third", "last", "only", "next", "one", "another"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.due_nouns), lowered(rules.kin_nouns), lowered(rules.marriage_words)


def unreported(tok: Token, trig: Trigger, asked_for: Callable[[Token], bool], asking: frozenset[str]) -> str | None:
    """Why the trigger word names no reported act, or None when it may. `asked_for` is the
    participants' test of an act in the complement of a verb of asking; `asking` the words of
    asking (events.yaml `asking_words`)."""
    if asked_for(tok) or _asked_for_noun(tok, asking):
        return "only asked for, offered or allowed: left to the appeal, demand or offer"
    if trig.pos == "verb" and _due(tok):
        return "only urged as due ('it is time for X to'): no act reported"
    if trig.pos == "noun" and _habit_noun(tok):
        return "a kind of act a habit describes ('meetings usually center on'): no act reported"
    if trig.cameo.startswith("04") and trig.pos == "verb" and _private(tok):
        return "a meeting in private life (one's own family, a spouse): no political event"
    return None


def _asked_for_noun(noun: Token, asking: frozenset[str]) -> bool:
    """ "called for [an investigation]", "demands for [talks]", "pressed for [sanctions]", "a plea
    for [a ceasefire]": an act noun in the "for" phrase of a word of asking is what was asked, not
    an act done (the appeal or demand is coded on its own word). Joined nouns share it ("calls
    for talks and [sanctions]")."""
    if noun.pos_ != "NOUN":
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i != prep.i and prep.head.lemma_.lower() in asking


def _due(verb: Token) -> bool:
    """ "It is time for Congress to [hold] itself accountable", "now is the moment for Europe to
    [act]": an infinitive on a noun of due time (`due_nouns`), or on the present copula that
    has one for its complement, urges the act; it does not report it. "It was the first time
    for X to visit" counts occasions and is left alone, as is a past "it was time to leave"
    (a narrative that may go on to tell it done)."""
    if not is_infinitive(verb) or verb.dep_ not in ("advcl", "acl", "relcl", "xcomp", "ccomp"):
        return False
    due = _words()[0]
    head = verb.head
    if head.lemma_ == "be":
        nouns = [c for c in children(head, "attr", "nsubj") if c.lemma_.lower() in due]
        copula = head
    elif head.lemma_.lower() in due and head.pos_ == "NOUN":
        nouns, copula = [head], head.head
    else:
        return False
    if not nouns or copula.lemma_ != "be" or copula.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.lower_ in _COUNTED for n in nouns for c in n.children if c.dep_ in ("amod", "nummod", "det"))


def _habit_noun(noun: Token) -> bool:
    """ "G7 [meetings] usually center on politics", "[summits] of the bloc often end without a
    deal": an event noun whose clause, or a clause the parser hung on it, states a habit
    (modality.yaml `habitual`, mood.habitual) names a kind of act, not one that took place."""
    from .mood import habitual  # here, not at the top: mood.py imports this module

    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") and habitual(noun.head):
        return True
    return any(c.pos_ in ("VERB", "AUX") and habitual(c) for c in children(noun, "acl", "relcl"))


def _private(verb: Token) -> bool:
    """A meeting or visit of private life: with one's own kin or spouse ("visited [his] mother",
    "met with [their] families": `kin_nouns` under a possessive pronoun), or a relative clause
    telling how one came to know a spouse ("her marriage to a man [whom] she met", "married a
    lawyer she met at university": the clause's noun the partner of `marriage_words`). "Met the
    families of the victims" and "the envoy whom she met in Paris" are left alone."""
    kin, marriage = _words()[1:]
    partners = children(verb, "dobj") + [o for p in children(verb, "prep") for o in children(p, "pobj")]
    for p in partners:
        if p.lemma_.lower() in kin and any(c.dep_ == "poss" and c.lower_ in _OWN for c in p.children):
            return True
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.lemma_.lower() in kin:
        return True
    prep = noun.head
    if noun.dep_ == "dobj":
        return prep.lemma_.lower() in marriage  # "married a lawyer she met"
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "with") or prep.i == 0:
        return False
    # "marriage [to] a man", "engagement with"; the parser may hang the "to" on the verb before
    # ("lost it upon her marriage to a man"): the word right before it is then the marriage
    return prep.head.lemma_.lower() in marriage or prep.doc[prep.i - 1].lemma_.lower() in marriage
