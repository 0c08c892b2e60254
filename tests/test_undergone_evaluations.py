"""An evaluation of what befell someone judges no one the sentence names: in "the journalist's
death is outrageous" the journalist died, he did not act (evaluations.yaml undergone_nouns,
attributive.undergone). Invented sentences; beside them the evaluations of an act, whose owner
did it and is judged ("the government's decision is outrageous"), in a quotation and a
reported clause."""

from __future__ import annotations

from tests.event_rows import acts


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "110", "111", "112")]


def test_a_victims_death_or_plight_judges_no_one(code):
    assert _evals(code, '"The Peruvian reporter\'s death is outrageous," the Chilean president said.') == []
    assert _evals(code, '"The plight of the Peruvian miners is shameful," the Chilean president said.') == []
    assert _evals(code, "The Chilean president said the suffering of Peruvian farmers was unacceptable.") == []


def test_an_actors_act_is_still_judged(code):
    got = _evals(code, '"The Peruvian government\'s decision is outrageous," the Chilean president said.')
    assert got == [("111", "CHLGOV", "PER")]
    got = _evals(code, "The Chilean president said the Peruvian government's conduct was shameful.")
    assert got == [("111", "CHLGOV", "PER")]
