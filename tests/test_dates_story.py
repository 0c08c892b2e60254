"""Dates an event takes from the story around it (session 15). Invented texts, each rule beside a
negative: a date of ANOTHER event, or one across a paragraph break, must not move the event's date.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March).
"""

from __future__ import annotations

import pytest

from tests.dated import PUB, UNDATED, when_in

# --------------------------------------------------------------------------- the paragraph's day

# a court story: the day of the ruling, then background in the present tense, then the next steps
RULING = (
    "On Monday, a federal judge blocked the new mining law. The ministry is studying the ruling. "
    "Such rulings can take months to appeal. The miners' union sued the ministry last year, and the "
    "court heard the case in the autumn. The ministry appealed the decision to the supreme court."
)


def test_the_paragraphs_day_reaches_past_background_sentences(nlp):
    assert when_in(nlp, RULING, "appealed") == ("2021-03-08", "Monday")


def test_the_paragraphs_day_ends_at_a_line_break(nlp):
    text = RULING.replace(" The ministry appealed", "\n\nThe ministry appealed")
    assert when_in(nlp, text, "appealed") == UNDATED


def test_a_day_named_later_in_the_paragraph_is_the_storys_day(nlp):
    text = RULING.replace("The ministry is studying", "On Thursday, the ministry said it was studying")
    assert when_in(nlp, text, "appealed") == ("2021-03-11", "Thursday")


