"""An act only wished for ("wants the premier to resign", "wishes to negotiate") or that someone
has a right to do ("is eligible to appeal", "is entitled to appeal") is not reported: English
states the wish or the right, not the act (events.yaml asking_words). Invented sentences, each
beside the act told as done."""

from __future__ import annotations

import pytest

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [row for row in coded(code, text) if row[0].lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Kenyan opposition wants the prime minister to resign.", "resign"),
        ("Ukraine wants Russia to withdraw its troops from Crimea.", "withdraw"),
        ("The Iranian president wants to meet the Saudi king.", "meet"),
        ("India wishes to negotiate a truce with Pakistan.", "negotiate"),
        ("The former Brazilian minister is eligible to appeal the verdict.", "appeal"),
        ("The jailed Russian activist is entitled to appeal the ruling.", "appeal"),
    ],
)
def test_a_wished_act_or_a_right_to_act_is_not_coded(code, text, trigger):
    assert _on(code, text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("The Kenyan prime minister resigned on Monday.", "resigned", "0831"),
        ("Russia withdrew its troops from Crimea.", "withdrew", "0874"),
        ("The Iranian president met the Saudi king.", "met", "040"),
        ("India negotiated a truce with Pakistan.", "negotiated", "046"),
        ("The jailed Russian activist appealed the ruling.", "appealed", "115"),
    ],
)
def test_the_act_itself_is_coded(code, text, trigger, cameo):
    rows = _on(code, text, trigger)
    assert rows and all(r[4] == "actual" for r in rows)
    assert cameo in {r[1] for r in rows}


def test_a_demand_that_another_acts_is_still_the_demand(code):
    # asking for it codes the demand (10x), not the act asked for
    rows = coded(code, "The Kenyan opposition demanded the resignation of the prime minister.")
    assert [r[1][:2] for r in rows] == ["10"]
