"""Verbs of force whose entry's conditions failed (issue 14, "no entry's conditions hold"): a
named armed group the tagger takes for a common noun, a band "from" an armed group, the act
noun under a compass word, a weapon used, people burned, an act of force as a passive's doer
or as a gerund subject, armed forces entering the battle, victims "left dead", a vehicle laden
with explosives. Each beside a negative. Sentences and place names are invented."""

from __future__ import annotations

import pytest

from tests.trigger_checks import events


def codes(nlp, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a named armed group the tagger tags NOUN ("ISIS"): still a named armed actor
        ("ISIS targeted the eastern districts of the city.", "targeted", "190"),
        # a band from an armed group as the subject
        ("A unit from the Free Syrian Army entered Karmil on Monday.", "entered", "192"),
        # the act noun the parser hangs under a compass word
        ("Government troops launched an assault north of the city on Friday.", "launched", "190"),
        # a weapon used by armed men: the weapon's act (its purpose infinitive is the same act)
        ("Some 40 militants used a bomb to blow up the bridge.", "used", "183"),
        ("The rebels used rockets and artillery to carry out the attack.", "used", "194"),
        # people burned by armed men
        ("Rebels burned two prisoners in the village square.", "burned", "182"),
        # an act of force as a passive's doer
        ("The town hall was destroyed by army shelling last week.", "destroyed", "190"),
        # armed forces joining the fighting
        ("Rebel fighters entered the battle for the airport on Sunday.", "entered", "190"),
        # the victims of an act of force, as "killing" counts them
        ("Rebels attacked the village on Monday, leaving ten people dead.", "leaving", "190"),
        # a vehicle laden with explosives is a bomb
        ("A truck packed with explosives exploded near the police station in Karmil.", "exploded", "183"),
    ],
)
def test_force_conditions_hold(nlp, text, trigger, code):
    assert code in codes(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A delegation from the Red Cross entered Karmil on Monday.", "entered"),  # no armed band
        ("The council launched a campaign north of the city.", "launched"),  # no act of force
        ("Engineers used explosives to demolish the old bridge.", "used"),  # no armed doer
        ("The space agency used rockets to launch two satellites.", "used"),  # no armed doer
        ("The cook burned the bread in the oven.", "burned"),  # no person, no armed doer
        ("The bridge was destroyed by fire last week.", "destroyed"),  # a fire is no act of force
        ("The senator entered the race for governor on Sunday.", "entered"),  # a race
        ("The Syrian conflict enters its sixth year.", "enters"),  # a year
        ("The floods left 30 people dead in the province.", "left"),  # no act of force
        ("The storm hit the coast on Monday, leaving ten people dead.", "leaving"),
        ("A tanker laden with chlorine gas exploded near a restaurant west of Karmil.", "exploded"),  # no bomb
    ],
)
def test_force_conditions_fail(nlp, text, trigger):
    assert not codes(nlp, text, trigger)


def test_the_purpose_infinitive_is_one_act_with_the_weapon(nlp):
    """ "used a bomb to blow up the bridge": one act, coded on the verb of the weapon."""
    evs = events(nlp, "Some 40 militants used a bomb to blow up the bridge.")
    assert [e.trigger for e in evs if e.cameo.startswith("18")] == ["used"]
