"""Passive participles joined to a passive verb with no subject of their own share its subject:
"the mayor was kidnapped and [killed] by X" kills the mayor (matching.shared_passive_subject, as
the conditions of trigger entries read it). Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text, trigger):
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == trigger]


def test_a_joined_passive_acts_on_the_shared_subject(code):
    got = _on(code, "The Kenyan mayor was kidnapped and killed by Somali militants in Garissa.", "killed")
    assert [(s, t) for _, s, t in got] == [("SOMREB", "KENGOV")]
    got = _on(code, "The Kenyan mayor was arrested in March and released by the police in May.", "released")
    assert [t for _, _, t in got] == ["KENGOV"]


def test_a_joined_clause_with_its_own_subject_keeps_it(code):
    got = _on(code, "The Kenyan mayor was kidnapped by militants and a Somali trader was killed.", "killed")
    assert all(t != "KENGOV" for _, _, t in got)
