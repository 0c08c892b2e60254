"""Announcements, intents and offers coded by what is announced (issue 13; CAMEO 03): announcing a
plan, initiative or coalition is an intent (03x), not a bare statement (010); a plan's infinitive
gives the intent's subcode and target; "committing/prepared to <act>" is an intent to that act.
Invented sentences, each beside a near-identical negative."""

from __future__ import annotations

import pytest


def coded(code, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(cameo, source country, target country, modality) of each event."""
    return [
        (e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country"), e.modality)
        for e in code(text).events
    ]


def codes(code, text: str) -> list[str]:
    return [c for c, _, _, _ in coded(code, text)]


# -- announcing a plan, initiative or coalition ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Japan announced a new initiative for Kenya on Monday.", ("030", "JPN", "KEN", "actual")),
    ("Iran announced a maritime security initiative for the Gulf on Monday.", ("0312", "IRN", None, "actual")),
    ("France unveiled a peace plan for Syria on Tuesday.", ("037", "FRA", "SYR", "actual")),
    ("Brazil outlined an economic strategy with Argentina.", ("0311", "BRA", "ARG", "actual")),
])
def test_announcing_a_plan_is_an_intent(code, text, expected):
    assert expected in coded(code, text)
    assert "010" not in codes(code, text)


@pytest.mark.parametrize("text", [
    "Japan announced a new website for Kenya on Monday.",
    "Iran announced a new television channel on Monday.",
])
def test_announcing_something_else_is_no_event(code, text):
    """Neither an intent (03) nor a bare statement (010, which GUIDELINE.md does not code)."""
    assert codes(code, text) == []


# -- the plan's act gives the intent's code and target ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Poland declared its intention to meet Germany.", ("036", "POL", "DEU", "actual")),
    ("Spain announced plans to withdraw its troops from Iraq.", ("0356", "ESP", "IRQ", "actual")),
])
def test_a_plans_act_gives_the_intent(code, text, expected):
    assert expected in coded(code, text)


def test_a_plan_of_a_conflictual_act_is_no_intent(code):
    found = codes(code, "Spain announced plans to impose sanctions on Iraq.")
    assert not [c for c in found if c.startswith("03")]


def test_a_plan_with_no_coded_act_is_a_plain_intent(code):
    assert ("030", "DEU", None, "actual") in coded(code, "Germany announced plans to open a museum.")


# -- committing, pledging, prepared to <act> ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the thing sent is not the intent's target: the recipient is
    ("Chile blamed Peru for the attack, committing to send more troops to Bolivia.", ("033", "CHL", "BOL", "actual")),
    ("Chile blamed Peru for the attack, committing to meet Bolivia.", ("036", "CHL", "BOL", "actual")),
    ("Germany is prepared to meet Greece.", ("036", "DEU", "GRC", "actual")),
])
def test_committing_to_an_act_is_an_intent(code, text, expected):
    assert expected in coded(code, text)


@pytest.mark.parametrize("text", [
    "Chile blamed Peru for the attack, committing to build a museum.",
    "Germany is prepared to fight Greece.",
])
def test_committing_to_another_act_is_no_intent_to_cooperate(code, text):
    assert not [c for c in codes(code, text) if c.startswith("03")]


# -- expressed readiness or willingness: the intent of the act it names ----------------------------
def test_expressed_readiness_to_meet_is_an_intent_to_meet(code):
    assert ("036", "IRN", "SAU", "actual") in coded(code, "Iran expressed its readiness to meet Saudi Arabia.")


def test_expressed_readiness_to_attack_is_no_intent_to_cooperate(code):
    found = codes(code, "Iran expressed its readiness to attack Saudi Arabia.")
    assert not [c for c in found if c.startswith("03")]


# -- a proposal asks others: no plan of one's own ---------------------------------------------------
def test_announcing_a_proposal_is_no_intent(code):
    found = codes(code, "France announced a proposal for Syria.")
    assert not [c for c in found if c.startswith("03")]
