"""The polite performative: "I want to express my sympathy" expresses it.

English softens a speech act by wishing to do it: "I want to express my sympathy to the
families", "we would like to thank Japan", "I wish to congratulate the president". Said in the
first person and the present, the wish performs the act: the speaker has expressed the
sympathy, thanked, congratulated. Such an act is actual, not an act only wished for
(events.yaml asking_words) nor hypothetical (modality.yaml "want", "would"). Only the speech
verbs of modality.yaml `performative_verbs` under its `performative_frames`; a past or
third-person wish ("he wanted to thank"), a negated one, or a wish to do anything else ("I
want to visit Kyiv") is still a wish.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from .syntax import children

_FIRST_PERSON = frozenset({"i", "we"})
_WOULD = frozenset({"would", "'d"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.performative_frames), lowered(rules.performative_verbs)


def performed(tok: Token) -> bool:
    """Is `tok` a speech act the speaker performs by wishing, in the first person and present,
    to perform it ("I [want] to express", "we would [like] to thank")?"""
    frames, verbs = _words()
    if tok.dep_ != "xcomp" or tok.lemma_.lower() not in verbs:
        return False
    wish = tok.head
    if wish.lemma_.lower() not in frames or wish.tag_ not in ("VB", "VBP"):
        return False
    aux = {c.lower_ for c in wish.children if c.dep_ == "aux"}
    if any(c.dep_ == "neg" for c in wish.children) or aux - _WOULD:
        return False  # "I don't want to", "I will want to"
    if wish.lemma_.lower() == "like" and not aux & _WOULD:
        return False  # "I like to thank" is a habit; "I would like to thank" performs it
    subj = children(wish, "nsubj")
    return bool(subj) and subj[0].lower_ in _FIRST_PERSON
