"""Giving up an office or conceding an election (triggers-verbs.yaml, 0831 and 080): other words
than "resign" for leaving one's office are CAMEO 0831, as is conceding an election (GUIDELINE:
"has not conceded" is 0831 negated); leaving a place, a race or a meeting, a term that simply
ended, and conceding that something is so are not. Sentences are invented; each positive has a
negative."""

from __future__ import annotations

from tests.event_rows import coded


def codes(code, text: str) -> list[tuple[str, str, str | None]]:
    """(trigger, cameo, source code) of every event."""
    return [e[:3] for e in coded(code, text)]


def test_other_words_for_giving_up_an_office_are_0831(code):
    assert codes(code, "Peruvian Interior Minister Carlos Moran quit his post on Monday.") == [
        ("quit", "0831", "PERGOV")
    ]
    assert codes(code, "Peruvian Interior Minister Carlos Moran quit as minister on Monday.") == [
        ("quit", "0831", "PERGOV")
    ]
    assert codes(code, "Peruvian Interior Minister Carlos Moran stood down on Monday.") == [
        ("stood", "0831", "PERGOV")
    ]
    assert codes(code, "Peruvian President Martin Vizcarra stepped aside on Monday.") == [
        ("stepped", "0831", "PERGOV")
    ]
    assert codes(code, "Peruvian President Martin Vizcarra vacated the presidency on Monday.") == [
        ("vacated", "0831", "PERGOV")
    ]


def test_leaving_a_place_a_race_or_a_finished_term_is_no_resignation(code):
    assert codes(code, "Peruvian President Martin Vizcarra left Lima on Monday.") == []
    assert codes(code, "Peruvian President Martin Vizcarra left the meeting early.") == []
    assert codes(code, "Peruvian President Martin Vizcarra quit the race on Sunday.") == []
    assert codes(code, "Former Peruvian President Ollanta Humala left office in 2016.") == []
    assert codes(code, "Former Peruvian President Alan Garcia left the presidency in 2011.") == []
    # giving up without an office named stays a plain yield
    assert codes(code, "Peruvian President Martin Vizcarra gave up on Monday.") == [("gave", "080", "PERGOV")]


def test_conceding_an_election_is_0831_to_the_winner(code):
    text = "Former Argentine President Mauricio Macri conceded defeat to Alberto Fernandez."
    assert [(e[0], e[1], e[3]) for e in coded(code, text)] == [("conceded", "0831", "ARGGOV")]
    assert codes(code, "Bolivian President Evo Morales conceded the election on Sunday.") == [
        ("conceded", "0831", "BOLGOV")
    ]


def test_conceding_that_something_is_so_is_a_statement(code):
    assert codes(code, "Bolivian President Evo Morales conceded that mistakes were made.") == []
    # yielding to a demand is still 080
    assert ("conceded", "080", "BOLGOV") in codes(code, "The Bolivian government conceded to the demands of the protesters.")
