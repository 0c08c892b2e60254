"""An act a denial says did not happen: "the ministry denied that its troops had [fired] on
civilians", "Iran dismissed claims that it had [attacked] the tanker". The act is in the clause a
verb of denial governs, directly or through a claim noun that is its object (modality.yaml
`denial_verbs`, `claim_nouns`). The article does not report it as fact, and the speaker says it
was not done: it is coded negated, beside the denial (016) on its own verb. "Did not deny that ..."
denies nothing."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from .syntax import climb

# the links a word climbs by to the clause it is in
_IN_CLAUSE = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "acomp", "xcomp", "conj", "aux", "agent"})
# verbs that deny a clause of their own ("denied that ..."); the others deny only a claim noun's
_CLAUSE_DENIALS = frozenset({"deny", "refute", "dispute", "rebut"})


@cache
def _denial_words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return lowered(rules.denial_verbs), lowered(rules.claim_nouns)


def denied(tok: Token) -> bool:
    """ "the ministry denied that its troops had [fired] on civilians", "Iran dismissed claims that it
    had [attacked] the tanker": an act in the clause a verb of denial governs, directly or through a
    claim noun that is its object (modality.yaml `denial_verbs`, `claim_nouns`), is what the speaker
    says did not happen."""
    verbs, claims = _denial_words()
    if _denied_gerund(tok, verbs):
        return True
    t = climb(tok, _IN_CLAUSE)
    if t.dep_ not in ("ccomp", "acl") or t.head.i == t.i:
        return False
    head = t.head
    if t.dep_ == "acl" or head.pos_ == "NOUN":
        if head.lemma_.lower() not in claims or head.dep_ not in ("dobj", "nsubjpass") or head.head.i == head.i:
            return False
        head = head.head
    if head.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in head.children):
        return False
    return head.lemma_.lower() in _CLAUSE_DENIALS or t.dep_ == "acl" or t.head.pos_ == "NOUN"


def _denied_gerund(tok: Token, verbs: frozenset[str]) -> bool:
    """ "the militia denied [targeting] civilians", "the army denied killing or [torturing] anyone":
    a gerund a verb of denial takes for its complement (the parser hangs it as xcomp or dobj) is
    the act the speaker says was not done, as a "that" clause is."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i and t.head.tag_ == "VBG":
        t = t.head
    if t.tag_ != "VBG" or t.dep_ not in ("xcomp", "dobj", "ccomp") or t.head.i == t.i:
        return False
    head = t.head
    lemma = head.lemma_.lower()
    return lemma in verbs and lemma in _CLAUSE_DENIALS and not any(c.dep_ == "neg" for c in head.children)
