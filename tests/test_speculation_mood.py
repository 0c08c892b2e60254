"""An act only guessed at ("speculated that the tanker had been hijacked") is less than believed
and, like a believed act (modality.yaml belief_verbs, events/unreported.py), is not coded; the
same act reported as said stays actual. Invented sentences."""

from __future__ import annotations

from tests.event_rows import coded


def _mood(code, text: str, trigger: str) -> list[str]:
    return [m for t, _, _, _, m in coded(code, text) if t.lower() == trigger]


def test_a_speculated_act_is_not_coded(code):
    text = "Kenyan officials speculated that the tanker had been hijacked by Somali pirates."
    assert _mood(code, text, "hijacked") == []


def test_a_rumoured_act_is_not_coded(code):
    text = "It is rumoured that Somali pirates hijacked the tanker."
    assert _mood(code, text, "hijacked") == []


def test_a_reported_act_is_actual(code):
    text = "Kenyan officials said the tanker had been hijacked by Somali pirates."
    assert _mood(code, text, "hijacked") == ["actual"]
