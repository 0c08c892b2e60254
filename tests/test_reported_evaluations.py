"""Praise and criticism a speaker states in a reported clause, read with the evaluation lexicon
(rules/evaluations.yaml, coding/events/reported_evaluations.py): "X said the government's
conduct was shameful" is X's criticism (111) of the government; "X said Y had made 'the right
decision'" X's praise (051) of Y. Sentences are invented; each positive has negatives beside it
(a thing with no actor, a negation, a question, a condition, an unsaid report, the speaker's own
side, a news medium, a modifier that evaluates a thing)."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(got, code):
    return [a for a in got if a[0] == code]


def test_reported_shameful_conduct_is_criticism(code):
    got = acts(code, "The Kenyan opposition leader said the government's conduct was shameful.")
    assert ("111", "KENOPP", "KEN") in got


def test_reported_terrible_weather_criticises_no_one(code):
    got = acts(code, "The Kenyan opposition leader said the weather was terrible.")
    assert not _codes(got, "111")


def test_reported_situation_in_a_country_is_no_actor(code):
    got = acts(code, "The Kenyan opposition leader said the situation in Somalia was terrible.")
    assert not _codes(got, "111")


def test_reported_negated_evaluation_is_none(code):
    got = acts(code, "The Kenyan opposition leader said the government's conduct was not shameful.")
    assert not _codes(got, "111")


def test_an_unsaid_report_is_none(code):
    got = acts(code, "The Kenyan opposition leader did not say the government's conduct was shameful.")
    assert not _codes(got, "111")


def test_a_hypothetical_report_is_none(code):
    got = acts(code, "The French president would say the German decision was wise.")
    assert not _codes(got, "051")


def test_a_question_is_none(code):
    got = acts(code, "The Kenyan opposition leader asked whether the government's conduct was shameful.")
    assert not _codes(got, "111")


def test_a_conditional_evaluation_is_none(code):
    got = acts(
        code,
        "The Kenyan opposition leader said that if the government raised taxes, it would be a disastrous decision.",
    )
    assert not _codes(got, "111")


def test_reported_right_decision_in_a_partial_quote_is_praise(code):
    got = acts(code, 'The French president said the German chancellor had made "the right decision".')
    assert ("051", "FRAGOV", "DEU") in got


def test_the_speakers_own_party_is_not_praised(code):
    got = acts(code, "The Kenyan opposition leader said his party had made the right decision.")
    assert not _codes(got, "051")


def test_the_speaker_himself_is_not_criticised(code):
    got = acts(code, "The Kenyan opposition leader said he had made a mistake.")
    assert not _codes(got, "111")


def test_great_contribution_is_praise_and_historic_visit_none(code):
    got = acts(code, "The Kenyan opposition leader said President Ruto had made a great contribution to peace.")
    assert ("051", "KENOPP", "KEN") in got
    got = acts(code, "The Kenyan opposition leader said President Ruto had made a historic visit to China.")
    assert not _codes(got, "051")


def test_a_modifier_of_a_thing_evaluates_no_one(code):
    got = acts(code, "The French president said the German chancellor had made a dangerous journey.")
    assert not _codes(got, "111")


def test_reported_manner_of_conduct(code):
    got = acts(code, "The Kenyan opposition leader said the government had acted recklessly.")
    assert ("111", "KENOPP", "KEN") in got
    got = acts(code, "The Kenyan opposition leader said the government had acted quickly.")
    assert not _codes(got, "111")


def test_reported_liar_is_an_accusation(code):
    got = acts(code, "The Kenyan opposition leader said President Ruto was a liar.")
    assert ("112", "KENOPP", "KEN") in got


def test_according_to_and_a_parenthetical_cue(code):
    got = acts(code, "According to the Kenyan opposition leader, the government's handling of the crisis was disastrous.")
    assert ("111", "KENOPP", "KEN") in got
    got = acts(code, "The government's response was a debacle, the Kenyan opposition leader said.")
    assert ("111", "KENOPP", "KEN") in got


def test_a_news_medium_reports_no_criticism(code):
    got = acts(code, "The BBC reported that the government's response was a debacle.")
    assert not _codes(got, "111")


def test_another_subjects_opinion_is_not_the_speakers(code):
    got = acts(code, "The Kenyan opposition leader said voters believed the government was corrupt.")
    assert not _codes(got, "111")
    got = acts(code, "The Kenyan opposition leader said he believed the government was corrupt.")
    assert ("111", "KENOPP", "KEN") in got


def test_what_evidence_shows_is_still_the_speakers_statement(code):
    got = acts(code, "The Kenyan opposition leader said the report showed the government had made a mistake.")
    assert ("111", "KENOPP", "KEN") in got


def test_a_describing_word_in_a_reported_clause_is_no_praise(code):
    got = acts(code, "The Kenyan opposition leader said President Ruto's victory was historic.")
    assert not _codes(got, "051")
    got = acts(code, 'The Kenyan opposition leader said the government\'s decision was "absolutely right".')
    assert ("051", "KENOPP", "KEN") in got


def test_a_whether_clause_is_no_evaluation(code):
    got = acts(code, "The Kenyan opposition leader said it was unclear whether the government's plan was wise.")
    assert not _codes(got, "051")
