"""A possessor of the charges someone faces is the one charged, not the one charging ("[the
minister's] charges involved fraud"), while a target in an "against" phrase leaves the possessor
the doer ("the EU's charges against Google"): events.yaml patient_nouns, syntax.patient_possessor.
Invented sentences."""

from __future__ import annotations

from tests.event_rows import acts


def test_the_charged_persons_charges_are_not_their_act(code):
    rows = acts(code, "The former Kenyan minister's charges involved fraud and bribery.")
    assert not [r for r in rows if r[0] == "115" and r[1] and r[1].startswith("KEN") and r[1] != "KENJUD"]


def test_charges_against_a_target_are_the_possessors(code):
    assert ("115", "IGOEUR", "USA") in acts(code, "The EU's charges against Google were dropped.")


def test_an_arrest_of_someone_keeps_its_possessor_the_doer(code):
    assert ("173", "RUS", "USA") in acts(code, "Russia's arrest of the American journalist was condemned.")
