"""An organisation's named gathering is that organisation (events/org_gatherings.py, events.yaml
org_gathering_nouns, org_name_heads): "the International Labour Conference" is the
International Labour Organization's, so it acts as the organisation and a meeting attended
there has it as partner. A summit under such a name is often held by others ("the World
Health Summit") and a gathering of no organisation's name ("the National Assembly") names
none. Sentences are invented; each negative has a positive beside it."""

from __future__ import annotations

import pytest

from tests.event_rows import acts

BRA = "Brazil's president"


def test_an_organisations_conference_acts_as_it(code):
    assert ("051", "IGOILO", "KEN") in acts(code, "The International Labour Conference praised Kenya on Monday.")


def test_a_conference_attended_has_its_organisation_as_partner(code):
    got = acts(code, f"{BRA} attended the International Labour Conference in Geneva.")
    assert ("040", "BRAGOV", "IGOILO") in got


@pytest.mark.parametrize(
    "text",
    [
        f"{BRA} attended the World Health Summit in Berlin.",
        f"{BRA} attended the National Assembly in Brasilia.",
    ],
)
def test_a_gathering_of_no_organisations_name_has_no_partner(code, text):
    assert [a for a in acts(code, text) if a[0].startswith("04")] == []
