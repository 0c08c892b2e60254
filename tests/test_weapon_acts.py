"""A weapon word that only names the weapon of an act of force ("drone strikes", "a missile
attack", "artillery fire": actors.yaml weapon_acts) is the act's instrument, not an actor: with
no owner named on the phrase the act's doer is unnamed, and the phrase takes no country from the
story's setting (a Saudi story's drone strikes on Saudi oil facilities are not Saudi forces').
An owner named on it ("Israeli drone strikes", "Houthi missile attacks") and a weapon named with
its owner ("Israeli jets", "government jets") keep theirs. Sentences are invented; each positive
has a negative."""

from __future__ import annotations

from tests.event_rows import acts

SAUDI = (
    "Saudi Arabia's oil refineries were hit by multiple drone strikes on Saturday. Saudi officials "
    "said the damage was limited. Saudi Arabia said output would recover."
)


def test_unowned_drone_strikes_are_no_saudi_forces(code):
    assert acts(code, SAUDI)[0] == ("195", None, "SAU")
    # "drone attacks" reported by a Pakistani army are not Pakistan's
    text = "The Pakistani army said drone strikes killed five militants in Waziristan."
    assert ("195", "PAKMIL", None) not in acts(code, text)
    assert [e[:2] for e in acts(code, text) if e[0] == "195"] == [("195", None)]


def test_an_owner_named_on_the_act_or_weapon_is_kept(code):
    assert [e[:2] for e in acts(code, "Israeli drone strikes killed three militants in Gaza.")] == [("195", "ISRMIL")]
    assert [e[:2] for e in acts(code, "Houthi drone attacks hit two Saudi airports.")] == [("195", "YEMREB")]
    assert acts(code, "Israeli jets struck Gaza on Monday.")[0][:2] == ("195", "ISRMIL")
    assert acts(code, "Syrian government jets bombed Idlib on Tuesday.")[0][:2] == ("195", "SYRMIL")


def test_an_unowned_weapon_act_opening_a_verbless_parse_is_an_unnamed_attack(code):
    # "Artillery fire [killed]": the parser hangs the verb on the noun; the act still has no doer
    for text in (
        "Artillery fire killed at least 12 civilians in Donetsk, Ukraine on Friday.",
        "Drone strikes killed at least 12 civilians in Donetsk, Ukraine on Friday.",
    ):
        assert [e[1:] for e in acts(code, text) if e[0].startswith("19")] == [(None, "UKR")]
    # a blast "targeting" someone is a clause of the noun, not the sentence's verb
    text = "A car bomb blast targeting Shiites in Baghdad killed at least 13 people."
    assert [e[1] for e in acts(code, text)] == [None]
