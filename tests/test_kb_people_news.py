"""Checks for the bundled knowledge-base file kb/people-news.tsv.

The file lists people with dated roles (see docs/kb.md, section `kb/people-*.tsv`).
Read with the csv module only, so the test does not depend on the loader.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "kb" / "people-news.tsv"
HEADER = ["kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org"]
ROLES = {"head of state", "head of government", "foreign minister", "defence minister", "hamas leader"}
SECTOR = {"head of state": "GOV", "head of government": "GOV", "foreign minister": "GOV",
          "defence minister": "MIL", "hamas leader": "REB"}
COUNTRIES = {"UKR", "ISR", "PSE", "IRN", "PRK", "SYR", "VEN", "BLR", "IRQ", "AFG",
             "PAK", "EGY", "TWN", "POL", "QAT", "KAZ"}
TODAY = dt.date(2026, 11, 27)


def _read() -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Return (header, [(line_no, cells)]), skipping '#' comments and blank lines."""
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    with PATH.open(encoding="utf-8", newline="") as fh:
        for line_no, cells in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not cells or not "".join(cells).strip() or cells[0].startswith("#"):
                continue
            if header is None:
                header = cells
            else:
                rows.append((line_no, cells))
    assert header is not None, "no header line"
    return header, rows


HEADER_READ, ROWS = _read()
RECORDS = [(n, dict(zip(HEADER, cells))) for n, cells in ROWS]


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _end(rec: dict) -> dt.date:
    return _date(rec["end"]) if rec["end"] else dt.date.max


def holders(country: str, role: str, on: str) -> set[str]:
    day = _date(on)
    return {r["kb_id"] for _, r in RECORDS
            if r["country"] == country and r["role"] == role and _date(r["start"]) <= day <= _end(r)}


def test_header():
    assert HEADER_READ == HEADER


def test_file_starts_with_comments_saying_when_checked():
    lines = PATH.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    comments = [ln for ln in lines[: lines.index("\t".join(HEADER))] if ln.startswith("#")]
    assert any(re.search(r"[Cc]hecked \d{4}-\d{2}-\d{2}", ln) for ln in comments)


def test_ten_columns_per_row():
    bad = [n for n, cells in ROWS if len(cells) != 10]
    assert not bad, f"lines with != 10 columns: {bad}"


def test_no_stray_whitespace_or_empty_list_items():
    for n, rec in RECORDS:
        for col, val in rec.items():
            assert val == val.strip(), f"line {n} {col}: surrounding whitespace"
        assert all(a.strip() for a in rec["aliases"].split("|")) or rec["aliases"] == "", n


def test_cell_values():
    for n, rec in RECORDS:
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", rec["kb_id"]), f"line {n}: kb_id {rec['kb_id']!r}"
        assert rec["name"], f"line {n}: empty name"
        assert rec["country"] in COUNTRIES, f"line {n}: country {rec['country']!r}"
        assert rec["role"] in ROLES, f"line {n}: role {rec['role']!r}"
        assert rec["title"], f"line {n}: empty title"
        assert rec["sector"] == SECTOR[rec["role"]], f"line {n}: sector {rec['sector']!r} for {rec['role']}"
        assert rec["org"] == "", f"line {n}: org must be empty"


def test_dates_parse_and_are_ordered():
    for n, rec in RECORDS:
        start = _date(rec["start"])  # raises on a bad date
        assert start <= TODAY, f"line {n}: start in the future"
        if rec["end"]:
            end = _date(rec["end"])
            assert start <= end, f"line {n}: start {start} after end {end}"
            assert end <= TODAY, f"line {n}: end in the future"
            # every role must overlap the period the file covers
            assert end >= dt.date(2000, 1, 1), f"line {n}: role ended before 2000"


def test_no_overlapping_terms_per_country_and_role():
    by_key: dict[tuple[str, str], list[tuple[dt.date, dt.date, int, str]]] = defaultdict(list)
    for n, rec in RECORDS:
        by_key[(rec["country"], rec["role"])].append((_date(rec["start"]), _end(rec), n, rec["kb_id"]))
    for key, terms in by_key.items():
        terms.sort()
        for (s1, e1, n1, p1), (s2, e2, n2, p2) in zip(terms, terms[1:]):
            # a hand-over on the same day is allowed (end of one == start of next)
            assert e1 <= s2, f"{key}: line {n1} ({p1}, to {e1}) overlaps line {n2} ({p2}, from {s2})"


def test_at_most_one_current_holder_per_country_and_role():
    current = defaultdict(list)
    for n, rec in RECORDS:
        if not rec["end"]:
            current[(rec["country"], rec["role"])].append(rec["kb_id"])
    for key, ids in current.items():
        assert len(ids) == 1, f"{key}: several current holders {ids}"


@pytest.mark.parametrize("country", sorted(COUNTRIES))
def test_every_country_has_a_current_head_of_state_government_and_foreign_minister(country):
    for role in ("head of state", "head of government", "foreign minister"):
        assert len(holders(country, role, TODAY.isoformat())) == 1, (country, role)


