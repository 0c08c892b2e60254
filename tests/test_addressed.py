"""An apology or appeal in words addressed to someone (events/calls.py `addressed`, events.yaml
addressed_codes): 'X told [Y]: "We are sorry"' or 'X wrote to [Y] that ...' is aimed at the one
told or written to when the words name no one; an apology to no one is dropped as partnerless
(events/partnerless.py). Not a news medium told, not words said to no one, and not an act of
another code ("sorry to hear of" is sympathy). Sentences are invented; each negative has a
positive beside it."""

from __future__ import annotations

import pytest

from tests.event_rows import acts

KEN = "The Kenyan president"


@pytest.mark.parametrize(
    "text",
    [
        f'{KEN} told South Korea: "We are sorry for what happened."',
        f'{KEN} wrote to South Korea: "We apologise for the suffering."',
        f"{KEN} told the South Korean president that Kenya was sorry for the suffering.",
    ],
)
def test_an_apology_told_to_someone_is_aimed_at_them(code, text):
    assert [(a[0], a[2]) for a in acts(code, text) if a[0] == "055"] == [("055", "KOR")]


@pytest.mark.parametrize(
    "text",
    [
        f'{KEN} told reporters: "We are sorry for what happened."',
        f'{KEN} told the BBC: "We are sorry for what happened."',
        f'{KEN} said: "We are sorry for what happened."',
    ],
)
def test_an_apology_told_to_the_press_or_no_one_is_none(code, text):
    assert [a for a in acts(code, text) if a[0] == "055"] == []


def test_sympathy_told_to_someone_keeps_its_own_code(code):
    got = acts(code, f"{KEN} told South Korea that he was sorry to hear of the earthquake.")
    assert [a[0] for a in got] == ["018"]
