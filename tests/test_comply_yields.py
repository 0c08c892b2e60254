"""Complying with someone's request or demand yields to it (CAMEO 080, as "accede to"); complying
with a law, a rule or a ruling is mere obedience (triggers-verbs.yaml, comply): invented
sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts


def _yields(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c == "080"]


def test_complied_with_demands_yields_to_who_made_them(code):
    assert ("080", "SRBGOV", "IGOEUR") in _yields(code, "The Serbian government complied with the demands of the European Union on Monday.")


def test_will_comply_with_a_request_is_an_intent_to_yield(code):
    rows = acts(code, "The Serbian government said it would comply with Germany's request.")
    assert ("035", "SRBGOV", "DEU") in rows


def test_complying_with_rules_or_a_ruling_is_no_yielding(code):
    assert _yields(code, "The German company said it would comply with the new rules.") == []
    assert _yields(code, "The Serbian government complied with the court ruling.") == []
