"""Which CAMEO code a found trigger takes (issue 13, "other root" misses): the reading that
CAMEO's definitions give the word in its context, not the word's default. Sentences are
invented for these tests; each positive has a near-identical negative beside it."""

from __future__ import annotations

import pytest

from tests.trigger_checks import events, one


def codes(nlp, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


# -- deny: refusing what was asked for is a rejection (12), denying a charge 016 ----------
@pytest.mark.parametrize("text", [
    "The parliament in Lima denied funding for the new highway.",
    "The Interior Ministry denied visas to the visiting journalists.",
])
def test_deny_what_was_asked_is_reject(nlp, text):
    assert one(nlp, text, "denied").cameo == "120"


def test_deny_an_accusation_stays_deny_responsibility(nlp):
    assert one(nlp, "The Interior Ministry denied the allegations of torture.", "denied").cameo == "016"


# -- attack: a suicide attack is 1831, a terrorist attack 18x, a plain attack 190 ---------
def test_suicide_attack_is_suicide_bombing(nlp):
    assert one(nlp, "A suicide attack on the garrison killed nine soldiers.", "killed").cameo == "1831"


def test_suicide_bombing_noun(nlp):
    assert one(nlp, "A suicide bombing killed nine people at the market in Kandahar.", "killed").cameo == "1831"


def test_terrorist_attack_is_unconventional_violence(nlp):
    assert one(nlp, "A terrorist attack on the garrison killed nine soldiers.", "killed").cameo == "180"


def test_plain_attack_stays_military_force(nlp):
    """No word for who or with what: CAMEO's conventional force (190); an artillery attack is
    CAMEO's fighting with artillery (194, tests/test_material_acts.py)."""
    assert one(nlp, "An attack on the garrison killed nine soldiers.", "killed").cameo == "190"
    assert one(nlp, "An artillery attack on the garrison killed nine soldiers.", "killed").cameo == "194"


# -- claim: claiming an attack is claiming responsibility; claiming a fact is a quote ----
def test_claimed_attack_is_claim_of_responsibility(nlp):
    assert "015" in codes(nlp, "The rebel front claimed the bombing in the capital.", "claimed")


def test_claimed_that_is_no_event(nlp):
    assert codes(nlp, "The rebel front claimed that the capital was calm.", "claimed") == []


# -- provide: air strikes provided are air strikes (195), not aid (07) -------------------
def test_provided_airstrikes_are_air_strikes(nlp):
    assert one(nlp, "Italy provided airstrikes against the militia in 2011.", "provided").cameo == "195"


def test_provided_supplies_stay_aid(nlp):
    assert one(nlp, "Italy provided tents to the displaced families in 2011.", "provided").cameo.startswith("07")


# -- a planned meeting of one named party is still an intent to meet (036) --------------
def test_scheduled_meeting_of_one_party_is_intent_to_meet(nlp):
    e = one(nlp, "NATO is scheduled to meet in Brussels next week.", "meet")
    assert (e.cameo, e.modality) == ("036", "planned")


def test_past_meeting_of_one_party_stays_meeting(nlp):
    e = one(nlp, "NATO met with Russia in Brussels last week.", "met")
    assert e.cameo == "040"
    # with no one met, a past meeting is no dyad and no event (events/partnerless.py)
    assert codes(nlp, "NATO met in Brussels last week.", "met") == []


# -- pressure X to do Y: a demand (10); pressing for a probe is judicial cooperation ----
def test_pressure_to_act_is_demand(nlp):
    e = one(nlp, "Washington pressured the Kenyan government to accept the refugees.", "pressured")
    assert e.cameo == "100"


def test_pressure_to_investigate_is_demand_judicial_cooperation(nlp):
    e = one(nlp, "Washington pressured the Kenyan government to investigate the smuggling network.", "pressured")
    assert e.cameo == "1013"


def test_pressure_without_a_demanded_act_is_no_event(nlp):
    assert codes(nlp, "Rising fuel costs have pressured the airline's profits.", "pressured") == []
