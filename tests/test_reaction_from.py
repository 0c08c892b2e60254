"""A reaction noun whose doer is its "from" phrase (noun_doers.yaml from_doer_nouns), aimed at
the owner of the thing that bears it ("the Polish plan drew [objections] from Germany"), or, when
that thing is a bare definite act noun ("[the decision] drew criticism from X"), at the doer of
the act an earlier sentence reported (events/reaction_acts.py). "objection" and "outrage" are
such nouns (triggers-nouns.yaml). Invented sentences, each beside a negative."""

from __future__ import annotations

from tests.event_rows import acts

BAN = "The Polish government banned German cars on Monday. "


def _reactions(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(("05", "11"))]


def test_objections_from_a_country_to_an_owned_plan(code):
    assert _reactions(code, "The decision by the Polish government prompted objections from Germany.") == [
        ("110", "DEU", "POL")
    ]
    assert ("110", "DEULEG", "POL") in _reactions(code, "There were objections from German lawmakers to the Polish plan.")


def test_outrage_from_lawmakers_and_praise_won_from_a_country(code):
    assert _reactions(code, "The Polish plan sparked outrage from German lawmakers.") == [("111", "DEULEG", "POL")]
    assert _reactions(code, "The Polish plan won praise from Germany.") == [("051", "DEU", "POL")]


def test_an_outrage_that_only_judges_is_no_reaction(code):
    assert _reactions(code, "The attack on the Polish embassy was an outrage.") == []


def test_a_bare_decision_bearing_a_reaction_is_the_earlier_acts(code):
    got = _reactions(code, BAN + "The decision drew criticism from Germany.")
    assert got == [("111", "DEU", "POL")]
    got = _reactions(code, BAN + "The move prompted objections from German lawmakers.")
    assert got == [("110", "DEULEG", "POL")]


def test_a_decision_that_says_whose_it_is_keeps_its_owner(code):
    # "A German decision": its own owner, not the earlier ban's doer
    got = _reactions(code, BAN + "A German decision drew criticism from Poland.")
    assert got == [("111", "POL", "DEU")]
