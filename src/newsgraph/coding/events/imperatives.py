"""A clause in the imperative ("Stop attacking our villages.", 'said: "Don't hold the workers
hostage"'): English leaves its subject out because it is the one addressed, so the act is asked
of them, not done by the speaker, and the text does not report it. The parser often hangs a
quoted imperative on the verb of saying ("said" -> "Stop" as its xcomp), which would make the
speaker its doer; a clause that opens with a bare verb tells it apart."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import CLAUSE_LINKS

# what may stand before an imperative's verb: the "do" of a negative one, a negation, "please"
_LEADING = frozenset({"do", "not", "n't", "never", "please", "just", "now", "then", "so", "and", "but"})
# what opens a clause: a quotation mark or a colon, semicolon or dash before a quoted sentence
_OPENERS = frozenset({'"', "\u201c", "\u2018", "'", ":", ";", "\u2014", "\u2013", "-"})


def imperative(tok: Token) -> bool:
    """Is the verb, or a verb whose clause it completes or is joined to ("Stop [attacking]",
    "Stop X and [withdraw]"), an imperative: a bare verb (VB) with no subject, no "to" and no
    modal, opening its sentence or a quoted clause? "Let's ..." proposes an act of the speaker's
    own and is not one; "have to stop", "will stop", "Russia must stop" have their own subjects or
    auxiliaries."""
    t = tok
    while True:
        if _opens_imperative(t):
            return True
        if t.dep_ not in CLAUSE_LINKS or t.head.i == t.i:
            return False
        t = t.head


def _opens_imperative(verb: Token) -> bool:
    if verb.tag_ != "VB" or verb.lemma_.lower() == "let":
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark"):
            return False
        if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do":
            return False  # "to stop", "will stop", "be stopped"
    doc, i = verb.doc, verb.i - 1
    while i >= verb.sent.start and doc[i].lower_ in _LEADING:
        i -= 1
    return i < verb.sent.start or doc[i].text in _OPENERS
