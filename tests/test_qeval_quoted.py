"""Evaluations and demands in a speaker's own quoted words (quoted.py): a verb of wrongdoing
with an actor subject ("have abused their power" 112, "ignored the will of the people" 111), an
evaluative predicate or its conjunct, hyphenated or not ("is anti-democratic and oppressive"
111), a shown failing ("showed a shocking ignorance" 111), a passive obligation laid on a state
body ("Parliament must be recalled" 100). Sentences are invented; each has a negative beside it
(no actor, the speaker's own side, a question, a negation, the victims of an act)."""

from __future__ import annotations

from tests.event_rows import acts


def _of(got, root):
    return [a for a in got if a[0].startswith(root)]


def test_abusing_power_is_an_accusation_of_the_actor(code):
    got = acts(code, 'The German chancellor said, "For too long the Russian ministers have abused their power."')
    assert ("112", "DEUGOV", "RUS") in got


def test_the_speakers_own_side_abusing_power_accuses_no_one(code):
    got = acts(code, 'The German chancellor said, "For too long we have abused our power."')
    assert not _of(got, "11")


def test_ignoring_the_people_is_criticism(code):
    got = acts(code, '"The Russian government has ignored the will of its people," the German chancellor said.')
    assert ("111", "DEUGOV", "RUS") in got


def test_asking_whether_it_ignored_the_people_criticises_no_one(code):
    got = acts(code, '"Has the Russian government ignored the will of its people?" the German chancellor asked.')
    assert not _of(got, "11")


def test_a_hyphenated_conjoined_predicate_is_criticism(code):
    got = acts(
        code,
        'The German chancellor said, "The conduct of the Russian government is arrogant and anti-democratic."',
    )
    assert ("111", "DEUGOV", "RUS") in got


def test_an_evaluation_of_the_weather_criticises_no_one(code):
    got = acts(code, 'The German chancellor said, "The weather in Moscow was oppressive and anti-democratic."')
    assert not _of(got, "11")


def test_a_denied_evaluation_criticises_no_one(code):
    got = acts(code, 'The German chancellor said, "The Russian government is not anti-democratic."')
    assert not _of(got, "11")


def test_a_shown_failing_of_a_court_is_criticism_of_it(code):
    got = acts(code, '"The Russian court\'s judgment shows a shocking ignorance," the German chancellor said.')
    assert ("111", "DEUGOV", "RUS") in got


def test_a_shown_result_evaluates_no_one(code):
    got = acts(code, '"The Russian court\'s judgment shows a clear result," the German chancellor said.')
    assert not _of(got, "11")


def test_a_body_that_must_be_recalled_is_a_demand_of_its_country(code):
    got = acts(code, '"The Russian parliament must be recalled immediately," the German chancellor wrote.')
    assert ("100", "DEUGOV", "RUS") in got


def test_victims_that_must_be_remembered_are_asked_nothing(code):
    got = acts(code, '"The victims in Russia must be remembered," the German chancellor wrote.')
    assert not _of(got, "10") and not _of(got, "02")


def test_a_question_whether_a_body_must_be_recalled_demands_nothing(code):
    got = acts(code, '"Must the Russian parliament be recalled?" the German chancellor wrote.')
    assert not _of(got, "10")


def test_acting_irresponsibly_is_criticism_of_the_doer(code):
    got = acts(code, '"The Russian government has acted irresponsibly," the German chancellor said.')
    assert ("111", "DEUGOV", "RUS") in got


def test_acting_wisely_is_praise_of_the_doer(code):
    got = acts(code, '"The Russian government has acted wisely," the German chancellor said.')
    assert ("051", "DEUGOV", "RUS") in got


def test_acting_quickly_evaluates_no_one(code):
    got = acts(code, '"The Russian government has acted quickly," the German chancellor said.')
    assert not _of(got, "11") and not _of(got, "05")


def test_my_colleagues_are_of_the_speakers_body(code):
    got = acts(
        code, 'The German chancellor said, "The behaviour of my colleagues in the Bundestag is anti-democratic."'
    )
    assert ("111", "DEUGOV", "DEU") in got


def test_colleagues_no_one_owns_are_no_one_named(code):
    got = acts(code, 'The German chancellor said, "The behaviour of the colleagues is anti-democratic."')
    assert not _of(got, "11")


def test_the_speaker_calling_itself_anti_democratic_is_no_event(code):
    got = acts(code, 'The German chancellor said, "We are anti-democratic."')
    assert not _of(got, "11")


def test_thoughts_that_go_to_the_victims_families_are_sympathy(code):
    got = acts(code, '"My thoughts go to the families of the victims in Kenya," the German chancellor said.')
    assert ("018", "DEUGOV", "KEN") in got


def test_thoughts_that_go_to_a_problem_are_no_sympathy(code):
    got = acts(code, '"My thoughts go to the problem of inflation," the German chancellor said.')
    assert not _of(got, "018")


def test_a_reported_abuse_of_power_is_the_speakers_accusation(code):
    # a reported clause is the speaker's statement too (reported_evaluations.py): GUIDELINE codes
    # a statement with content, whether quoted or reported
    got = acts(code, "The German chancellor said the Russian ministers had abused their power.")
    assert ("112", "DEUGOV", "RUS") in got


def test_a_hypothetical_abuse_accuses_no_one(code):
    got = acts(code, '"The Russian ministers may have abused their power," the German chancellor said.')
    assert not _of(got, "11")


def test_a_denied_abuse_accuses_no_one(code):
    got = acts(code, '"The Russian ministers have not abused their power," the German chancellor said.')
    assert not _of(got, "11")


def test_a_body_that_must_not_be_dissolved_is_asked_nothing(code):
    got = acts(code, '"The Russian parliament must not be dissolved," the German chancellor said.')
    assert not _of(got, "10")


def test_it_was_an_appalling_attack_by_a_named_doer_is_criticism_of_it(code):
    got = acts(code, '"This is a shameful decision by the Russian government," the German chancellor said.')
    assert ("111", "DEUGOV", "RUS") in got


def test_it_was_an_appalling_attack_by_no_one_named_is_no_event(code):
    got = acts(code, '"It was an appalling attack," the German chancellor said.')
    assert not _of(got, "11")
