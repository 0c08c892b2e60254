"""The one an act noun names as its partner or aim (events/owner_targets.py, events.yaml
partner_preps and acted_on_preps) is the act's target when the verb names none: an act made,
imposed or attended ("Accusations [against] X were made by Y", "Sanctions [on] X were imposed by
Y", "attended talks [with] X"). A phrase naming no actor ("of corruption", "for calm", "on
Monday") gives no target. Sentences are invented; each negative has a positive beside it."""

from __future__ import annotations

import pytest

from tests.event_rows import acts


@pytest.mark.parametrize(
    "text, want",
    [
        ("Accusations against Ethiopia were made by the Kenyan government.", ("112", "KENGOV", "ETH")),
        ("An apology to Ethiopia was made by the Kenyan president.", ("055", "KENGOV", "ETH")),
        ("An appeal to Ethiopia was made by the Kenyan government.", ("020", "KENGOV", "ETH")),
        ("Sanctions on Ethiopia were imposed by the Kenyan government on Monday.", ("163", "KENGOV", "ETH")),
    ],
)
def test_an_act_nouns_aim_is_the_target(code, text, want):
    assert want in acts(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Accusations of corruption were made by the Kenyan government.",
        "An apology was made by the Kenyan president on Monday.",
    ],
)
def test_an_act_noun_aimed_at_no_one_named_is_none(code, text):
    # accusations and apologies are of or to someone: with no one named, none (events/partnerless.py)
    assert acts(code, text) == []


def test_an_appeal_for_something_has_no_target(code):
    assert acts(code, "An appeal for calm was made by the Kenyan government.") == [("020", "KENGOV", None)]
