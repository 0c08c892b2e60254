"""Deploying the means of rescue, care, research or civil works is no show of armed force
(triggers-verbs.yaml: deploy with such an object is "none"; CAMEO 154 is mobilizing armed forces).
All sentences are invented; troops, weapons and police deployed stay coded."""

from __future__ import annotations

import pytest

from tests.event_rows import acts


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian health ministry deployed ambulances and paramedics across Cairo on Monday.",
        "The Peruvian government deployed rescuers to the flooded villages.",
        "The Egyptian ministry deployed sandbags and pumps along the Nile.",
        "The Cairo clinic deployed all available doctors and nurses.",
    ],
)
def test_means_of_rescue_deployed_are_no_force(code, text: str) -> None:
    assert not [a for a in acts(code, text) if a[0].startswith("15")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Russia deployed troops near the Ukrainian border.", ("154", "RUS", None)),
        ("The Peruvian army deployed tanks and drones in Lima.", ("154", "PERMIL", None)),
        ("The government deployed police in Lima.", ("153", "PERGOV", None)),
    ],
)
def test_forces_deployed_stay_a_show_of_force(code, text: str, row) -> None:
    assert row in acts(code, text)
