"""Evaluations a speaker makes without a predicate (attributive.py, read by quoted.py with the
lexicon of rules/evaluations.yaml): an evaluative modifier of an actor's act ("this impulsive
decision by the president" 111), the manner phrase of a verb of conduct ("treats the law with
contempt" 111, "acted with great courage" 051, "behaving like a dictator" 111), "negligence on the
part of X". Sentences are invented; each positive has negatives beside it (a modifier that only
describes, a thing with no actor, the speaker's own side, a question, a condition, a manner that
evaluates nothing)."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(got, code):
    return [a for a in got if a[0] == code]


def test_an_evaluative_modifier_of_an_actors_decision_is_criticism(code):
    got = acts(code, '"This impulsive decision by the president has undone our gains," the American senator said.')
    assert ("111", "USALEG", "USA") in got
    got = acts(code, '"The government\'s disgraceful decision will hurt farmers," the Kenyan opposition leader said.')
    assert ("111", "KENOPP", "KEN") in got


def test_a_describing_modifier_evaluates_no_one(code):
    got = acts(code, '"The government\'s historic decision will help farmers," the Kenyan opposition leader said.')
    assert not _codes(got, "051")


def test_an_evaluated_thing_with_no_actor_is_none(code):
    got = acts(code, '"The terrible drought has hurt farmers," the Kenyan president said.')
    assert not _codes(got, "111")


def test_the_speakers_own_side_is_not_evaluated(code):
    got = acts(code, '"Our brave soldiers defended the city," the Kenyan president said.')
    assert not _codes(got, "051")


def test_a_question_or_a_condition_evaluates_no_one(code):
    got = acts(code, '"Why did the government make this reckless decision?" the Kenyan opposition leader asked.')
    assert not _codes(got, "111")
    got = acts(
        code, '"If the government makes a reckless decision, farmers will suffer," the Kenyan opposition leader said.'
    )
    assert not _codes(got, "111")


def test_an_act_nouns_evaluative_modifier_criticises_its_doer(code):
    got = acts(code, '"The brutal crackdown by the police must end," the Kenyan opposition leader said.')
    assert ("111", "KENOPP", "KEN") in got


def test_a_reported_attributive_evaluation(code):
    got = acts(code, "The Kenyan opposition leader said the government's reckless decision would hurt farmers.")
    assert ("111", "KENOPP", "KEN") in got
    got = acts(code, "The Kenyan opposition leader said his reckless decision would hurt farmers.")
    assert not _codes(got, "111")


def test_treating_the_law_with_contempt_is_criticism(code):
    got = acts(code, '"President Ruto treats the constitution with utter contempt," the Kenyan opposition leader said.')
    assert ("111", "KENOPP", "KEN") in got


def test_acting_with_support_evaluates_nothing(code):
    got = acts(code, '"President Ruto acted with the support of parliament," the Kenyan opposition leader said.')
    assert not [a for a in got if a[0] in ("051", "111")]


def test_acting_with_courage_is_praise_but_not_of_the_speakers_side(code):
    got = acts(code, '"President Ruto acted with great courage," the Kenyan opposition leader said.')
    assert ("051", "KENOPP", "KEN") in got
    got = acts(code, '"We acted with great courage," the Kenyan president said.')
    assert not _codes(got, "051")


def test_behaving_like_a_dictator_is_criticism_not_an_accusation(code):
    got = acts(code, '"President Ruto is behaving like a dictator," the Kenyan opposition leader said.')
    assert ("111", "KENOPP", "KEN") in got
    assert not _codes(got, "112")


def test_negligence_on_the_part_of_an_actor(code):
    got = acts(code, '"It is gross negligence on the part of the police," the Kenyan opposition leader said.')
    assert ("111", "KENOPP", "KEN") in got
    got = acts(code, '"It is gross negligence," the Kenyan opposition leader said.')
    assert not _codes(got, "111")


def test_calling_it_a_stunt_before_the_plan_criticises_the_plans_owner(code):
    # policy_targets.py: the pronoun a fronted participle takes points forward to the main verb's object
    got = acts(code, 'Calling it "a cynical stunt", the Kenyan opposition leader dismissed the government\'s plan.')
    assert ("111", "KENOPP", "KEN") in got
    got = acts(code, "Calling it a cynical stunt, the Kenyan opposition leader left the meeting.")
    assert ("111", "KENOPP", None) in got and not [a for a in got if a[0] == "111" and a[2]]
