"""A reaction noun a participle or coordinated verb of bearing holds ("X fired a missile,
[drawing] condemnation from Y", "... and [drew] criticism from Y": events.yaml bearing_verbs) is
aimed at the doer of the clause it goes on, the one whose act drew it
(reaction_acts.bearer_subjects); its source stays the "from" phrase. Invented sentences, each
beside a negative."""

from __future__ import annotations

import pytest

from tests.event_rows import acts


def _reactions(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(("05", "11"))]


@pytest.mark.parametrize("text, reaction", [
    ("Pakistan tested a cruise missile on Monday, drawing condemnation from India.", ("111", "IND", "PAK")),
    ("Peru closed its border with Bolivia, prompting criticism from Chile.", ("111", "CHL", "PER")),
    ("Ghana released the detained journalists, earning praise from Nigeria.", ("051", "NGA", "GHA")),
    ("Pakistan tested a cruise missile and drew condemnation from India.", ("111", "IND", "PAK")),
    # a passive clause's doer is its "by" phrase
    ("A cruise missile was tested by Pakistan on Monday, triggering condemnation from India.", ("111", "IND", "PAK")),
])
def test_the_reaction_is_aimed_at_the_doer_of_the_clause_it_goes_on(code, text, reaction):
    assert reaction in _reactions(code, text)


def test_a_reaction_its_bearer_names_keeps_it(code):
    # the verb's own subject bears it, as before
    assert _reactions(code, "The Peruvian plan drew criticism from Chile.") == [("111", "CHL", "PER")]


def test_a_reaction_to_a_reaction_is_aimed_at_its_reactor(code):
    text = "India condemned the test, drawing criticism from Pakistan."
    assert ("111", "PAK", "IND") in _reactions(code, text)


@pytest.mark.parametrize("text", [
    "The villagers were drawing water from a well.",
    "The Peruvian minister resigned, earning a pension from the state.",
])
def test_a_participle_holding_no_reaction_noun_codes_none(code, text):
    assert _reactions(code, text) == []
