"""Quoted praise by a welcome or positive act and disapproval by a disappointing one
(rules/evaluations.yaml): "X's offer is a [welcome step]" (051), "a [positive development]" (051),
"X's reply has been [disappointing]" (110, as "I am disappointed by X", events.yaml quoted_dismay),
"X's conduct is [shocking]" (111). Invented sentences; beside them the look-alikes that judge no
actor: a thing with no doer, the bare adjective "welcome" said of people, a negation, the
pointer "it" with no act named."""

from __future__ import annotations

from tests.event_rows import acts


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "110", "111", "112")]


def test_a_welcome_step_or_positive_development_is_praise(code):
    got = _evals(code, '"Peru\'s proposal is a welcome step," the Chilean foreign minister said.')
    assert got == [("051", "CHLGOV", "PER")]
    got = _evals(code, '"The Peruvian government\'s offer is a positive development," the Chilean president said.')
    assert got == [("051", "CHLGOV", "PER")]


def test_a_disappointing_reply_is_disapproval_and_shocking_conduct_criticism(code):
    got = _evals(code, '"The Peruvian government\'s reply has been disappointing," the Chilean president said.')
    assert got == [("110", "CHLGOV", "PER")]
    got = _evals(code, '"The Peruvian police\'s conduct was shocking," the Chilean president said.')
    assert got == [("111", "CHLGOV", "PER")]


def test_a_thing_or_people_made_welcome_are_no_evaluation(code):
    assert _evals(code, '"The rain is a welcome development for the farmers," the Chilean president said.') == []
    assert _evals(code, '"The result of the vote was disappointing," the Chilean president said.') == []
    assert _evals(code, '"Peruvian students are welcome in our universities," the Chilean president said.') == []


def test_negated_or_no_act_named_is_none(code):
    assert _evals(code, '"Peru\'s proposal is not a welcome step," the Chilean foreign minister said.') == []
    assert _evals(code, '"It is a positive sign," the Chilean foreign minister said.') == []
