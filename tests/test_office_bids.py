"""Weighing a run for office (triggers-verbs.yaml, 014 consider + office_bids): a candidate's
choice, no policy option; weighing a measure stays 014. Invented sentences."""

from __future__ import annotations

from tests.event_rows import coded

DENVER = "DENVER - Senator John Smith "


def _considered(code, text):
    return [s for _, c, s, _, _ in coded(code, text) if c == "014"]


def test_considering_a_run_is_no_policy_option(code):
    assert _considered(code, DENVER + "and Governor Jane Doe are both reportedly considering runs for president.") == []
    assert _considered(code, DENVER + "is considering a bid for the presidency.") == []


def test_considering_a_ban_is_coded(code):
    assert _considered(code, DENVER + "is considering a ban on assault weapons.") == ["USALEG"]
