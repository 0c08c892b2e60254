"""A state's fines and a court's orders against a measure (rules/triggers-verbs.yaml, own_people.yaml
named_only): a state body or a commission fining someone imposes an administrative sanction (172) on
the one fined, never on its people; a court blocking, halting or suspending a measure, or enjoining
it, rules against its owner (116, as striking it down). Sentences are invented; each positive has
a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_regulator_fining_a_company_is_an_administrative_sanction(code):
    assert acts(code, "The Dutch competition regulator fined a shipping firm 20 million euros.") == [
        ("172", "NLDGOV", "NLD")
    ]
    assert acts(code, "The European Commission fined a German carmaker 500 million euros.") == [("172", "IGOEUR", None)]
    # the one fined, unresolved, is not the regulator's own people
    assert [t for _, _, t in acts(code, "The Dutch competition regulator fined Zorgbank 20 million euros.")] == [None]


def test_a_fine_by_no_state_is_no_sanction(code):
    assert acts(code, "The football association fined the club 50,000 pounds.") == []
    assert acts(code, "The bank fined its customers for late payments.") == []


def test_a_court_blocking_a_governments_measure_rules_against_it(code):
    assert acts(code, "A Kenyan court blocked the Kenyan government's new asylum rule.") == [("116", "KENJUD", "KEN")]
    assert acts(code, "A Kenyan judge suspended the Kenyan government's decree on Monday.") == [
        ("116", "KENJUD", "KEN")
    ]
    assert acts(code, "A Kenyan court issued an injunction against the Kenyan government's plan.") == [
        ("116", "KENJUD", "KEN")
    ]


def test_others_blocking_a_measure_or_a_road_is_no_ruling(code):
    assert [c for c, _, _ in acts(code, "Kenyan protesters blocked the road to the airport.")] == ["144"]
    # a legislature blocking a budget rejects it (120, tests/test_voted_down.py), no ruling
    assert acts(code, "The Kenyan Senate blocked the government's budget.") == [("120", "KENLEG", "KEN")]
    assert acts(code, "The Kenyan union asked the court for an injunction against the strike ban.") == [
        ("020", "KENLAB", "KEN")
    ]


def test_a_court_upholding_a_conviction_finds_against_the_convicted(code):
    assert acts(code, "The Kenyan Supreme Court upheld the Ugandan rebel's death sentence.") == [
        ("116", "KENJUD", "UGA")
    ]
    # upholding a law finds against no one; a president is no court
    assert acts(code, "The Kenyan Supreme Court upheld the law.") == []
    assert acts(code, "The Kenyan president upheld the sentence.") == []
