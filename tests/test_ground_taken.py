"""Ground taken under a name no list knows (issue 14, "no entry's conditions hold" at verbs of
taking ground): an armed group entering a proper name the actors stage codes as no actor, armed
forces capturing or seizing such a name (not one the NER calls a person), each beside negatives
(talks entered, a person or a known group captured, no armed doer, a state army only entering).
Sentences and place names are invented."""

from __future__ import annotations

import pytest

from tests.trigger_checks import events


def codes(nlp, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels entered Rityan on Thursday.", "entered"),
        ("The rebels entered Kafr Tayyun after a night of fighting.", "entered"),
        ("Jabhat al-Nusra entered Tell Sabbah on Thursday.", "entered"),
        ("Government troops captured Dhusamareb after heavy fighting.", "captured"),
        ("Government troops seized Dhusamareb on Sunday.", "seized"),
    ],
)
def test_ground_taken(nlp, text, trigger):
    assert "192" in codes(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Militants entered the talks on Thursday.", "entered"),  # no name: talks entered
        ("Tourists entered Rityan on Thursday.", "entered"),  # no armed doer
        ("The army entered the competition.", "entered"),  # no name
        ("Police entered the house.", "entered"),  # no armed doer, no name
        ("Rebels captured Ahmed Salim on Sunday.", "captured"),  # a person (181)
        ("The rebels captured the commander on Sunday.", "captured"),  # a person (173)
        ("The army captured Hezbollah on Sunday.", "captured"),  # a known group
        ("Police seized Dhusamareb on Sunday.", "seized"),  # no armed doer
        ("The team captured the title on Sunday.", "captured"),
    ],
)
def test_no_ground_taken(nlp, text, trigger):
    assert "192" not in codes(nlp, text, trigger)


def test_state_army_entering_an_unknown_name_is_left(nlp):
    """A state's army entering a town it does not know may only deploy there on its own soil."""
    assert "192" not in codes(nlp, "The army entered Rityan on Thursday.", "entered")
