"""Who speaks through a text (the `quotes` stage): a statement, letter or ruling speaks for whoever
issued it.

News writing quotes a body through what it issued: "Trump's statement read: '…'", "The opinion
of the Court read in part, '…'", "Facebook released a statement which read, '…'", "a statement
from the ministry said '…'". A coder gives the quotation to the text's issuer: its owner ("Trump's
statement"), its "of", "by" or "from" phrase, the subject of the verb that issued it
(`quote_issuing_verbs`); a definite "the statement" with none of these is the one an earlier
sentence says someone issued ("X released a statement … 'the statement read'"); else the text's
own words speak. Only texts an author issues (`quote_text_nouns` in rules/modality.yaml): a sign,
a banner or a headline that "read" something names no speaker.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..rulefile import load_rules, lowered
from ..ruleschemas import ModalityRules

_RELATIVES = frozenset({"which", "that"})
# prepositions naming a text's issuer ("a statement by / from X", "the opinion of the Court")
_ISSUER_PREPS = frozenset({"by", "from"})
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return (
        lowered(rules.quote_text_nouns),
        lowered(rules.quote_text_parts),
        lowered(rules.quote_issuing_verbs),
    )


def is_text(tok: Token) -> bool:
    """A noun naming a text an author issues ("statement", "letter", "ruling")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _words()[0]


def read_text(subj: Token) -> Token | None:
    """The text a verb's subject stands for: the subject itself, a part of it ("Part of the
    statement"), or the text a relative pronoun stands for ("a statement [which] read")."""
    if subj.lower_ in _RELATIVES and subj.head.dep_ == "relcl":
        subj = subj.head.head
    if subj.lemma_.lower() in _words()[1]:
        inner = [o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        subj = inner[0] if inner else subj
    return subj if is_text(subj) else None


def issuer(text: Token, depth: int = 0) -> Token:
    """Who issued `text` (a text noun): its owner, its "by"/"from"/"of" phrase, the subject of the
    verb that issued it, the issuer an earlier sentence gives the same definite text; else the text."""
    for c in text.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in (*_ISSUER_PREPS, "of"):
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if is_text(o) and depth < 2:  # "the summary of the decision": the decision's issuer
                    return issuer(o, depth + 1)
                if c.lower_ in _ISSUER_PREPS or o.pos_ == "PROPN" or o.ent_type_ in _NAMED_ENTS:
                    return o
        if c.dep_ == "acl":  # "a statement released by X"
            by = [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if by:
                return by[0]
    by_verb = _issuing_subject(text)
    if by_verb is not None:
        return by_verb
    if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in text.children):
        earlier = _issued_before(text)
        if earlier is not None:
            return earlier
    return text


def _issuing_subject(text: Token) -> Token | None:
    """The subject of the verb of issuing whose object `text` is ("Facebook released a statement")."""
    verb = text.head
    if text.dep_ != "dobj" or verb.lemma_.lower() not in _words()[2]:
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":  # "X met them and issued a statement"
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subj[0] if subj else None


def _issued_before(text: Token) -> Token | None:
    """The issuer of the nearest earlier text of the same word an issuing verb took as its object
    ("X released a statement saying … " before "the statement read")."""
    lemma = text.lemma_
    for t in reversed(text.doc[: text.sent.start]):
        if t.lemma_ == lemma and t.pos_ == "NOUN":
            found = _issuing_subject(t)
            if found is not None:
                return found
            owner = issuer(t, 2)
            return owner if owner is not t else None
    return None
