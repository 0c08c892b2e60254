"""Event dates in whole articles (issue 13): which date expression, in the sentence or the ones
before, an event takes. Invented sentences, each rule beside a near-identical negative.

Publication date of every text: Friday 12 March 2021 (Monday 8, Tuesday 9, Sunday 7 March).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import when
from newsgraph.model import TimeRef
from tests.handdoc import parse

PUB = dt.date(2021, 3, 12)


def when_of(nlp, text: str, trigger: str, future: bool = False, nth: int = 0) -> TimeRef:
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > nth, f"{trigger!r} not in {text!r}"
    tok = hits[nth]
    return when.resolve(tok.sent, tok, PUB, future)


def day(ref: TimeRef) -> tuple[str, str | None]:
    return ref.date, ref.date_text


UNDATED = (PUB.isoformat(), None)


# --------------------------------------------------------------------------- a bare day after the object


# The model mostly hangs such a day off the verb; these hand-built parses hang it off the object
# noun, as it does in "he had asked for the general's resignation Monday night".
CONDEMNED_DECISION_SUNDAY = """
The the DET det 1
minister minister NOUN nsubj 2
condemned condemn VERB:VBD ROOT 2
the the DET det 4
decision decision NOUN dobj 2
Sunday Sunday PROPN:NNP npadvmod 4 B-DATE
. . PUNCT punct 2
"""

ARRESTED_AFTER_ATTACK_SUNDAY = """
Police police NOUN nsubj 1
arrested arrest VERB:VBD ROOT 1
the the DET det 3
man man NOUN dobj 1
after after ADP prep 1
the the DET det 6
attack attack NOUN pobj 4
Sunday Sunday PROPN:NNP npadvmod 6 B-DATE
. . PUNCT punct 1
"""

ASKED_FOR_RESIGNATION_SUNDAY = """
The the DET det 1
president president NOUN nsubj 2
asked ask VERB:VBD ROOT 2
for for ADP prep 2
his his PRON poss 5
resignation resignation NOUN pobj 3
Sunday Sunday PROPN:NNP npadvmod 5 B-DATE
. . PUNCT punct 2
"""


def _hand_when(nlp, table: str, trigger: str) -> tuple[str, str | None]:
    doc = parse(nlp, table, PUB.isoformat())
    tok = next(t for t in doc if t.text == trigger)
    return day(when.resolve(tok.sent, tok, PUB, False))


@pytest.mark.parametrize(
    "table, trigger",
    [(CONDEMNED_DECISION_SUNDAY, "condemned"), (ASKED_FOR_RESIGNATION_SUNDAY, "asked")],
)
def test_bare_day_after_the_object_dates_the_verb(nlp, table, trigger):
    assert _hand_when(nlp, table, trigger) == ("2021-03-07", "Sunday")


def test_bare_day_after_the_object_with_the_models_parse(nlp):
    text = "The president said he had asked for the general's resignation Monday night."
    assert day(when_of(nlp, text, "asked")) == ("2021-03-08", "Monday night")


def test_bare_day_after_a_preposition_of_time_is_not_the_verbs(nlp):
    # "after the attack Sunday": the day may be the attack's; the arrest keeps no date of its own
    assert _hand_when(nlp, ARRESTED_AFTER_ATTACK_SUNDAY, "arrested") == UNDATED
    assert day(when_of(nlp, "Police arrested the man after the attack Monday.", "arrested")) == UNDATED


def test_possessive_day_dates_the_noun_not_the_verb(nlp):
    assert day(when_of(nlp, "The minister condemned Sunday's decision.", "condemned")) == UNDATED


# --------------------------------------------------------------------------- role nouns under a copula


@pytest.mark.parametrize(
    "text", ["The embassy was the target of a bombing in 2006.", "In 2006, the embassy was the target of a bombing."]
)
def test_event_named_as_the_target_of_takes_the_copulas_date(nlp, text):
    ref = when_of(nlp, text, "bombing")
    assert (ref.date, ref.date_precision) == ("2006-01-01", "year")


def test_event_a_verb_comments_on_does_not_take_its_date(nlp):
    assert day(when_of(nlp, "In 2006, the ambassador criticised the bombing.", "bombing")) == UNDATED


def test_since_year_on_the_subject_of_sanctions(nlp):
    ref = when_of(nlp, "The company has been the subject of European sanctions since 2015.", "sanctions")
    assert (ref.date, ref.date_text, ref.date_precision) == ("2015-01-01", "2015", "year")


def test_other_nouns_under_a_copula_do_not_take_its_date(nlp):
    # "near the site of": not the role noun's complement; "exempt from": no role noun at all
    assert day(when_of(nlp, "The company has been exempt from European sanctions since 2015.", "sanctions")) == UNDATED


# --------------------------------------------------------------------------- announced acts


def test_announced_act_takes_the_announcements_date(nlp):
    text = "On Tuesday, the government announced a withdrawal of troops from the border."
    assert day(when_of(nlp, text, "withdrawal")) == ("2021-03-09", "Tuesday")


def test_criticised_act_does_not_take_the_criticisms_date(nlp):
    text = "On Tuesday, the government criticised the withdrawal of troops from the border."
    assert day(when_of(nlp, text, "withdrawal")) == UNDATED


def test_announced_planned_act_keeps_no_date(nlp):
    # a planned act carries its planned date if the text gives one, else none
    text = "On Tuesday, the government announced a withdrawal of troops."
    assert day(when_of(nlp, text, "withdrawal", future=True)) == UNDATED


# --------------------------------------------------------------------------- when-clauses


def test_when_clause_shares_the_main_clauses_date(nlp):
    ref = when_of(nlp, "The ministry praised the police in May when they arrested the smugglers.", "arrested")
    assert (ref.date, ref.date_precision) == ("2020-05-01", "month")


@pytest.mark.parametrize("word", ["after", "because"])
def test_other_adverbial_clauses_keep_their_own_time(nlp, word):
    text = f"The ministry praised the police in May {word} they arrested the smugglers."
    assert day(when_of(nlp, text, "arrested")) == UNDATED


# --------------------------------------------------------------------------- days carried from sentences before


def test_story_day_carries_past_a_dateline(nlp):
    text = (
        "Friday, March 12, 2021\n\n\nYesterday, the president said foreign troops should leave. "
        "He also announced a new security plan."
    )
    assert day(when_of(nlp, text, "announced")) == ("2021-03-11", "Yesterday")


def test_story_day_does_not_cross_a_paragraph(nlp):
    # another doer than the lead's speaker: "He also announced" is the president (a he/she may stand
    # for a person named by a title alone), whose later statement restates his dated lead (`_restated`)
    text = "Yesterday, the president said foreign troops should leave.\n\nThe army also announced a new security plan."
    assert day(when_of(nlp, text, "announced")) == UNDATED


def test_day_inside_a_quotation_is_not_carried(nlp):
    text = 'The president wrote: "I met the envoy yesterday. I disagreed with him," and the envoy resigned.'
    doc = nlp(text)
    # the quoted "yesterday" is the writer's, not the story's: the next sentence takes no day from it
    tok = next(t for t in doc if t.text == "disagreed")
    assert tok.sent.start > next(t for t in doc if t.text == "yesterday").sent.start
    assert day(when.resolve(tok.sent, tok, PUB, False)) == UNDATED


def test_day_outside_a_quotation_is_carried(nlp):
    text = "The president met the envoy yesterday. He disagreed with him."
    assert day(when_of(nlp, text, "disagreed")) == ("2021-03-11", "yesterday")


def test_dated_host_stops_the_carry_to_its_noun(nlp):
    text = "Police fired on protesters yesterday. On Monday, the mayor condemned the shooting."
    assert day(when_of(nlp, text, "shooting")) == UNDATED


# --------------------------------------------------------------------------- anaphoric days


def test_same_day_skips_a_scheduled_day(nlp):
    text = (
        "On Tuesday, the ministry announced new rules. The rules, which are to take effect on December 10, "
        "ban all flights. The minister sent a letter requesting the rules; they were released later the same day."
    )
    ref = when_of(nlp, text, "released")
    assert (ref.date, ref.date_text) == ("2021-03-09", "later the same day")


def test_same_day_takes_a_past_day(nlp):
    text = "On Tuesday, the ministry announced new rules. The rules were published later the same day."
    assert day(when_of(nlp, text, "published")) == ("2021-03-09", "later the same day")


# --------------------------------------------------------------------------- inside an earlier event


def test_pronoun_names_the_event_the_clause_happens_in(nlp):
    text = "The president made a phone call to the king on Monday. In it, he asks the king to investigate the minister."
    assert day(when_of(nlp, text, "asks")) == ("2021-03-08", "Monday")


def test_pronoun_naming_no_event_gives_no_date(nlp):
    text = "The president wrote a report on Monday. In it, he asks the king to investigate the minister."
    assert day(when_of(nlp, text, "asks")) == UNDATED


def test_definite_event_noun_names_the_earlier_event(nlp):
    text = "The president held a meeting with the king on Monday. During the meeting, he asked the king for help."
    assert day(when_of(nlp, text, "asked")) == ("2021-03-08", "Monday")


def test_definite_noun_of_another_event_gives_no_date(nlp):
    text = "The president made a phone call to the king on Monday.\n\nDuring the meeting, he asked the king for help."
    assert day(when_of(nlp, text, "asked")) == UNDATED


def test_event_made_on_a_day_takes_it(nlp):
    text = "The ministry released a recording of a phone call made by the president on Monday."
    assert day(when_of(nlp, text, "call")) == ("2021-03-08", "Monday")


def test_event_scheduled_for_a_day_looks_ahead(nlp):
    text = "The ministry criticised plans for a summit scheduled for Monday."
    assert day(when_of(nlp, text, "summit")) == ("2021-03-15", "Monday")


def test_clause_ordered_after_another_event_takes_no_carried_day(nlp):
    text = "On Sunday, the president met the king. The talks ended after the king had a phone call with the general."
    assert day(when_of(nlp, text, "had")) == UNDATED
    # the main clause continues the story
    assert day(when_of(nlp, text, "ended")) == ("2021-03-07", "Sunday")


# --------------------------------------------------------------------------- counted from a date in the sentence


def test_years_later_counts_from_the_year_before_it(nlp):
    ref = when_of(nlp, "The troops left the country in 2011, then returned three years later.", "returned")
    assert (ref.date, ref.date_end, ref.date_text, ref.date_precision) == (
        "2014-01-01",
        "2014-12-31",
        "three years later",
        "year",
    )


def test_days_later_counts_from_a_day(nlp):
    ref = when_of(nlp, "The envoy arrived on March 1 and left two days later.", "left")
    assert (ref.date, ref.date_precision) == ("2021-03-03", "day")


def test_later_without_a_date_before_it_stays_unresolved(nlp):
    ref = when_of(nlp, "The troops left the country, then returned three years later.", "returned")
    assert (ref.date, ref.date_text, ref.date_precision) == (PUB.isoformat(), "three years later", None)


def test_days_later_is_not_counted_from_a_year(nlp):
    ref = when_of(nlp, "The troops left the country in 2011 and returned two days later.", "returned")
    assert (ref.date, ref.date_precision) == (PUB.isoformat(), None)


def test_named_date_beats_a_counted_one(nlp):
    ref = when_of(
        nlp, "On Sunday the army left the town, which it first entered seven days earlier on March 1.", "entered"
    )
    assert (ref.date, ref.date_text) == ("2021-03-01", "March 1")


# --------------------------------------------------------------------------- dates of subordinate clauses


def test_since_clause_dates_the_start_of_a_perfect(nlp):
    text = "More than 200 people have been detained since the unrest began in May."
    ref = when_of(nlp, text, "detained")
    assert (ref.date, ref.date_text, ref.date_precision) == ("2020-05-01", "May", "month")


def test_when_clause_dates_its_main_clause(nlp):
    ref = when_of(nlp, "Police fired tear gas when protesters stormed the building on Monday.", "fired")
    assert (ref.date, ref.date_text) == ("2021-03-08", "Monday")


def test_after_clause_does_not_date_its_main_clause(nlp):
    ref = when_of(nlp, "Police arrested the man after he attacked a guard on Monday.", "arrested")
    assert day(ref) == UNDATED


# --------------------------------------------------------------------------- participle adjuncts and "as" clauses


def test_participle_adjunct_and_its_as_clause_share_the_main_clauses_date(nlp):
    text = "On Monday, protesters gathered outside the ministry, blocking the doors as they chanted slogans."
    assert day(when_of(nlp, text, "chanted")) == ("2021-03-08", "Monday")


def test_as_clause_in_the_past_perfect_is_before_its_main_clause(nlp):
    text = "On Monday, parliament approved the budget, as the minister had requested."
    assert day(when_of(nlp, text, "requested")) == UNDATED


def test_as_of_manner_after_a_bare_verb_keeps_its_own_time(nlp):
    text = "On Monday, two senators questioned his power to do as he proposed."
    assert day(when_of(nlp, text, "proposed")) == UNDATED
