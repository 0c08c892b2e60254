"""A reaction to a bare definite agreement noun ("welcomed [the deal]") is aimed at the parties
of the latest earlier act that made an agreement (events/earlier.py `_agreed_by`), never at an
earlier reactor: "Egypt welcomed the agreement. Ethiopia praised the accord." is Ethiopia's
praise of the signers, not of Egypt (events.yaml agreement_act_codes). All sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_second_reaction_is_aimed_at_the_signers(code):
    rows = acts(
        code,
        "Sudan's army and the RSF signed a ceasefire agreement in Jeddah on Monday. Egypt welcomed the "
        "agreement. Ethiopia praised the accord.",
    )
    assert ("051", "EGY", "SDN") in rows and ("051", "ETH", "SDN") in rows
    assert not any(s == "ETH" and t == "EGY" for _, s, t in rows)


def test_praise_then_criticism_of_one_treaty(code):
    rows = acts(
        code,
        "Armenia and Azerbaijan signed a peace treaty on Friday. France hailed the treaty, and Iran criticised the treaty.",
    )
    assert ("111", "IRN", "ARM") in rows and ("111", "IRN", "AZE") in rows
    assert not any(s == "IRN" and t == "FRA" for _, s, t in rows)


def test_a_rejection_is_no_party_either(code):
    rows = acts(
        code,
        "Kenya and Somalia signed a maritime border deal on Tuesday. Eritrea rejected the deal. Djibouti welcomed the deal.",
    )
    assert not any(s == "DJI" and t == "ERI" for _, s, t in rows)
    assert any(s == "DJI" and t == "KEN" for _, s, t in rows)
