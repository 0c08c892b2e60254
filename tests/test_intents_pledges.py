"""Pledges and promises (issue 13; GUIDELINE: "promised to", "vowed" are planned): the pledge is an
intent (03x) with the finest subcode the pledged act gives and that act's target; the pledged act is
planned, an act only urged or offered stays uncoded or hypothetical. Invented sentences with negatives."""

from __future__ import annotations

import pytest


def coded(code, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country"), e.modality)
        for e in code(text).events
    ]


@pytest.mark.parametrize("text, intent", [
    # the act's entry refines the pledge's 035 (yield) to 0356 (de-escalate) and aims it at Chad
    ("Sudan pledged to withdraw its troops from Chad.", ("0356", "SDN", "TCD", "actual")),
    ("Sudan committed to withdraw its troops from Chad.", ("0356", "SDN", "TCD", "actual")),
    ("France promised to send aid to Mali.", ("033", "FRA", "MLI", "actual")),
])
def test_a_pledge_is_the_finest_intent_aimed_at_the_acts_target(code, text, intent):
    assert intent in coded(code, text)


@pytest.mark.parametrize("text, act", [
    ("Sudan pledged to withdraw its troops from Chad.", ("0874", "SDN", "TCD", "planned")),
    ("France promised to send aid to Mali.", ("070", "FRA", "MLI", "planned")),
])
def test_the_pledged_act_is_planned(code, text, act):
    assert act in coded(code, text)


@pytest.mark.parametrize("text, act", [
    # asked for or offered: not promised by its doer
    ("Sudan offered to send aid to Mali.", "070"),
    ("Russia urged Sudan to withdraw its troops from Chad.", "0874"),
])
def test_an_act_asked_for_or_offered_is_not_planned(code, text, act):
    assert not [e for e in coded(code, text) if e[0] == act and e[3] == "planned"]
