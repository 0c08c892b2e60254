"""The time a fronted phrase sets a story at, and a refusal told with "would not" (session 18).

English sets the time of a narrative with a phrase before the first clause, set off by a comma
("In 2012, a new party challenged the coalition. The coalition won the election ..."): the simple-past
sentences after it in its paragraph are told at that month or year until another time is named. The
same phrase at the clause's end dates that clause only. A negated "would" joined to a simple-past
clause ("X won, but no country would recognise the result") is a refusal then, told in the past.
Invented texts, each rule beside negatives.

Publication date of every text: Friday 12 March 2021 (Monday 8 March).
"""

from __future__ import annotations

import pytest

from tests.dated import UNDATED, when_in

# --------------------------------------------------------------------------- a fronted year or month

ELECTION = (
    "In 2012, a new party challenged the ruling coalition. "
    "The coalition won the election, but observers refused to endorse the result."
)


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        (ELECTION, "won", ("2012-01-01", "2012")),
        (ELECTION, "refused", ("2012-01-01", "2012")),
        # a year inside a fronted phrase naming an occasion
        (
            "At the local elections in 2016, the opposition won a majority. "
            "Refusing to concede, the mayor agreed to share power.",
            "agreed",
            ("2016-01-01", "2016"),
        ),
        # a month counted from the publication
        ("Last October, the army seized the town. The rebels retreated to the hills.", "retreated",
         ("2020-10-01", "Last October")),
        # a year counted from the publication; a phrase of time on the year
        ("Last year, the army seized the town. The rebels retreated to the hills.", "retreated",
         ("2020-01-01", "Last year")),
        ("Early in 2015, the army seized the towns. The rebels retreated to the hills.", "retreated",
         ("2015-01-01", "2015")),
        # a month with its year
        ("In May 2018, the court freed the activists. The ministry appealed the ruling.", "appealed",
         ("2018-05-01", "May 2018")),
    ],
)
def test_a_fronted_year_or_month_sets_the_storys_time(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the same year at the clause's end dates that clause only
        ("The army seized the town in 2014. The rebels retreated to the hills.", "retreated"),
        # a line break starts another story
        ("In 2014, a court jailed two activists.\n\nThe rebels retreated to the hills.", "retreated"),
        # background in the present tense, and an act before the story's time
        ("In 2014, a court jailed two activists. The ministry is reviewing the case.", "reviewing"),
        ("In 2014, a court jailed two activists. The rebels had retreated to the hills.", "retreated"),
        # a sentence told as what might have been is not the story going on
        (
            "In 2014, a court jailed two activists. A former minister, Ali Reza, would have faced "
            "trial but fled the country.",
            "fled",
        ),
        # a stretch of time, not a time the story is at
        ("Since 2015, the army fought the rebels. The rebels seized two towns.", "seized"),
        ("Until 2015, the army controlled the north. The rebels retreated to the hills.", "retreated"),
        # two times: no one time for the story
        ("In 2015 and 2016, the army seized the towns. The rebels retreated to the hills.", "retreated"),
        # the phrase sets no story told in the past
        ("In 2015, the army is said to have seized the towns. The rebels retreated.", "retreated"),
        # a dated subject set off by commas is that event's date, not a phrase setting the time
        (
            "The ruling of May 2018, which freed the activists, angered the generals. The rebels retreated "
            "to the hills.",
            "retreated",
        ),
    ],
)
def test_no_time_without_a_fronted_phrase_of_the_story(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


def test_a_day_named_later_is_the_storys_time(nlp):
    text = "In 2014, a court jailed two activists. On Monday, the rebels retreated. Police arrested a man."
    assert when_in(nlp, text, "arrested") == ("2021-03-08", "Monday")


# --------------------------------------------------------------------------- "would not": a refusal then


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("On Monday, the party won the vote, but no country would recognise the result.", "recognise",
         ("2021-03-08", "Monday")),
        ("On Monday, police arrested a man. The embassy confirmed the arrest but would not comment.",
         "comment", ("2021-03-08", "Monday")),
        (
            "In 2012, a new party challenged the ruling coalition. The coalition won the election, but "
            "neither the union nor the bank would endorse the result.",
            "endorse",
            ("2012-01-01", "2012"),
        ),
    ],
)
def test_a_refusal_told_with_would_not_takes_the_storys_time(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a condition
        ("On Monday, the party won the vote, but the union would not recognise the result if it was rigged.",
         "recognise"),
        # no negation: a future in the past
        ("On Monday, the party won the vote, but the union would recognise the result.", "recognise"),
        # reported words, not a conjoined clause
        ("On Monday, the minister resigned and said the party would not back the plan.", "back"),
    ],
)
def test_would_without_a_refusal_takes_no_story_time(nlp, text, trigger):
    assert when_in(nlp, text, trigger) == UNDATED


def test_would_not_until_is_a_future_in_the_past(nlp):
    text = "The minister resigned on Monday, but his successor would not take office until May."
    assert when_in(nlp, text, "take") == ("2021-05-01", "May")
