"""Proposing to do something oneself ("proposed to set term limits") is an intent (03), as "offer
to" and "pledge to" are; proposing something to or of another ("proposed that Russia withdraw",
"proposed a budget") stays an appeal (020) (triggers-verbs.yaml, propose): invented sentences."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(code, text):
    return [c for c, _, _ in acts(code, text)]


def test_proposed_to_act_oneself_is_an_intent(code):
    text = "On Thursday, two German senators proposed to set lifetime limits for service in the Bundestag."
    assert "030" in _codes(code, text)
    assert "020" not in _codes(code, text)


def test_proposed_that_another_acts_is_an_appeal(code):
    assert "020" in _codes(code, "The German government proposed that Russia withdraw its troops.")
    assert "030" not in _codes(code, "The German government proposed that Russia withdraw its troops.")


def test_proposed_to_an_addressee_is_no_intent(code):
    codes = _codes(code, "The German chancellor proposed to Poland that the two countries hold talks.")
    assert "030" not in codes
