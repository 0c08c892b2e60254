"""A barrage carries its weapons as a volley or salvo does (events.yaml light_nouns): "a barrage of
rockets struck X, killing 27" is the rockets' fire (an unnamed side's, 194), "fired a barrage of rockets" fires
rockets. A barrage of criticism is no act of force. All sentences are invented."""

from __future__ import annotations

from .event_rows import coded


def _on(code, text: str, trigger: str):
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == trigger]


def test_a_barrage_of_rockets_that_killed_is_an_unnamed_sides_fire(code):
    text = "A barrage of rockets struck homes and a market in Mariupol on Saturday, killing 27 people, officials said."
    # the participle counts its victims; the verb names what it hit, homes (civilian property:
    # tests/test_civilian_property.py), and codes the act there too, with the same source, target
    # and root (one event of the article, tests/test_verb_reports.py)
    assert _on(code, text, "killing") == [("194", None, "UKRCVL")]
    assert _on(code, text, "struck") == [("194", None, "UKRCVL")]


def test_fired_a_barrage_of_rockets_fires_rockets(code):
    assert _on(code, "Russian forces fired a barrage of rockets at Mariupol on Saturday.", "fired") == [
        ("194", "RUSMIL", "UKR")
    ]


def test_a_barrage_of_criticism_is_no_force(code):
    got = coded(code, "The Ukrainian president faced a barrage of criticism in Kiev on Saturday.")
    assert all(not c.startswith(("18", "19", "20")) for _, c, *_ in got)
