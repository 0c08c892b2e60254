"""An act told as what someone tries ("made an attempt to capture X", "in a bid to free them"):
the one who tries is its doer, and the act is hypothetical, negated with the trying
(coding/events/attempts.py): invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text, trigger):
    return [(c, s, m) for t, c, s, _, m in coded(code, text) if t == trigger]


def test_an_attempt_made_is_the_makers_tried_act(code):
    assert _on(code, "The Syrian army made an attempt to capture the rebel commander on Monday.", "capture") == [
        ("173", "SYRMIL", "hypothetical")
    ]


def test_a_bid_in_a_clause_is_its_subjects(code):
    got = _on(code, "Kenyan police raided the camp in a bid to arrest the opposition leader.", "arrest")
    assert [(c, s) for c, s, _ in got] == [("173", "KENCOP")]
    assert got[0][2] == "hypothetical"


def test_a_possessed_attempt_that_failed_is_negated(code):
    got = _on(code, "The Syrian army failed in its attempt to capture the rebel commander.", "capture")
    assert got == [("173", "SYRMIL", "negated")]
    got = _on(code, "The Kenyan police made no attempt to arrest the opposition leader.", "arrest")
    assert got == [("173", "KENCOP", "negated")]


def test_an_attempt_with_no_one_trying_is_no_event(code):
    assert _on(code, "The attempt to capture the rebel commander failed on Monday.", "capture") == []


def test_efforts_are_not_attempts(code):
    # "continued its efforts to mediate" reports mediation going on: not only tried
    got = coded(code, "Qatar continued its efforts to mediate between Israel and Hamas.")
    assert all(m != "hypothetical" for t, _, _, _, m in got if t == "mediate")
