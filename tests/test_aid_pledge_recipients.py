"""Aid pledged as a sum or a package names its recipient on the aid (matching.counted, the
033 entries of triggers-verbs.yaml): "pledged 300 million euros [in aid] to X" is a pledge of
aid (033) to X, as "pledged $300 million in aid to X" is, though the NER leaves "euros" out of
the sum; an aid package pledged, offered or announced is the aid. A package of anything else,
a sum pledged with no aid named, and a pledge to do something oneself stay as they were. A
humanitarian or relief package or aid is pledged humanitarian aid (0333: events.yaml aid_kinds).
Invented sentences, each beside a negative."""

from __future__ import annotations

import pytest

from tests.event_rows import acts


@pytest.mark.parametrize("text, act", [
    ("Sweden pledged 300 million euros in aid to Jordan.", ("033", "SWE", "JOR")),
    ("Sweden promised 300 million euros in humanitarian assistance for Jordan.", ("0333", "SWE", "JOR")),
    ("Sweden pledged $300 million in aid to Jordan.", ("033", "SWE", "JOR")),
])
def test_a_sum_in_aid_is_aid_for_its_recipient(code, text, act):
    assert act in acts(code, text)


@pytest.mark.parametrize("text, act", [
    ("Vietnam announced a new aid package for Laos.", ("033", "VNM", "LAO")),
    ("Vietnam pledged a $20 million aid package to Laos.", ("033", "VNM", "LAO")),
    ("Vietnam offered a humanitarian package to Laos.", ("0333", "VNM", "LAO")),
    ("Vietnam announced 20 million dollars in relief aid for Laos.", ("0333", "VNM", "LAO")),
])
def test_an_aid_package_or_sum_announced_is_a_pledge_of_aid(code, text, act):
    assert act in acts(code, text)


@pytest.mark.parametrize("text", [
    "The Vietnamese government announced a stimulus package for farmers.",
    "Vietnam announced a reform package on Monday.",
])
def test_a_package_of_anything_else_is_no_aid(code, text):
    assert not [a for a in acts(code, text) if a[0].startswith("03")]


def test_a_sum_without_aid_or_a_pledge_to_act_is_no_aid(code):
    # a sum pledged with nothing it counts: the plain intent, still aimed at its "to" phrase
    assert acts(code, "Sweden pledged 300 million euros to Jordan.") == [("030", "SWE", "JOR")]
    # a pledge to do something oneself names no recipient
    assert acts(code, "Sweden pledged to cut emissions by half.") == [("030", "SWE", None)]
    # "N soldiers in X" counts no place: the capture's target stays the soldiers
    assert ("033", "SWE", "JOR") not in acts(code, "Sweden pledged 300 soldiers in Jordan.")
