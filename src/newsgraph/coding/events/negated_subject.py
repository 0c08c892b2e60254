"""A subject that denies the act to each of its doers: "neither Russia nor China endorsed",
"no country would endorse". The act is negated for every conjunct of the subject (one event
per actor, each negated)."""

from __future__ import annotations

from spacy.tokens import Token

# words on a subject that deny the act ("neither X nor Y", "no country"); the parser hangs
# "neither" as a determiner, a pre-conjunction or a coordinator of the first conjunct
_NEGATORS = frozenset({"neither", "no"})
_NEGATOR_DEPS = frozenset({"det", "preconj", "cc"})


def negated_subject(verb: Token) -> bool:
    """Does a subject of `verb` carry a denying word ("neither ... nor", "no")? "Neither" needs
    its "nor" (a coordinated subject); "no" a noun subject ("no country"), not "no one" alone."""
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for c in subj.children:
            if c.dep_ not in _NEGATOR_DEPS or c.lower_ not in _NEGATORS:
                continue
            if c.lower_ == "no" or any(n.dep_ == "cc" and n.lower_ == "nor" for n in subj.children):
                return True
    return False


def subject_denies(chain: list[Token]) -> bool:
    """Does the subject the act takes deny it? The first verb of `chain` (the trigger, then the
    words governing it) that has a subject decides: "neither X nor Y agreed to [withdraw]";
    not a clause with a subject of its own ("no group claimed it, but militias had [made]
    threats")."""
    for t in chain:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t.pos_ in ("VERB", "AUX") and negated_subject(t)
    return False
