"""Two invented whole articles (tests/data/articles/disputed-election-1.txt: a disputed
presidential election in Zambia; -2.txt: the corruption trial of a former Peruvian president),
hand-coded by GUIDELINE.md before the coder ran. The events the coder gets right that matter are
asserted (source/target country, CAMEO root, modality, date), with things it must not code."""

from __future__ import annotations

import pytest

from tests.event_rows import Row, article_events, has_row, rows_of


def events(code, name: str, day: str) -> list[Row]:
    return rows_of(article_events(code, name, day))


@pytest.fixture(scope="module")
def election(code):
    return events(code, "disputed-election-1.txt", "2025-09-04")


@pytest.fixture(scope="module")
def trial(code):
    return events(code, "disputed-election-2.txt", "2025-03-14")


has = has_row


def test_election_refusal_crackdown_and_reactions(election):
    assert has(election, "concede", "ZMB", None, "12", date="2025-09-04")
    assert has(election, "fired", "ZMB", "ZMB", "17")
    assert has(election, "protesting", "ZMB", "ZMB", "14", date="2025-09-03")
    assert has(election, "arrested", "ZMB", "ZMB", "17")
    assert has(election, "accused", "ZMB", "ZMB", "11")
    assert has(election, "called", "IGOAFU", "ZMB", "02")
    assert has(election, "congratulated", "TZA", "ZMB", "05")
    assert has(election, "congratulated", "ZWE", "ZMB", "05")
    # background: a court's dismissal in 2021, an arrest in 2023
    assert has(election, "dismissed", "ZMB", "ZMB", "12", date="2021-01-01")
    assert has(election, "arrested", "ZMB", "ZMB", "17", date="2023-01-01")
    # "would hold protests on Monday if the court did not act": the coming Monday
    assert any(r[0] == "hold" and r[3] == "14" and r[4] == "hypothetical" and r[5] == "2025-09-08" for r in election)


def test_election_not_coded(election):
    # an election result and a bare "following developments closely" are no events
    assert not any(r[0] in ("declared", "following") for r in election)
    assert not any(r[1] and r[1].startswith("IGOUNO") for r in election)
    # "we will fight it in the courts": a legal challenge, no use of force
    assert not any(r[3] in ("18", "19", "20") for r in election)


def test_trial_sentence_charges_and_reactions(trial):
    # the headline's "Salas sentenced" is a passive: the court's act on him
    assert has(trial, "sentenced", "PER", "PER", "17", date="2025-03-14")
    assert has(trial, "sentenced", "PER", "PER", "17", date="2025-03-13")
    assert has(trial, "charged", "PER", "PER", "11", date="2022-01-01")
    assert has(trial, "protested", "PER", "PER", "14", date="2025-03-13")
    assert has(trial, "detained", "PER", "PER", "17", date="2025-03-13")
    assert has(trial, "condemned", "VEN", "PER", "11")
    assert has(trial, "accused", "VEN", "PER", "11")
    assert has(trial, "praised", "USA", "PER", "05")


def test_trial_not_coded(trial):
    # the sentenced man is never the doer of his own sentence, and fleeing is no state act
    assert not any(r[0] == "sentenced" and r[2] is None for r in trial)
    assert not any(r[0] == "fled" for r in trial)
