"""Trigger conditions that follow more parse shapes and object classes (issue 14, "no entry's
conditions hold" at an annotated verb): a resultative "ablaze" the parser makes a clause, a
military operation launched, an offensive initiated, a blast that destroys, armed forces that hit
a place or fire on people, armed men as the aim of "target", more burnt property, and a named
armed group ("ISIS", "the SAA") as the subject an armed-doers entry asks for. Sentences are
invented; each positive has a negative beside it."""

from __future__ import annotations

import pytest

from tests.trigger_checks import events


def codes(nlp, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("Syrian militiamen set twelve huts ablaze in the village of Kafr Nabl.", "set", "1712"),
        ("The Syrian army launched a military operation in the northern hills of Homs.", "launched", "190"),
        ("Syrian rebels initiated a new offensive near the border town of Azaz.", "initiated", "190"),
        ("A powerful blast destroyed the police station in Kabul on Monday.", "destroyed", "183"),
        ("Iraqi troops hit a hospital in the town of Hawija on Monday.", "hit", "190"),
        ("Israeli soldiers fired on a crowd of protesters in Hebron.", "fired", "190"),
        ("Turkish aircraft targeted the rebels near the town of Afrin.", "targeted", "19"),
        ("Somali militants burned the market in the town of Baidoa.", "burned", "1712"),
        ("ISIS entered the town of Palmyra on Monday.", "entered", "192"),
        ("Taliban troops took the opposition stronghold of Mazar-e-Sharif on Monday.", "took", "192"),
    ],
)
def test_condition_holds(nlp, text, trigger, cameo):
    assert any(c.startswith(cameo) for c in codes(nlp, text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Syrian election committee set the date for the vote in Homs.", "set"),
        ("A Syrian firm launched a marketing operation in the northern hills of Homs.", "launched"),
        ("The Syrian finance minister initiated a review of the budget in Azaz.", "initiated"),
        ("A powerful storm destroyed the police station in Kabul on Monday.", "destroyed"),
        ("The new Iraqi tax hit farmers in the town of Hawija on Monday.", "hit"),
        ("Syrian rebels hit a snag in the talks in Geneva on Monday.", "hit"),
        ("The Israeli army hit back at its critics on Monday.", "hit"),
        ("The Israeli company fired its manager on Monday.", "fired"),
        ("The Turkish advertising campaign targeted young voters near the town of Afrin.", "targeted"),
        ("A Somali gardener burned the dry branches in the town of Baidoa.", "burned"),
        ("Syrian tourists entered the town of Palmyra on Monday.", "entered"),
        ("The Syrian government entered the valley on Monday.", "entered"),
        ("Syrian soldiers took a position on the issue on Monday.", "took"),
        ("Afghan soldiers took the bus to Kabul on Monday.", "took"),
    ],
)
def test_condition_fails(nlp, text, trigger):
    assert codes(nlp, text, trigger) == []


# -- a passive participle coordinated with a passive verb shares its subject and keeps its own agent
def test_coordinated_passive_shares_the_subject(nlp):
    text = "The Israeli pilot was shot down over Lebanon and captured by Hezbollah guerrillas."
    assert codes(nlp, text, "captured") == ["181"]


def test_coordinated_active_verb_keeps_its_own_object(nlp):
    text = "The Israeli pilot was shot down over Lebanon and captured the attention of the media."
    assert codes(nlp, text, "captured") == []
