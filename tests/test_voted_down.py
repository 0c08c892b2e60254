"""A legislature or a state voting down, blocking or defeating a bill, a resolution or a
nomination rejects it (CAMEO 120), as voting against it does (triggers-verbs.yaml, 12 section).
A blocked road, a rule blocked by a court, a defeated rival or a defeated motion of no confidence
are not such a rejection, and a bill passed or voted for is none. Sentences are invented; each
positive has a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_bill_voted_down_blocked_or_defeated_is_rejected(code):
    assert acts(code, "The US Senate voted down the bill on Tuesday.") == [("120", "USALEG", None)]
    assert acts(code, "The US Senate voted the bill down on Tuesday.") == [("120", "USALEG", None)]
    assert acts(code, "The US Senate blocked the bill on Tuesday.") == [("120", "USALEG", None)]
    assert acts(code, "The US House of Representatives defeated the amendment on Tuesday.") == [
        ("120", "USALEG", None)
    ]
    assert [a[:2] for a in acts(code, "Russia blocked a UN Security Council resolution on Syria.")] == [("120", "RUS")]


def test_a_bill_passed_or_voted_for_is_no_rejection(code):
    assert acts(code, "The US Senate passed the bill on Tuesday.") == []
    assert acts(code, "The US Senate voted for the bill on Tuesday.") == []


def test_roads_rules_rivals_and_motions_are_no_rejected_proposal(code):
    assert [a[0] for a in acts(code, "Protesters blocked the road to the airport.")] == ["144"]
    assert [a[0] for a in acts(code, "A federal judge blocked the new rule of the Trump administration.")] == ["116"]
    assert acts(code, "Peruvian President Martin Vizcarra defeated his rival in the election.") == []
    assert acts(code, "The Peruvian Congress defeated the motion of no confidence.") == []
