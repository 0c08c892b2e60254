"""Doers the text names only as a crowd or as members of a group (issue 14), on invented sentences.

Crowds that march or demonstrate are civilians (CVL) of the country of their phrase, the
event's place or the setting; a crowd with no country anywhere stays uncoded. An armed group
the KB lacks that the text makes part of an organisation ("militia from X", "gunmen identified
as members of X") is coded as that organisation; a place there is not whose it is.
"""

from __future__ import annotations

import pytest

from newsgraph.coding.explain import explain
from newsgraph.coding.nlp import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def _sources(nlp, text: str) -> list[str | None]:
    return [(ev.source or {}).get("code") for ev in explain(text, nlp).coded.events]


def _codes(nlp, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in explain(text, nlp).actors}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a people named in the plural and counted, whatever entity the NER gives it
        ("Several thousand Tamils marched through central Paris on Sunday.", "FRACVL"),
        # crowd nouns with the event's place
        ("Dozens of mourners marched through Gaza City on Friday.", "PSECVL"),
        ("Around 300 locals demonstrated in Mosul on Tuesday.", "IRQCVL"),
        # the country of a place in the crowd's own phrase
        ("Worried neighbours of the old dam outside Lahore demonstrated at the site on Sunday.", "PAKCVL"),
        # no place in the sentence: the paragraph's country
        ("Kenya's parliament passed the new tax bill on Monday. Thousands marched in the streets on Tuesday.", "KENCVL"),
    ],
)
def test_crowd_doers(nlp, text: str, source: str) -> None:
    assert source in _sources(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a crowd with no country in the sentence, paragraph or article
        "Thousands marched in the streets on Sunday.",
        "The film opened to good reviews. Thousands marched in the streets on Tuesday.",
        # a counted noun that is no people or crowd word: a parade, not a protest
        "Some 300 musicians marched in the carnival parade through Rio on Sunday.",
        # a pronoun marching others out
        "They marched everyone out of the hall in Madrid.",
    ],
)
def test_no_crowd(nlp, text: str) -> None:
    assert not any((s or "").endswith("CVL") for s in _sources(nlp, text))


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Militia from the Hezbollah movement attacked the village.", "Militia", "LBNREB"),
        ("Gunmen identified as members of Hamas attacked the post.", "Gunmen", "PSEREB"),
        ("Gunmen suspected to be members of Boko Haram have killed seven people.", "Gunmen", "NGAREB"),
        # negatives: a place is where they are from, not whose they are; no organisation named
        ("Militia from Kenya attacked the village.", "Militia from Kenya", "KENUAF"),
        ("Gunmen suspected to be local farmers killed seven people.", "Gunmen", "UAF"),
        # the one who thinks so is not the group
        ("Police believed the gunmen to be members of Boko Haram.", "the gunmen", "UAF"),
        # loyal to a person: that person's country
        ("Armed youths loyal to Ivory Coast's Laurent Gbagbo killed seven people on Wednesday.", "Armed youths", "CIVUAF"),
        ("Armed youths killed seven people on Wednesday.", "Armed youths", "UAF"),
    ],
)
def test_member_of(nlp, text: str, word: str, code: str) -> None:
    assert _codes(nlp, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Later that day the SyAAF struck insurgent positions near the highway.", "the SyAAF", "SYRMIL"),
        ("The PYD has also attacked offices of rival parties.", "PYD", "SYRPTY"),
        ("The RAB will patrol the rivers around the capital.", "RAB", "BGDCOP"),
    ],
)
def test_named_bodies(nlp, text: str, word: str, code: str) -> None:
    assert _codes(nlp, text).get(word) == code


def test_a_lowercase_rab_is_no_body(nlp) -> None:
    # negative: the acronym only as written in capitals
    assert "rab" not in _codes(nlp, "The chef served rab with rice.")
