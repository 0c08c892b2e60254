"""A capital named by its country rather than its name: `capital_at`.

News often names a country's capital by the country ("the Chinese capital", "Somalia's
capital") or, when the country is plain from the text, by "the capital" alone ("protesters
marched in the capital"); where it gives the name too ("the capital, Kabul", "the Iraqi capital
Baghdad", "the Borno state capital Maiduguri") that name is the place.

A bare "the capital" is the capital of the country the text is set in: its sentence's one
country (a country, demonym or city named in it), else its paragraph's, else the article's main
country (the actors stage's `Setting`); never when none is known, nor when the sentence's and the
article's differ (a sentence's country may be its visitors'). A capital
with any other word on it is not the nation's ("the state capital", "the provincial capital",
"the commercial capital", "its capital", "the capital of the province"), nor is capital as money
("capital markets", "venture capital", "political capital"), which is never a place noun's head
with "the" alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.model import Location

from .gazetteer import Gazetteer
from .placenames import place_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# the dependents a bare "the capital" (or "the capital city") may have: anything else on it
# (an adjective, a compound, an owner, an "of" phrase) says whose or which capital it is
_BARE_DEPS = frozenset({"det", "case", "punct", "prep", "acl", "relcl", "appos", "cc", "conj"})


def capital_at(tok: Token, gaz: Gazetteer) -> Location | None:
    """The capital the noun `tok` ("capital", or "city" of "the capital city") names, or None.

    First the name set beside it ("the capital, Kabul", "the state capital Maiduguri"), then the
    country a modifier or an "of" phrase names ("the Chinese capital", "Kenya's capital", "the
    capital of Iraq"), then for a bare "the
    capital" the country of its setting (see the module docstring)."""
    capital = _capital_word(tok)
    if capital is None:
        return None
    for c in tok.children:  # "the capital, Kabul", "the Iraqi capital Baghdad"
        loc = place_of(c, gaz, named=True) if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN" else None
        if loc is not None and loc.kind == "city":
            return loc
    for c in _next_name(tok):  # the same with the name hung elsewhere: a city of the setting's country
        loc = place_of(c, gaz, named=True)
        if loc is not None and loc.kind == "city" and loc.country in (None, _setting_country(tok)):
            return loc
    for c in capital.children:  # "the Chinese capital", "Kenya's capital"
        if c.dep_ in ("amod", "compound", "poss"):
            iso3 = gaz.country_of_demonym(c.text)
            if iso3 is None:
                e = gaz.entry(c.text)
                iso3 = e.iso3 if e and e.kind == "country" else None
            cap = gaz.capital(iso3) if iso3 else None
            if cap is not None:
                return replace(cap, text=tok.doc[min(c.i, capital.i) : tok.i + 1].text, kind="city")
    for p in tok.children:  # "the capital of Iraq"
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                country = place_of(o, gaz) if o.dep_ == "pobj" else None
                cap = (
                    gaz.capital(country.country) if country and country.kind == "country" and country.country else None
                )
                if cap is not None:
                    return replace(cap, text=tok.doc[capital.i : o.i + 1].text, kind="city")
    if not _bare(tok, capital):
        return None
    iso3 = _setting_country(tok)
    cap = gaz.capital(iso3) if iso3 else None
    return replace(cap, text=tok.doc[capital.i : tok.i + 1].text, kind="city") if cap is not None else None


def _next_name(tok: Token) -> tuple[Token, ...]:
    """The name right after `tok` or its comma, whatever the parser hung it on ("outside the
    capital, Bujumbura, ..." with the name given to the subject): the head of its name chain."""
    doc = tok.doc
    i = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return ()
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i].dep_ == "compound" and doc[i].head.i > i:
        i += 1  # "the capital, Addis Ababa": the last word of the name
    return (doc[i],)


def _capital_word(tok: Token) -> Token | None:
    """The word "capital" of `tok`: `tok` itself, or the compound before "city" ("the capital city")."""
    if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN":
        return tok
    if tok.lower_ == "city":
        return next((c for c in tok.children if c.dep_ == "compound" and c.lower_ == "capital"), None)
    return None


def _bare(tok: Token, capital: Token) -> bool:
    """Is it "the capital" (or "the capital city") with no word saying whose or which capital?"""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if any(c.dep_ not in _BARE_DEPS for c in tok.children if c.i != capital.i):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # "the capital of the province"
        return False
    return capital is tok or not any(True for _ in capital.children)


def _setting_country(tok: Token) -> str | None:
    """The country the actors stage's setting gives `tok`: its sentence's or paragraph's, else the
    article's main country; None when the two differ ("KABUL - American diplomats met Taliban
    negotiators in the capital": a sentence's country may be its visitors', not where it is)."""
    doc = tok.doc
    st = doc._.setting if doc.has_extension("setting") else None
    if st is None:
        return None
    local: str | None = st.local_country(tok.i, tok.idx)[0]
    main: str | None = st.main
    return None if local and main and local != main else local or main
