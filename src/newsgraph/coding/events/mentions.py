"""A statement only mentioned, not made: the content of a gerund of saying that is itself a
clause's subject ("[Saying] I'm sorry I got caught is not a plea for leniency", "[Saying] we
regret it is not enough"). The gerund names a kind of saying, done by no one; what it would
say is no one's apology, praise or appeal (GUIDELINE: a statement is coded when a speaker makes
it). Said by someone it is made: "[by saying] he was sorry, he ended the row" (a gerund that is
no subject), "he said he was sorry".
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import accusation_words
from .syntax import children

# the links from a predicate word up to its clause's verb ("I'm [sorry]": sorry -> 'm)
_PREDICATE_DEPS = frozenset({"acomp", "attr"})


def mentioned(tok: Token) -> bool:
    """Is the word in the content clause of a subjectless gerund of saying that is a clausal
    subject (events.yaml reporting_verbs)?"""
    clause = tok.head if tok.dep_ in _PREDICATE_DEPS else tok
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    say = clause.head
    if say.tag_ != "VBG" or say.dep_ != "csubj" or children(say, "nsubj"):
        return False
    return say.lemma_.lower() in accusation_words().reporting_verbs
