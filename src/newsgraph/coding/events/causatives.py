"""Who does the act of a past participle that completes a verb of causing, perceiving or wanting
("had [the envoy] expelled", "saw the protesters arrested"): the verb's object is the one acted
on, never the doer, however the parser hangs it (the participle's subject, or the object the
participle describes). The doer is a "by" phrase, else the causer ("had", "got": its subject had
it done) unless the object is the causer's own (what befell them: "had his car stolen"), else
no one named, as in a passive (events.yaml causative_verbs, unnamed_doer_verbs)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import agent_objects, children, is_infinitive

if TYPE_CHECKING:
    from .elsewhere import Subject

# what a participle that is its own clause's verb carries: then it is no bare participle
_OWN = ("aux", "auxpass", "nsubjpass", "dobj", "csubj", "expl")


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml causative_verbs, unnamed_doer_verbs and object_control."""
    ev = load_rules(EventRules)
    return lowered(ev.causative_verbs), lowered(ev.unnamed_doer_verbs), lowered(ev.object_control)


def _governor(tok: Token) -> tuple[Token, Token] | None:
    """(the governing verb, the one acted on) of a bare past participle in the frame, else None."""
    if tok.tag_ != "VBN" or children(tok, *_OWN):
        return None
    found = _frame(tok)
    if found is not None and found[0].lemma_ == "have" and found[0].tag_ in ("VBZ", "VBP"):
        return None  # a present "has X deployed", "have X detained" says what is so, not what was done
    return found


def _frame(tok: Token) -> tuple[Token, Token] | None:
    """(the governing verb, its object) when the participle completes a frame verb."""
    causing, unnamed, _ = _verbs()
    frame = causing | unnamed
    if tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.lemma_.lower() in frame and tok.head.i < tok.i:
        subj = children(tok, "nsubj")  # "had [the envoy] expelled" parsed as a small clause
        if subj and tok.head.i < subj[0].i < tok.i:
            return tok.head, subj[0]
        return None
    head = tok.head  # "had [the envoy] expelled" parsed as the object the participle describes
    if (
        tok.dep_ == "acl"
        and head.i < tok.i
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in frame
        and not children(tok, "nsubj")
    ):
        return head.head, head
    return None


def caused_patients(tok: Token) -> list[Token]:
    """The one acted on by a participle completing a verb of causing, perceiving or wanting
    ("had [the envoy] expelled") as a list, empty for any other word."""
    found = _governor(tok)
    return [found[1]] if found is not None else []


def caused_doer(
    tok: Token, actors_of: Callable[[Token], list[Actor]], subject: Callable[[Token], Subject]
) -> Subject | None:
    """The doers of such a participle (passive: its target is the one acted on), else None."""
    from .elsewhere import Subject  # (elsewhere reads clauses, which reads this module)

    found = _governor(tok)
    if found is None:
        return None
    verb, patient = found
    agents = agent_objects(tok)
    by = Subject(actors_of(agents[0]), True, agents[0]) if agents else None  # "had X freed by [the court]"
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in patient.children)
    if verb.lemma_.lower() in _verbs()[0] and not own and (by is None or not by.actors):
        # "the president had the envoy expelled": the president's act; so when the "by" phrase
        # names no actor, only the hands it was done by ("had him killed by [hired men]")
        causer = subject(verb)
        return Subject(causer.actors, True, causer.doer)
    return by or Subject([], True)  # "saw the protesters arrested", "had his car stolen": unnamed


def causing_verb(tok: Token) -> Token | None:
    """The verb of causing a participle the parser hung on its object completes ("tried to have
    the journalist [released]": "have"), whose mood the act shares; None for any other word (a
    complement clause already climbs to its verb)."""
    found = _governor(tok)
    return found[0] if found is not None and tok.dep_ == "acl" else None


def controlled_purpose(t: Token) -> bool:
    """Is an infinitive the parser hung on a verb of causing or moving someone to act as a clause
    of purpose ("got Turkey [to release] X") the complement its object does (events.yaml
    object_control)? Only after that object ("got Turkey"), as a complement stands."""
    if t.dep_ != "advcl" or not is_infinitive(t) or t.head.lemma_.lower() not in _verbs()[2]:
        return False
    objs = children(t.head, "dobj")
    return bool(objs) and t.head.i < objs[0].i < t.i
