"""Checks for the bundled knowledge-base file kb/people-unsc.tsv.

The file lists people with dated roles (see docs/kb.md, section `kb/people-*.tsv`) for the elected
UN Security Council members of 2025-2026 that the other people files do not cover. The data checks
read the file with the csv module only; the last tests load it with the project's loader.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

KB_DIR = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "kb"
PATH = KB_DIR / "people-unsc.tsv"
HEADER = ["kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org"]
HS, HG, FM, DM = "head of state", "head of government", "foreign minister", "defence minister"
SECTOR = {HS: "GOV", HG: "GOV", FM: "GOV", DM: "MIL"}
COUNTRIES = {"DNK", "GRC", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR"}
# The offices the file covers. PAN has no armed forces (so no defence minister); the presidents of
# COL, PAN and LBR also head the government, so there is no separate head of government there.
COVERED = (
    {(c, r) for c in COUNTRIES for r in (HS, FM)}
    | {(c, HG) for c in ("DNK", "GRC", "SOM", "BHR", "COD", "LVA")}
    | {(c, DM) for c in COUNTRIES - {"PAN"}}
)
# Offices whose holder on the check date is not known (see the file's header comment): Petro's
# term ended on 2026-08-07 and his successor (elected in June 2026) and ministers are not in the file.
NO_CURRENT_HOLDER = {("COL", HS), ("COL", FM), ("COL", DM)}
TODAY = dt.date(2026, 11, 27)


def _read(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Return (header, [(line_no, cells)]), skipping '#' comments and blank lines."""
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line_no, cells in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not cells or not "".join(cells).strip() or cells[0].startswith("#"):
                continue
            if header is None:
                header = cells
            else:
                rows.append((line_no, cells))
    assert header is not None, f"{path.name}: no header line"
    return header, rows


HEADER_READ, ROWS = _read(PATH)
RECORDS = [(n, dict(zip(HEADER, cells))) for n, cells in ROWS]
OTHER_FILES = sorted(p for p in KB_DIR.glob("people*.tsv") if p != PATH)


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _end(rec: dict) -> dt.date:
    return _date(rec["end"]) if rec["end"] else dt.date.max


def _forms(rec: dict) -> list[str]:
    return [rec["name"], *filter(None, rec["aliases"].split("|"))]


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
        if rec["aliases"]:
            assert all(a and a == a.strip() for a in rec["aliases"].split("|")), f"line {n}: empty alias"
            assert rec["name"] not in rec["aliases"].split("|"), f"line {n}: alias repeats the name"


def test_cell_values():
    for n, rec in RECORDS:
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", rec["kb_id"]), f"line {n}: kb_id {rec['kb_id']!r}"
        assert rec["name"], f"line {n}: empty name"
        assert rec["country"] in COUNTRIES, f"line {n}: country {rec['country']!r}"
        assert rec["role"] in SECTOR, f"line {n}: role {rec['role']!r}"
        assert rec["title"], f"line {n}: empty title"
        assert rec["sector"] == SECTOR[rec["role"]], f"line {n}: sector {rec['sector']!r} for {rec['role']}"
        assert rec["org"] == "", f"line {n}: org must be empty"


def test_only_covered_offices():
    found = {(r["country"], r["role"]) for _, r in RECORDS}
    assert found == COVERED


def test_dates_parse_and_are_ordered():
    for n, rec in RECORDS:
        start = _date(rec["start"])  # raises on a bad date
        assert start <= TODAY, f"line {n}: start in the future"
        if rec["end"]:
            end = _date(rec["end"])
            assert start <= end, f"line {n}: start {start} after end {end}"
            assert end <= TODAY, f"line {n}: end in the future"
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


def test_one_current_holder_per_covered_office():
    current: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, rec in RECORDS:
        if not rec["end"]:
            current[(rec["country"], rec["role"])].append(rec["kb_id"])
    for key in sorted(COVERED):
        want = 0 if key in NO_CURRENT_HOLDER else 1
        assert len(current.get(key, [])) == want, f"{key}: current holders {current.get(key, [])}"
    assert holders("COL", HS, TODAY.isoformat()) == set()


def test_consistent_name_and_aliases_per_kb_id():
    fields: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, rec in RECORDS:
        fields[rec["kb_id"]].add((rec["name"], rec["aliases"]))
    assert {k: v for k, v in fields.items() if len(v) > 1} == {}


