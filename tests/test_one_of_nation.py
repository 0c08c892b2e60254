"""A singular demonym counted as one person ("a Palestinian was shot dead", "an Iraqi was
stabbed", "another Afghan"): a private person of that country (CVL), so the victim of an
unnamed attacker has the country the text gives (GUIDELINE: an actor belongs to the country of
the citizenship the text gives). Not a demonym that modifies a noun ("a Palestinian farmer":
the farmer), nor the nation ("the Palestinians"). All sentences are invented."""

from __future__ import annotations

from .event_rows import coded


def test_a_demonym_shot_dead_is_a_civilian_victim(code):
    assert ("shot", "193", None, "PSECVL", "actual") in coded(code, "On Sunday, a Palestinian was shot dead near Nablus.")


def test_an_iraqi_stabbed_is_a_civilian_victim(code):
    assert ("stabbed", "182", None, "IRQCVL", "actual") in coded(code, "An Iraqi was stabbed in Mosul on Friday.")


def test_a_demonym_as_object_is_a_person(code):
    rows = coded(code, "Gunmen killed another Afghan in Kandahar on Monday.")
    assert any(tgt == "AFGCVL" for _, _, _, tgt, _ in rows)


def test_a_demonym_modifying_a_noun_is_that_noun(code):
    rows = coded(code, "A Palestinian teacher was shot dead near Nablus.")
    assert rows and all(tgt != "PSECVL" for _, _, _, tgt, _ in rows)


def test_the_plural_nation_is_unchanged(code):
    rows = coded(code, "The Palestinians protested in Nablus on Friday.")
    assert ("protested", "141", "PSECVL", "PSEGOV", "actual") in rows
