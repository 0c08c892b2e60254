"""Days a direct quotation names are its speaker's (session 18). Invented texts, each rule beside
negatives: words outside quotation marks, or a statement the text does not date, keep the
publication's "now".

Publication date of every text: Friday 12 March 2021 (Monday 8, Tuesday 9, Wednesday 10 March).
"""

from __future__ import annotations

import pytest

from tests.dated import UNDATED, when_in


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # the speaker's "yesterday" is the day before the speaking
        ('On Tuesday, the minister said, "Yesterday the rebels attacked our convoy."', "attacked",
         ("2021-03-08", "Yesterday")),
        ('"The rebels attacked our convoy yesterday," the minister told reporters on Tuesday.', "attacked",
         ("2021-03-08", "yesterday")),
        ('"We met the president today," the envoy said on Wednesday.', "met", ("2021-03-10", "today")),
    ],
)
def test_a_quoted_day_counts_from_the_statements_day(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # the statement undated: the publication's "now", as before
        ('"Yesterday the rebels attacked our convoy," the minister said.', "attacked", ("2021-03-11", "Yesterday")),
        # reported words without quotation marks are the reporter's
        ("The minister told reporters on Tuesday that the rebels attacked the convoy yesterday.", "attacked",
         ("2021-03-11", "yesterday")),
        # a date the speaker names outright is no count from "now"
        ('"The rebels attacked our convoy on March 2," the minister said on Tuesday.', "attacked",
         ("2021-03-02", "March 2")),
    ],
)
def test_a_day_not_counted_from_a_dated_speaker_keeps_the_publication(nlp, text, trigger, expected):
    assert when_in(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The minister said, "Yesterday the rebels attacked our convoy."',
        'The envoy said, "We met the president on Monday."',
    ],
)
def test_a_day_inside_the_marks_does_not_date_the_statement(nlp, text):
    assert when_in(nlp, text, "said") == UNDATED


def test_the_statements_own_day_beats_one_inside_its_quotation(nlp):
    text = 'On Tuesday, the minister said, "Yesterday the rebels attacked our convoy."'
    assert when_in(nlp, text, "said") == ("2021-03-09", "Tuesday")
