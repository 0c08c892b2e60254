"""Two whole invented wire articles (tests/data/articles/expulsion-sanctions-1.txt: Norway declares
three Russian diplomats persona non grata over a spy case, summons and recalls envoys, Moscow
denounces it and threatens a mirror response, allies stand by Oslo, the 2023 tit-for-tat
expulsions; -2.txt: the EU freezes the assets of Iranian officials and bans their travel, Tehran
condemns it and summons European envoys, Turkey will not join, Washington applauds the bloc,
earlier EU, Iranian and British listings), coded blind by hand (expulsion-sanctions-*.hand.tsv)
and then by the coder (session 23, helper h1). The test keeps what the coder gets right that
matters: each event's trigger, source code, target country, CAMEO code, modality and date; and a
few things it must not code (a note of protest read as a demonstration, a headline's expulsion
made planned by the vow beside it). Both texts are invented."""

from __future__ import annotations

import pytest

from tests.event_rows import cameo_rows


@pytest.fixture(scope="module")
def expulsion(code):
    return cameo_rows(code, "expulsion-sanctions-1.txt", "2025-11-20")


@pytest.fixture(scope="module")
def sanctions(code):
    return cameo_rows(code, "expulsion-sanctions-2.txt", "2025-10-21")


@pytest.mark.parametrize(
    "row",
    [
        ("expels", "161", "NOR", "RUS", "actual", "2025-11-20"),  # the headline, beside "Moscow vows to respond"
        ("declared", "161", "NOR", "RUS", "actual", "2025-11-20"),  # persona non grata
        ("detained", "173", "NORCOP", "NOR", "actual", "2025-11-20"),
        ("summoned", "114", "NORGOV", "RUS", "actual", "2025-11-20"),  # "Foreign Minister X": Norway's
        ("recalling", "161", "NOR", "RUS", "actual", "2025-11-20"),
        ("denounced", "111", "RUSGOV", "NOR", "actual", "2025-11-20"),
        ("warned", "130", "RUSGOV", None, "actual", "2025-11-20"),
        ("detained", "173", "NOR", None, "actual", "2025-11-17"),  # "said on Monday it had detained"
        ("stood", "051", "GBRGOV", "NOR", "actual", "2025-11-20"),  # "in full solidarity with Norway"
        ("praised", "051", "DNKGOV", "NOR", "actual", "2025-11-20"),
        ("share", "064", "IGONAT", "NOR", "planned", "2025-11-20"),  # "the alliance would share intelligence"
        ("expelled", "174", "NOR", "RUS", "actual", "2023-04-01"),  # April 2023
        ("ordering", "161", "RUSGOV", "NOR", "actual", "2025-11-20"),  # date: "the following month" unread
        ("launched", "192", "RUS", "UKR", "actual", "2022-02-01"),
        (
            "declined",
            "011",
            "RUSGOV",
            None,
            "actual",
            "2025-11-20",
        ),  # "The Kremlin, asked about ..., declined to comment"
    ],
)
def test_expulsion_row_events(expulsion, row):
    assert row in expulsion


def test_expulsion_row_absent(expulsion):
    # "handed a formal note of protest": a diplomatic protest, no demonstration
    assert not [r for r in expulsion if r[1].startswith("14")]
    # the headline's expulsion is done, not planned by Moscow's vow beside it
    assert not [r for r in expulsion if r[0] == "expels" and r[4] != "actual"]
    # the Norwegian foreign minister is no actor of no country
    assert not [r for r in expulsion if r[0] == "summoned" and r[2] == "GOV"]


@pytest.mark.parametrize(
    "row",
    [
        ("freezes", "163", "IGOEUR", "IRN", "actual", "2025-10-21"),  # the headline
        ("imposed", "163", "IGOEUR", "IRN", "actual", "2025-10-20"),  # "asset freezes and travel bans", Monday
        ("call", "020", "IGOEUR", "IRN", "actual", "2025-10-21"),
        ("summoned", "114", "IRNGOV", "DEU", "actual", "2025-10-21"),
        ("summoned", "114", "IRNGOV", "FRA", "actual", "2025-10-21"),
        ("accused", "112", "IRNGOV", "DEU", "actual", "2025-10-21"),
        ("accused", "112", "IRNGOV", "FRA", "actual", "2025-10-21"),
        ("applauded", "051", "USAGOV", "IGOEUR", "actual", "2025-10-21"),  # "applauded the bloc"
        ("sanctioned", "163", "IGOEUR", "IRN", "actual", "2011-04-01"),
        ("imposed", "163", "GBR", "IRN", "actual", "2025-10-13"),  # "last week"
        ("open", "036", "IGOEUR", "IRN", "actual", "2025-10-21"),  # "open to dialogue with Iran"
        ("travel", "042", "IGOEUR", "IRN", "planned", "2025-11-01"),
        ("met", "040", "IRNGOV", "IGOEUR", "actual", "2025-09-01"),
        ("met", "040", "IGOEUR", "IRN", "actual", "2025-09-01"),
    ],
)
def test_sanctions_package_events(sanctions, row):
    assert row in sanctions


def test_sanctions_package_absent(sanctions):
    # Turkey's refusal to join is not read as a sanction of its own
    assert not [r for r in sanctions if (r[2] or "").startswith("TUR") and r[1].startswith("16")]
    # "Those listed may no longer enter": a description of the measures, no visit or ban of its own
    assert not [r for r in sanctions if r[0] == "enter"]
