"""A statement joined before a correlative comparative ("the farther you go, the more security
would come"): the parser often makes the clause before it, joined by "and" or a comma, the
complement of the comparative's second half, so the statement seems to take that half's "would"
(quoted.py reads an evaluation only when it is stated): "'Your presence has been a calamity and
the farther you go, the safer we will be', X said" evaluates the addressee as plainly as "'Your
presence has been a calamity', X said". Such a clause has the mood of its own words only.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import children

_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def before_correlative(tok: Token) -> bool:
    """Is the verb a clause the parse hung, as a complement, on a correlative comparative after
    it ("[has been] a calamity and the farther you go, the more security would come")?"""
    if tok.dep_ != "ccomp" or tok.i > tok.head.i:
        return False
    doc = tok.doc
    the_er = [t.i for t in doc[tok.i + 1 : tok.head.i] if t.tag_ in _COMPARATIVE_TAGS and doc[t.i - 1].lower_ == "the"]
    # both halves ("the farther ..., the more ..."), the second outside the clause (the parse may
    # join the first half to it: "has been a calamity and [the farther you go]")
    return len(the_er) >= 2 and the_er[-1] > tok.right_edge.i


def own_mood(tok: Token, hypothetical: frozenset[str], negated: frozenset[str]) -> str:
    """The mood of the clause's own words: its negation, its modal or conditional words."""
    words = children(tok, "aux", "auxpass", "mark", "neg")
    if any(c.dep_ == "neg" or c.lower_ in negated for c in words):
        return "negated"
    if any(c.lower_ in hypothetical or c.lemma_.lower() in hypothetical for c in words):
        return "hypothetical"
    return "actual"
