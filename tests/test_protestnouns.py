"""Protests named by a noun with no doer and no place (issue 14, events/protests.py
crowd_country): by the people of the country the piece is set in, at its own government; each
beside a negative (a protest noun modifying another, "without protest", "in protest", a rally
framing a named speaker's act, a protest of innocence). Sentences are invented."""

from __future__ import annotations

from tests.event_rows import DAY, dyad
from tests.event_rows import events_in_peru as events


def test_a_measure_that_sparked_protests(code):
    (e,) = events(code, "The new mining law has sparked anger and protests.", "protests")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV")


def test_weeks_of_protests_with_no_place(code):
    (e,) = events(code, "The country has seen weeks of protests since the vote.", "protests")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV")


def test_the_protest_movement_is_no_act(code):
    assert not events(code, "The protest movement's spokesman said talks would resume.", "protest")


def test_without_protest_is_no_protest(code):
    assert not events(code, "The miners accepted the new wage terms without protest.", "protest")


def test_resigning_in_protest_is_no_crowd(code):
    assert not events(code, "The minister of energy resigned in protest on Monday.", "protest")


def test_a_rally_framing_a_speakers_words_is_his(code):
    assert not events(code, "He repeated the promise at a rally on Saturday.", "rally")


def test_a_protest_of_innocence_is_no_demonstration(code):
    assert not events(code, "His protests of innocence were ignored by the judge.", "protests")


def test_a_march_a_named_group_postpones_is_no_protest(code):
    assert not events(code, "The Peruvian union Fuerza Minera postponed the march.", "march")


def test_a_plan_owned_by_a_leader_still_sparks_protests(code):
    (e,) = events(code, "President Boluarte's pension plan has sparked protests.", "protests")
    assert e.cameo_root == "14" and dyad(e)[0] == "PER"


def test_an_election_rally_is_no_protest(code):
    """A candidate's election or campaign rally is a meeting with supporters (triggers-nouns.yaml);
    a rally against the government beside it is a protest."""
    c = code("As a part of an election rally in Lima, the president said the law would change.", DAY)
    assert not [e for e in c.events if e.cameo.startswith("14")]
    c = code("Thousands joined a rally against the government in Lima on Sunday.", DAY)
    assert [e for e in c.events if e.cameo.startswith("14")]
