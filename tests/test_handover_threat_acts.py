"""Material acts named by a verb and its object (rules/triggers-verbs.yaml): control or power
transferred to another is a yield (CAMEO 080), a captured person handed over to another's
authorities is judicial cooperation (063), a weapon pointed at someone is a threat of force
(138). Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import acts


def test_transferring_control_to_another_is_a_yield(code):
    assert ("080", "GBRMIL", "IRQ") in acts(code, "British troops transferred control of the province to Iraqi forces.")
    # money or files transferred are no yield
    assert acts(code, "The Kenyan bank transferred the money to a Somali account.") == []


def test_a_person_handed_over_is_judicial_cooperation_documents_are_no_act(code):
    assert ("063", "KENMIL", "SOM") in acts(code, "The Kenyan army handed the suspect over to Somali police.")
    assert ("063", "KENMIL", "SOM") in acts(code, "The Kenyan army handed him over to Somali police.")
    assert acts(code, "The Kenyan army handed over the documents to the court.") == []
    # power handed over stays a yield (080)
    assert [a[0] for a in acts(code, "The Kenyan army handed over power to a civilian government.")] == ["080"]


def test_pointing_a_weapon_at_someone_is_a_threat_of_force(code):
    assert [a[0] for a in acts(code, "A Kenyan police officer pointed his gun at a student.")] == ["138"]
    assert [a[0] for a in acts(code, "A Kenyan soldier aimed his rifle at the protesters.")] == ["138"]
    assert acts(code, "The Kenyan minister pointed out that the report was late.") == []
    assert acts(code, "The Kenyan minister pointed to a report on the drought.") == []


def test_passing_a_ball_is_no_act(code):
    assert acts(code, "The Kenyan team passed the ball to the striker.") == []
