"""An evaluation said of an extraposed "that" clause judges the clause's doer: "it is [unacceptable]
that X closed the border" is criticism (111) of X, as "it is unacceptable for X to close the
border" is (the pointer "it" stands for the clause; reported_evaluations._that_doer), in a
quotation or in a reported clause. Invented sentences, with the look-alikes that judge no actor:
a passive clause (its subject is the victim), a verb that names no act ("died"), a word telling
how it went for them (evaluations.yaml situational), the speaker's own side, a word that is no
evaluation ("clear"), a negation, a question and a condition."""

from __future__ import annotations

from tests.event_rows import acts


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "110", "111", "112")]


def test_that_x_acted_judges_x_quoted(code):
    got = _evals(code, '"It is outrageous that the Bolivian army shelled the town," the Chilean president said.')
    assert got == [("111", "CHLGOV", "BOL")]
    got = _evals(code, '"It is regrettable that Bolivia refused to negotiate," the Chilean foreign minister said.')
    assert got == [("111", "CHLGOV", "BOL")]


def test_that_x_acted_judges_x_reported(code):
    got = _evals(code, "The Chilean president said it was shameful that the Bolivian police arrested the reporters.")
    assert got == [("111", "CHLGOV", "BOL")]


def test_a_victim_or_no_act_is_judged_by_no_one(code):
    assert _evals(code, '"It is unacceptable that reporters were beaten," the Chilean president said.') == []
    assert _evals(code, '"It is outrageous that two Bolivian miners died," the Chilean president said.') == []
    assert _evals(code, '"It is tragic that the Bolivian soldiers lost their lives," the Chilean president said.') == []


def test_the_speakers_own_side_or_no_evaluation_is_none(code):
    assert _evals(code, '"It is shameful that we arrested the reporters," the Chilean president said.') == []
    assert _evals(code, '"It is clear that the Bolivian army shelled the town," the Chilean president said.') == []


def test_negated_asked_or_conditional_is_none(code):
    got = _evals(code, '"It is not outrageous that the Bolivian army shelled the town," the Chilean president said.')
    assert got == []
    got = _evals(code, '"Is it outrageous that the Bolivian army shelled the town?" the Chilean president asked.')
    assert got == []
    got = _evals(
        code, '"It would be outrageous if the Bolivian army shelled the town," the Chilean president said.'
    )
    assert got == []
