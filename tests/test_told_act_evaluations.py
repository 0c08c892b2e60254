"""A speaker's evaluation of an act the article told before, named only by a definite act noun
("X said [the arrests] were unacceptable"), evaluates whoever did that act last (earlier.py
told_act_doers, as a reaction to "the move" is aimed at its mover). Invented articles; negatives:
no act noun, an act not told before, no determiner pointing back, the doer speaking of its own act."""

from __future__ import annotations

from tests.event_rows import coded

HELD = "Police in Algiers detained dozens of students on Friday. "


def _judged(code, text):
    return [(cameo, src, tgt) for _, cameo, src, tgt, _ in coded(code, text) if cameo[:2] in ("05", "11")]


def test_an_evaluation_of_the_arrests_is_one_of_the_arrester(code):
    got = _judged(code, HELD + "Amnesty International said the arrests were unacceptable.")
    assert got == [("111", "NGOAMN", "DZACOP")]
    got = _judged(code, HELD + "Amnesty International said the detentions were a disgrace.")
    assert got == [("111", "NGOAMN", "DZACOP")]


def test_no_act_or_an_act_not_told_evaluates_no_one(code):
    assert _judged(code, HELD + "Amnesty International said the weather was unacceptable.") == []
    assert _judged(code, HELD + "Amnesty International said the talks were unacceptable.") == []


def test_a_bare_plural_points_back_to_nothing(code):
    assert _judged(code, HELD + "Amnesty International said arrests were unacceptable.") == []


def test_the_doer_of_the_act_does_not_evaluate_itself(code):
    assert _judged(code, HELD + "The Algerian police said the arrests were unacceptable.") == []


def test_praise_of_a_told_act_is_left_to_its_own_side(code):
    # "these attacks are our right": an act is praised mostly by its own side (told_act_codes: 11)
    assert _judged(code, HELD + "The minister said the arrests were brilliant.") == []


def test_arbitrary_arrests_are_criticism_of_the_arrester_and_arbitrary_choices_of_no_one(code):
    text = (
        "ALGIERS - Police in Algeria on Friday detained dozens of demonstrators.\n\n"
        "Amnesty International said the arrests were arbitrary and called for the release of all those held."
    )
    got = {(c, s, t) for c, s, t in coded_rows(code, text) if c[:2] in ("02", "11")}
    assert got == {("111", "NGOAMN", "DZACOP"), ("0253", "NGOAMN", "DZACOP")}
    assert _judged(code, "The scientist said the choice of units was arbitrary.") == []


def coded_rows(code, text):
    return [(cameo, src, tgt) for _, cameo, src, tgt, _ in coded(code, text)]
