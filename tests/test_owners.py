"""The owner of the thing acted on is the target (events/owner_targets.py): a possessor or "of"
phrase of the object noun, when the verb names no actor; not the doer's own thing, a time, a
kind, or a place owning a thing with no actor sense. Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_passive_subject_owner_by_possessor_inside_of(code):
    text = "The legality of French President Emmanuel Macron's candidacy was challenged by German Chancellor Angela Merkel."
    assert ("110", "DEUGOV", "FRA") in acts(code, text)


def test_own_thing_is_no_target(code):
    text = "The legality of her own candidacy was challenged by German Chancellor Angela Merkel."
    assert ("110", "DEUGOV", None) in acts(code, text)


def test_time_owner_is_no_target(code):
    text = "The legality of last year's vote was challenged by German Chancellor Angela Merkel."
    assert ("110", "DEUGOV", None) in acts(code, text)


def test_particle_noun_of_phrase_owner(code):
    text = "The swearing-in of French President Emmanuel Macron was opposed by German Chancellor Angela Merkel."
    assert ("110", "DEUGOV", "FRA") in acts(code, text)


def test_place_owning_a_non_policy_thing_is_no_target(code):
    text = "The strength of France's economy was criticised by German Chancellor Angela Merkel."
    assert ("111", "DEUGOV", None) in acts(code, text)


def test_kind_owns_nothing(code):
    text = "The kind of reform was criticised by German Chancellor Angela Merkel."
    assert ("111", "DEUGOV", None) in acts(code, text)


def test_active_object_owner_still_found(code):
    text = "German Chancellor Angela Merkel challenged the legality of French President Emmanuel Macron's candidacy."
    assert ("110", "DEUGOV", "FRA") in acts(code, text)



def test_held_possessor_of_a_patient_noun_is_no_owner(code):
    # "X's release" is asked of X's holder, not X (events.yaml patient_nouns)
    text = "German Chancellor Angela Merkel demanded the French president's release."
    assert all(t != "FRA" for c, s, t in acts(code, text) if c.startswith("10"))