# --------------------------------------------------------------------------- what a statement says


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # the present tense of a quotation or a reported clause is the time of the saying
        ('On Monday, the minister said, "We condemn the attack."', "condemn", ("2021-03-08", "Monday")),
        ("The minister said on Monday that they condemn the attack.", "condemn", ("2021-03-08", "Monday")),
        ('On Monday, the minister said, "Our condolences go to the families."', "condolences",
         ("2021-03-08", "Monday")),
        # the statement dated by the story it continues
        ('The minister spoke to reporters on Monday. He said, "We condemn the attack."', "condemn",
         ("2021-03-08", "Monday")),
        # a date of the reported event's own stays its own
        ("The minister said on Monday that rebels attacked the village on Sunday.", "attacked",
         ("2021-03-07", "Sunday")),
    ],
)
def test_what_a_statement_says_takes_the_statements_date(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a plan said on Monday is not dated Monday
        ("On Monday, the minister said they will build a wall.", "build"),
        # a date of another event: the speaker's arrival, in a relative clause
        ('The minister, who arrived on Sunday, said, "We condemn the attack."', "condemn"),
        # the statement across a paragraph break from the day: undated, and so is what it says
        # (a lead that is itself a statement, "spoke to reporters on Monday", is restated instead)
        ('The minister arrived in Paris on Monday.\n\nHe said, "We condemn the attack."', "condemn"),
        # not a statement: a wish is no saying
        ("On Monday, the minister hoped that they condemn the attack.", "condemn"),
    ],
)
def test_what_a_statement_says_keeps_no_date_the_statement_lacks(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


def test_a_modal_clause_of_a_statement_keeps_no_date(nlp):
    # a prediction or a possibility is not done by saying it
    assert when_in(nlp, "On Monday, the minister said the strike would end.", "end") == UNDATED
    assert when_in(nlp, "On Monday, the minister said the union may end the strike.", "end") == UNDATED


# --------------------------------------------------------------------------- the year the story is told in


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("After weeks of unrest, the army seized the capital on November 15, 2017. The president resigned "
         "on November 21.", "resigned", ("2017-11-21", "November 21")),
        ("The army seized the capital on November 15, 2017, and the president resigned on November 21.",
         "resigned", ("2017-11-21", "November 21")),
        # a day without a year between them goes on in the same story
        ("The army seized the capital on November 15, 2017. Talks began on November 18. The president "
         "resigned on November 21.", "resigned", ("2017-11-21", "November 21")),
        ("The army seized the capital in November 2017. The president resigned in December.", "resigned",
         ("2017-12-01", "December")),
    ],
)
def test_a_day_without_a_year_is_in_the_storys_year(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # a day counted from the publication brings the story back to the news
        ("The army seized the capital on November 15, 2017. On Monday, the court heard the case. The "
         "president resigned on November 21.", "resigned", ("2020-11-21", "November 21")),
        # another paragraph, another story
        ("The army seized the capital on November 15, 2017.\n\nThe president resigned on November 21.",
         "resigned", ("2020-11-21", "November 21")),
        # a bare year names no day's year ("the 2016 law")
        ("The parliament passed the law in 2016. Farmers marched against it on March 3.", "marched",
         ("2021-03-03", "March 3")),
    ],
)
def test_a_day_without_a_year_keeps_the_publications_year_without_a_dated_story(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


# --------------------------------------------------------------------------- an event a clause follows


@pytest.mark.parametrize(
    "text, trigger",
    [
        # Friday's "Monday" is four days back or three ahead: an event a past or present clause
        # follows is the one back
        ("Police arrested the driver after the attack on Monday.", "attack"),
        ("The driver remains in hospital following the attack on Monday.", "attack"),
        ("Police have arrested two men since the attack on Monday.", "attack"),
        # an act a short interval after it takes its day
        ("Police arrested the driver hours after the attack on Monday.", "arrested"),
    ],
)
def test_an_event_its_clause_follows_is_in_the_past(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == ("2021-03-08", "Monday")


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # a clause ahead: the event it follows may be ahead too (the nearest Monday)
        ("Police will question the driver after the summit on Monday.", "summit", ("2021-03-15", "Monday")),
        # before, not after: the event may still be ahead of a past clause
        ("The minister arrived ahead of the summit on Monday.", "summit", UNDATED),
    ],
)
def test_an_event_a_clause_precedes_or_a_future_clause_follows_keeps_the_nearest_day(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


# --------------------------------------------------------------------------- the occasion an act is done in


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # a present participle set off on the subject is at the time of its clause
        ("The minister, speaking to reporters on Monday, said the strike was illegal.", "said",
         ("2021-03-08", "Monday")),
        # a message or event described with its date
        ("In a statement released Sunday, the ministry condemned the shelling.", "condemned",
         ("2021-03-07", "Sunday")),
        ("In a letter sent on Monday, the union demanded higher wages.", "demanded", ("2021-03-08", "Monday")),
        ("The president spoke at a rally held on Thursday.", "spoke", ("2021-03-11", "Thursday")),
        # a message phrase the parser hangs on the object is still the verb's
        ("The ministry condemned the shelling in a statement issued on Sunday.", "condemned",
         ("2021-03-07", "Sunday")),
        ("The ministry condemned the shelling in a statement on Sunday.", "condemned", ("2021-03-07", "Sunday")),
    ],
)
def test_an_act_takes_the_date_of_the_occasion_it_is_done_in(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a past participle on the subject tells what came before
        ("The man, arrested on Monday, appeared in court.", "appeared"),
        # the object's own date is not the verb's
        ("The president criticized the verdict issued on Sunday.", "criticized"),
        # after an event, not inside it
        ("After a meeting held on Monday, the ministers agreed to cut prices.", "agreed"),
    ],
)
def test_an_act_takes_no_date_from_what_came_before_or_its_object(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


# --------------------------------------------------------------------------- one more act of the lead's speaker

LEAD = "On Tuesday, Finance Minister Anna Kowal announced a new tax on fuel.\n\nThe opposition criticized the plan.\n\n"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # "also" adds an act to those the lead tells of its speaker: the lead's day
        (LEAD + "Kowal also promised to cut income taxes.", "promised"),
        # and a verb conjoined with it, sharing its subject, is one more act of the same telling
        (LEAD + "Kowal also promised to cut income taxes but did not set a date.", "set"),
    ],
)
def test_an_act_also_done_by_the_leads_speaker_takes_the_leads_day(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == ("2021-03-09", "Tuesday")


@pytest.mark.parametrize(
    "text, trigger",
    [
        # without "also", an act of the speaker may be background
        (LEAD + "Kowal promised to cut income taxes.", "promised"),
        # another doer's "also"
        (LEAD + "The unions also rejected the tax.", "rejected"),
        # an adverb of another time
        (LEAD + "Kowal also later promised to cut income taxes.", "promised"),
    ],
)
def test_an_act_not_added_to_the_leads_speakers_keeps_no_date(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


# --------------------------------------------------------------------------- a short interval after an event named before


def test_a_short_interval_after_an_event_takes_its_nearest_dated_mention(nlp):
    # the nearest mention ("two attacks") has no date: the one before it has
    text = (
        "A shooting at a market on Sunday killed six people.\n\nWitnesses described two attacks in the "
        "market.\n\nPolice arrested a man an hour after the shooting."
    )
    assert when_in(nlp, text, "arrested") == ("2021-03-07", "Sunday")


def test_a_short_interval_after_an_event_never_dated_keeps_no_date(nlp):
    text = (
        "A shooting at a market killed six people.\n\nWitnesses described two attacks in the market.\n\n"
        "Police arrested a man an hour after the shooting."
    )
    assert when_in(nlp, text, "arrested") == UNDATED


# --------------------------------------------------------------------------- an adjective the events stage codes


@pytest.mark.parametrize(
    "text, expected",
    [
        # the copula's clause is the adjective's: its date, or its statement's
        ('On Monday, the minister said he remained "cautiously optimistic" a deal would be reached.',
         ("2021-03-08", "Monday")),
        ("The minister was optimistic on Monday.", ("2021-03-08", "Monday")),
        # no date in the clause or the statement
        ("The minister said he is optimistic.", UNDATED),
        # a date of another clause: the deal's
        ("The minister said he is optimistic that a deal will be reached on Monday.", UNDATED),
    ],
)
def test_an_adjective_takes_the_date_of_its_copulas_clause(nlp, text, expected):
    assert when_in(nlp, text, "optimistic") == expected


# --------------------------------------------------------------------------- counted from a dated event


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister resigned hours after Monday's vote.", ("2021-03-08", "Monday")),
        ("The minister resigned two days after the vote on Monday.", ("2021-03-10", "two days after")),
        ("The minister resigned a day after Monday's vote.", ("2021-03-09", "a day after")),
        ("The minister resigned two years after the 2016 vote.", ("2018-01-01", "two years after")),
        # the event dated in an earlier sentence
        ("The vote was held on Monday. The minister resigned two days after the vote.",
         ("2021-03-10", "two days after")),
    ],
)
def test_an_interval_after_a_dated_event_is_counted_from_its_date(nlp, text, expected):
    assert when_in(nlp, text, "resigned") == expected


