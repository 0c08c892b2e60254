"""A vote told with its count codes the act voted for, the voting body its doer, as the same vote
without a count does: "voted 200 to 12 to impose X", "voted 52-48 to X", "voted by 66 votes to 27
to X" (the count is no object that acts, events.yaml subject_control; no "by" agent of an active
verb, events/by_agents.py). A subject the parser hung on a fronted time phrase ("On Friday the
parliament, the House, voted") is still the subject (events/fronted.py). Invented sentences, each
beside a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_count_before_the_act_voted_for_keeps_the_body_its_doer(code):
    plain = acts(code, "The Danish parliament voted to impose sanctions on Belarus.")
    assert ("163", "DNKLEG", "BLR") in plain
    for text in (
        "The Danish parliament voted 101 to 74 to impose sanctions on Belarus.",
        "Danish lawmakers voted 101 to 74 to impose sanctions on Belarus.",
        "The Danish parliament voted 150-12 to impose sanctions on Belarus on Monday.",
        "The Danish parliament voted by 150 votes to 12 to impose sanctions on Belarus on Monday.",
        "The Danish parliament voted unanimously to impose sanctions on Belarus on Monday.",
    ):
        assert ("163", "DNKLEG", "BLR") in acts(code, text), text
    got = acts(code, "The Danish parliament voted 101 to 74 to expel the Belarusian ambassador.")
    assert ("161", "DNKLEG", "BLR") in got


def test_a_count_on_the_voting_verb_itself_keeps_its_subject(code):
    got = acts(code, "The Danish parliament voted by 66 votes to 27 to legalize cannabis on Monday.")
    assert [s for c, s, _ in got if c == "081"] == ["DNKLEG"]


def test_an_object_that_is_an_actor_still_acts_after_other_verbs(code):
    # object control is unchanged for other verbs: the one urged is asked to release
    got = acts(code, "The Danish parliament urged Belarus to release the prisoners on Monday.")
    assert ("0253", "DNKLEG", "BLR") in got


def test_a_by_phrase_of_a_passive_is_still_its_doer(code):
    assert ("173", "DNKCOP", "BLR") in acts(code, "A Belarusian spy was arrested by Danish police on Monday.")
    # a passive count names no doer
    assert not any(s for c, s, _ in acts(code, "The Danish bill was approved by 150 votes to 12.") if c == "173")


def test_a_subject_hung_on_a_fronted_date_is_the_subject(code):
    for text in (
        "In March the Canadian parliament, the House of Commons, voted to legalize cannabis.",
        "On Friday the Canadian parliament, the House of Commons, voted to legalize cannabis.",
    ):
        assert [s for c, s, _ in acts(code, text) if c == "081"] == ["CANLEG"], text
    got = acts(code, "In March the Canadian parliament, the House of Commons, voted to expel the Russian ambassador.")
    assert ("161", "CANLEG", "RUS") in got
    # a time phrase with one object leaves the subject where it is
    assert ("173", "CANCOP", "RUS") in acts(code, "On Friday Canadian police arrested a Russian spy.")
