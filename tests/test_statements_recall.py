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