def test_no_alias_shared_by_two_people():
    owner: dict[str, str] = {}
    for n, rec in RECORDS:
        for form in _forms(rec):
            prev = owner.setdefault(form.casefold(), rec["kb_id"])
            assert prev == rec["kb_id"], f"line {n}: {form!r} used by {prev} and {rec['kb_id']}"


def test_no_alias_clash_with_the_other_people_files():
    """A name or alias here may only be shared with another file under the same kb_id."""
    assert OTHER_FILES, "the other people files are missing"
    other: dict[str, tuple[str, str]] = {}
    other_names: dict[str, str] = {}
    for path in OTHER_FILES:
        header, rows = _read(path)
        for _, cells in rows:
            rec = dict(zip(header, cells))
            other_names.setdefault(rec["kb_id"], rec["name"])
            for form in _forms(rec):
                other.setdefault(form.casefold(), (rec["kb_id"], path.name))
    for n, rec in RECORDS:
        for form in _forms(rec):
            hit = other.get(form.casefold())
            assert hit is None or hit[0] == rec["kb_id"], f"line {n}: {form!r} is {hit[0]} in {hit[1]}"
        # a person shared with another file keeps the same canonical name
        if rec["kb_id"] in other_names:
            assert other_names[rec["kb_id"]] == rec["name"], f"line {n}: {rec['kb_id']} named differently"


@pytest.mark.parametrize("bare", [
    "Rasmussen", "Frederiksen", "Hækkerup", "Haekkerup", "Jensen", "Nielsen", "Poulsen", "Christensen",
    "Ellemann", "Bērziņš", "Berzins", "Mūrniece", "Murniece", "Fiqi", "Kamara", "Taylor", "Blah",
    "Bryant", "Wallace", "Weah", "Braze", "Santos", "Tshisekedi", "Varela", "Martinelli", "Murillo",
    "Sánchez", "Sanchez", "Pedro Sánchez", "Pedro Sanchez", "Ramírez", "Ramirez", "Holguín", "Ilunga",
    "Karamanlis", "Stephanopoulos", "Venizelos", "Panagiotopoulos", "Bakoyannis", "Alemán", "Barre",
    "Salman", "Hamad", "Khalifa", "Al Khalifa", "Zayani", "Al Zayani", "Chea", "Gade", "Holst",
])
def test_ambiguous_bare_names_are_not_aliases(bare):
    for n, rec in RECORDS:
        assert bare.casefold() not in {f.casefold() for f in _forms(rec)}, (n, bare)


