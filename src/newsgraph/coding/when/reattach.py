"""Two places where a date expression's parse attachment is not the clause it dates.

* A date between a reporting verb (and its prepositional phrases) and the subject of a bare
  complement clause ("X said at a press conference yesterday morning the laws should change"): with
  no "that", the parser often hangs the date on the complement's verb, but a date placed before the
  reported clause's subject dates the saying. ("X said that on Monday the troops would leave" keeps
  Monday in the reported clause.)
* A gerund of means ("killed his sister by strangling her in 2016", dates.yaml ``means_preps``)
  names how the same act was done: a date inside it is the act's. ("killed her after meeting her in
  2016" is another event.)
* A date between a determiner and the event noun it premodifies, past a name the parser takes
  for the phrase's head ("the August 2017 Unite the Right rally", "the 2019 Christchurch mosque
  attacks"): the event noun's own date, wherever the parse hangs it. Only across the words of one
  noun phrase (names, adjectives, nouns naming no event), not past another event noun ("the 2016
  election interference": the election's), a verb or a preposition ("the 2016 law banning protests").
* A bare date right after the object of a preposition that orders two events ("After his conviction
  in that case last summer, X agreed ..."): the parser often hangs it on the clause's verb, but
  it closes the phrase and dates its noun, the earlier or later event, not the verb (as "arrested
  him after the attack Monday" dates the attack). Not after "during"/"amid" (an occasion: the
  clause's act happened inside it, so the date is the verb's too).
* A "when" clause the parser hangs on a date ("since 1997, when Britain handed it over", "in
  March, when the rebels attacked"): the date is the clause's own time, whatever the main clause
  does with it.
* A date premodifying a noun that names no event ("struck down the 2016 law") tells which thing is
  meant, not when the clause's act happened: it dates nothing there ("the 2016 election" is an event
  noun, which dates itself).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import (
    CLOCK_WORDS,
    DEFINITE_DETS,
    EVENT_NOUNS,
    MEANS_PREPS,
    ORDERING_PREPS,
    PARTS_OF_DAY,
    STATEMENT_VERBS,
)

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def reporting_verb(root: Token) -> Token | None:
    """The reporting verb a date the parser hung on its bare complement clause belongs to, or None."""
    if root.dep_ != "npadvmod":
        return None
    clause = root.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i == clause.i or verb.lemma_ not in STATEMENT_VERBS:
        return None
    if not verb.i < root.left_edge.i < clause.i:
        return None
    if any(c.dep_ == "mark" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in _SUBJ), None)
    if subj is None or root.i > subj.left_edge.i:
        return None
    return verb


def _object_of(prep: Token) -> Token | None:
    """The noun of a preposition's phrase: "after the vote", "prior to the vote", "ahead of the vote"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        inner = next((c for c in prep.children if c.dep_ == "prep"), None)
        obj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _a_time(obj):
        return None
    return obj


def ordered_noun(root: Token, start: int, end: int) -> Token | None:
    """The noun of an ordering phrase ("after his conviction in that case") that a date at doc tokens
    [start, end) is inside, or None. The parser hangs such a date on the phrase's noun ("... in the
    fraud trial last summer"), on the preposition ("Following his dismissal last month"), or on the
    clause's verb right after the phrase ("After his conviction in that case last summer, X agreed");
    a date the preposition governs itself ("after Monday") is no noun's, nor a gap before it ("one
    week after the attack")."""
    verb = root.head
    if root.dep_ == "npadvmod" and verb.i != root.i:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ORDERING_PREPS and prep.i < start == prep.right_edge.i + 1:
                return _object_of(prep)
    cur = root
    for _ in range(_PHRASE_DEPTH):
        if cur.head.i == cur.i or cur.dep_ == "pobj" and start <= cur.i < end:
            return None  # the date is the preposition's own object
        if cur.dep_ == "prep" and cur.lower_ in ORDERING_PREPS:
            obj = _object_of(cur)
            # after the noun: "one week after the attack" measures the gap, it does not date the attack
            return obj if obj is not None and obj.i < start else None
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":
            return None
        cur = cur.head
    return None


# how far up from a date an ordering preposition may be: the date, its noun's phrase, the noun
_PHRASE_DEPTH = 6


def told_when(clause: Token, start: int, end: int) -> bool:
    """Whether `clause` is a "when" clause on the date at doc tokens [start, end) ("in March, when
    the rebels attacked a convoy")."""
    return (
        clause.dep_ == "relcl"
        and start <= clause.head.i < end
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
    )


def _a_time(noun: Token) -> bool:
    """A noun naming a time, not an event: "shortly before midnight Wednesday night" is one time."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in CLOCK_WORDS or noun.lower_ in PARTS_OF_DAY


def means_of(clause: Token) -> Token | None:
    """The verb whose act a gerund of means ("by strangling her") tells how it was done, or None."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.lower_ not in MEANS_PREPS or prep.head.i == prep.i:
        return None
    return prep.head


def names_a_thing(root: Token, start: int) -> bool:
    """The date premodifies a noun that names no event ("the 2016 law", "the March 2019 budget"),
    or is the year in a name ("violations of the Tenure of Office Act of 1867", "the Civil Rights
    Act of 1964": which act is meant, not when the clause's event happened). Not a date right after
    "on", which times a clause whatever the parse ("a summit where on Sunday Presidents X and Y
    signed", "Sunday" taken for a modifier of "Presidents"). `start` is the date's first token."""
    if start > 0 and root.doc[start - 1].lower_ == "on":
        return False
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of" and root.tag_ == "CD":
        named = noun.head
        return named.pos_ == "PROPN" and named.i < root.i and named.is_title
    return (
        root.dep_ in _PREMODIFIERS
        and root.i < noun.i
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in EVENT_NOUNS
        and noun.lower_ not in EVENT_NOUNS
    )


_PREMODIFIERS = frozenset({"compound", "amod", "nummod"})


def premodifies(start: int, end: int, noun: Token) -> bool:
    """The date at doc tokens [start, end) opens the noun phrase of the event noun `noun` after a
    determiner ("the August 2017 Unite the Right rally"), with only that phrase's words between."""
    doc = noun.doc
    if start == 0 or not end <= noun.i <= end + _PHRASE_WORDS:
        return False
    det = doc[start - 1]
    if det.lower_ not in DEFINITE_DETS and det.tag_ != "PRP$":
        return False
    return all(
        t.pos_ in _PHRASE_POS and not (t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS) for t in doc[end : noun.i]
    )


# how many words a premodifying date may stand before its event noun, and which kinds of word
_PHRASE_WORDS = 5
_PHRASE_POS = frozenset({"PROPN", "ADJ", "NOUN", "DET"})
