"""The state body that runs elections (kb/agents.tsv: electoral or election commission, council,
authority) is an organ of the state, GOV of its country (GUIDELINE Actors), so an accusation
against it has a target. The European Commission stays an IGO, and a plain "commission" names no
body. Sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_an_accusation_against_the_electoral_commission_is_aimed_at_the_state(code):
    # fraud alleged: an accusation of crime or corruption (1121, triggers-verbs.yaml accuse entries)
    assert acts(code, "The Kenyan opposition accused the election commission of fraud.") == [("1121", "KENOPP", "KEN")]
    text = "NAIROBI - The Kenyan opposition accused the electoral commission of rigging the vote."
    assert acts(code, text) == [("112", "KENOPP", "KEN")]


def test_other_commissions_keep_their_own_reading(code):
    got = acts(code, "The Kenyan opposition accused the European Commission of bias.")
    assert [(c, s) for c, s, _ in got] == [("112", "KENOPP")]
    assert got[0][2].startswith("IGO")
    assert acts(code, "The Kenyan opposition accused the commission of fraud.") == []
