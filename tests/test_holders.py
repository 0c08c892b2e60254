"""An appeal or demand for the release of persons that names no one it is made to is made to
whoever holds them: the doer of the latest earlier act of holding (events.yaml release_codes,
holding_acts; events/holders.py). Invented articles, each with negatives beside it."""

from __future__ import annotations

from tests.event_rows import coded

ARREST = "Police in Nairobi detained forty students on Friday. "


def _asks(code, text):
    return [(cameo, src, tgt) for _, cameo, src, tgt, _ in coded(code, text) if cameo[:2] in ("02", "10")]


def test_release_of_those_held_is_asked_of_the_police_who_held_them(code):
    got = _asks(code, ARREST + "Amnesty International called for the release of all those held.")
    assert got == [("0253", "NGOAMN", "KENCOP")]


def test_their_release_in_the_same_sentence(code):
    text = "Police in Nairobi detained forty students on Friday, and Amnesty International called for their release."
    got = _asks(code, text)
    assert got == [("0253", "NGOAMN", "KENCOP")]


def test_the_persons_to_be_released_are_not_whom_it_is_asked_of(code):
    text = "Iranian forces detained two British sailors on Friday. Britain demanded the release of the sailors."
    assert _asks(code, text) == [("1053", "GBR", "IRNMIL")]


def test_an_implied_police_holder(code):
    text = "Forty students were arrested in Kenya on Friday. Human Rights Watch demanded the release of the students."
    assert [t for c, _, t in _asks(code, text) if c == "1053"] == ["KENCOP"]


def test_a_named_addressee_is_kept(code):
    got = _asks(code, ARREST + "Amnesty International called on Uganda to release the detainees.")
    assert [t for _, _, t in got] == ["UGA"]
    got = _asks(code, ARREST + "The bishop appealed to the public for the release of the students.")
    assert [t for _, _, t in got] == ["KENCVL"]


def test_no_persons_released_or_no_release_takes_no_holder(code):
    assert _asks(code, ARREST + "Amnesty International called for the release of the report.") == [
        ("0253", "NGOAMN", None)
    ]
    assert _asks(code, ARREST + "Amnesty International called for calm.") == [("020", "NGOAMN", None)]


def test_an_act_that_holds_no_one_gives_no_holder(code):
    # the police met students: no holder; the story's government is asked (below)
    text = "Kenyan police met students in Nairobi on Monday. Amnesty International called for the release of prisoners."
    assert _asks(code, text) == [("0253", "NGOAMN", "KENGOV")]


KENYA = "NAIROBI - "  # a dateline: the story is set in Kenya


def test_with_no_holding_told_the_government_of_the_story_is_asked(code):
    got = _asks(code, KENYA + "Amnesty International called for the release of all political prisoners.")
    assert got == [("0253", "NGOAMN", "KENGOV")]


def test_a_foreign_state_or_a_holder_told_gets_no_government(code):
    # a foreign state's appeal names no one; kidnappers named, even with no actor, are the holders
    assert _asks(code, KENYA + "China called for the release of the Chinese workers.") == [("0253", "CHN", "CHNLAB")]
    text = KENYA + "Amnesty International called for the release of the students abducted by bandits on Monday."
    assert [t for c, _, t in _asks(code, text) if c == "0253"] != ["KENGOV"]
