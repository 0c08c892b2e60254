"""Joining another's act (coding/events/noun_doers.py `joiners`, events.yaml joining_verbs): one
who joins an act that names its own doers ("joined the EU's sanctions", "the US-led airstrikes")
does it too, on the same target. Invented sentences, each beside a negative: joining what is no
act, or backing another's act, makes no doer of it."""

from __future__ import annotations

from tests.event_rows import acts


def test_the_joiner_of_anothers_act_does_it_too_on_the_same_target(code):
    assert sorted(acts(code, "Moldova joined the European Union's sanctions against Russia.")) == [
        ("163", "IGOEUR", "RUS"),
        ("163", "MDA", "RUS"),
    ]
    assert sorted(acts(code, "Norway joined Sweden's criticism of Hungary.")) == [
        ("111", "NOR", "HUN"),
        ("111", "SWE", "HUN"),
    ]
    # an act led by another: the leader and the joiner, each on the target
    rows = acts(code, "France joined the US-led airstrikes on Syria.")
    assert sorted((s[:3], t) for _, s, t in rows) == [("FRA", "SYR"), ("USA", "SYR")]


def test_joining_no_one_elses_act_or_no_act(code):
    # an act with no doer of its own is the joiner's alone (the light verb), as before
    assert acts(code, "Moldova joined the sanctions against Russia.") == [("163", "MDA", "RUS")]
    # joining no act codes nothing
    assert acts(code, "Ukraine joined the army.") == []
    # backing another's act is support, not doing it: the owner alone imposes the sanctions
    assert sorted(acts(code, "Moldova backed the European Union's sanctions against Russia.")) == [
        ("051", "MDA", "IGOEUR"),
        ("163", "IGOEUR", "RUS"),
    ]
