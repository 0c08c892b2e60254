"""Refugee-crisis wording (session 22, h12): a state that "hosts" a people counted in the thousands
shelters them and hosts no visit (triggers-verbs.yaml host + "@crowd", matching.py `crowd`);
"granted residence/residency to X" is leave to stay, as asylum (075); a "would" in a verb
conjoined to a past report's complement is the report's future ("said police had deported 140 and
would expel more": planned, mood.py `_reported_future`). Sentences are invented; each positive
has negatives beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_hosting_a_counted_people_is_no_visit(code):
    assert not [r for r in acts(code, "Turkey hosts 3.6 million Syrians.") if r[0].startswith("04")]
    assert not [r for r in acts(code, "Jordan hosts some 650,000 of them, the UN said.") if r[0].startswith("04")]
    assert not [r for r in acts(code, "Uganda hosted thousands of South Sudanese last year.") if r[0].startswith("04")]


def test_hosting_a_leader_or_refugees_as_before(code):
    assert ("043", "CHN", "RUS") in acts(code, "China hosted Putin on Monday.")
    assert [r for r in acts(code, "Turkey hosts 3.6 million refugees.") if r[0] == "075"]


def test_residence_granted_is_leave_to_stay(code):
    rows = acts(code, "Colombia has granted temporary residence to 600,000 Venezuelans.")
    assert ("075", "COL", "VEN") in rows
    assert ("075", "DEU", "AFG") in acts(code, "Germany granted residency to 300 Afghan interpreters.")


def test_granted_other_things_are_not_asylum(code):
    assert not [r for r in acts(code, "Germany granted a loan to Greece.") if r[0] == "075"]
    assert not [r for r in acts(code, "The court granted bail to the Venezuelan men.") if r[0] == "075"]


def test_would_in_a_conjoined_reported_verb_is_planned(code):
    rows = coded(code, "Moran said police had deported 140 Venezuelans and would expel more.")
    assert [(r[0], r[4]) for r in rows if r[1] == "174"] == [("deported", "actual"), ("expel", "planned")]
    rows = coded(code, "He said the army had shelled the town and would attack again.")
    assert ("attack", "planned") in [(r[0], r[4]) for r in rows]


def test_could_and_if_stay_hypothetical(code):
    rows = coded(code, "The minister said the army had shelled the town and could attack again.")
    assert ("attack", "hypothetical") in [(r[0], r[4]) for r in rows]
    rows = coded(code, "The minister said Peru had arrested the men and would deport them if they returned.")
    assert ("deport", "hypothetical") in [(r[0], r[4]) for r in rows]
