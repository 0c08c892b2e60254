"""A warning in a speaker's quoted words (quoted_warnings.py, events.yaml `quoted_warning_verbs`):
the speaker's refusal, in the future, to put up with another's act is a threat (130) to whoever
does it: the actor the phrase names, else no one named. Invented sentences; negatives beside them
(past, hypothetical, asked, a third party's refusal, the victims of the act as no target)."""

from __future__ import annotations

from tests.event_rows import acts

_SAID = 'Kenyan Interior Minister John Mwangi said, "{}"'


def _threats(code, words: str):
    return [a for a in acts(code, _SAID.format(words)) if a[0].startswith("13")]


def test_an_act_that_will_not_be_tolerated_is_a_warning_to_no_one_named(code):
    assert _threats(code, "Any attacks on the police will not be tolerated.") == [("130", "KENGOV", None)]


def test_we_will_not_tolerate_is_a_warning_and_the_victims_are_no_target(code):
    assert _threats(code, "We will not tolerate any attacks on the police.") == [("130", "KENGOV", None)]


def test_the_actor_whose_act_will_not_be_tolerated_is_the_target(code):
    got = _threats(code, "We will not tolerate the Ugandan government's interference in our elections.")
    assert got == [("130", "KENGOV", "UGA")]


def test_past_hypothetical_asked_or_anothers_tolerance_warns_no_one(code):
    assert _threats(code, "We tolerated the noise for years.") == []
    assert _threats(code, "We would not tolerate such attacks.") == []
    assert _threats(code, "Will we not tolerate such attacks?") == []
    assert _threats(code, "The farmers will not tolerate another drought.") == []
