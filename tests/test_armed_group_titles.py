"""A commander or spokesman of an armed group is the group's (kb/agents.tsv "rebel commander",
"insurgent commander", "militia commander" ...): "Rebel commander X accused the army" is REB, not
the army's MIL; an army's own commander stays MIL. All sentences are invented."""

from __future__ import annotations

from tests.event_rows import coded


def sources(code, text: str, trigger: str) -> list[str | None]:
    return [s for t, _, s, _, _ in coded(code, text) if t == trigger]


def test_rebel_and_insurgent_commanders(code):
    assert sources(code, "Rebel commander Mateo Cardenas accused the army of bombing a camp.", "accused") == ["REB"]
    assert sources(code, "Insurgent commander Abu Omar accused the government of torture.", "accused") == ["REB"]


def test_a_militia_commander(code):
    assert sources(code, "Militia commander Ali Hassan threatened to attack the town.", "threatened") == ["UAF"]


def test_an_army_commander_stays_military(code):
    # negative: the army's own commander
    assert sources(code, "Army commander General Musa said troops had retaken the town.", "retaken") == ["MIL"]
