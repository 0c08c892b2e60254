"""Dates whose parse attachment is not the event they date (session 16). Invented texts, each rule
beside negatives.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March).
"""

from __future__ import annotations

import pytest

from tests.dated import UNDATED, when_in

# --------------------------------------------------- a bare date closing an "after"/"before" phrase

@pytest.mark.parametrize(
    "text, noun, verb, expected",
    [
        # the parser hangs the date on the clause's verb, on the phrase's noun, or on the preposition
        ("After his arrest last week, the mayor resigned.", "arrest", "resigned", ("2021-03-01", "last week")),
        (
            "After her conviction in the fraud trial last summer, the senator agreed to testify.",
            "conviction",
            "agreed",
            ("2020-06-01", "last summer"),
        ),
        (
            "Following his dismissal last month, the general joined the opposition.",
            "dismissal",
            "joined",
            ("2021-02-01", "last month"),
        ),
    ],
)
def test_a_date_inside_an_ordering_phrase_dates_its_noun_not_the_clause(nlp, text, noun, verb, expected):
    assert when_in(nlp, text, noun) == expected
    # the act came before or after that event, not at its time
    assert when_in(nlp, text, verb) == UNDATED


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # the clause's own date, placed after the phrase, stays its own
        ("After his arrest, the mayor resigned last week.", "resigned", ("2021-03-01", "last week")),
        ("Last week, after his arrest, the mayor resigned.", "resigned", ("2021-03-01", "Last week")),
        # an occasion: what happened during the visit happened in its week
        ("During his visit last week, the minister signed a trade deal.", "signed", ("2021-03-01", "last week")),
        # a gap before the preposition measures, it dates neither event
        ("Two days before the vote, the president resigned.", "resigned", ("2021-03-12", "Two days before")),
        # a time, not an event: "before midnight Wednesday night" is one time, the verb's
        ("The governor announced his resignation shortly before midnight Wednesday night.", "announced",
         ("2021-03-10", "Wednesday night")),
    ],
)
def test_a_date_outside_an_ordering_phrase_stays_the_clauses(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


# --------------------------------------------------- an event's result takes the event's date


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("The attack on Monday killed five people.", "killed", ("2021-03-08", "Monday")),
        ("The bombing on Sunday wounded twelve soldiers.", "wounded", ("2021-03-07", "Sunday")),
        # "saw": the period its dated subject names, shared by a clause conjoined to it
        ("The election in 2013 saw a victory for the ruling party.", "saw", ("2013-01-01", "2013")),
        (
            "The election in 2013 saw a victory for the ruling party, and the party ended the coalition.",
            "ended",
            ("2013-01-01", "2013"),
        ),
    ],
)
def test_a_result_verb_takes_its_dated_subject_events_date(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # not the event's result: a reaction to it, by others, at another time
        ("The attack on Monday was condemned by the council.", "condemned"),
        ("The attack on Monday prompted new talks.", "prompted"),
        # the subject is a person arrested after the event, not the event
        ("The man arrested after the attack on Monday killed himself.", "killed"),
    ],
)
def test_other_verbs_do_not_take_their_subject_events_date(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


# --------------------------------------------------- a kind of act named is no act told

SHOOTING = (
    "Yesterday, police fired live rounds at protesters in the capital.\n\n"
    "Rights groups said it was the first report of a protester being shot by police.\n\n"
)


def test_an_act_of_force_told_again_looks_past_a_kind_of_act_named(nlp):
    # "a protester being shot" names what kind of report it is; the act told again is the firing
    assert when_in(nlp, SHOOTING + "A video showed an officer who drew his pistol and shot at a student.", "shot", 1) == (
        "2021-03-11",
        "Yesterday",
    )


def test_an_undated_act_of_force_told_in_between_still_stops_it(nlp):
    # an act told, in the perfect: the nearest earlier act has no date, so none is told again
    text = SHOOTING.replace("it was the first report of a protester being shot by police", "soldiers have shot protesters before")
    assert when_in(nlp, text + "A video showed an officer who drew his pistol and shot at a student.", "shot", 1) == UNDATED


# --------------------------------------------------- the year of a name, a month "of" a year


@pytest.mark.parametrize(
    "text, trigger",
    [
        # which law is meant, not when the event happened
        ("The governor was impeached over violations of the Election Finance Act of 1998.", "impeached"),
        ("The senator was charged with breaches of the Civil Rights Act of 1964.", "charged"),
    ],
)
def test_the_year_in_a_name_dates_nothing(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # a year of an event noun still dates it
        ("The senator was charged over fraud in the elections of 2016.", "elections", ("2016-01-01", "2016")),
        ("The senator was charged with fraud in March of 2019.", "charged", ("2019-03-01", "March of 2019")),
        ("The senator was charged in early March of 2019.", "charged", ("2019-03-01", "early March of 2019")),
        ("The senator was charged in May of last year.", "charged", ("2020-05-01", "May of last year")),
    ],
)
def test_a_year_of_an_event_or_a_month_dates_it(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


# --------------------------------------------------- the story's day


def test_a_yearless_day_ahead_is_no_story_day(nlp):
    # "until March 30" (published 12 March) is the coming March 30, not last year's
    text = "Today, the court issued a ruling on the suspension of parliament until March 30. The court found the suspension unlawful."
    assert when_in(nlp, text, "found") == ("2021-03-12", "Today")


def test_a_yearless_day_behind_is_the_story_day(nlp):
    text = "On March 2, the court issued a ruling on the suspension of parliament. The court found the suspension unlawful."
    assert when_in(nlp, text, "found") == ("2021-03-02", "March 2")


# --------------------------------------------------- "on" + a date times a clause, whatever the parse


def test_a_date_after_on_is_no_modifier_of_the_noun_after_it(nlp):
    # the parser takes "Sunday" for a modifier of "Presidents" (as "2016" of "the 2016 law")
    text = "Leaders met in Accra for a summit where on Sunday Presidents John Mensah of Ghana and Paul Kone of Mali signed the treaty."
    assert when_in(nlp, text, "signed") == ("2021-03-07", "Sunday")


def test_a_year_premodifying_a_thing_still_dates_nothing(nlp):
    assert when_in(nlp, "The court struck down the 2016 law on protests.", "struck") == UNDATED


# --------------------------------------------------- a clause describing a time noun


@pytest.mark.parametrize(
    "story, trigger",
    [
        ("The inmate later claimed to have no memory of the night the senator was shot.", "shot"),
        ("He recalled the day his brother was arrested.", "arrested"),
    ],
)
def test_a_clause_describing_a_time_noun_takes_no_story_day(nlp, story, trigger):
    # "the night ... was shot" is that night, not the Tuesday the story is told at
    text = "The prison said an inmate was stabbed on Tuesday. " + story
    assert when_in(nlp, text, trigger) == UNDATED


def test_a_clause_describing_a_person_still_takes_the_story_day(nlp):
    text = "The prison said an inmate was stabbed on Tuesday. Guards said the attacker was shot by a guard."
    assert when_in(nlp, text, "shot") == ("2021-03-09", "Tuesday")


# --------------------------------------------------- the story's day stops at a time its sentence names

ARRESTS = "On Monday, police arrested five protesters. "


def test_a_time_named_earlier_in_the_sentence_stops_the_story_day(nlp):
    # "Later that year" moved the story on: Monday is not the day of the promise
    text = ARRESTS + "Later that year, the movement launched; its leader promised weekly protests."
    assert when_in(nlp, text, "promised") == UNDATED


def test_without_a_time_named_the_story_day_goes_on(nlp):
    text = ARRESTS + "The movement's leader promised weekly protests."
    assert when_in(nlp, text, "promised") == ("2021-03-08", "Monday")


# --------------------------------------------------- the story goes on at its main clause's day

TOLL = "a gunman shot shoppers at a mall, with the death toll rising to twelve on Monday. The gunman surrendered to police."


def test_the_story_goes_on_at_the_day_of_the_sentences_main_clause(nlp):
    # the toll rose on Monday; the shooting, and so the surrender, was on Saturday
    assert when_in(nlp, "On Saturday morning, " + TOLL, "surrendered") == ("2021-03-06", "Saturday morning")


def test_with_no_day_of_its_main_clause_the_last_day_named_goes_on(nlp):
    assert when_in(nlp, TOLL[0].upper() + TOLL[1:], "surrendered") == ("2021-03-08", "Monday")


# --------------------------------------------------- a "when" clause on a date


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("The island has been self-governing since 1997, when Britain handed it to China.", "handed",
         ("1997-01-01", "1997")),
        ("The talks collapsed in March, when the rebels attacked a convoy.", "attacked", ("2021-03-01", "March")),
        ("The rebels have fought since 2014, when they seized the airport.", "seized", ("2014-01-01", "2014")),
    ],
)
def test_a_when_clause_on_a_date_takes_that_date(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


def test_another_relative_clause_on_a_date_takes_none(nlp):
    # "which" describes the year; the recalling is the army's, now
    text = "The rebels seized the airport in 2014, which the army recalls as a dark year."
    assert when_in(nlp, text, "recalls") == UNDATED
