"""A warning in a speaker's own quoted words (CAMEO 13 "threaten"): the speaker's refusal, in the
future, to put up with another's act ("'We will not tolerate attacks on the police', the minister
said"; "'Such acts will not be tolerated'"). Said by an official, it announces a response to the
act, so it is a threat to whoever does it (GUIDELINE.md: a statement with content a coder can
classify is coded). The target is the actor the phrase names ("will not tolerate [Russia's]
meddling"), else no one named: the doers of the act are whoever may do it. "We tolerated it",
"we will tolerate no delay?" and "we would not tolerate" (hypothetical) warn no one.

events.yaml `quoted_warning_verbs`: verb lemma -> code.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from .syntax import children

_FUTURE = frozenset({"will", "'ll", "shall", "wo"})  # "won't" is "wo" + "n't"
_SPEAKER = frozenset({"i", "we"})


def warned(tok: Token, verbs: Mapping[str, str]) -> tuple[str, Token | None] | None:
    """The code of the warning the verb states and the phrase naming what will not be put up with
    (None when the clause has none), if it is one: negated future, by the speaker ("we will not
    tolerate X") or passive ("X will not be tolerated")."""
    code = verbs.get(tok.lemma_.lower())
    if code is None or tok.pos_ != "VERB":
        return None
    if not any(c.lower_ in _FUTURE for c in children(tok, "aux")) or not children(tok, "neg"):
        return None
    if children(tok, "auxpass"):
        what = children(tok, "nsubjpass")
    else:
        subj = children(tok, "nsubj")
        if not subj or subj[0].lower_ not in _SPEAKER:
            return None
        what = children(tok, "dobj")
    return code, what[0] if what else None
