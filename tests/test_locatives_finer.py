"""The event's place (issue 14): a country named in a locative phrase and a place in it named in a
later phrase on the same word ("killed in east Ukraine in the area of Lugansk"): the finer place.
Invented sentences, each beside a negative."""

from __future__ import annotations

import pytest
from .place_checks import where

CASES = [
    ("Two soldiers were killed in Afghanistan in the city of Kandahar on Monday.", "killed", "Kandahar"),
    ("Seven civilians were killed in fighting in east Ukraine in the area of Lugansk.", "killed", "Lugansk"),
    # a later phrase that names no place, or a place of another country, leaves the country
    ("Seven civilians were killed in Syria in an airstrike on Monday.", "killed", "Syria"),
    ("He was arrested in France in connection with the attack in Belgium.", "arrested", "France"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_finer_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected
