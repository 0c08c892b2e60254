"""Two whole invented wire articles (tests/data/articles/bombing-kidnap-1.txt: a suicide bombing in
Quetta, its claim, condemnations, arrests, condolences and retaliatory air strikes; -2.txt: Italian
aid workers kidnapped in Niger and freed after Qatari mediation), coded blind by hand and then by
the coder (session 22, helper h10). The test keeps what the coder gets right that matters: each
event's trigger, source code, target country, CAMEO code, modality and date; and a few things it
must not code (a demonstration for an envoy summoned "to protest", a visit for freed hostages
arriving home, condolences aimed at an actor of the sentence before). Both texts are invented."""

from __future__ import annotations

import pytest

from tests.event_rows import cameo_rows


@pytest.fixture(scope="module")
def quetta(code):
    return cameo_rows(code, "bombing-kidnap-1.txt", "2024-03-14")


@pytest.fixture(scope="module")
def hostages(code):
    return cameo_rows(code, "bombing-kidnap-2.txt", "2024-06-21")


@pytest.mark.parametrize(
    "row",
    [
        ("blew", "1831", None, "PAK", "actual", "2024-03-13"),  # the bomber, unnamed in its sentence
        ("declared", "017", "PAKGOV", None, "actual", "2024-03-14"),  # three days of mourning
        ("arrested", "173", "PAKCOP", "PAK", "actual", "2024-03-14"),
        ("accused", "112", "PAKGOV", "AFG", "actual", "2024-03-14"),
        ("killing", "195", "PAKMIL", "PAK", "actual", "2024-03-14"),  # jets bombed TTP hideouts
        ("condemned", "111", "AFGGOV", "PAK", "actual", "2024-03-14"),  # "the air strikes": Pakistan's
        ("summoned", "114", "AFGGOV", "PAK", "actual", "2024-03-14"),  # the charge d'affaires
        ("expressed", "018", "IGOUNO", "PAK", "actual", "2024-03-14"),
        ("telephoned", "041", "IRNGOV", "PAK", "actual", "2024-03-14"),
        ("offer", "018", "IRNGOV", "PAK", "actual", "2024-03-14"),  # condolences offered in the call
        ("killed", "1831", None, "PAK", "actual", "2023-01-01"),  # Peshawar, January 2023
        ("deporting", "174", "PAK", "AFG", "actual", "2023-01-01"),  # "last year"
    ],
)
def test_quetta_bombing_events(quetta, row):
    assert row in quetta


def test_quetta_bombing_absent(quetta):
    # "summoned ... to protest" is the official complaint, no demonstration
    assert not [r for r in quetta if r[1].startswith("14")]
    # Raisi's condolences are not aimed at China, whose ministry spoke in the sentence before
    assert not [r for r in quetta if r[1] == "018" and r[3] == "CHN"]


@pytest.mark.parametrize(
    "row",
    [
        ("kidnapped", "181", "UAF", "ITA", "actual", "2023-11-01"),  # "seven months ago"
        ("thanking", "051", "ITAGOV", "QAT", "actual", "2024-06-20"),
        ("claimed", "015", "IMGALQ", None, "actual", "2024-06-21"),
        ("praised", "051", "ITAGOV", "NER", "actual", "2024-06-21"),
        ("abducted", "181", None, "DEU", "actual", "2024-04-01"),
        ("closed", "161", "FRA", "NER", "actual", "2023-12-01"),  # its embassy in Niger
        ("travel", "042", "ITAGOV", "NER", "planned", "2024-07-01"),
        ("hosted", "043", "QAT", "USA", "actual", "2024-06-21"),
    ],
)
def test_hostage_release_events(hostages, row):
    assert row in hostages


def test_hostage_release_absent(hostages):
    # "They arrived in Rome": the freed Italians going home, no Italian visit to Italy
    assert not [r for r in hostages if r[1] == "042" and r[2] and r[2].startswith("ITA") and r[3] == "ITA"]
