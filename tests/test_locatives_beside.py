"""The event's place (issue 14): a name the NER took for a person or a body is a place when a place
noun is set beside it after a comma ("at X, the capital of Y": X, not Y). Invented sentences, each
beside a negative."""

from __future__ import annotations

import pytest
from .place_checks import where

CASES = [
    ("A bomb exploded at Lashkar Gah, the capital of Helmand province, on Monday.", "exploded", "Lashkar Gah"),
    ("Troops captured Knin, the stronghold of the rebels, on Saturday.", "captured", "Knin"),
    # a person set beside a title, not a place noun, is a person
    ("Troops captured Tom Smith, the leader of the rebels, on Saturday.", "captured", None),
    ("Gunmen killed Ahmad Shah, the district chief, on Monday.", "killed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_beside_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected
