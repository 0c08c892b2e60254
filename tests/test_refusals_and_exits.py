"""A plain "X declined" by an actor is a refusal (120), ending or leaving a pact or an
organisation reduces relations (160/161): invented sentences, each beside the look-alike that
must keep its own reading."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(code, text, trigger_root):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(trigger_root)]


def test_an_actor_declining_what_was_asked_is_a_refusal(code):
    # aimed at the one who asked it of him (refused_asks.py)
    assert ("120", "FRAJUD", "FRA") in _codes(
        code, "The ministry asked the judge in Paris to postpone the hearing, but he declined.", "12"
    )
    assert [c for c, _, _ in acts(code, "The German government declined on Monday.")] == ["120"]


def test_a_quantity_declining_is_no_refusal(code):
    assert _codes(code, "Russia's exports declined sharply last year.", "12") == []
    assert _codes(code, "The number of attacks in the province declined in March.", "12") == []


def test_an_actor_word_declining_by_an_amount_is_no_refusal(code):
    # "the population" may name an actor (protesters, civilians); declining 40% it is a quantity
    assert acts(code, "The population of Kenya has declined 40% since 1990.") == []
    assert acts(code, "The Kenyan population declined by 5 percent last year.") == []


def test_declined_with_an_object_or_infinitive_keeps_its_reading(code):
    assert [c for c, _, _ in acts(code, "The French minister declined to comment.")] == ["011"]
    assert [c for c, _, _ in acts(code, "The French minister declined to say how many soldiers died.")] == ["011"]
    assert "125" in [c for c, _, _ in acts(code, "The Kenyan president declined the invitation.")]


def test_leaving_an_organisation_or_a_treaty_reduces_relations(code):
    assert ("160", "QAT", "IGOOPC") in _codes(code, "Qatar left OPEC in January.", "16")
    assert ("160", "USA", "IRN") in _codes(code, "The United States left the nuclear deal with Iran in 2018.", "16")


def test_leaving_a_city_is_no_event(code):
    assert acts(code, "The French president left Berlin on Monday.") == []


def test_ending_a_pact_or_ties_reduces_relations(code):
    assert ("160", "TUR", "GRC") in _codes(code, "Turkey ended its defence pact with Greece.", "16")
    assert ("161", "TUR", "GRC") in _codes(code, "Turkey ended its diplomatic relations with Greece.", "16")


def test_ending_sanctions_or_a_strike_is_no_reduction(code):
    assert _codes(code, "Turkey ended its sanctions on Greece.", "16") == []
    assert _codes(code, "The Greek dockers ended their strike on Monday.", "16") == []


def test_declined_to_return_is_left_to_no_reading(code):
    # talks (125) or prisoners (1243): the infinitive's object would choose; not the plain refusal
    assert _codes(code, "Iran declined to return to the negotiating table.", "12") == []