def test_consistent_name_and_aliases_per_kb_id():
    names: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for _, rec in RECORDS:
        names[rec["kb_id"]].add(rec["name"])
        aliases[rec["kb_id"]].add(rec["aliases"])
    assert {k: v for k, v in names.items() if len(v) > 1} == {}
    assert {k: v for k, v in aliases.items() if len(v) > 1} == {}


def test_no_alias_shared_by_two_people():
    owner: dict[str, str] = {}
    for n, rec in RECORDS:
        for form in [rec["name"], *filter(None, rec["aliases"].split("|"))]:
            key = form.casefold()
            prev = owner.setdefault(key, rec["kb_id"])
            assert prev == rec["kb_id"], f"line {n}: {form!r} used by {prev} and {rec['kb_id']}"


@pytest.mark.parametrize("bare", ["Kim", "Khan", "Sharif", "Abbas", "Kaczyński", "Kaczynski", "Akhmetov",
                                  "Al Thani", "Lee", "Chen", "Wu", "Mustafa", "Rabbani", "Katz", "Cohen",
                                  "Rodríguez", "Rodriguez", "Rangel", "Hussein", "Ri", "Pak", "Choe",
                                  "Bhutto", "Tang", "Yen", "Kao", "Attiyah"])
def test_ambiguous_bare_surnames_are_not_aliases(bare):
    for n, rec in RECORDS:
        assert bare.casefold() not in {a.casefold() for a in rec["aliases"].split("|")}, (n, bare)


@pytest.mark.parametrize("country,role,day,kb_id", [
    ("UKR", "head of state", "2023-01-01", "volodymyr_zelensky"),
    ("UKR", "head of state", "2012-06-01", "viktor_yanukovych"),
    ("UKR", "foreign minister", "2022-03-01", "dmytro_kuleba"),
    ("UKR", "defence minister", "2022-03-01", "oleksii_reznikov"),
    ("ISR", "head of government", "2023-10-07", "benjamin_netanyahu"),
    ("ISR", "head of government", "2008-01-01", "ehud_olmert"),
    ("ISR", "head of government", "2021-12-01", "naftali_bennett"),
    ("ISR", "head of state", "2016-01-01", "reuven_rivlin"),
    ("ISR", "defence minister", "2023-10-07", "yoav_gallant"),
    ("PSE", "head of state", "2003-01-01", "yasser_arafat"),
    ("PSE", "head of state", "2015-01-01", "mahmoud_abbas"),
    ("PSE", "hamas leader", "2020-01-01", "ismail_haniyeh"),
    ("IRN", "head of state", "2010-01-01", "ali_khamenei"),
    ("IRN", "head of government", "2015-07-14", "hassan_rouhani"),
    ("IRN", "foreign minister", "2015-07-14", "mohammad_javad_zarif"),
    ("PRK", "head of state", "2005-01-01", "kim_jong_il"),
    ("PRK", "head of state", "2018-06-12", "kim_jong_un"),
    ("SYR", "head of state", "2013-08-21", "bashar_al_assad"),
    ("SYR", "foreign minister", "2015-01-01", "walid_muallem"),
    ("VEN", "head of state", "2010-01-01", "hugo_chavez"),
    ("VEN", "head of state", "2019-01-23", "nicolas_maduro"),
    ("BLR", "head of state", "2020-08-09", "alexander_lukashenko"),
    ("IRQ", "head of state", "2002-01-01", "saddam_hussein"),
    ("IRQ", "head of government", "2010-01-01", "nouri_al_maliki"),
    ("AFG", "head of state", "2010-01-01", "hamid_karzai"),
    ("AFG", "head of state", "2018-01-01", "ashraf_ghani"),
    ("PAK", "head of state", "2005-01-01", "pervez_musharraf"),
    ("PAK", "head of government", "2020-01-01", "imran_khan"),
    ("EGY", "head of state", "2005-01-01", "hosni_mubarak"),
    ("EGY", "head of state", "2013-01-01", "mohamed_morsi"),
    ("EGY", "head of state", "2020-01-01", "abdel_fattah_el_sisi"),
    ("TWN", "head of state", "2020-01-01", "tsai_ing_wen"),
    ("POL", "head of government", "2010-01-01", "donald_tusk"),
    ("POL", "head of state", "2020-01-01", "andrzej_duda"),
    ("QAT", "head of state", "2020-01-01", "tamim_bin_hamad_al_thani"),
    ("KAZ", "head of state", "2010-01-01", "nursultan_nazarbayev"),
    ("KAZ", "head of state", "2022-01-05", "kassym_jomart_tokayev"),
])
def test_known_facts(country, role, day, kb_id):
    assert holders(country, role, day) == {kb_id}


def test_hafez_assad_until_his_death():
    rec = next(r for _, r in RECORDS if r["kb_id"] == "hafez_al_assad")
    assert rec["end"] == "2000-06-10"


def test_netanyahu_has_two_terms_as_prime_minister():
    terms = [r for _, r in RECORDS if r["kb_id"] == "benjamin_netanyahu" and r["role"] == "head of government"]
    assert len(terms) == 2
