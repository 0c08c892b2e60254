"""Statements and political acts (issue 14, CAMEO 01-17) that whole articles report and the
coder missed: invented sentences, each with a negative beside it."""

from __future__ import annotations

import pytest

from tests.trigger_checks import entry


def _events(code, text):
    return [
        (e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country"), e.trigger)
        for e in code(text).events
    ]


def test_suspended_parliament_is_the_sanctions_target(code):
    evs = _events(code, "Kenya's president suspended the Kenyan parliament for three weeks.")
    assert [e for e in evs if e[0] == "172" and e[1] == "KEN" and e[2] == "KEN"]


def test_suspended_constitution_has_no_target(code):
    evs = _events(code, "Kenya's president suspended the constitution for three weeks.")
    assert [e for e in evs if e[0] == "172" and e[1] == "KEN" and e[2] is None]


@pytest.mark.parametrize(
    "text, word, cameo",
    [
        ("The Iraqi minister said he appreciates Jordan's help with the refugees.", "appreciates", "051"),
        ("The Iraqi minister said he appreciates that the talks are difficult.", "appreciates", None),
    ],
)
def test_appreciate(nlp, text, word, cameo):
    assert entry(nlp, text, word) == cameo


@pytest.mark.parametrize(
    "text, word, cameo",
    [
        ("The Kenyan president pardoned the jailed Ugandan opposition leader.", "pardoned", "0841"),
        ("The Kenyan president granted a pardon to the jailed opposition leader.", "granted", "0841"),
        ("The Kenyan president granted a licence to the mining company.", "granted", None),
        ("The Ugandan opposition leader chided the Kenyan government.", "chided", "111"),
        ("The Ugandan opposition leader mocked the Kenyan president on television.", "mocked", "111"),
        ("The Ugandan opposition faulted the Kenyan government for the delays.", "faulted", "111"),
        ("Nobody could fault the design of the new bridge.", "fault", None),
    ],
)
def test_pardons_and_rebukes(nlp, text, word, cameo):
    assert entry(nlp, text, word) == cameo


def _accusations(code, text):
    return [e[:3] for e in _events(code, text) if e[0].startswith("112")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army said al-Shabaab militants were responsible for the bombing in Mombasa.",
        "The Kenyan army said al-Shabaab militants are the suspected perpetrators of the bombing.",
        "The Kenyan army said al-Shabaab was behind the bombing in Mombasa.",
        "Al-Shabaab was behind the bombing in Mombasa, the Kenyan army said.",
        "The Kenyan army said al-Shabaab was the main suspect in the bombing in Mombasa.",
    ],
)
def test_naming_the_doer_of_an_attack_is_an_accusation(code, text):
    assert ("112", "KEN", "SOM") in _accusations(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army said Somali police were responsible for security at the stadium.",
        "The Kenyan army said al-Shabaab militants were the main beneficiaries of the deal.",
        "The Kenyan army said al-Shabaab was not behind the bombing in Mombasa.",
        "The Kenyan army said al-Shabaab may have been behind the bombing in Mombasa.",
        "The Kenyan army said Kenyan troops were responsible for the attack.",
        "Al-Shabaab militants were behind the bombing in Mombasa.",
        "The Kenyan army said Somalia was part of the trade deal.",
    ],
)
def test_no_accusation_without_a_hostile_act_a_stated_clause_or_another_side(code, text):
    assert not [e for e in _accusations(code, text) if e[1] == "KEN"]


def test_holding_an_actor_responsible_is_an_accusation(code):
    evs = _events(code, "The Kenyan government held Somalia responsible for the attack on the border post.")
    assert ("112", "KEN", "SOM") in [e[:3] for e in evs]


def test_holding_talks_is_no_accusation(code):
    assert not _accusations(code, "The Kenyan president held talks with Somalia on Monday.")
