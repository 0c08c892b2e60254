"""A clause's subject the parser took for the last member of a list in the clause before:
"X resigned as governor of Puerto Rico and [Pedro Pierluisi] was sworn in as governor", where
the "and" joins the two clauses but the parser joined the name to "Puerto Rico" instead, leaving
the second verb with no subject and no "and" of its own. Both the actors stage (whose office
an "as" phrase gives) and the events stage (who did an act) read the name as that verb's
subject."""

from __future__ import annotations

from spacy.tokens import Token

# the words between a subject and its verb that a noun phrase does not end with
_BETWEEN = ("AUX", "ADV", "PART")


def stranded_conjunct_verb(name: Token) -> Token | None:
    """The verb whose subject `name` is, when the parser made `name` (the head of a noun phrase)
    a conjunct of an earlier noun though a finite verb of a coordinated clause follows it
    directly: the verb a conjunct of an earlier verb, with no subject nor coordinating word of
    its own, and an auxiliary or a finite form ("and [X] was sworn in", "and [X] resigned")."""
    if name.dep_ != "conj" or name.pos_ not in ("NOUN", "PROPN") or name.head.i > name.i:
        return None
    doc, i = name.doc, name.i + 1
    while i < len(doc) and doc[i].pos_ in _BETWEEN and doc[i].head.i > i:
        i += 1
    verb = doc[i] if i < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.i > name.i:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
        return None
    before = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    return verb if before is not None and before.lower_ in ("and", "but") else None
