"""Reported (unquoted) stances: a predicate adjective of stance with its object preposition
("critical of X", "supportive of X", "opposed to X") and 'suggest' with a noun object. Each with
a negative beside it. Invented sentences."""

from __future__ import annotations

from tests.event_rows import coded


def _codes(code, text):
    return [(t, c) for t, c, *_ in coded(code, text)]


def test_critical_of_is_criticism(code):
    rows = coded(code, "Some Russian lawmakers have been critical of the French police.")
    assert any(c == "111" for _, c, *_ in rows), rows


def test_critical_modifier_or_clause_is_none(code):
    assert not any(c == "111" for _, c in _codes(code, "The guard is in critical condition after the fire."))
    assert not any(c == "111" for _, c in _codes(code, "The minister said it was critical that the talks resume."))
    assert not any(c == "111" for _, c in _codes(code, "The union protects critical infrastructure."))


def test_negated_critical_is_not_actual(code):
    rows = coded(code, "The senator was not critical of the police.")
    assert all(m != "actual" for t, c, _, _, m in rows if c == "111")


def test_supportive_of_is_praise(code):
    rows = coded(code, "The Kenyan senator was supportive of the Ugandan president.")
    assert any(c == "051" for _, c, *_ in rows), rows


def test_opposed_to_is_disapproval(code):
    rows = coded(code, "The union is opposed to the government.")
    assert any(c == "110" for _, c, *_ in rows), rows


def test_suggest_an_act_is_an_appeal(code):
    rows = coded(code, "The mayor of Paris suggested a broader inquiry.")
    assert any(c == "020" for _, c, *_ in rows), rows


def test_suggest_a_statement_or_no_actor_is_none(code):
    assert not any(c == "020" for _, c in _codes(code, "The mayor suggested that the fire was an accident."))
    assert not any(c == "020" for _, c in _codes(code, "The data suggest a broader trend."))
