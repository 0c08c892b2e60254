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
* A date premodifying a noun that names no event ("struck down the 2016 law") tells which thing is
  meant, not when the clause's act happened: it dates nothing there ("the 2016 election" is an event
  noun, which dates itself).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import DEFINITE_DETS, EVENT_NOUNS, MEANS_PREPS, STATEMENT_VERBS

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


def means_of(clause: Token) -> Token | None:
    """The verb whose act a gerund of means ("by strangling her") tells how it was done, or None."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.lower_ not in MEANS_PREPS or prep.head.i == prep.i:
        return None
    return prep.head


def names_a_thing(root: Token) -> bool:
    """The date premodifies a noun that names no event ("the 2016 law", "the March 2019 budget")."""
    noun = root.head
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
