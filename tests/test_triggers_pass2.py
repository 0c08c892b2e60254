"""Trigger entries of the second pass over verbs of force (issue 14): attacks increased,
gatherings broken up by force, people burned to death by an armed doer, massacres and
kidnappings that occurred or happened. The sentences are
invented in news style; each positive has a negative beside it, the everyday use of the
same verb that must not code as the event."""

from __future__ import annotations

import pytest

from tests.trigger_checks import check, events


@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Syrian rebels increased their attacks on the army in Idlib.", "increased", "190", "SYRREB", None),
    ("Police broke up a rally in Tbilisi with rubber bullets.", "broke", "175", "GEOCOP", None),
    ("The Georgian police broke up a protest outside parliament.", "broke", "175", "GEOCOP", None),
    ("Thirteen villagers were burned to death by militants in Kaduna.", "burned", "1823", "REB", None),
    ("Nigerian soldiers burned the suspect to death in Kaduna.", "burned", "1823", "NGAMIL", None),
    ("The massacre by Serb forces occurred near Srebrenica in July.", "occurred", "202", "SRBMIL", None),
    ("The kidnapping of the Italian engineer by rebels happened in the Niger Delta.", "happened", "181", "REB", None),
])
def test_pass2_positive(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


@pytest.mark.parametrize("text, trigger", [
    ("The Syrian government increased its spending on schools.", "increased"),
    ("Syrian rebels increased their income from oil in Idlib.", "increased"),
    ("The Georgian band broke up after the tour.", "broke"),
    ("The Georgian talks broke up without an agreement.", "broke"),
    ("Three children burned to death in a house fire in Lagos.", "burned"),
    ("The accident occurred near Srebrenica in July.", "occurred"),
])
def test_pass2_negative(nlp, text, trigger):
    assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger]
