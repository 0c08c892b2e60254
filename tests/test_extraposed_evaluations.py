"""An evaluation said of an extraposed act judges the act's doer: "it was [wrong] of X to ...",
"it is [unacceptable] for X to ...", "it was a [mistake] for X to ..." (the pointer "it" stands
for the infinitive), in a reported clause or a quotation (reported_evaluations.extraposed).
Invented sentences, with the look-alikes that evaluate no actor: no doer named, the speaker
himself, a conditional or asked evaluation, and a word that with "for" tells how the act goes
for its doer (evaluations.yaml situational)."""

from __future__ import annotations

from tests.event_rows import acts


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "111", "112")]


def test_wrong_of_x_to_act_criticises_x(code):
    got = _evals(code, "The Chilean president said it was irresponsible of the Bolivian government to leave the talks.")
    assert got == [("111", "CHLGOV", "BOL")]


def test_for_x_to_act_judges_x_reported_or_quoted(code):
    assert _evals(code, "The Chilean president said it is unacceptable for Bolivia to close the border.") == [
        ("111", "CHLGOV", "BOL")
    ]
    assert _evals(code, "The Chilean president said it was right for Bolivia to sign the treaty.") == [
        ("051", "CHLGOV", "BOL")
    ]
    got = _evals(code, '"It was a mistake for Bolivia to leave the talks," the Chilean president said.')
    assert got == [("111", "CHLGOV", "BOL")]


def test_no_doer_or_the_speaker_himself_is_no_evaluation(code):
    assert _evals(code, "The Chilean president said it was a mistake to leave the talks.") == []
    assert _evals(code, "The Chilean president said it was wrong of me to leave the talks.") == []


def test_conditional_or_asked_is_no_evaluation(code):
    assert _evals(code, "The Chilean president said it would be a mistake for Bolivia to leave the talks.") == []
    assert _evals(code, "The Chilean president asked whether it was wrong of Bolivia to leave the talks.") == []


def test_a_danger_for_the_doer_judges_no_one(code):
    assert _evals(code, "The Chilean president said it was dangerous for Bolivian journalists to work there.") == []
    assert _evals(code, "The Chilean minister said it was terrible for Bolivian farmers to lose their crops.") == []
