"""A consultation with no other side: CAMEO 04 is consultation between actors, so a
meet/discuss/negotiate/mediate trigger whose text names no partner an actor stands for is no dyad
and is not coded (events/partnerless.py, doers.yaml partner_codes). A place, a gathering or several
doers of one country name no partner; a partner named, even as no actor ("officials"), keeps it.
Sentences are invented; each negative has a positive beside it."""

from __future__ import annotations

import pytest

from tests.event_rows import acts

MIN = "The Kenyan foreign minister"


def _consults(code, text: str) -> list[tuple[str, str | None, str | None]]:
    return [a for a in acts(code, text) if a[0] in ("040", "044", "045", "046", "036")]


@pytest.mark.parametrize(
    "text",
    [
        f"{MIN} met on Monday.",
        f"{MIN} held talks on Monday.",
        f"{MIN} discussed the deal on Monday.",
        f"{MIN} mediated on Monday.",
        f"{MIN} was unable to negotiate a Brexit deal.",
        f"{MIN} was able to negotiate immunity and a home, known as the Blue House, in exchange for his resignation.",
        f"{MIN} negotiated in good faith.",
    ],
)
def test_a_consultation_with_no_side_and_no_where_is_none(code, text):
    assert _consults(code, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a place, a gathering or several doers of one country, but no partner: no dyad
        f"{MIN} met in Paris on Monday.",
        f"{MIN} held a meeting at the ministry on Monday.",
        "Kenyan ministers met on Monday.",
        f"{MIN} attended the summit on Monday.",
    ],
)
def test_a_consultation_with_a_where_but_no_side_is_none(code, text):
    assert _consults(code, text) == []


def test_a_counterpart_is_a_partner_of_the_country_its_demonym_names(code):
    """kb/agents.tsv counterpart: "his Ugandan counterpart" holds the same office in Uganda's
    government, so the meeting has a partner; with no demonym it names no country and the
    meeting stays partnerless (dropped)."""
    named = f"{MIN} met his Ugandan counterpart in Paris on Monday."
    assert ("040", "KENGOV", "UGA") in _consults(code, named)
    assert ("040", "UGAGOV", "KEN") in _consults(code, named)
    assert _consults(code, f"{MIN} met his counterpart in Paris on Monday.") == []


# "with X" on the gathering attended names who was met there (events/owner_targets.py: a joint
# thing's partner phrase is the act's target); company of no country ("his wife") or no actor
# ("great hopes") is no partner, and the meeting stays partnerless (dropped)
@pytest.mark.parametrize(
    "text",
    [
        f"{MIN} attended the summit with the Ugandan president on Monday.",
        f"{MIN} attended talks with Ugandan officials on Monday.",
    ],
)
def test_a_partner_named_at_a_summit_stays(code, text):
    assert ("040", "KENGOV", "UGA") in _consults(code, text)


@pytest.mark.parametrize(
    "text",
    [
        f"{MIN} attended the summit with his wife on Monday.",
        f"{MIN} attended the summit with great hopes on Monday.",
    ],
)
def test_company_at_a_summit_is_no_partner(code, text):
    assert _consults(code, text) == []


@pytest.mark.parametrize(
    "text, want",
    [
        # a place, with a partner named: the meeting was somewhere, with someone
        (
            f"{MIN} met the Ugandan foreign minister in Paris on Monday.",
            [("040", "KENGOV", "UGA"), ("040", "UGAGOV", "KEN")],
        ),
        (
            f"{MIN} held a meeting with Ugandan officials at the ministry on Monday.",
            [("040", "KENGOV", "UGA"), ("040", "UGAGOV", "KEN")],
        ),
        # a partner, named or not
        (f"{MIN} met with officials on Monday.", [("040", "KENGOV", "GOV"), ("040", "GOV", "KEN")]),
        (f"{MIN} held talks with Ugandan officials on Monday.", [("040", "KENGOV", "UGA"), ("040", "UGAGOV", "KEN")]),
        (
            f"{MIN} mediated between the rebels and the army on Monday.",
            [("045", "KENGOV", "REB"), ("045", "KENGOV", "MIL")],
        ),
        # several doers meet each other
        ("Kenyan and Ugandan ministers met on Monday.", [("040", "KENGOV", "UGA"), ("040", "UGAGOV", "KEN")]),
        (
            "Kenyan and Ugandan officials discussed the deal on Monday.",
            [("040", "KENGOV", "UGA"), ("040", "UGAGOV", "KEN")],
        ),
        # an organisation whose members meet
        ("The African Union is scheduled to meet next week.", [("036", "IGOAFU", None)]),
    ],
)
def test_a_consultation_with_a_side_stays(code, text, want):
    assert _consults(code, text) == want


def test_a_purpose_clause_takes_its_meeting_verbs_partner(code):
    # "to discuss" hangs from "meet X": X is whom it is discussed with
    got = _consults(code, f"{MIN} will meet Ugandan President Yoweri Museveni next week to discuss the border.")
    assert ("036", "KENGOV", None) in got and ("036", "KENGOV", "UGA") in got
