"""An act only asked for reaches down its clause (events/participants.py `asked_for`, `_serves`):
the act an asked-for act stops ("urged the rebels to stop [kidnapping] civilians") or is done for
("urged Qatar to use its influence to [end] the blockade") is asked for too, no event of its own;
the appeal is coded. The same shapes on an act that happened keep their events. All sentences
are invented."""

from __future__ import annotations

from tests.event_rows import coded


def roots(code, text: str) -> list[tuple[str, str]]:
    return [(t, c[:2]) for t, c, *_ in coded(code, text)]


def test_the_act_an_asked_for_act_stops(code):
    rows = roots(code, "The minister urged the rebels to stop kidnapping civilians.")
    assert ("urged", "02") in rows
    assert not any(r == "18" for _, r in rows)
    rows = roots(code, "The president called on the militia to stop attacking villages.")
    assert ("called", "02") in rows
    assert not any(r in ("18", "19") for _, r in rows)


def test_the_act_an_asked_for_act_is_done_for(code):
    rows = roots(code, "The envoy urged Qatar to use its influence to end the blockade.")
    assert ("urged", "02") in rows
    assert not any(r == "08" for _, r in rows)


def test_a_helped_act_and_a_coordinated_stop(code):
    rows = roots(code, "Egypt urged Hamas to help end the siege and to stop firing rockets at Israel.")
    assert ("urged", "02") in rows
    assert not any(r in ("08", "19") for _, r in rows)


def test_the_same_shapes_on_acts_that_happened(code):
    # negatives: a purpose infinitive of a real act, an attempt, a plain appeal keep their events
    assert ("bomb", "19") in roots(code, "The army used drones to bomb rebel positions near Goma.")
    assert any(
        t == "end" and c == "0872" and m == "hypothetical"
        for t, c, _, _, m in coded(code, "The army tried to end the blockade of the port.")
    )
    assert ("urged", "02") in roots(code, "Kenya urged Ethiopia to withdraw its troops and to open the border.")


def test_not_below_a_finite_verb(code):
    # negative: "plan" is a finite verb a report describes, not an infinitive asked for
    rows = coded(code, "Intelligence suggests that Syrian forces plan to storm the village within days.")
    assert any(t == "storm" and c.startswith("19") for t, c, *_ in rows)
