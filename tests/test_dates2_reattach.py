"""Event dates, helper 'dates' (h15): a date the parser hangs on the wrong clause. Invented sentences,
each rule beside a negative.

* a date between a reporting verb's phrases and a bare complement clause's subject dates the saying;
* a date inside a gerund of means ("by strangling her in 2016") dates the act it tells how was done.

Publication date of every text: Friday 12 March 2021 (Thursday 11, Monday 8 March).
"""

from __future__ import annotations

import pytest

from newsgraph import when
from newsgraph.model import TimeRef
from tests.dated import PUB, when_in


def when_of(nlp, text: str, trigger: str, nth: int = 0) -> TimeRef:
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > nth, f"{trigger!r} not in {text!r}"
    tok = hits[nth]
    return when.resolve(tok.sent, tok, PUB, False)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said at a news conference yesterday morning the border should be reopened.",
        "The mayor said in an interview yesterday afternoon the curfew would be lifted.",
    ],
)
def test_date_before_bare_complement_dates_the_saying(nlp, text):
    ref = when_of(nlp, text, "said")
    assert ref.date == "2021-03-11"
    assert ref.date_text is not None and ref.date_text.startswith("yesterday")


def test_date_after_that_stays_in_the_reported_clause(nlp):
    text = "The foreign minister said that yesterday morning the police arrested two journalists."
    assert when_of(nlp, text, "arrested").date == "2021-03-11"
    said = when_of(nlp, text, "said")
    assert said.date_text is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The farmer admitted killing his neighbour by poisoning him in 2016.", "killing"),
        ("The army seized the town by storming it in 2015.", "seized"),
    ],
)
def test_gerund_of_means_dates_its_act(nlp, text, trigger):
    ref = when_of(nlp, text, trigger)
    assert ref.date_precision == "year"
    assert ref.date[:3] == "201"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The farmer admitted killing his neighbour after meeting him in 2016.", "killing"),
        ("The army seized the town before leaving it in 2015.", "seized"),
    ],
)
def test_gerund_of_another_event_does_not(nlp, text, trigger):
    ref = when_of(nlp, text, trigger)
    assert ref.date_text is None


def test_year_in_a_law_name_is_no_date(nlp):
    text = "The court struck down the 2016 law by ruling it unconstitutional."
    ref = when_of(nlp, text, "struck")
    assert ref.date_text is None


# --------------------------------------------------------------------------- naming with quoted words restates the lead

LEAD = (
    "Friday, March 12, 2021\n\n"
    "On Tuesday, Canadian Prime Minister Justin Trudeau announced new sanctions on Russia.\n\n"
    "The measures target three banks.\n\n"
)


@pytest.mark.parametrize("verb", ["called", "described"])
def test_lead_speaker_naming_with_quoted_words_restates_the_lead(nlp, verb):
    text = LEAD + f'Trudeau {verb} the invasion "a crime against a free people," according to CBC.'
    assert when_in(nlp, text, verb) == ("2021-03-09", "Tuesday")


def test_naming_without_a_quotation_is_no_statement(nlp):
    text = LEAD + "Trudeau called the ambassador to his office."
    assert when_in(nlp, text, "called") == (PUB.isoformat(), None)


def test_another_speaker_naming_with_quoted_words_keeps_no_day(nlp):
    text = LEAD + 'German Chancellor Olaf Scholz called the invasion "a crime against a free people," according to CBC.'
    assert when_in(nlp, text, "called") == (PUB.isoformat(), None)
