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


# An act of force or protest said to happen: any act noun's own code ("@act" subjects), beside
# accidents and plain happenings, which have no act entry.
@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("The shelling by rebels occurred near Homs on Monday.", "occurred", "194"),
        ("The stabbing by police officers occurred outside a school in Lagos.", "occurred", "182"),
        ("The beating of protesters by police happened outside the station.", "happened", "182"),
        ("A picket by workers took place outside the factory.", "took", "141"),
    ],
)
def test_act_said_to_happen(nlp, text, trigger, cameo):
    assert cameo in codes(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The crash of a Syrian army helicopter occurred near Homs.", "occurred"),
        ("The collision between two navy ships occurred off the coast.", "occurred"),
        ("The fire at the army barracks occurred on Monday.", "occurred"),
        ("The oil spill by the navy tanker occurred near the port.", "occurred"),
        ("The incident involving police officers occurred outside the station.", "occurred"),
    ],
)
def test_accident_said_to_happen(nlp, text, trigger):
    assert codes(nlp, text, trigger) == []


def test_raised_subject_of_a_passive(nlp):
    """ "is believed to have occurred": the passive's subject is the infinitive's."""
    doc = nlp("The attack by rebels is believed to have occurred near Homs.")
    coder = next(p for n, p in nlp.pipeline if n == "newsgraph_events")
    verb = next(t for t in doc if t.lower_ == "occurred")
    entry = coder.matcher.match(verb, coder.triggers.get(("occur", "verb"), []))
    assert entry is not None and entry.cameo == "190"
    doc = nlp("Most of the deaths are believed to have occurred near Homs.")
    verb = next(t for t in doc if t.lower_ == "occurred")
    assert coder.matcher.match(verb, coder.triggers.get(("occur", "verb"), [])) is None


# Whose act a gerund or a mis-tagged verb's infinitive is: the clause's subject. Ground only
# tried ("attempt to enter") is attacked, not taken: 190 (events.yaml attempts: made_roots).
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        (
            "Heavy clashes are ongoing, as the Syrian Armed Forces attempt to enter this key village near the river.",
            "enter",
            "190",
        ),
        ("The rebels were successful in entering the town.", "entering", "192"),
        ("Rebel fighters regained control of the area after entering the town of Raqqa.", "entering", "192"),
    ],
)
def test_subject_reached(nlp, text, trigger, code):
    assert code in codes(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tourists were successful in entering the town.", "entering"),
        ("The minister was happy after entering the building.", "entering"),
    ],
)
def test_subject_reached_not_armed(nlp, text, trigger):
    assert codes(nlp, text, trigger) == []
