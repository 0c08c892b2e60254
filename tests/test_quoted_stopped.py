"""An act a quotation names as the one to stop is no event of its own (events/stopped_acts.py,
events.yaml quoted_stopped_by): invented sentences, each with a negative beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded

SAID = 'Georgian Prime Minister Irakli Garibashvili said on Monday, "{}"'


def _force(code, text):
    return [(c, s, t) for c, s, t in acts(code, SAID.format(text)) if c[:2] in ("18", "19", "20")]


def test_a_call_to_stop_attacking_is_no_attack(code):
    assert _force(code, "We have to put aside our differences and stop attacking each other.") == []


def test_a_demand_to_stop_shelling_is_a_demand_not_shelling(code):
    got = acts(code, SAID.format("Russia must stop shelling our villages."))
    assert not [c for c, _, _ in got if c.startswith("19")]
    assert any(c.startswith("10") and t == "RUS" for c, _, t in got)  # the demand stays


def test_help_to_stop_the_aggression_is_no_aggression(code):
    assert _force(code, "We ask our partners to help us stop the Russian aggression.") == []


def test_the_attack_the_quotation_reports_is_kept(code):
    assert ("194", "RUSMIL", "GEO") in _force(code, "Russian troops shelled Gori on Sunday.")
    # "stopped" of its own, not the shelling's verb
    assert ("194", "RUSMIL") in [(c, s) for c, s, _ in _force(code, "Russian troops shelled Gori and stopped at the river.")]


def test_a_negated_stop_keeps_the_act(code):
    assert [c for c, _, _ in _force(code, "Russia will never stop attacking Georgia.")]


def test_halting_an_offensive_is_still_de_escalation(code):
    got = coded(code, SAID.format("The Russian army stopped the offensive near Gori."))
    assert [c for _, c, *_ in got if c.startswith("087")]
