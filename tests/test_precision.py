"""Precision rules of the event coder (issue 13): what a sentence mentions but does not report as an
event. Invented sentences, each with a near-identical negative where the event must still be coded."""

from __future__ import annotations

import pytest


def triggers(code, text: str) -> list[tuple[str, str, str]]:
    return [(e.trigger, e.cameo, e.modality) for e in code(text).events]


# -- a clause that only describes a noun ---------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    # relative clause: which person or thing the noun is
    ("Reporters asked Mayor Jones, who is supported by the Kenyan government, about the budget.", "supported"),
    # (in the past it states the act: "the march, which the police rejected on Monday" is coded,
    # tests/test_clauses_relative.py; in the present it says what the march is)
    ("The Chilean president criticised the march, which the police reject.", "reject"),
    # past participle modifying a noun: where the thing came from
    ("Ecuador's foreign minister read a statement released by the Peruvian president.", "released"),
])
def test_event_in_a_clause_describing_a_noun_is_not_coded(code, text, trigger):
    assert trigger not in [t for t, _, _ in triggers(code, text)]


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan government supported Mayor Jones on Monday.", "supported"),
    ("The Chilean police rejected the march on Monday.", "rejected"),
    ("The Peruvian president released two Ecuadorian prisoners.", "released"),
    # a statement is coded by its content (a bare one is no event: tests/test_contentless_acts.py)
    ("The Peruvian president released a statement criticising Ecuador.", "criticising"),
])
def test_the_same_event_as_the_main_clause_is_coded(code, text, trigger):
    assert trigger in [t for t, _, _ in triggers(code, text)]


# -- lasting states ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The rebels in Mali are backed by Algeria.",
    "Nigeria has supported the Chadian government.",
    "Nigeria supports the Chadian government.",
])
def test_a_lasting_stance_is_not_coded(code, text):
    assert not [t for t in triggers(code, text) if t[1].startswith("05")]


@pytest.mark.parametrize("text", [
    "The rebels in Mali were backed by Algeria in the 2012 offensive.",
    "Nigeria supported the Chadian government on Monday.",
])
def test_a_past_act_of_support_is_coded(code, text):
    assert [t for t in triggers(code, text) if t[1].startswith("05")]


# -- negated present: a habit or a stance, not an event -------------------------------------------
def test_negated_present_is_not_coded(code):
    assert not [t for t in triggers(code, 'The Chilean president said, "I never threaten Peru."') if t[1] == "130"]


def test_negated_past_is_still_coded(code):
    found = triggers(code, "The Chilean president did not threaten Peru on Monday.")
    assert ("threaten", "130", "negated") in found