@pytest.mark.parametrize(
    "text, words",
    [
        # an event with no date, a vague count, a count finer than the event's date
        ("The minister resigned two days after a vote.", "two days after"),
        ("The minister resigned days after the vote on Monday.", "days after"),
        ("The minister resigned two days after the 2016 vote.", "two days after"),
        # a past act the count would put after the publication
        ("The minister resigned two weeks after Monday's vote.", "two weeks after"),
    ],
)
def test_an_interval_after_an_event_without_a_fitting_date_is_not_counted(nlp, text, words):
    assert when_in(nlp, text, "resigned") == (PUB.isoformat(), words)


# --------------------------------------------------------------------------- a quotation running on


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We condemn the shelling," the minister said on Monday. "We demand an inquiry."', ("2021-03-08", "Monday")),
        ('The minister said on Monday: "We condemn the shelling. We demand an inquiry."', ("2021-03-08", "Monday")),
        # the statement undated: so is what runs on from it
        ('"We condemn the shelling," the minister said. "We demand an inquiry."', UNDATED),
        # not a quotation: another statement, the rebels'
        ('"We condemn the shelling," the minister said on Monday. The rebels demand an inquiry.', UNDATED),
        # a plan in the quotation
        ('"We condemn the shelling," the minister said on Monday. "We will demand an inquiry."', UNDATED),
    ],
)
def test_a_quotation_running_on_takes_its_statements_date(nlp, text, expected):
    assert when_in(nlp, text, "demand") == expected


# --------------------------------------------------------------------------- counted from the date before


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Rebels seized the town on Monday. Two days later, the army retreated.", "retreated",
         ("2021-03-10", "Two days later")),
        ("Rebels seized the town on Monday. The day before, the army retreated.", "retreated",
         ("2021-03-07", "The day before")),
        ("Rebels seized the town in 2014. A year later, the army recaptured it.", "recaptured",
         ("2015-01-01", "A year later")),
    ],
)
def test_a_count_later_or_before_runs_from_the_date_of_the_sentence_before(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, words",
    [
        # no date before it
        ("Rebels seized the town. Two days later, the army retreated.", "Two days later"),
        # a past act the count would put after the publication
        ("Rebels seized the town on Monday. Two years later, the army retreated.", "Two years later"),
    ],
)
def test_a_count_with_no_date_to_run_from_stays_unresolved(nlp, text, words):
    assert when_in(nlp, text, "retreated") == (PUB.isoformat(), words)
