"""Checks of the bundled KB file people-g20.tsv (format: docs/kb.md, section kb/people-*.tsv)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "kb" / "people-g20.tsv"
COLUMNS = ["kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org"]
COUNTRIES = {"ARG", "AUS", "BRA", "IND", "IDN", "MEX", "SAU", "ZAF", "KOR", "TUR"}
ROLES = {"head of state", "head of government", "foreign minister", "defence minister"}
# (country, role) pairs the file must cover, each with exactly one current holder.
# AUS: the monarch is in the GBR rows, so only the Prime Minister here.
REQUIRED = (
    {(c, r) for c in COUNTRIES - {"AUS"} for r in ("head of state", "foreign minister", "defence minister")}
    | {("AUS", r) for r in ("head of government", "foreign minister", "defence minister")}
    | {(c, "head of government") for c in ("IND", "KOR", "SAU")}
)
# Bare names that are shared by several people or are common words: never an alias.
BANNED_ALIASES = {"singh", "kim", "lee", "park", "moon", "yoon", "han", "chung", "cho", "choi",
                  "fernández", "fernandez", "kirchner", "salman", "abdullah", "fox", "zuma dlamini"}


def _lines() -> list[tuple[int, list[str]]]:
    out = []
    with PATH.open(encoding="utf-8", newline="") as f:
        for lineno, cells in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not cells or not "".join(cells).strip() or cells[0].startswith("#"):
                continue
            out.append((lineno, cells))
    return out


LINES = _lines()
ROWS = [dict(zip(COLUMNS, cells)) | {"_line": str(n)} for n, cells in LINES[1:]]


def _date(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def holders(country: str, role: str, day: str) -> set[str]:
    d = dt.date.fromisoformat(day)
    return {
        r["kb_id"] for r in ROWS
        if r["country"] == country and r["role"] == role
        and _date(r["start"]) <= d and (not r["end"] or d <= _date(r["end"]))
    }


def test_comment_says_when_checked():
    first = PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")
    assert "checked" in PATH.read_text(encoding="utf-8").split("kb_id\t")[0].lower()


def test_header():
    assert LINES[0][1] == COLUMNS


def test_ten_columns_per_row():
    assert ROWS, "no data rows"
    for lineno, cells in LINES:
        assert len(cells) == 10, f"line {lineno}: {len(cells)} columns"


def test_cells_are_valid():
    for r in ROWS:
        where = f"line {r['_line']}"
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["kb_id"]), where
        assert r["name"].strip() == r["name"] and r["name"], where
        assert r["country"] in COUNTRIES, where
        assert r["role"] in ROLES, where
        assert r["title"], where
        assert r["sector"] == ("MIL" if r["role"] == "defence minister" else "GOV"), where
        assert r["org"] == "", where
        for a in r["aliases"].split("|") if r["aliases"] else []:
            assert a and a == a.strip() and a != r["name"], f"{where}: alias {a!r}"
            assert a.lower() not in BANNED_ALIASES, f"{where}: ambiguous alias {a!r}"


def test_dates_parse_and_are_ordered():
    for r in ROWS:
        where = f"line {r['_line']}"
        start, end = _date(r["start"]), _date(r["end"])
        assert start is not None, f"{where}: start is required"
        if end:
            assert start <= end, f"{where}: start {start} after end {end}"
            assert end >= dt.date(2000, 1, 1), f"{where}: term ended before 2000"
        assert start <= dt.date(2026, 11, 27), where


def test_no_overlapping_terms():
    terms: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in ROWS:
        terms[(r["country"], r["role"])].append(r)
    for key, rows in terms.items():
        rows.sort(key=lambda r: r["start"])
        for prev, nxt in zip(rows, rows[1:]):
            assert prev["end"], f"{key}: line {prev['_line']} is open-ended but line {nxt['_line']} follows"
            # a same-day hand-over (end == next start) is fine; anything more is an overlap
            assert _date(nxt["start"]) >= _date(prev["end"]), (
                f"{key}: line {nxt['_line']} starts {nxt['start']} before line {prev['_line']} ends {prev['end']}")


def test_one_current_holder_per_required_office():
    current: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in ROWS:
        if not r["end"]:
            current[(r["country"], r["role"])].append(r["kb_id"])
    assert set(current) == REQUIRED
    for key, ids in current.items():
        assert len(ids) == 1, f"{key}: {ids}"


def test_consistent_person_fields():
    seen: dict[str, tuple[str, str]] = {}
    for r in ROWS:
        got = (r["name"], r["aliases"])
        assert seen.setdefault(r["kb_id"], got) == got, f"line {r['_line']}: {r['kb_id']} differs"


def test_names_point_at_one_person():
    owner: dict[str, str] = {}
    for r in ROWS:
        for n in [r["name"], *filter(None, r["aliases"].split("|"))]:
            assert owner.setdefault(n.lower(), r["kb_id"]) == r["kb_id"], (
                f"{n!r} used by {owner[n.lower()]} and {r['kb_id']}")


@pytest.mark.parametrize(("country", "role", "day", "kb_id"), [
    ("IND", "head of government", "2020-01-01", "narendra_modi"),
    ("IND", "head of government", "2010-01-01", "manmohan_singh"),
    ("IND", "foreign minister", "2020-01-01", "s_jaishankar"),
    ("IND", "defence minister", "2020-01-01", "rajnath_singh"),
    ("TUR", "head of government", "2010-01-01", "recep_tayyip_erdogan"),
    ("TUR", "head of state", "2020-01-01", "recep_tayyip_erdogan"),
    ("TUR", "foreign minister", "2012-01-01", "ahmet_davutoglu"),
    ("TUR", "head of government", "2015-06-01", "ahmet_davutoglu"),
    ("BRA", "head of state", "2005-06-01", "luiz_inacio_lula_da_silva"),
    ("BRA", "head of state", "2020-01-01", "jair_bolsonaro"),
    ("BRA", "head of state", "2024-01-01", "luiz_inacio_lula_da_silva"),
    ("SAU", "head of state", "2010-01-01", "abdullah_bin_abdulaziz"),
    ("SAU", "defence minister", "2018-01-01", "mohammed_bin_salman"),
    ("SAU", "head of government", "2023-01-01", "mohammed_bin_salman"),
    ("SAU", "foreign minister", "2010-01-01", "saud_al_faisal"),
    ("IDN", "head of state", "2019-01-01", "joko_widodo"),
    ("IDN", "defence minister", "2020-01-01", "prabowo_subianto"),
    ("IDN", "head of state", "2025-01-01", "prabowo_subianto"),
    ("ARG", "head of state", "2024-06-01", "javier_milei"),
    ("ARG", "head of state", "2017-01-01", "mauricio_macri"),
    ("AUS", "head of government", "2023-01-01", "anthony_albanese"),
    ("AUS", "head of government", "2005-01-01", "john_howard"),
    ("AUS", "foreign minister", "2023-01-01", "penny_wong"),
    ("MEX", "head of state", "2020-01-01", "andres_manuel_lopez_obrador"),
    ("MEX", "head of state", "2025-01-01", "claudia_sheinbaum"),
    ("ZAF", "head of state", "2020-01-01", "cyril_ramaphosa"),
    ("ZAF", "head of state", "2012-01-01", "jacob_zuma"),
    ("KOR", "head of state", "2018-01-01", "moon_jae_in"),
    ("KOR", "foreign minister", "2005-01-01", "ban_ki_moon"),
])
def test_known_facts(country, role, day, kb_id):
    assert holders(country, role, day) == {kb_id}


def test_people_with_several_roles_share_one_id():
    roles = defaultdict(set)
    for r in ROWS:
        roles[r["kb_id"]].add((r["country"], r["role"]))
    assert roles["recep_tayyip_erdogan"] == {("TUR", "head of government"), ("TUR", "head of state")}
    assert roles["mohammed_bin_salman"] == {("SAU", "defence minister"), ("SAU", "head of government")}
    assert roles["kevin_rudd"] == {("AUS", "head of government"), ("AUS", "foreign minister")}
    assert roles["abdullah_gul"] == {("TUR", "head of government"), ("TUR", "foreign minister"),
                                     ("TUR", "head of state")}


def test_file_loads_with_the_project_reader():
    from newsgraph.kb import read_tsv

    n = sum(1 for _ in read_tsv(PATH, tuple(COLUMNS)))
    assert n == len(ROWS)
