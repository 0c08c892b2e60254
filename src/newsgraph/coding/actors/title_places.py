"""The place an office names in its own title words: "New York Attorney General X", "Kano
State governor X", "Los Angeles County Sheriff X".

A place written before a title gives the office its country ("the Manhattan District
Attorney" is a US prosecutor, "the Lyon mayor" a French official). `AgentPhrases.country_of`
reads the modifiers of the title's head word only; the parser often hangs the place on the
title's first word instead ("New York" on "Attorney" of "Attorney General"), or the place
carries its kind ("Kano State", "Los Angeles County"), which the gazetteer does not know.
Here the proper nouns right before the office's words are read as one place name, the whole
name and never a part of it ("Real Madrid president" is a club's), then without a kind word
at its end (actors.yaml `place_kind_words`). Only a place the gazetteer puts in one country
counts (a country, a US state, a large city: the caller's `lookup`), so a body's name
before a title ("Texas Instruments chief executive", "Bangkok Post editor") names no place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token


def title_place(head: Token, term: str, lookup: Callable[[str], str | None], kind_words: Collection[str]) -> str | None:
    """The country of a place named by the proper nouns right before the words of the agent
    `term` that `head` ends ("attorney general" ends at "General"), or None."""
    doc = head.doc
    first = head.i - len(term.split()) + 1
    if first < 1 or any(t.lower_ != w and t.lemma_.lower() != w for t, w in zip(doc[first : head.i], term.split())):
        first = head.i  # the term is the head word alone (or written otherwise): the words before it
    start = first
    while start > 0 and _place_word(doc[start - 1], head):
        start -= 1
    if start == first or any(
        t.ent_id_.startswith(("person:", "org:")) or t.ent_type_ in ("PERSON", "NORP") for t in doc[start:first]
    ):
        return None  # no name before the title; a person's or a body's title is read elsewhere
    # the whole name only: "Real Madrid president" names a club, not Madrid
    iso = lookup(doc[start:first].text)
    if iso is None and first - start > 1 and doc[first - 1].lower_ in kind_words:
        iso = lookup(doc[start : first - 1].text)  # "Kano State" -> "Kano"
    return iso


def _place_word(tok: Token, head: Token) -> bool:
    """A capitalised proper noun modifying a word of the title, or the name the title is
    itself a modifier of ("[County] Sheriff John Roe": both hang on the surname)."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.dep_ in ("compound", "amod", "nmod")
        and tok.i < tok.head.i
        and (tok.head.i <= head.i or (head.dep_ == "compound" and tok.head == head.head))
    )
