"""The two sides of a phone call a speech act was made in: "In a phone call, [Trump] urged
[Zelensky] to ...", "Putin told Erdogan [during a phone call] that ...". A call noun (a trigger
whose code is a phone call, events.yaml call_codes) that is an "in"/"during" adjunct of a verb
names no side of its own: the verb's subject made the call and the one it addressed took it.

The same holds for words addressed with no call: an apology or appeal (events.yaml
addressed_codes) in the words of 'X told [Y]: "We are sorry"' or 'X wrote to [Y] that ...' is
aimed at the one told or written to, when it names no one itself; so is an ask made by a
participle or purpose infinitive of asking after a verb that addresses someone ("wrote to [Y]
asking for X", "phoned [Y], demanding X"), which is the addresser's even when the parser hung
it on the addressee (events.yaml addressing_verbs, asking_words, asking_codes)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children, climb, prep_objects

# the prepositions that make a call noun the occasion of the act ("in a phone call", "during a call")
CALL_PREPS = frozenset({"in", "during", "over"})


def call_verb(noun: Token) -> Token | None:
    """The verb whose act a call noun was the occasion of ("[urged] X in a phone call"), if any."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CALL_PREPS:
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != noun.head.i else None


def caller(noun: Token) -> list[Token]:
    """The subject of the verb a call was the occasion of: who made the call."""
    verb = call_verb(noun)
    return children(verb, "nsubj")[:1] if verb is not None else []


def called(noun: Token) -> Token | None:
    """The one the verb a call was the occasion of addressed ("urged [X]", "told [X]", "said [to X]")."""
    verb = call_verb(noun)
    if verb is None:
        return None
    return next(iter(children(verb, "dobj", "dative") + prep_objects(verb, "to")), None)


# how the reported words hang from the verb that reports them ("told X: [are] sorry")
_REPORTED = frozenset({"ccomp", "parataxis"})
# how a word hangs inside its clause, climbed to reach the clause's head
_INSIDE = frozenset({"acomp", "xcomp", "dobj", "attr", "conj", "prep", "pobj", "pcomp", "advcl"})


@cache
def _addressed_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """events.yaml addressed_codes, reporting_verbs and addressed_channel_sectors."""
    ev = load_rules(EventRules)
    return tuple(ev.addressed_codes), lowered(ev.reporting_verbs), frozenset(ev.addressed_channel_sectors)


@cache
def _asking_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """events.yaml addressing_verbs, message_verbs, message_nouns, asking_words; asking_codes."""
    ev = load_rules(EventRules)
    addressing, sending, messages = lowered(ev.addressing_verbs), lowered(ev.message_verbs), lowered(ev.message_nouns)
    return addressing, sending, messages, lowered(ev.asking_words), tuple(ev.asking_codes)


def _addressees(verb: Token) -> list[Token]:
    """Whom a verb addresses: the "to" or direct object of one of addressing ("wrote to [Y]",
    "phoned [Y]"), the "to" object of the message a verb of sending sends ("sent a letter to [Y]")."""
    addressing, sending, messages, _, _ = _asking_words()
    lemma = verb.lemma_.lower()
    if lemma in addressing:
        return prep_objects(verb, "to") + children(verb, "dobj", "dative")
    sent = [m for m in children(verb, "dobj") if m.lemma_.lower() in messages] if lemma in sending else []
    return [o for m in sent for o in prep_objects(m, "to")] + (prep_objects(verb, "to") if sent else [])


def _errand(tok: Token) -> bool:
    """Is `tok` a purpose infinitive ("to offer") of a verb that addresses someone ("telephoned Y")?"""
    return (
        tok.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and tok.head.lemma_.lower() in _asking_words()[0]
    )


def asking_verb(tok: Token) -> Token | None:
    """The verb addressing someone that `tok`, a participle ("asking") or purpose infinitive
    ("to ask") of asking, says its ask in; with the participle hung on the addressee
    ("wrote to [the chancellor] requesting"), the verb too: the ask is its subject's."""
    if tok.lemma_.lower() not in _asking_words()[3] or not (tok.tag_ == "VBG" or children(tok, "aux")):
        return None
    if tok.dep_ in ("advcl", "xcomp"):
        return tok.head if _addressees(tok.head) else None
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return None
    verb = climb(tok.head, ("pobj", "prep", "dobj"))  # "wrote to [the chancellor] requesting": up to "wrote"
    return verb if verb.pos_ == "VERB" and tok.head in _addressees(verb) else None


def hung_on_addressee(tok: Token) -> Token | None:
    """The addressing verb whose subject asks when the parser hung the asking participle on the
    one addressed ("wrote to the chancellor [requesting] X": the writer requests), else None."""
    verb = asking_verb(tok) if tok.dep_ == "acl" else None
    return verb if verb is not None and tok.head.i != verb.i else None


def addressed(tok: Token, cameo: str, actors_of: Callable[[Token], list[Actor]]) -> tuple[list[Actor], Token] | None:
    """The one an apology, appeal or condolence at `tok` is aimed at when its words were
    addressed to them: the object of the reporting verb its clause is the reported words of
    ("told [Y]: ...", "wrote to [Y] that ..."), of the verb addressing them an ask was made in
    ("wrote to [Y] asking"), or whose errand it was ("telephoned [Y] to offer condolences"), an
    actor that is no news medium."""
    codes, verbs, channels = _addressed_words()
    c = climb(tok, _INSIDE)
    if cameo.startswith(codes) and c.dep_ in _REPORTED and c.head.lemma_.lower() in verbs:
        objs = children(c.head, "dobj", "dative") + prep_objects(c.head, "to")
    elif cameo.startswith(_asking_words()[4]) and (verb := asking_verb(tok)) is not None:
        objs = _addressees(verb)
    elif cameo.startswith(codes) and _errand(tok):
        objs = _addressees(tok.head)  # "telephoned [Y] to offer his condolences"
    else:
        return None
    for o in objs:
        found = actors_of(o)
        if found and not any(a.sector in channels for a in found):
            return found, o
    return None
