"""Trigger vocabulary for acts of conflict and protest (issue 14: an event coded on the verb the
sentence uses): taking places and people (192, 173, 181), aiming an attack (190 with the
`attack` condition or an armed doer), bombs (183), weapons hitting, executions (1823),
beginning or continuing an act of force or protest. Sentences are invented; each positive has a
negative beside it. `entry` reads the matcher at the verb (whether a source is found is the
coder's business); `check` codes a whole sentence where the doer is named."""

from __future__ import annotations

import pytest

from tests.trigger_checks import check, entry, events


@pytest.mark.parametrize(
    "text, word, cameo",
    [
        # places, positions and named places taken (192)
        ("Rebels captured a hilltop outpost near the border on Sunday.", "captured", "192"),
        ("Government troops captured Kandahar after a week of fighting.", "captured", "192"),
        ("The army recaptured the airport on Friday.", "recaptured", "192"),
        ("Kurdish fighters retook the village of Tel Hamis.", "retook", "192"),
        ("Soldiers liberated the town after a long siege.", "liberated", "192"),
        ("Troops entered the town of Marbel on Monday.", "entered", "192"),
        ("The militants seized a police station in the north.", "seized", "192"),
        # people captured: detained by the state (173), taken by an armed group (181)
        ("Police captured the suspect in a raid on Tuesday.", "captured", "173"),
        ("Rebels captured two soldiers near the river.", "captured", "181"),
        # aiming an attack (190)
        ("The army launched an offensive on Monday, targeting rebel positions near the dam.", "targeting", "190"),
        ("The raid targeted herders in the valley.", "targeted", "190"),
        ("Troops targeted militant hideouts in the hills.", "targeted", "190"),
        ("The assault aimed at the airport failed.", "aimed", "190"),
        # bombs (183)
        ("A man detonated a bomb near the market.", "detonated", "183"),
        ("A bomber detonated his explosive vest at the checkpoint.", "detonated", "1831"),
        ("A bomb exploded near a bus station on Sunday.", "exploded", "183"),
        ("A roadside bomb went off near the convoy.", "went", "183"),
        ("Militants set off a bomb in the square.", "set", "183"),
        ("Two rockets hit a market in the south.", "hit", "190"),
        # executions (1823)
        ("The militants executed three hostages on Friday.", "executed", "1823"),
        # beginning or continuing an act of force or of protest
        ("The army began a major offensive in the east.", "began", "190"),
        ("Government forces continued their advance toward the coast.", "continued", "190"),
        ("The rebels resumed their attacks on the highway.", "resumed", "190"),
        ("The army started a military operation against the militants, targeting their camps.", "targeting", "190"),
        ("Students began a protest outside parliament.", "began", "141"),
    ],
)
def test_conflict_entries(nlp, text, word, cameo):
    assert entry(nlp, text, word) == cameo


@pytest.mark.parametrize(
    "text, word",
    [
        ("Canada captured the silver medal in the relay.", "captured"),
        ("The film captured the attention of critics.", "captured"),
        ("Tourists entered the town on Monday.", "entered"),
        ("The party launched a campaign targeting young voters.", "targeting"),
        ("The new rules targeted tax evaders.", "targeted"),
        ("The measures aimed at lowering prices failed.", "aimed"),
        ("Police experts detonated the old bomb safely.", "detonated"),
        ("A gas tank exploded in the kitchen.", "exploded"),
        ("The storm hit the coast on Monday.", "hit"),
        ("The company executed the plan on time.", "executed"),
        ("The party began a campaign in the east.", "began"),
        ("The rescuers continued their operation through the night.", "continued"),
        ("The singer began a tour of Europe.", "began"),
        ("Workers began a strike at the port.", "began"),
    ],
)
def test_conflict_entries_negative(nlp, text, word):
    assert entry(nlp, text, word) is None


def test_targeting_coded_with_named_doer(nlp):
    check(
        nlp,
        "Israel launched an offensive on Monday, targeting Hamas positions in Gaza.",
        "targeting",
        "190",
        "ISR",
        None,
    )


def test_began_offensive_coded_on_the_verb(nlp):
    check(nlp, "Russia began a major offensive against Ukraine on Monday.", "began", "190", "RUS", "UKR")
    # the offensive is the verb's event: not coded twice
    assert not [
        e for e in events(nlp, "Russia began a major offensive against Ukraine on Monday.") if e.trigger == "offensive"
    ]


def test_passive_hit_by_strikes_is_left_to_the_act_noun(nlp):
    # the strikes' doer is not named: the weapon entry of "hit" reads the active subject only
    assert entry(nlp, "Two rockets hit a market in the south.", "hit") == "190"
    assert entry(nlp, "The oil facilities were hit by strikes at dawn.", "hit") is None
    # an act noun of force as the agent holds the `attack` entry: "drone strikes" as "drone
    # attacks" (triggers-nouns.yaml strike entries); a general strike is no act of force
    assert entry(nlp, "The oil facilities were hit by drone strikes at dawn.", "hit") == "190"
    assert entry(nlp, "The ports were hit by a general strike at dawn.", "hit") is None


def test_captured_by_an_armed_group(nlp):
    assert entry(nlp, "Two soldiers were captured by rebels near the river.", "captured") == "181"
    assert entry(nlp, "Two soldiers were captured by police near the river.", "captured") == "173"


@pytest.mark.parametrize(
    "text, word, cameo",
    [
        ("The Syrian Armed Forces are now targeting the town with rockets.", "targeting", "190"),
        ("The group targeted army positions near the dam.", "targeted", "190"),
        ("A missile destroyed a hideout in the hills.", "destroyed", "190"),
        ("A homemade bomb destroyed a shop on Saturday.", "destroyed", "183"),
        ("Government forces destroyed a factory near the city.", "destroyed", "190"),
        ("The Armed Forces are attempting to enter the village.", "enter", "192"),
    ],
)
def test_conflict_entries_more(nlp, text, word, cameo):
    assert entry(nlp, text, word) == cameo


@pytest.mark.parametrize(
    "text, word",
    [
        ("The company targeted new customers in the east.", "targeted"),
        ("The flood destroyed a factory near the city.", "destroyed"),
        ("The charity started a campaign against hunger, targeting young donors.", "targeting"),
        ("Aid trucks are attempting to enter the village.", "enter"),
    ],
)
def test_conflict_entries_more_negative(nlp, text, word):
    assert entry(nlp, text, word) is None


@pytest.mark.parametrize(
    "text, word, cameo",
    [
        ("Heavy clashes broke out near the border on Friday.", "broke", "190"),
        ("An explosion occurred at the bus station.", "occurred", "183"),
        ("The attack took place in a village near the river.", "took", "190"),
        ("Fighting erupted in the northern district.", "erupted", "190"),
        ("Large protests took place in the capital.", "took", "141"),
    ],
)
def test_occurrence_of_an_act_noun(nlp, text, word, cameo):
    # the verb's entry carries the act noun's code (the coder still leaves acts of force to the noun)
    assert entry(nlp, text, word) == cameo


@pytest.mark.parametrize(
    "text, word",
    [
        ("A fire broke out in the kitchen.", "broke"),
        ("The accident occurred on the highway.", "occurred"),
        ("The ceremony took place in the capital.", "took"),
        ("A debate erupted in parliament.", "erupted"),
    ],
)
def test_occurrence_of_an_act_noun_negative(nlp, text, word):
    assert entry(nlp, text, word) is None
