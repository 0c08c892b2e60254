"""Event nouns dated by the words around them (session 14): an event a dated act happened inside
("marched on Saturday during a protest"), an attributive date the parser hangs on a name inside the
noun phrase ("the May 2018 Unite the Nation rally"), and "that incident" pointing back to the last event
told. Invented texts, each beside a negative: a date of ANOTHER event, or a preposition of another
time, must not move the event's date.

Publication date of every text: Friday 12 March 2021 (Sunday 7, Monday 8, Thursday 11 March).
"""

from __future__ import annotations

import pytest

from newsgraph import when
from tests.dated import PUB, UNDATED, when_in

# --------------------------------------------------------------------------- the occasion of a dated act


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Thousands of farmers marched through the city on Sunday during a protest against the tax.", "protest",
         ("2021-03-07", "Sunday")),
        ("The opposition leader was arrested yesterday amid demonstrations in the capital.", "demonstrations",
         ("2021-03-11", "yesterday")),
        ("For the first time in the six weeks of strikes, the union blocked the port yesterday.", "strikes",
         ("2021-03-11", "yesterday")),
    ],
)
def test_event_a_dated_act_happened_inside_takes_its_date(nlp, text, noun, expected):
    assert when_in(nlp, text, noun) == expected


@pytest.mark.parametrize(
    "text, noun",
    [
        # another time: before or after the event
        ("Thousands of farmers marched through the city on Sunday after a protest against the tax.", "protest"),
        ("The minister arrived in the capital on Monday ahead of the summit.", "summit"),
        # a bare "in" names the case, not the time
        ("The court convicted the driver on Monday in the killing of a cyclist.", "killing"),
        # a span of time after the event, not of it
        ("Weeks after the strikes, the union blocked the port on Monday.", "strikes"),
    ],
)
def test_event_before_after_or_the_case_of_a_dated_act_keeps_no_date(nlp, text, noun):
    assert when_in(nlp, text, noun) == UNDATED


def test_event_with_its_own_date_keeps_it(nlp):
    text = "Police detained two men on Monday at the 2019 memorial march."
    ref = when.resolve(*(lambda d: (d[0].sent, [t for t in d if t.text == "march"][0]))(nlp(text)), PUB, False)
    assert (ref.date_text, ref.date_precision) == ("2019", "year")


# --------------------------------------------------------------------------- an attributive date


@pytest.mark.parametrize(
    "text, noun",
    [
        # the model makes "Unite" the phrase's head, "rally" its object, and hangs the date on it
        ("Officials recalled the May 2018 Unite the Nation rally in Lyon.", "rally"),
        ("People attending the May 2018 Unite the Nation rally were attacked.", "rally"),
        ("Officials recalled the May 2018 Take Back the Night march in Lyon.", "march"),
    ],
)
def test_date_opening_the_noun_phrase_dates_its_event_noun(nlp, text, noun):
    ref = when.resolve(*(lambda d: (d[0].sent, [t for t in d if t.text == noun][0]))(nlp(text)), PUB, False)
    assert (ref.date, ref.date_end, ref.date_text) == ("2018-05-01", "2018-05-31", "May 2018")


def test_date_of_a_thing_before_a_verb_does_not_date_a_later_event_noun(nlp):
    # "the 2016 law banning protests": the year names the law; the protests have no date
    assert when_in(nlp, "The court struck down the 2016 law banning protests near parliament.", "protests") == UNDATED


# --------------------------------------------------------------------------- "that incident"


ATTACK = "Rebels carried out an attack on an army convoy on Monday.\n\n"


def test_that_incident_names_the_last_event_told(nlp):
    assert when_in(nlp, ATTACK + "In that incident, they seized four trucks.", "seized") == ("2021-03-08", "Monday")


@pytest.mark.parametrize("occasion", ["In that meeting", "At the ceremony"])
def test_an_event_of_another_kind_is_not_the_last_event_told(nlp, occasion):
    # "that meeting" names a meeting, not the attack: no date from it
    assert when_in(nlp, ATTACK + f"{occasion}, they seized four trucks.", "seized") == UNDATED


def test_whole_article_act_in_that_event_takes_the_rallys_month(code):
    text = (
        "On Thursday, a judge sentenced a man for driving into people protesting against the "
        "March 2018 Unite the Nation rally in Springfield.\n\n"
        "In that event, the man injured twelve people."
    )
    c = code(text, PUB.isoformat())
    assert c.article.status == "ok", c.article.error
    dates = {e.trigger: (e.date, e.date_text) for e in c.events}
    assert dates.get("injured") == ("2018-03-01", "March 2018")
    assert dates.get("sentenced") == ("2021-03-11", "Thursday")


# --------------------------------------------------------------------------- the story goes on at a dated event


RALLY = "Farmers held a rally outside parliament on Sunday.\n\n"


SPEAKERS = "There were several speakers at the {}, including the union leader."
CALLED = "The union leader {}called the budget a disgrace."


def test_act_after_a_sentence_set_at_the_dated_event_takes_its_day(nlp):
    text = RALLY + SPEAKERS.format("rally") + " " + CALLED.format("")
    assert when_in(nlp, text, "called") == ("2021-03-07", "Sunday")


@pytest.mark.parametrize(
    "second",
    [
        # set at another event, of which the article gave no date
        SPEAKERS.format("meeting") + " " + CALLED.format(""),
        # the story moves on: a new paragraph
        SPEAKERS.format("rally") + "\n\n" + CALLED.format(""),
        # an adverb sets the act at another time
        SPEAKERS.format("rally") + " " + CALLED.format("later "),
    ],
)
def test_act_not_continuing_a_dated_event_keeps_no_date(nlp, second):
    assert when_in(nlp, RALLY + second, "called") == UNDATED
