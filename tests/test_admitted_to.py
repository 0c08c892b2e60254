"""To "admit to" an act is to confess it (CAMEO 015, as "confess"); "admitted X to Y" lets X in,
"admitted to reporters" tells someone, and "was admitted to hospital" names no doer
(triggers-verbs.yaml, the admit entries): invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts


def _admissions(code, text):
    return [(c, s) for c, s, _ in acts(code, text) if c == "015"]


def test_admitted_to_a_gerund_or_a_crime_is_an_admission(code):
    assert ("015", "DEUGOV") in _admissions(code, "The German finance minister has admitted to ordering the payments.")
    assert ("015", "DEUGOV") in _admissions(code, "The German finance minister admitted to the killing of a journalist.")


def test_admitted_to_hospital_is_no_admission(code):
    assert _admissions(code, "The German finance minister was admitted to hospital on Monday.") == []
    assert _admissions(code, "The hospital admitted the German finance minister to intensive care.") == []


def test_letting_a_member_in_or_telling_reporters_is_no_admission(code):
    assert _admissions(code, "The European Union admitted Croatia to the bloc in 2013.") == []
    assert _admissions(code, "The German finance minister admitted to reporters that the plan had failed.") == []


def test_refugees_admitted_stay_humanitarian_aid(code):
    assert "075" in [c for c, _, _ in acts(code, "Germany admitted 1,000 refugees last year.")]
    assert ("015", "DEUGOV") in _admissions(code, "The German finance minister admitted his guilt.")
