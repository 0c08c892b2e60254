"""Participial adjuncts after a main clause: "X appeared in court, [charged] with murder" is a
passive participle whose patient is the main clause's subject (X was charged), not its doer; so
is one fronted before it ("[Detained] without a warrant, the journalists were ...", "[Accused]
of graft, the minister resigned"): English drops "having been" there as it drops "who was" after;
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
# the subordinators that take a reduced passive ("if attacked", "when asked"); "reported as
# [convicted]" is a complement describing another noun, not a clause about the main subject
_CONDITIONS = frozenset({"if", "when", "whenever", "unless", "once", "until", "though", "although", "while"})


def passive_adjunct(verb: Token) -> bool:
    """Is the verb a past participle set after its main clause by a comma, with no subject,
    auxiliary, object or subordinator of its own ("..., [charged] with one count of murder",
    "..., [accompanied] by X")? Its doer is not the main clause's subject; "wept when convicted"
    (a subordinator) and "the statement released by X" (after a noun, no comma) are other readings.
    Fronted, it opens the sentence and a comma closes it (`fronted_passive_adjunct`)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in _OWN or (c.dep_ == "advmod" and c.lower_ in _SEQUENCE) for c in verb.children):
        return False
    if verb.i < verb.head.i:
        return fronted_passive_adjunct(verb)
    i = verb.left_edge.i - 1
    return i > verb.head.i and verb.doc[i].lower_ == ","


def fronted_passive_adjunct(verb: Token) -> bool:
    """Is the verb a past participle (VBN) opening its sentence, closed by a comma before the
    main clause's subject ("[Arrested] in March, the activist was held ...")? Only the checks
    of place: the caller has ruled out a subject, auxiliary ("Having arrested X, police ..."),
    object or subordinator of its own. Its patient is the main clause's subject."""
    if verb.tag_ != "VBN":  # a VBD there is a finite verb whose subject was misparsed
        return False
    start = verb.left_edge.i
    while start > verb.sent.start and verb.doc[start - 1].is_quote:
        start -= 1
    end = verb.right_edge.i + 1
    if start != verb.sent.start or end >= verb.head.i or verb.doc[end].lower_ != ",":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > end for c in verb.head.children)


def reduced_passive_clause(verb: Token) -> bool:
    """Is the verb a past participle led by a subordinator with no subject or auxiliary of its
    own ("Iran vowed to respond [if attacked]", "the troops fired back [when ambushed]")? English
    drops "it is/they were" there, so the main clause's subject is the participle's patient, not
    its doer."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":  # a VBD there is a finite verb whose subject was misparsed
        return False
    own = {c.dep_ for c in verb.children}
    led = any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)
    return led and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative"}
