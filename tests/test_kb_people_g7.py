"""Checks on the bundled people-g7-rus-chn-igo.tsv: format, consistent terms, and known office holders.

Read with the csv module so the data file is checked on its own, whatever the loader does.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "kb" / "people-g7-rus-chn-igo.tsv"
COLUMNS = ["kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org"]
COUNTRIES = {"USA", "GBR", "FRA", "DEU", "ITA", "CAN", "JPN", "RUS", "CHN"}
FAR_FUTURE = dt.date(9999, 12, 31)


def _read() -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) for every data line; `#` and blank lines skipped."""
    with PATH.open(encoding="utf-8", newline="") as f:
        lines = [(n, row) for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1)
                 if row and not row[0].startswith("#")]
    return lines[0][1], lines[1:]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    _, data = _read()
    out = []
    for lineno, cells in data:
        r = dict(zip(COLUMNS, cells))
        r["line"] = lineno
        r["start_d"] = dt.date.fromisoformat(r["start"])
        r["end_d"] = dt.date.fromisoformat(r["end"]) if r["end"] else FAR_FUTURE
        out.append(r)
    return out


def _office(r: dict) -> tuple[str, str]:
    """The office a row fills: (country, role) for national roles, (org, role) for IGO ones."""
    return (r["org"] or r["country"], r["role"])


def holders(rows: list[dict], office: tuple[str, str], day: dt.date) -> set[str]:
    return {r["name"] for r in rows if _office(r) == office and r["start_d"] <= day <= r["end_d"]}


def test_header_and_column_count() -> None:
    header, data = _read()
    assert header == COLUMNS
    assert data, "no data rows"
    bad = [n for n, cells in data if len(cells) != len(COLUMNS)]
    assert not bad, f"lines without {len(COLUMNS)} columns: {bad}"


def test_dates_parse_and_ordered(rows: list[dict]) -> None:
    for r in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["start"]), r["line"]
        assert r["start_d"] <= r["end_d"], f"line {r['line']}: start after end"
        assert r["end_d"] == FAR_FUTURE or r["end_d"] >= dt.date(2000, 1, 1), f"line {r['line']}: ended before 2000"


def test_codes_and_sectors(rows: list[dict]) -> None:
    for r in rows:
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["kb_id"]), r["line"]
        if r["org"]:
            assert (r["country"], r["sector"]) == ("", "IGO"), r["line"]
        else:
            assert r["country"] in COUNTRIES, r["line"]
            want = "MIL" if r["role"] == "defence minister" else "GOV"
            assert r["sector"] == want, r["line"]


def test_no_overlapping_terms(rows: list[dict]) -> None:
    """One holder per office at a time; a hand-over may share its day."""
    by_office: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_office[_office(r)].append(r)
    for office, terms in by_office.items():
        terms.sort(key=lambda r: r["start_d"])
        for a, b in zip(terms, terms[1:]):
            assert b["start_d"] >= a["end_d"], f"{office}: line {a['line']} overlaps line {b['line']}"


def test_one_name_and_alias_set_per_kb_id(rows: list[dict]) -> None:
    seen: dict[str, tuple[str, str]] = {}
    for r in rows:
        first = seen.setdefault(r["kb_id"], (r["name"], r["aliases"]))
        assert first == (r["name"], r["aliases"]), f"line {r['line']}: {r['kb_id']} differs from its first row"


def test_no_alias_points_at_two_people(rows: list[dict]) -> None:
    owner: dict[str, str] = {}
    for r in rows:
        for name in [r["name"], *filter(None, r["aliases"].split("|"))]:
            assert owner.setdefault(name, r["kb_id"]) == r["kb_id"], f"{name!r}: {owner[name]} and {r['kb_id']}"


OFFICES = [(c, role) for c in sorted(COUNTRIES) for role in ("head of state", "head of government",
                                                             "foreign minister", "defence minister")
           if (c, role) not in {("USA", "head of government"), ("CAN", "head of state")}]
OFFICES += [("CHN", "party leader"), ("un", "secretary-general"), ("nato", "secretary-general"),
            ("eu", "commission president"), ("eu", "high representative"), ("iaea", "director-general"),
            ("who", "director-general"), ("imf", "managing director")]


@pytest.mark.parametrize("office", OFFICES, ids=lambda o: "-".join(o))
def test_every_office_filled_each_midyear(rows: list[dict], office: tuple[str, str]) -> None:
    for year in range(2000, 2026):
        got = holders(rows, office, dt.date(year, 7, 1))
        assert len(got) == 1, f"{office} on {year}-07-01: {got}"
    assert len(holders(rows, office, FAR_FUTURE)) == 1, f"{office}: no single current holder"


@pytest.mark.parametrize("office, day, name", [
    (("RUS", "foreign minister"), "2023-10-16", "Sergey Lavrov"),
    (("USA", "foreign minister"), "2023-10-16", "Antony Blinken"),
    (("RUS", "head of state"), "2015-06-01", "Vladimir Putin"),
    (("RUS", "head of government"), "2010-06-01", "Vladimir Putin"),
    (("RUS", "head of state"), "2010-06-01", "Dmitry Medvedev"),
    (("DEU", "head of government"), "2010-01-01", "Angela Merkel"),
    (("CHN", "party leader"), "2020-01-01", "Xi Jinping"),
    (("CHN", "head of state"), "2008-08-08", "Hu Jintao"),
    (("GBR", "head of government"), "2003-03-20", "Tony Blair"),
    (("GBR", "head of state"), "2023-05-06", "Charles III"),
    (("FRA", "head of state"), "2020-01-01", "Emmanuel Macron"),
    (("JPN", "head of government"), "2015-01-01", "Shinzo Abe"),
    (("USA", "defence minister"), "2003-03-20", "Donald Rumsfeld"),
    (("un", "secretary-general"), "2020-01-01", "António Guterres"),
    (("nato", "secretary-general"), "2020-01-01", "Jens Stoltenberg"),
    (("who", "director-general"), "2020-03-11", "Tedros Adhanom Ghebreyesus"),
])
def test_known_holders(rows: list[dict], office: tuple[str, str], day: str, name: str) -> None:
    assert holders(rows, office, dt.date.fromisoformat(day)) == {name}


def test_person_with_several_roles_keeps_one_id(rows: list[dict]) -> None:
    putin = {(r["role"], r["start"]) for r in rows if r["kb_id"] == "vladimir_putin"}
    assert ("head of government", "2008-05-08") in putin and ("head of state", "2012-05-07") in putin
    assert {r["org"] for r in rows if r["kb_id"] == "ursula_von_der_leyen"} == {"", "eu"}
