"""An act of force with no date of its own that tells again an act the article dated earlier takes
that act's date, also across a paragraph break (GUIDELINE: "A date from another sentence is used
only when it refers to the same event"). Invented articles, each beside a negative.

Publication date of every text: Friday 12 March 2021 (Tuesday 9, Wednesday 10, Thursday 11 March).
"""

from __future__ import annotations

from tests.dated import UNDATED, when_in

LEAD = "On Tuesday, the army said an attack that day on an air base caused no casualties.\n\n"
VERB_LEAD = "Yesterday, gunmen attacked a police post in the north.\n\nThe governor called for calm.\n\n"


def test_act_told_again_in_a_later_paragraph_takes_the_acts_day(nlp):
    text = LEAD + "Seventeen rockets struck near the base, according to officials."
    assert when_in(nlp, text, "struck")[0] == "2021-03-09"


def test_act_with_another_date_in_between_takes_none(nlp):
    text = LEAD + "On Thursday, the minister visited the capital.\n\nSeventeen rockets struck near the base."
    assert when_in(nlp, text, "struck") == UNDATED


def test_act_with_a_tense_of_its_own_takes_none(nlp):
    text = LEAD + "Seventeen rockets have struck near the base this year."
    assert when_in(nlp, text, "struck")[0] != "2021-03-09"


def test_act_with_a_date_of_its_own_keeps_it(nlp):
    text = LEAD + "On Wednesday, seventeen rockets struck near the base."
    assert when_in(nlp, text, "struck")[0] == "2021-03-10"


def test_act_that_is_no_act_of_force_takes_none(nlp):
    text = LEAD + "The minister visited the base, according to officials."
    assert when_in(nlp, text, "visited") == UNDATED


def test_act_telling_again_an_undated_act_takes_none(nlp):
    text = "The army said an attack on an air base caused no casualties.\n\nSeventeen rockets struck near the base."
    assert when_in(nlp, text, "struck") == UNDATED


def test_verb_of_force_tells_again_an_earlier_verb_of_force(nlp):
    assert when_in(nlp, VERB_LEAD + "They shot two officers.", "shot")[0] == "2021-03-11"


def test_adverb_of_another_time_stops_the_telling_again(nlp):
    assert when_in(nlp, VERB_LEAD + "They later shot two officers.", "shot") == UNDATED


# --------------------------------------------------------------------------- a clause inside a message

LETTER = "On Tuesday, the ministry banned the airline.\n\nThe minister sent a letter to its owners the same day. "


def test_clause_in_the_letter_takes_the_letters_day(nlp):
    text = LETTER + "In the letter, the minister cited the company's debts."
    assert when_in(nlp, text, "cited")[0] == "2021-03-09"


def test_clause_in_a_letter_never_sent_before_takes_none(nlp):
    text = (
        "On Tuesday, the minister met the airline's owners.\n\nIn the letter, the minister cited the company's debts."
    )
    assert when_in(nlp, text, "cited") == UNDATED
