"""A verb of desert with an evaluative object judges its subject, said or reported: "X said Y
deserved praise" (051), "Y deserves condemnation" (111) (evaluations.yaml deserving_verbs,
deserved). Invented sentences, with the look-alikes that evaluate no actor: another object, a
denial, a question, the speaker's own side, a sentence no one says."""

from __future__ import annotations

from tests.event_rows import acts


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "111", "112")]


def test_deserved_praise_or_condemnation_reported_or_quoted(code):
    got = _evals(code, "The Chilean president said the Bolivian government deserved praise for its help.")
    assert got == [("051", "CHLGOV", "BOL")]
    assert _evals(code, '"The Bolivian rescuers deserve our gratitude," the Chilean president said.') == [
        ("051", "CHLGOV", "BOL")
    ]
    got = _evals(code, "The Chilean president said the Bolivian regime deserved condemnation.")
    assert got == [("111", "CHLGOV", "BOL")]


def test_another_object_a_denial_or_a_question_is_none(code):
    assert _evals(code, "The Chilean president said the Bolivian victims deserved justice.") == []
    assert _evals(code, "The Chilean president said the Bolivian team deserved a chance.") == []
    assert _evals(code, "The Chilean president said Bolivia did not deserve praise.") == []
    assert _evals(code, "Does Bolivia deserve praise, the Chilean president asked?") == []


def test_the_speakers_own_side_or_no_speaker_is_none(code):
    assert _evals(code, "The Chilean president said Chile deserved credit for the deal.") == []
    assert _evals(code, "The Bolivian players deserve praise for their effort.") == []
