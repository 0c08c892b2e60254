"""Those who died when an act of force happened are its victims (reports.dying_subject). All
sentences are invented.

- "five people died when a car bomb exploded in X": the bombing (183) on its own verb, the dead
  (private persons of X) as its target, as "five people were killed when ..." gives;
- a named target of the act stays its target ("when rebels attacked their base");
- a death in an accident ("when a bus overturned", "when a gas cylinder exploded", "when their
  helicopter crashed") or at an age ("when he was eighty") is no event.
"""

from __future__ import annotations

from .event_rows import coded


def test_the_dead_are_the_bombings_victims(code):
    rows = coded(code, "Five people died when a car bomb exploded in the town of Hilla on Monday.")
    assert rows == [("exploded", "1832", None, "IRQCVL", "actual")]  # a car bomb: 1832
    rows = coded(code, "Two men died after police opened fire on a crowd in Khartoum on Monday.")
    assert rows == [("opened", "190", "SDNCOP", "SDNCVL", "actual")]


def test_a_named_target_stays(code):
    rows = coded(code, "Three soldiers died when rebels attacked their base near Goma on Monday.")
    assert rows == [("attacked", "190", "REB", "COD", "actual")]


def test_deaths_in_accidents_and_of_age_are_no_events(code):
    assert coded(code, "Four people died when a bus overturned on a highway in Kenya on Monday.") == []
    assert coded(code, "Two workers died when a gas cylinder exploded in Lahore on Monday.") == []
    assert coded(code, "Two soldiers died when their helicopter crashed near Kabul on Monday.") == []
    assert coded(code, "He died when he was eighty, in Paris.") == []
