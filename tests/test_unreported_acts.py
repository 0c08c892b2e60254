"""Trigger words that name an act the sentence does not report as done (events/unreported.py):
an act urged as due ("it is time for X to"), an act noun only asked for ("called for an
investigation"), a kind of act a habit describes ("G7 meetings usually center on politics") and a
meeting of private life ("visited his mother", "a man whom she met while studying"). GUIDELINE.md
codes political events that happened (or are planned, negated, hypothetical), not wishes, habits
or private life. Invented sentences, each beside a negative where the same words report an act."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [row for row in coded(code, text) if row[0].lower() == trigger]


def test_time_for_x_to_act_urges_it_does_not_report_it(code):
    assert _on(code, "It is long past time for Congress to hold itself accountable.", "hold") == []
    assert _on(code, "It is time for Israel to withdraw its troops from Gaza.", "withdraw") == []


def test_the_same_acts_told_as_done_stay_coded(code):
    assert _on(code, "Congress held itself accountable on Monday.", "held") != []
    assert _on(code, "Israel withdrew its troops from Gaza for the first time.", "withdrew") != []


def test_an_investigation_called_for_is_not_one_launched(code):
    text = "The protesters called for an investigation into the killings by the police."
    assert _on(code, text, "investigation") == []
    assert [r[1] for r in _on(code, text, "called")] == ["020"]  # the appeal stays
    assert _on(code, "French police carried out an investigation into the killings on Monday.", "investigation") != []


def test_a_habit_of_meetings_is_no_meeting(code):
    habit = "The G7 summit opened in Biarritz on Saturday. Unlike the G20, which focuses on economics, G7 meetings usually center on politics."
    held = "The G7 summit opened in Biarritz on Saturday. G7 meetings were held in Paris on Monday."
    assert _on(code, habit, "meetings") == []
    assert _on(code, held, "meetings") != []


def test_visiting_ones_own_mother_is_private_life(code):
    assert _on(code, "The French interior minister visited his mother in Lyon on Monday.", "visited") == []
    assert _on(code, "The French interior minister visited the families of the victims in Lyon on Monday.", "visited") != []


def test_meeting_a_future_spouse_is_private_life(code):
    first = "Spain's Princess Ana met Macron on Monday. "
    assert [r[1] for r in _on(code, first, "met")] == ["040", "040"]
    married = first + "In 1990 Princess Ana married a French diplomat whom she met while studying in Paris."
    assert len(_on(code, married, "met")) == 2  # only the first sentence's meeting
    marriage = first + "She lost her title upon her marriage to a French diplomat whom she met while studying in Paris."
    assert len(_on(code, marriage, "met")) == 2
