"""Captures, hostage-takings and executions told in the passive with no doer named (events.yaml
implied_agents, implied_unless, implied_cues, intentional_codes): invented sentences, each with
negatives that look alike."""

from __future__ import annotations

from tests.event_rows import acts


def _root(code, text, root):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(root)]


def test_a_suspect_captured_is_arrested_by_the_police_of_the_place(code):
    got = _root(code, "A suspected bomb maker was captured after a gun battle in Lahore on Monday.", "17")
    assert [(c, s) for c, s, _ in got] == [("173", "PAKCOP")]
    assert ("173", "PAKCOP") in [(c, s) for c, s, _ in _root(code, "He was captured in Pakistan on Monday.", "17")]


def test_rounded_up_is_arrested_by_the_police_of_the_place(code):
    got = _root(code, "Dozens of protesters were rounded up in Cairo on Monday.", "17")
    assert ("173", "EGYCOP") in [(c, s) for c, s, _ in got]


def test_rounded_up_figures_or_cattle_imply_no_police(code):
    assert _root(code, "The figures were rounded up to the nearest million in the report from Cairo.", "17") == []
    assert _root(code, "The cattle were rounded up near Cairo on Monday.", "17") == []
    assert ("173", "EGYCOP") in [(c, s) for c, s, _ in _root(code, "They were rounded up in Cairo on Monday.", "17")]


def test_captured_soldiers_animals_and_arms_imply_no_police(code):
    # a soldier captured is held by the other side of a war, whom the text must name
    assert _root(code, "Two Malian soldiers were captured near Gao on Monday.", "17") == []
    assert _root(code, "Two of the soldiers were captured near Gao on Monday.", "17") == []
    assert _root(code, "A leopard was captured in a village near Mumbai on Monday.", "17") == []
    # arms and vehicles captured are no one's arrest
    assert _root(code, "Large quantities of weapons were captured in Lahore on Monday.", "17") == []
    assert _root(code, "Two tanks were captured near Gao on Monday.", "17") == []
    # named captors keep their own code
    assert ("181", "MLIREB", "MLI") in acts(code, "Rebels captured two Malian soldiers near Gao on Monday.")


def test_captured_titles_moods_and_pictures_are_no_events(code):
    # a prize, a mood or a picture captured has no entry; one "captured on camera" was filmed
    for text in (
        "She captured the title in Rome on Monday.",
        "The photo captured the mood of the city.",
        "The speech captured the imagination of voters in Rome.",
        "The robbery was captured on video in Lahore on Monday.",
        "The gunman was captured on camera in Lahore on Monday.",
        "The gunman was captured on video in Lahore on Monday.",
        "The attack was captured in a photo in Lahore on Monday.",
    ):
        assert acts(code, text) == [], text


def test_a_ship_captured_is_hijacked(code):
    assert ("181", "SOMCRM", "GRC") in acts(code, "Somali pirates captured a Greek ship off Mogadishu on Monday.")


def test_taken_or_held_hostage_is_an_unnamed_abductors(code):
    assert ("181", None, "NLD") in acts(code, "A Dutch aid worker was taken hostage in Mali on Monday.")
    assert ("181", None, "NLD") in acts(code, "Two Dutch engineers were held hostage in Mali for a month.")
    assert _root(code, "A Dutch journalist was taken to hospital in Mali on Monday.", "18") == []
    assert _root(code, "The town was taken in Mali on Monday.", "18") == []


def test_an_execution_after_a_sentence_is_the_states(code):
    got = _root(code, "A Dutch journalist was executed by hanging in Tehran on Monday.", "18")
    assert [(c, s) for c, s, _ in got] == [("1823", "IRNGOV")]
    got = _root(code, "A convicted drug smuggler was executed in Jakarta on Monday.", "18")
    assert [(c, s) for c, s, _ in got] == [("1823", "IDNGOV")]


def test_any_other_agentless_execution_is_an_unnamed_killers(code):
    got = _root(code, "The kidnapped Dutch journalist was executed in Mali on Monday.", "18")
    assert got == [("1823", None, "NLD")]


def test_executed_plans_and_executives_are_no_killings(code):
    for text in (
        "The plan was executed in Tehran on Monday.",
        "The contract was executed in Tehran on Monday.",
        "The executive director resigned in Tehran on Monday.",
    ):
        assert _root(code, text, "18") == [], text


def test_a_place_captured_with_no_captor_implies_no_police(code):
    # a town captured is territory taken (192) by an armed side the text must name, not an arrest
    for text in ("The border town was captured after heavy fighting in Syria on Monday.", "The airport was captured near Gao on Monday."):
        assert [s for _, s, _ in acts(code, text) if s and s.endswith("COP")] == []
    assert ("173", "SYRCOP") in [(c, s) for c, s, _ in _root(code, "The suspect was captured in Syria on Monday.", "17")]
