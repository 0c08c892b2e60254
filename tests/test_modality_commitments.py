"""Modality of an act governed by a verb of agreeing or by an adjective of ability or leave
(modality.yaml `committing_verbs`, `achieved_in_past`, events/mood.py). GUIDELINE: "agreed to
meet" is planned; "if, could, may, might" are hypothetical. Invented sentences, each beside the
look-alike that must read otherwise."""

from __future__ import annotations

import pytest

from tests.event_rows import coded


def mood(code, text: str, trigger: str) -> set[str]:
    """The modalities of the events on one trigger word."""
    return {row[4] for row in coded(code, text) if row[0].lower() == trigger}


@pytest.mark.parametrize("text, trigger, expected", [
    # agreeing or consenting to one's own act binds the actor to it: planned
    ("Germany agreed to support the French plan.", "support", "planned"),
    ("Sudan consented to withdraw its troops from Chad.", "withdraw", "planned"),
    ("Germany undertook to support the French plan.", "support", "planned"),
    # negative: not agreed to
    ("Germany did not agree to support the French plan.", "support", "negated"),
])
def test_an_act_agreed_to_is_planned(code, text, trigger, expected):
    # (the undertaking itself, an intent 03x, is actual on the same word)
    assert expected in mood(code, text, trigger)
    assert "hypothetical" not in mood(code, text, trigger)


def test_an_act_asked_of_another_is_not_planned(code):
    assert "planned" not in mood(code, "Germany urged France to support the plan.", "support")


def test_agreeing_that_something_happened_plans_nothing(code):
    # a clause, not an infinitive: agreement with a statement, no commitment to an act
    assert "planned" not in mood(code, "Iran agreed that Israel had attacked its ships.", "attacked")


@pytest.mark.parametrize("text, expected", [
    # an ability in the past or perfect, with no modal, reports the act done
    ("The rebels were able to capture the town.", "actual"),
    ("The rebels have been able to capture the town.", "actual"),
    ("The rebels managed to capture the town.", "actual"),
    # present, future, modal or conditional: only possible
    ("The rebels are able to capture the town.", "hypothetical"),
    ("The rebels will be able to capture the town.", "hypothetical"),
    ("The rebels would have been able to capture the town.", "hypothetical"),
    ("If the rebels had been able to capture the town, the army would have retreated.", "hypothetical"),
    # not able: it did not happen
    ("The rebels were not able to capture the town.", "negated"),
    ("The rebels were unable to capture the town.", "negated"),
])
def test_ability_in_the_past_reports_the_act(code, text, expected):
    assert mood(code, text, "capture") == {expected}


@pytest.mark.parametrize("text, trigger, expected", [
    # a right or leave to act is not the act: possible at most, or not coded at all (a right to act,
    # events.yaml asking_words: tests/test_wished_acts.py)
    ("The opposition is free to criticise the government.", "criticise", "hypothetical"),
    # negatives: the act itself
    ("The former minister appealed the verdict.", "appealed", "actual"),
    ("The opposition criticised the government.", "criticised", "actual"),
])
def test_a_right_to_act_is_hypothetical(code, text, trigger, expected):
    assert mood(code, text, trigger) == {expected}


@pytest.mark.parametrize("text, expected", [
    # a past report's "would be [leaving]" is its future tense, as "would leave" is
    ("Sudan announced its troops would be leaving Chad.", "planned"),
    ("Sudan announced its troops would leave Chad.", "planned"),
    # negatives: under a condition, or under a report in the present
    ("Sudan announced its troops would be leaving Chad if Chad paid.", "hypothetical"),
    ("Sudan says its troops would be leaving Chad.", "hypothetical"),
])
def test_a_past_reports_future_progressive_is_planned(code, text, expected):
    assert mood(code, text, "leaving" if "leaving" in text else "leave") == {expected}


@pytest.mark.parametrize("text, trigger, expected", [
    # "would have X but Y-ed": the past after "but" tells what happened instead
    ("The army would have attacked the town but withdrew before dawn.", "withdrew", "actual"),
    ("The army would have attacked the town but withdrew before dawn.", "attacked", "hypothetical"),
    # negative: joined by "and", the conjunct shares the counterfactual
    ("The army would have attacked the town and killed civilians.", "killed", "hypothetical"),
])
def test_but_after_a_counterfactual_reports_what_happened(code, text, trigger, expected):
    assert mood(code, text, trigger) == {expected}
