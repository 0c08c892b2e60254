"""An attack the article told before (events/force_acts.py kind_told_before; casualties.py
_apart). All sentences are invented.

- "the attack", "Monday's attack" after a sentence that told a bombing is that bombing: its
  code (183), not the general 190 of "attack"; not "an attack" (another one), not an attack
  with nothing told before it, not one told more than two sentences back;
- a casualty count restates only an act of its own time: an act the text dates to another time
  ("attacked Kano in 2014") does not drop a count of "Monday"'s victims; one of the same day does.
"""

from __future__ import annotations

from .violence_checks import events, scode, tcode

BOMBING = "A bombing killed a Kenyan trader in Kano on Monday. "


def _on(code, text: str, trigger: str):
    return [(e.cameo, scode(e), tcode(e)) for e in events(code, text) if e.trigger == trigger]


def test_the_attack_after_a_bombing_is_that_bombing(code):
    assert _on(code, BOMBING + "Five Nigerian civilians also died in the attack.", "died") == [
        ("183", None, "NGACVL")
    ]


def test_a_dated_possessive_points_back_too(code):
    assert _on(code, BOMBING + "Five Nigerian civilians also died in Monday's attack.", "died") == [
        ("183", None, "NGACVL")
    ]


def test_an_attack_is_another_one(code):
    text = BOMBING + "Five Nigerian soldiers died in an attack in Maiduguri on Tuesday."
    assert [c for c, _, _ in _on(code, text, "died")] == ["190"]


def test_the_attack_with_nothing_told_before_keeps_its_code(code):
    assert [c for c, _, _ in _on(code, "Five Nigerian civilians died in the attack in Kano on Monday.", "died")] == [
        "190"
    ]


def test_a_bombing_told_three_sentences_back_is_too_far(code):
    text = BOMBING + "The police said nothing. The mayor spoke to reporters. Five Nigerian civilians died in the attack."
    assert [c for c, _, _ in _on(code, text, "died")] == ["190"]


def test_a_count_of_another_time_restates_nothing(code):
    text = "Boko Haram fighters attacked Kano in 2014. At least five civilians were killed in Kano on Monday."
    assert _on(code, text, "killed") == [("190", None, "NGACVL")]


def test_a_count_of_the_same_day_restates_the_attack(code):
    text = "Gunmen attacked a market in Kano on Monday. At least five civilians were wounded in Kano on Monday."
    assert _on(code, text, "wounded") == []
