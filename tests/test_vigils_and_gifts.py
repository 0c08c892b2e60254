"""Vigils and gifts (rules/triggers-nouns.yaml vigil, triggers-verbs.yaml donate and provide):
a vigil keeps watch in mourning, a symbolic act (CAMEO 017, as PETRARCH codes "held a vigil"),
unless it is held against something or named a protest vigil (141); donating blood or an organ
is a private gift to a hospital, and providing information or evidence tells something: neither
is aid between actors (07), nor is a law that "provides" something (stipulates it). Sentences are
invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import coded


def codes(code, text: str) -> list[tuple[str, str, str | None]]:
    """(trigger, cameo, source code) of every event."""
    return [(e[0], e[1], e[2]) for e in coded(code, text)]


def test_a_mourning_vigil_is_a_symbolic_act(code):
    text = "Hundreds of Polish students held a candlelight vigil for the victims of the attack."
    assert codes(code, text) == [("vigil", "017", "POLEDU")]
    assert codes(code, "Polish students organised a vigil for the victims.") == [("vigil", "017", "POLEDU")]
    # a minute of silence stays the light verb's own symbolic act
    assert [e[1] for e in coded(code, "Poland held a minute of silence for the victims.")] == ["017"]


def test_a_vigil_against_something_or_a_protest_vigil_is_a_protest(code):
    assert codes(code, "Polish activists held a vigil against the death penalty outside parliament.") == [
        ("vigil", "141", "POLOPP")
    ]
    # staged, a protest vigil is coded on the support verb with the noun's code, as a staged protest
    # (triggers-verbs.yaml "@act"; tests/test_support_verb_acts.py)
    assert codes(code, "Polish activists staged a protest vigil outside the Russian embassy.") == [
        ("staged", "141", "POLOPP")
    ]
    # a plain protest staged is still the verb's demonstration
    assert [e[1] for e in coded(code, "Polish activists staged a protest outside the Russian embassy.")] == ["141"]


def test_donated_blood_is_no_aid(code):
    assert coded(code, "Polish residents donated blood by the hundreds after the attack.") == []
    assert coded(code, "The Polish minister donated a kidney to his brother.") == []
    # aid donated by a government to another country is still aid
    assert codes(code, "The Polish government donated medicine to Ukraine.") == [("donated", "073", "POLGOV")]
    assert codes(code, "The French government donated five million euros to Haiti.") == [("donated", "071", "FRAGOV")]


def test_provided_information_is_no_aid(code):
    assert coded(code, "The Russian ministry provided no evidence for the claim.") == []
    assert coded(code, "The French government provided details of the plan to reporters.") == []
    text = "The American administration arranged instead to provide citizenship information from other agencies."
    assert coded(code, text) == []
    # material aid and shared intelligence keep their codes
    assert codes(code, "The American government provided aid to Haiti.") == [("provided", "070", "USAGOV")]
    assert codes(code, "Britain provided intelligence to France.") == [("provided", "064", "GBR")]


def test_a_legal_text_that_provides_something_stipulates_it(code):
    assert coded(code, "The EU directive on electronic commerce provides liability protections for hosts.") == []
    assert coded(code, "The treaty provides for the withdrawal of Russian troops from Moldova.") == []
    # a government or a union providing aid gives it
    assert codes(code, "The European Union provided aid to Greece.") == [("provided", "070", "IGOEUR")]
