"""A part or a body of a group acts as the group (events.yaml group_nouns): a cardinal before
"of" ("two of the soldiers") and a body formed of others with no name of its own ("a coalition
of rebel groups"): invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts


def _force(code, text):
    return [(c, s) for c, s, _ in acts(code, text) if c.startswith(("18", "19"))]


def test_a_cardinal_of_a_group_is_the_group(code):
    assert ("190", "SYRMIL") in _force(code, "Two of the Syrian soldiers attacked a checkpoint in Idlib on Monday.")
    assert ("190", "KENMIL") in _force(code, "Three of the Kenyan troops attacked a village in Somalia.")


def test_a_cardinal_of_things_names_no_doer(code):
    assert all(s is None for _, s in _force(code, "Two of the bombs exploded near a checkpoint in Idlib on Monday."))


def test_a_coalition_of_groups_is_its_members(code):
    assert ("190", "SYRREB") in _force(code, "A coalition of Syrian rebel groups attacked Raqqa on Monday.")
    got = acts(code, "An alliance of Kenyan opposition parties criticized the government on Monday.")
    assert any(c.startswith("11") and s == "KENPTY" for c, s, _ in got)


def test_a_coalition_of_the_willing_names_no_one(code):
    assert all(s is None for _, s in _force(code, "A coalition of the willing attacked the town on Monday."))
