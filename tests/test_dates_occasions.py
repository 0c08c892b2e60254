"""Event dates in whole articles, round 2 (issue 13): events dated through the event they happen at,
and through an earlier event they name again. Invented sentences, each rule beside a near-identical
negative.

Publication date of every text: Friday 12 March 2021 (Monday 8, Tuesday 9, Sunday 7 March).
"""

from __future__ import annotations

import pytest

from newsgraph import when
from newsgraph.model import TimeRef
from tests.dated import PUB, UNDATED, when_in


def when_of(nlp, text: str, trigger: str, future: bool = False, nth: int = 0) -> TimeRef:
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > nth, f"{trigger!r} not in {text!r}"
    tok = hits[nth]
    return when.resolve(tok.sent, tok, PUB, future)


def day(ref: TimeRef) -> tuple[str, str | None]:
    return ref.date, ref.date_text


# --------------------------------------------------------------------------- a clause placed inside an event


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the bloc met in Lagos for a summit where on Sunday the presidents of Ghana and Togo signed a pact.",
        "Leaders of the bloc met in Lagos for a summit where the presidents of Ghana and Togo signed a pact on Sunday.",
    ],
)
def test_gathering_takes_the_date_of_a_clause_placed_inside_its_event(nlp, text):
    assert day(when_of(nlp, text, "met")) == ("2021-03-07", "Sunday")
    assert day(when_of(nlp, text, "summit")) == ("2021-03-07", "Sunday")


def test_relative_clause_describing_the_event_does_not_date_it(nlp):
    # "which X announced on Sunday": the announcement's day, not the summit's
    text = "Leaders of the bloc met in Lagos for a summit, which the presidents of Ghana and Togo announced on Sunday."
    assert day(when_of(nlp, text, "met")) == UNDATED
    assert day(when_of(nlp, text, "summit")) == UNDATED


def test_where_clause_of_a_place_does_not_date_the_verb(nlp):
    # "a city where ...": a place, not an event the verb happens at
    text = "Leaders of the bloc met in Lagos, a city where on Sunday the presidents of Ghana and Togo signed a pact."
    assert day(when_of(nlp, text, "met")) == UNDATED


def test_gathering_for_a_dated_event_takes_its_date(nlp):
    assert day(when_of(nlp, "Ministers of the bloc gathered in Accra for talks on Monday.", "gathered")) == (
        "2021-03-08",
        "Monday",
    )


def test_arriving_for_a_dated_event_does_not_take_its_date(nlp):
    # one arrives before the talks: "for" names a purpose, not the time of arriving
    assert day(when_of(nlp, "The minister arrived in Accra for talks on Monday.", "arrived")) == UNDATED


# --------------------------------------------------------------------------- the lead's statement restated

LEAD = (
    "Friday, March 12, 2021\n\n"
    "On Tuesday, Canadian Prime Minister Justin Trudeau announced new sanctions on Russia.\n\n"
    "The measures target three banks.\n\n"
)


def test_lead_speakers_later_statement_takes_the_leads_day(nlp):
    text = LEAD + '"We will not stand by," wrote Trudeau on Twitter.'
    assert when_in(nlp, text, "wrote") == ("2021-03-09", "Tuesday")


def test_statement_set_later_by_an_adverb_keeps_no_day(nlp):
    text = LEAD + '"We will not stand by," Trudeau later wrote on Twitter.'
    assert when_in(nlp, text, "wrote") == UNDATED


def test_another_speakers_statement_does_not_take_the_leads_day(nlp):
    text = LEAD + '"This is wrong," said German Chancellor Olaf Scholz.'
    assert when_in(nlp, text, "said") == UNDATED


def test_present_tense_statement_does_not_take_the_leads_day(nlp):
    text = LEAD + '"We will not stand by," Trudeau says.'
    assert when_in(nlp, text, "says") == UNDATED


def test_lead_without_a_day_gives_no_day(nlp):
    text = LEAD.replace("On Tuesday, ", "") + '"We will not stand by," wrote Trudeau on Twitter.'
    assert when_in(nlp, text, "wrote") == UNDATED


# --------------------------------------------------------------------------- an act named again


@pytest.mark.parametrize(
    "second, trigger",
    [
        ("The rebels said they had carried out the attack.", "carried"),
        ("The rebels said they had carried out the raid.", "carried"),
        ("The minister condemned the attack.", "attack"),
    ],
)
def test_definite_act_noun_takes_the_date_of_the_act_it_names_again(nlp, second, trigger):
    text = "Yesterday, a fuel depot was hit by drone strikes.\n\nFires burned for hours.\n\n" + second
    assert when_in(nlp, text, trigger) == ("2021-03-11", "Yesterday")


def test_indefinite_act_noun_is_a_new_act(nlp):
    text = "Yesterday, a fuel depot was hit by drone strikes.\n\nFires burned for hours.\n\nThe rebels said they had carried out an attack."
    assert when_in(nlp, text, "carried") == UNDATED


def test_act_of_another_kind_is_not_named_again(nlp):
    text = "Yesterday, a fuel depot was hit by drone strikes.\n\nFires burned for hours.\n\nThe minister condemned the protest."
    assert when_in(nlp, text, "protest") == UNDATED


def test_first_mention_of_a_definite_act_keeps_no_date(nlp):
    text = "Fires burned for hours.\n\nThe rebels said they had carried out the attack."
    assert when_in(nlp, text, "carried") == UNDATED


def test_passive_by_agent_event_noun_takes_its_verbs_date(nlp):
    assert when_in(nlp, "Yesterday, a fuel depot was hit by drone strikes.", "strikes") == ("2021-03-11", "Yesterday")


def test_continuing_a_quotation_restates_the_lead(nlp):
    text = LEAD + '"We will not stand by," Trudeau continued.'
    assert when_in(nlp, text, "continued") == ("2021-03-09", "Tuesday")


def test_continuing_without_a_quotation_is_no_statement(nlp):
    text = LEAD + "Trudeau continued his tour of Europe."
    assert when_in(nlp, text, "continued") == UNDATED


# --------------------------------------------------------------------------- adverbs of another time


def test_story_day_carries_to_an_undated_past_event(nlp):
    text = "On Monday, the journalist entered the consulate. The government denied any knowledge of it."
    assert when_in(nlp, text, "denied") == ("2021-03-08", "Monday")


def test_adverb_of_another_time_stops_the_carry(nlp):
    text = "On Monday, the journalist entered the consulate. The government initially denied any knowledge of it."
    assert when_in(nlp, text, "denied") == UNDATED
