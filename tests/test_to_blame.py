""""X is to blame for Y", said or reported, is the speaker's accusation of X (112, as the verb
blame: evaluations.yaml words, an infinitive predicate of the copula). Invented sentences, with
the look-alikes that accuse no one: a thing to blame, a denial, a question, the speaker himself,
and "is to" of a plan."""

from __future__ import annotations

from tests.event_rows import acts


def _accused(code, text):
    return [a for a in acts(code, text) if a[0].startswith("112")]


def test_to_blame_accuses_reported_or_quoted(code):
    got = _accused(code, "The Chilean president said the Bolivian government was to blame for the crisis.")
    assert got == [("112", "CHLGOV", "BOL")]
    assert _accused(code, '"Bolivia is to blame for this war," the Chilean president said.') == [("112", "CHLGOV", "BOL")]


def test_a_thing_a_denial_a_question_or_oneself_accuses_no_one(code):
    assert _accused(code, "The Chilean president said the weather was to blame for the crash.") == []
    assert _accused(code, "The Chilean president said Bolivia was not to blame for the attack.") == []
    assert _accused(code, "The Chilean president asked whether Bolivia was to blame for the attack.") == []
    assert _accused(code, "The Chilean president said he was to blame for the defeat.") == []


def test_is_to_of_a_plan_is_no_accusation(code):
    assert _accused(code, "The Chilean president said Bolivia is to sign the treaty on Monday.") == []
