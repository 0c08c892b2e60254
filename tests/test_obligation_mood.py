"""An obligation in the present ("we have to stop", "Kenya needs to withdraw") is not an act that
took place: hypothetical, as "must" (modality.yaml hypothetical: have to, need to; events/mood.py).
The past ("had to fire") tells what was done. Invented sentences."""

from __future__ import annotations

from tests.event_rows import coded


def _mood(code, text: str, trigger: str) -> list[str]:
    # the act's own mood: not the announcer's intent (03, actual) coded beside an act of its own side
    return [m for t, c, _, _, m in coded(code, text) if t.lower() == trigger and not c.startswith("03")]


def test_have_to_in_the_present_is_hypothetical(code):
    # (not "we have to stop attacking": an act to stop is no event of its own, test_quoted_stopped.py)
    assert _mood(code, 'The Kenyan president said, "We have to withdraw our troops from Uganda."', "withdraw") == [
        "hypothetical"
    ]


def test_needs_to_is_hypothetical(code):
    assert _mood(code, "Kenya needs to withdraw its troops from Somalia, Uganda said.", "withdraw") == ["hypothetical"]


def test_had_to_in_the_past_reports_the_act(code):
    assert _mood(code, "Kenyan police had to fire tear gas at the protesters on Monday.", "fire") == ["actual"]


def test_has_with_a_participle_is_no_obligation(code):
    assert _mood(code, "Kenya has withdrawn its troops from Somalia.", "withdrawn") == ["actual"]
