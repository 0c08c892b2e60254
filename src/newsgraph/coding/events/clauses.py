"""Which clause a verb trigger stands in, and whether the text reports its act there: a clause
that describes a noun ("the unit tasked with ...", "a statement released by his office") tells
which thing the noun is, not news; a lasting state in the present ("is backed by") is no act;
and a main clause the parser hung under its subject noun is still the main clause."""

from __future__ import annotations

from spacy.tokens import Token

from .mood import habitual, in_open_question
from .syntax import children


def main_clause_misparsed(tok: Token) -> bool:
    """ "The Kenyan president [called] the plan a disgrace." parsed with the subject noun as the
    root and the verb as its clause: a finite past verb with an object and no "by" agent is the
    main clause, not a participle describing the noun."""
    head = tok.head
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "dobj" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


_PRESENT_AUX = frozenset({"has", "have", "'s", "'ve", "is", "are", "am", "'re", "been"})


def reduced_relative(verb: Token) -> bool:
    """ "the withdrawal from the area [first announced] a week earlier": a past participle with no
    subject, auxiliary or object right after a noun, which the parser hung on the main verb as an
    adverbial clause; it tells which thing the noun is ("Angered by the move, Iran ..." and "...,
    angered by the move" follow no noun)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i:
        return False
    if children(verb, "nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"):
        return False
    i = verb.left_edge.i - 1
    while i >= verb.sent.start and (verb.doc[i].is_quote or verb.doc[i].pos_ == "ADV"):
        i -= 1
    return i >= verb.sent.start and verb.doc[i].pos_ in ("NOUN", "PROPN")


def describes_a_noun(tok: Token) -> bool:
    """The verb (or the verb it completes or is joined to) heads a relative clause ("Lam, who is
    supported by Beijing"; "the march, which they rejected") or a past participle modifying a
    noun ("a statement released by his office", "the withdrawal first announced a week earlier"):
    it tells which thing the noun is, background the article does not report as news. So are a
    habit ("G7 summits usually focus on ...") and an indirect question ("did not say whom they
    would support"): what an actor is like, or what is asked, not an act reported."""
    t = tok
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")) or reduced_relative(t):
        return True
    return habitual(tok) or in_open_question(tok)


def in_the_present(tok: Token, simple: bool = False) -> bool:
    """The verb is in the present ("supports", "do not agree"), or with ``simple`` False also the
    present perfect or present passive ("has supported", "is backed", "has been backing")."""
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return False
    if simple:
        return any(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return aux[0].tag_ in ("VBZ", "VBP") and all(a.lower_ in _PRESENT_AUX for a in aux)
