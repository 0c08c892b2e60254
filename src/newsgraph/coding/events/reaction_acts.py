"""The act a reaction is to when the text names it only by a definite noun: the reaction verb's
object ("the opposition criticised [the move]"), its passive subject ("[the operation] was
condemned"), or the subject of the verb that bears a reaction noun ("[the decision] drew criticism
from X", "[the move] sparked outrage": events.yaml bearing_verbs). Such a noun with nothing
saying whose or which it is stands for an act an earlier sentence reported; the coder aims the
reaction at that act's doer."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import ModalityWords
from .syntax import agent_objects, children


def act_anaphor(
    tok: Token, passive: bool, words: ModalityWords, is_event_noun: Callable[[Token], bool], bearer: Token | None
) -> Token | None:
    """The definite act noun (events.yaml anaphoric_acts, or an event noun) with no owner of its
    own that the reaction `tok` is to; `bearer`: the verb bearing `tok` when it is a reaction
    noun ("drew [criticism]"), whose subject is then the act; else None."""
    things = children(tok, "nsubjpass" if passive else "dobj")
    things += children(bearer, "nsubj") if bearer is not None else []
    for o in things:
        if not (o.lemma_.lower() in words.anaphoric_acts or is_event_noun(o)):
            continue
        if not any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in o.children):
            continue
        if children(o, "poss", "prep", "acl", "relcl", "nmod") or any(
            _names_which(m) or is_event_noun(m) for m in children(o, "amod", "compound")
        ):
            continue  # "the German plan", "the move to ...", "the attack on X": it says whose or which
        return o
    return None


def _names_which(mod: Token) -> bool:
    """Does a modifier of an act noun say whose or which act it is ("the [German] plan", "the
    [Quetta] bombing", "the [2019] attack")? So does another act noun ("the [impeachment]
    investigation": the act it is about); a common word names only its kind ("the [air] strikes",
    "the [deadly] attack"), which an act an earlier sentence told may be."""
    return mod.pos_ == "PROPN" or bool(mod.ent_type_)


# how the parser hangs a participle that goes on with its clause ("Iran fired a missile, [drawing]
# condemnation", "... and [drew] condemnation")
_GOING_ON = ("advcl", "conj", "xcomp")


def bearer_subjects(verb: Token) -> list[Token]:
    """Who bears a reaction `verb` (events.yaml bearing_verbs) holds as its object: its subject
    ("[the plan] drew criticism"); for a participle or coordinated verb with none ("Iran fired a
    missile, [drawing] condemnation from X"), the doer of the clause it goes on: that clause's
    subject, or a passive's "by" phrase ("a missile was fired by Iran, drawing ...")."""
    own = children(verb, "nsubj")
    if own or verb.dep_ not in _GOING_ON or verb.head.pos_ not in ("VERB", "AUX"):
        return own
    head = verb.head
    return children(head, "nsubj") if not children(head, "nsubjpass") else agent_objects(head)
