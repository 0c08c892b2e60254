"""Verbal CAMEO acts (roots 10, 12) phrased in general English: 'insisted on <act>' (demand,
100) and 'turned down <proposal>' (reject, 120/125). Sentences are invented for these tests;
each rule has a negative beside it."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def cameos(code, text: str, trigger: str) -> list[str]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e.cameo for e in c.events if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("The French government insisted on a full withdrawal of the troops.", "insisted", ["100"]),
        ("The Kenyan minister insisted on the release of the fishermen.", "insisted", ["100"]),
        # a claim, not a demand
        ("The Kenyan minister insisted on his innocence at the hearing.", "insisted", []),
        ("The French government turned down the offer of a loan.", "turned", ["120"]),
        ("The Kenyan government turned down the invitation to the summit.", "turned", ["125"]),
        # not a rejection
        ("The Kenyan minister turned down the volume of the radio.", "turned", []),
    ],
)
def test_verbal_acts(code, text: str, trigger: str, expected: list[str]) -> None:
    assert cameos(code, text, trigger) == expected
