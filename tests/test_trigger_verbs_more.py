"""More verbs of force (issue 14, annotated event verbs with no entry or too narrow an entry):
projectiles that fall on a place are its shelling or bombing; destroying
vehicles, shops and workplaces is destroying property (1712, as burning them); a passive verb with
no agent leaves an act noun that names its doer its own event. Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

import pytest

from tests.trigger_checks import events


def codes(nlp, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("Two rockets fell on a crowded market in the town of Sderot on Tuesday.", "fell", "19"),
        ("Angry villagers destroyed three trucks of the mining company near Tete in Mozambique.", "destroyed", "1712"),
        ("Rioting students destroyed a market in the town of Bunia on Monday.", "destroyed", "1712"),
    ],
)
def test_force_verbs_coded(nlp, text, trigger, cameo):
    assert any(c.startswith(cameo) for c in codes(nlp, text, trigger)), text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Border tensions escalated sharply after the election in Kenya.", "escalated"),
        ("The anniversary fell on a Sunday this year in Jerusalem.", "fell"),
        ("Share prices fell on Monday in Tokyo.", "fell"),
        ("The storm destroyed three trucks near the highway in Texas.", "destroyed"),
        ("The flood destroyed a shop near the city.", "destroyed"),
        ("The company destroyed old records at its office in Paris.", "destroyed"),
    ],
)
def test_force_verbs_not_coded(nlp, text, trigger):
    assert codes(nlp, text, trigger) == [], text


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("Israeli airstrikes on Gaza were resumed on Sunday.", "airstrikes", "195"),
        ("Syrian government attacks on Daraya were resumed on Sunday.", "attacks", "190"),
    ],
)
def test_passive_act_noun_names_its_doer(nlp, text, trigger, cameo):
    """A passive verb with no agent leaves the act to its noun, which names the doer."""
    assert codes(nlp, text, trigger) == [cameo], text


def test_passive_with_agent_stays_on_verb(nlp):
    text = "Sanctions were imposed on Russia by the European Union in 2014."
    assert codes(nlp, text, "imposed") == ["163"]
    assert codes(nlp, text, "sanctions") == []
