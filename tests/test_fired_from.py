"""An act of force its target reports undergoing names its doer by a "from" phrase on the act noun
or the verb ("troops came under fire [from ELN fighters]", "came under attack [from Boko Haram
militants]"; events/coder.py `_fired_from`, reports.py): the one the force came from, as a "by"
phrase would. A "from" phrase that names no actor ("from the hills") gives none. All sentences
are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_under_fire_from_a_group(code):
    rows = acts(code, "A Nigerian army convoy came under attack from Boko Haram militants in Borno state.")
    assert ("190", "NGAREB", "NGA") in rows or any(c.startswith("19") and s == "NGAREB" for c, s, _ in rows)


def test_under_fire_from_in_other_words(code):
    rows = acts(code, "Israeli troops came under attack from Hamas gunmen in Gaza.")
    assert any(c.startswith("19") and s == "PSEREB" and t == "ISR" for c, s, t in rows)
    rows = acts(code, "Israeli soldiers came under fire from Hezbollah positions.")
    assert any(c.startswith("19") and s == "LBNREB" and t == "ISR" for c, s, t in rows)


def test_a_from_phrase_naming_no_actor(code):
    # negative: "from the hills" is where the fire came from, no doer
    rows = acts(code, "Turkish soldiers came under fire from the hills on Sunday.")
    assert not any(s for c, s, _ in rows if c.startswith("19"))