@pytest.mark.parametrize("country,role,day,kb_id", [
    ("DNK", HS, "2010-01-01", "margrethe_ii"),
    ("DNK", HS, "2025-01-01", "frederik_x"),
    ("DNK", HG, "2005-01-01", "anders_fogh_rasmussen"),
    ("DNK", HG, "2013-01-01", "helle_thorning_schmidt"),
    ("DNK", HG, "2017-01-01", "lars_lokke_rasmussen"),
    ("DNK", HG, "2021-01-01", "mette_frederiksen"),
    ("DNK", FM, "2024-01-01", "lars_lokke_rasmussen"),
    ("GRC", HG, "2010-06-01", "george_papandreou"),
    ("GRC", HG, "2016-01-01", "alexis_tsipras"),
    ("GRC", HG, "2024-01-01", "kyriakos_mitsotakis"),
    ("GRC", HS, "2010-01-01", "karolos_papoulias"),
    ("GRC", FM, "2020-01-01", "nikos_dendias"),
    ("GRC", DM, "2017-01-01", "panos_kammenos"),
    ("PAN", HS, "2016-01-01", "juan_carlos_varela"),
    ("PAN", HS, "2025-01-01", "jose_raul_mulino"),
    ("SOM", HS, "2019-01-01", "mohamed_abdullahi_mohamed"),
    ("SOM", HS, "2014-01-01", "hassan_sheikh_mohamud"),
    ("SOM", HS, "2024-01-01", "hassan_sheikh_mohamud"),
    ("SOM", HS, "2010-01-01", "sharif_sheikh_ahmed"),
    ("BHR", HS, "2011-02-14", "hamad_bin_isa_al_khalifa"),
    ("BHR", HG, "2011-02-14", "khalifa_bin_salman_al_khalifa"),
    ("BHR", HG, "2022-01-01", "salman_bin_hamad_al_khalifa"),
    ("COL", HS, "2008-03-01", "alvaro_uribe"),
    ("COL", HS, "2016-09-26", "juan_manuel_santos"),
    ("COL", HS, "2020-01-01", "ivan_duque"),
    ("COL", HS, "2023-01-01", "gustavo_petro"),
    ("COL", DM, "2008-03-01", "juan_manuel_santos"),
    ("COL", FM, "2015-01-01", "maria_angela_holguin"),
    ("COD", HS, "2010-01-01", "joseph_kabila"),
    ("COD", HS, "2022-01-01", "felix_tshisekedi"),
    ("COD", HS, "2000-06-01", "laurent_desire_kabila"),
    ("LVA", HS, "2013-01-01", "andris_berzins"),
    ("LVA", HG, "2012-01-01", "valdis_dombrovskis"),
    ("LVA", HG, "2021-01-01", "krisjanis_karins"),
    ("LVA", FM, "2015-01-01", "edgars_rinkevics"),
    ("LVA", HS, "2024-01-01", "edgars_rinkevics"),
    ("LBR", HS, "2010-01-01", "ellen_johnson_sirleaf"),
    ("LBR", HS, "2020-01-01", "george_weah"),
    ("LBR", HS, "2002-01-01", "charles_taylor"),
    ("LBR", HS, "2025-01-01", "joseph_boakai"),
])
def test_known_facts(country, role, day, kb_id):
    assert holders(country, role, day) == {kb_id}


def test_people_with_several_roles_share_one_id():
    roles = defaultdict(set)
    for _, r in RECORDS:
        roles[r["kb_id"]].add((r["country"], r["role"]))
    assert roles["lars_lokke_rasmussen"] == {("DNK", HG), ("DNK", FM)}
    assert roles["george_papandreou"] == {("GRC", HG), ("GRC", FM)}
    assert roles["mohamed_abdullahi_mohamed"] == {("SOM", HS), ("SOM", HG)}
    assert roles["juan_manuel_santos"] == {("COL", HS), ("COL", DM)}
    assert roles["edgars_rinkevics"] == {("LVA", HS), ("LVA", FM)}


def test_two_latvians_named_andris_berzins_are_two_people():
    names = {r["kb_id"]: r["name"] for _, r in RECORDS if r["kb_id"].startswith("andris_berzins")}
    assert names == {"andris_berzins": "Andris Bērziņš", "andris_berzins_1951": "Andris Bērziņš (born 1951)"}
    assert holders("LVA", HG, "2001-01-01") == {"andris_berzins_1951"}


def test_file_loads_with_the_project_loader():
    from newsgraph.kb import KB

    kb = KB()  # loads every bundled file, this one included
    ids = {r["kb_id"] for _, r in RECORDS}
    assert ids <= set(kb.people)
    for kb_id in ids:
        own = [r for _, r in RECORDS if r["kb_id"] == kb_id]
        loaded = [ro for ro in kb.people[kb_id].roles if ro.country in COUNTRIES]
        assert len(loaded) == len(own), kb_id
    # Anders Fogh Rasmussen is also NATO Secretary General in another file: one person, both roles.
    afr = kb.people["anders_fogh_rasmussen"]
    assert {ro.role for ro in afr.roles} >= {"head of government", "secretary-general"}
    assert afr.role_on(dt.date(2005, 1, 1)).country == "DNK"
    assert afr.role_on(dt.date(2012, 1, 1)).org == "nato"
    frederiksen = kb.people["mette_frederiksen"]
    assert frederiksen.role_on(dt.date(2020, 1, 1)).role == "head of government"
    fiqi = kb.people["ahmed_moalim_fiqi"].role_on(dt.date(2025, 6, 1))
    assert (fiqi.country, fiqi.role, fiqi.sector) == ("SOM", "defence minister", "MIL")


def test_file_loads_with_the_project_reader():
    from newsgraph.kb import read_tsv

    assert sum(1 for _ in read_tsv(PATH, tuple(HEADER))) == len(ROWS)
