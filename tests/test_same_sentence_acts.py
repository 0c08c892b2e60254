"""A reaction to a bare definite act noun ("criticised the move", "condemned the decision") with
no act of that word is aimed at the doer of the latest act reported before it (events/coder.py),
also one told earlier in the reaction's own sentence ("X expelled envoys, and Y condemned the
move"): CAMEO aims a reaction at the doer of the act it is to. Negative: an act told after the
reaction is not pointed back to. Sentences are invented for these tests."""

from __future__ import annotations

from tests.event_rows import acts


def reactions(code, text: str):
    """(cameo, source code, target country or code) of the criticisms (11)."""
    return [a for a in acts(code, text) if a[0].startswith("11")]


def test_the_move_points_back_to_an_act_earlier_in_its_own_sentence(code):
    # "the move" after a coordinated clause: the act told just before it in the same sentence
    text = "Hungary expelled three Serbian diplomats on Tuesday, and Serbia condemned the move."
    assert reactions(code, text) == [("111", "SRB", "HUN")]
    # an act told after the reaction is not what "the move" points back to
    text = "Serbia condemned the move on Tuesday, and Hungary expelled three Serbian diplomats."
    assert [t for _, _, t in reactions(code, text)] in ([], [None])
