"""An imperative ("Stop attacking our villages.", "Don't hold the workers hostage.") asks the one
addressed to act: it reports no act, and its speaker is not its doer, even where the parser hangs
the quoted verb on the verb of saying (events/imperatives.py). Invented sentences, each beside
the same act told with a subject of its own."""

from __future__ import annotations

import pytest

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [row for row in coded(code, text) if row[0].lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('The Russian foreign minister said: "Stop attacking our villages."', "attacking"),
        ('The Russian foreign minister said: "Do not attack our villages."', "attack"),
        ('The Russian foreign minister said: "Withdraw your troops and release the prisoners."', "withdraw"),
        ('The Russian foreign minister said: "Withdraw your troops and release the prisoners."', "release"),
        ('The Kenyan senator said: "We asked them once again: don\'t arrest the striking nurses."', "arrest"),
    ],
)
def test_an_imperative_is_not_the_speakers_act(code, text, trigger):
    assert _on(code, text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "source", "modality"),
    [
        ('The Russian foreign minister said: "We attacked the villages."', "attacked", "RUSGOV", "actual"),
        ('The Russian foreign minister said: "Russia will attack the villages."', "attack", "RUS", "planned"),
        ("The Russian foreign minister said Russia had stopped attacking the villages.", "attacking", "RUS", "actual"),
        ("Ukraine must stop attacking the villages, the Russian foreign minister said.", "attacking", "UKR", None),
    ],
)
def test_a_clause_with_its_own_subject_is_read_as_before(code, text, trigger, source, modality):
    rows = _on(code, text, trigger)
    assert rows and rows[0][2] == source
    assert modality is None or rows[0][4] == modality


def test_lets_is_the_speakers_own_proposal(code):
    # "Let's ..." includes the speaker: not an imperative to someone else
    assert _on(code, '"Let\'s all pray for the mayor," the Polish prime minister wrote.', "pray")
