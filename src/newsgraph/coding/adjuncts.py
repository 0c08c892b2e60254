"""Participial adjuncts after a main clause: "X appeared in court, [charged] with murder" is a
passive participle whose patient is the main clause's subject (X was charged), not its doer;
"X drove into a crowd, [killing] a woman" (a present participle) takes the main subject as its
doer, which the subject walk in events/participants.py already does. A parse shape both stages
read: the events stage for the participle's target, the actors stage for whom police or courts
hold (actors/held.py)."""

from __future__ import annotations

from spacy.tokens import Token

# a clause of its own: a subject, an auxiliary, an object or a subordinator
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark", "dative"})
# an adverb that orders the clause after the main one: "X left Iraq, [then] returned" is the same
# subject's next act in the past tense (VBD), not a participle of what was done to it
_SEQUENCE = frozenset({"then"})


def passive_adjunct(verb: Token) -> bool:
    """Is the verb a past participle set after its main clause by a comma, with no subject,
    auxiliary, object or subordinator of its own ("..., [charged] with one count of murder",
    "..., [accompanied] by X")? Its doer is not the main clause's subject; "wept when convicted"
    (a subordinator) and "the statement released by X" (after a noun, no comma) are other readings."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i:
        return False
    if any(c.dep_ in _OWN or (c.dep_ == "advmod" and c.lower_ in _SEQUENCE) for c in verb.children):
        return False
    i = verb.left_edge.i - 1
    return i > verb.head.i and verb.doc[i].lower_ == ","
