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


def test_a_conference_attended_is_a_visit_to_its_organisation(code):
    """GUIDELINE "Meetings": the attendee visits (042) the organisation that holds the
    gathering, which hosts (043) the attendee, as for "attended the G20 summit"."""
    got = acts(code, f"{BRA} attended the International Labour Conference in Geneva.")
    assert ("042", "BRAGOV", "IGOILO") in got
    assert ("043", "IGOILO", "BRA") in got  # the target is given by its country
    assert [a for a in got if a[0] == "040"] == []


@pytest.mark.parametrize(
    "text",
    [
        f"{BRA} attended the World Health Summit in Berlin.",
        f"{BRA} attended the National Assembly in Brasilia.",
    ],
)
def test_a_gathering_of_no_organisations_name_has_no_partner(code, text):
    assert [a for a in acts(code, text) if a[0].startswith("04")] == []
