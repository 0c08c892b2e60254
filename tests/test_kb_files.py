"""Checks on the bundled countries.tsv, orgs*.tsv, agents.tsv and regions.tsv.

Read with the csv module so the data files are checked on their own, whatever the
loader does: headers, column counts, codes, cross-references, no surface form that
points at two entities, and a few facts every later stage relies on.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

KB = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "kb"

COLUMNS = {
    "countries.tsv": ["iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "government"],
    "orgs.tsv": ["kb_id", "name", "aliases", "kind", "country", "sector", "code"],
    "agents.tsv": ["term", "sector", "person", "role"],
    "regions.tsv": ["name", "aliases", "lat", "lon"],
}
LIST_COLUMNS = {
    "countries.tsv": ["aliases", "demonyms", "capital_aliases", "government"],
    "orgs.tsv": ["aliases"],
    "agents.tsv": [],
    "regions.tsv": ["aliases"],
}

# CAMEO sector (role and type) codes the KB may use. The last three are the
# international types whose code starts with them: IGO, NGO and IMG (international
# militarized group).
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF", "RAD", "OPP",
    "PTY", "CVL", "MED", "BUS", "EDU", "REF", "HLH", "REL", "LAB", "AGR", "CRM", "HRI",
    "ENV", "DEV", "ELI", "MNC", "IGO", "NGO", "IMG",
}
INTERNATIONAL = {"IGO", "NGO", "IMG"}
KINDS = {"igo", "ngo", "gov", "party", "media", "company", "rebel", "initiative"}
ROLES = {"head of state", "head of government", "foreign minister", "defence minister"}
EXTRA_CODES = {"XKX", "SUN", "YUG"}

# Every bundled orgs*.tsv file (the loader reads them all) is checked like orgs.tsv.
ORG_FILES = sorted(p.name for p in KB.glob("orgs*.tsv"))
for _name in ORG_FILES:
    COLUMNS.setdefault(_name, COLUMNS["orgs.tsv"])
    LIST_COLUMNS.setdefault(_name, LIST_COLUMNS["orgs.tsv"])


def read(name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) of every data line; `#` and blank lines skipped."""
    with (KB / name).open(encoding="utf-8", newline="") as f:
        lines = [
            (n, row)
            for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1)
            if row and not row[0].startswith("#")
        ]
    return lines[0][1], lines[1:]


def rows(name: str) -> list[dict]:
    cols = COLUMNS[name]
    out = []
    for lineno, cells in read(name)[1]:
        r = dict(zip(cols, cells))
        r["line"] = lineno
        out.append(r)
    return out


def items(cell: str) -> list[str]:
    return cell.split("|") if cell else []


@pytest.fixture(scope="module")
def countries() -> dict[str, dict]:
    return {r["iso3"]: r for r in rows("countries.tsv")}


def org_rows() -> list[dict]:
    """The rows of every orgs*.tsv file, each with its file name."""
    return [dict(r, file=name) for name in ORG_FILES for r in rows(name)]


@pytest.fixture(scope="module")
def orgs() -> dict[str, dict]:
    return {r["kb_id"]: r for r in org_rows()}


@pytest.fixture(scope="module")
def agents() -> dict[str, dict]:
    return {r["term"]: r for r in rows("agents.tsv")}


@pytest.fixture(scope="module")
def regions() -> dict[str, dict]:
    return {r["name"]: r for r in rows("regions.tsv")}


# --- format ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_header_and_comment(name):
    text = (KB / name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name}: starts with a comment saying what it is"
    header, _ = read(name)
    assert header == COLUMNS[name]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_cells(name):
    cols = COLUMNS[name]
    _, data = read(name)
    assert data, f"{name} has no rows"
    for lineno, cells in data:
        where = f"{name}:{lineno}"
        assert len(cells) == len(cols), f"{where}: {len(cells)} columns, want {len(cols)}"
        for col, cell in zip(cols, cells):
            assert cell == cell.strip(), f"{where}: {col} has surrounding blanks"
            assert '"' not in cell, f"{where}: {col} has a double quote"
        for col in LIST_COLUMNS[name]:
            cell = cells[cols.index(col)]
            parts = items(cell)
            assert all(p and p == p.strip() for p in parts), f"{where}: {col} has an empty or padded item"
            assert len(parts) == len(set(parts)), f"{where}: {col} repeats an item"


# --- countries -----------------------------------------------------------------------


def test_country_codes(countries):
    data = rows("countries.tsv")
    codes = [r["iso3"] for r in data]
    assert len(codes) == len(set(codes)), "duplicate iso3"
    for r in data:
        assert re.fullmatch(r"[A-Z]{3}", r["iso3"]), f"countries.tsv:{r['line']}: bad iso3 {r['iso3']!r}"
        assert r["name"], f"countries.tsv:{r['line']}: no name"


def test_every_iso_country_present(countries):
    iso = {c.alpha_3 for c in pycountry.countries}
    missing = iso - set(countries)
    assert not missing, f"ISO 3166-1 codes missing: {sorted(missing)}"
    assert EXTRA_CODES <= set(countries)
    assert set(countries) - iso <= EXTRA_CODES


def test_government_metonyms_are_few(countries):
    with_gov = {k for k, r in countries.items() if r["government"]}
    assert {"RUS", "USA", "GBR", "FRA", "CHN", "UKR"} <= with_gov
    assert len(with_gov) <= 20, f"government metonyms only for well-known cases, got {sorted(with_gov)}"


# --- orgs ----------------------------------------------------------------------------


def test_org_files():
    assert {"orgs.tsv", "orgs-agencies.tsv"} <= set(ORG_FILES)


def test_org_ids_unique_across_files():
    seen: dict[str, str] = {}
    for r in org_rows():
        where = f"{r['file']}:{r['line']}"
        assert r["kb_id"] not in seen, f"{where}: kb_id {r['kb_id']!r} already at {seen[r['kb_id']]}"
        seen[r["kb_id"]] = where


@pytest.mark.parametrize("name", ORG_FILES)
def test_org_rows(name, countries):
    data = rows(name)
    ids = [r["kb_id"] for r in data]
    assert len(ids) == len(set(ids)), "duplicate kb_id"
    for r in data:
        where = f"{name}:{r['line']} ({r['kb_id']})"
        assert re.fullmatch(r"[a-z0-9_]+", r["kb_id"]), where
        assert r["name"], where
        assert r["kind"] in KINDS, f"{where}: kind {r['kind']!r}"
        assert r["sector"] in SECTORS, f"{where}: sector {r['sector']!r}"
        assert re.fullmatch(r"[A-Z]{6}", r["code"]), f"{where}: code {r['code']!r} is not 6 letters"
        if r["country"]:
            assert r["country"] in countries, f"{where}: unknown country {r['country']!r}"
            assert r["sector"] not in INTERNATIONAL, f"{where}: a national body cannot be {r['sector']}"
            assert r["code"] == r["country"] + r["sector"], f"{where}: code {r['code']} != country + sector"
        else:
            assert r["sector"] in INTERNATIONAL, f"{where}: no country, so sector must be IGO/NGO/IMG"
            assert r["code"].startswith(r["sector"]), f"{where}: code {r['code']} must start with {r['sector']}"
        if r["kind"] == "igo":
            assert not r["country"] and r["sector"] == "IGO", where
        if r["kind"] == "ngo":
            assert not r["country"] and r["sector"] == "NGO", where
        if r["kind"] in {"gov", "media", "party"}:
            assert r["country"], f"{where}: a {r['kind']} has a country"
        if r["kind"] == "initiative":
            assert r["country"] or r["sector"] == "IGO", f"{where}: an initiative belongs to a country or an IGO"


def test_people_files_reference_known_orgs(orgs):
    """people*.tsv `org` cells name org kb_ids; they must exist here."""
    for path in sorted(KB.glob("people*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            data = [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                    if row and not row[0].startswith("#")]
        if not data or "org" not in data[0]:
            continue
        col = data[0].index("org")
        used = {row[col] for row in data[1:] if len(row) > col and row[col]}
        assert used <= set(orgs), f"{path.name}: unknown org ids {sorted(used - set(orgs))}"


# --- agents --------------------------------------------------------------------------


def test_agent_rows(agents):
    data = rows("agents.tsv")
    terms = [r["term"] for r in data]
    assert len(terms) == len(set(terms)), "duplicate term"
    assert len(data) >= 150
    for r in data:
        where = f"agents.tsv:{r['line']} ({r['term']})"
        assert r["term"] == r["term"].lower() and r["term"].strip(), f"{where}: terms are lowercase"
        assert r["sector"] in SECTORS - INTERNATIONAL, f"{where}: sector {r['sector']!r}"
        assert r["person"] in {"0", "1"}, f"{where}: person {r['person']!r}"
        if r["role"]:
            assert r["role"] in ROLES, f"{where}: role {r['role']!r}"
            assert r["person"] == "1", f"{where}: a role needs person = 1"


def test_agent_roles(agents):
    want = {
        "president": "head of state",
        "prime minister": "head of government",
        "premier": "head of government",
        "chancellor": "head of government",
        "foreign minister": "foreign minister",
        "head of diplomacy": "foreign minister",
        "top diplomat": "foreign minister",
        "chief diplomat": "foreign minister",
        "secretary of state": "foreign minister",
        "foreign secretary": "foreign minister",
        "external affairs minister": "foreign minister",
        "defence minister": "defence minister",
        "defense minister": "defence minister",
        "defence secretary": "defence minister",
        "defense secretary": "defence minister",
    }
    for term, role in want.items():
        assert agents[term]["role"] == role, term
        assert agents[term]["person"] == "1", term
        assert agents[term]["sector"] == "GOV", term
    for term in ("deputy foreign minister", "deputy prime minister", "vice president"):
        assert agents[term]["role"] == "", term
    sectors = {
        "leader": "GOV", "official": "GOV", "authorities": "GOV", "spokesman": "GOV",
        "lawmaker": "LEG", "parliament": "LEG", "troops": "MIL", "soldier": "MIL",
        "police": "COP", "judge": "JUD", "rebel": "REB", "militant": "REB", "opposition": "OPP",
        "protester": "CVL", "civilian": "CVL", "journalist": "MED", "company": "BUS",
        "student": "EDU", "refugee": "REF", "doctor": "HLH", "party": "PTY", "spy": "SPY",
        "separatist": "SEP", "clergy": "REL", "worker": "LAB", "farmer": "AGR", "gang": "CRM",
        "human rights group": "HRI",
    }
    for term, sector in sectors.items():
        assert agents[term]["sector"] == sector, term


# --- regions -------------------------------------------------------------------------


def test_region_rows(regions):
    data = rows("regions.tsv")
    names = [r["name"] for r in data]
    assert len(names) == len(set(names)), "duplicate region"
    for r in data:
        where = f"regions.tsv:{r['line']} ({r['name']})"
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, where
    for name in ("Central Asia", "the Arctic", "the Middle East", "the Sahel", "the South China Sea"):
        assert name in regions, name


# --- one surface form, one entity ----------------------------------------------------


def test_no_surface_form_names_two_entities():
    """A name, alias, demonym, capital or metonym may belong to one entity only (case-insensitive)."""
    owner: dict[str, set[str]] = defaultdict(set)
    for r in rows("countries.tsv"):
        for form in [r["name"], r["capital"]] + sum(
                (items(r[c]) for c in ("aliases", "demonyms", "capital_aliases", "government")), []):
            if form:
                owner[form.casefold()].add("country:" + r["iso3"])
    for r in org_rows():
        for form in [r["name"]] + items(r["aliases"]):
            owner[form.casefold()].add("org:" + r["kb_id"])
    for r in rows("regions.tsv"):
        for form in [r["name"]] + items(r["aliases"]):
            owner[form.casefold()].add("region:" + r["name"])
    clashes = {form: sorted(who) for form, who in owner.items() if len(who) > 1}
    assert not clashes, f"surface forms with two owners: {clashes}"


# --- spot facts ----------------------------------------------------------------------


def test_country_facts(countries):
    rus = countries["RUS"]
    assert rus["name"] == "Russia"
    assert "Russian" in items(rus["demonyms"])
    assert rus["capital"] == "Moscow"
    assert "the Kremlin" in items(rus["government"])
    assert "Russian Federation" in items(rus["aliases"])
    usa = countries["USA"]
    assert {"US", "U.S.", "the United States", "America"} <= set(items(usa["aliases"]))
    assert "the White House" in items(usa["government"])
    assert usa["capital"] == "Washington"
    assert "Britain" in items(countries["GBR"]["aliases"])
    assert "Downing Street" in items(countries["GBR"]["government"])
    assert countries["UKR"]["capital"] == "Kyiv" and "Kiev" in items(countries["UKR"]["capital_aliases"])
    assert "Chinese" in items(countries["CHN"]["demonyms"])
    assert countries["CHN"]["capital"] == "Beijing"
    assert "North Korean" in items(countries["PRK"]["demonyms"])
    assert "DPRK" in items(countries["PRK"]["aliases"])
    assert "Palestinians" in items(countries["PSE"]["demonyms"])
    assert "Emirati" in items(countries["ARE"]["demonyms"])
    assert "Burma" in items(countries["MMR"]["aliases"])
    assert "Türkiye" in items(countries["TUR"]["aliases"])
    assert "Côte d'Ivoire" in items(countries["CIV"]["aliases"])
    assert "DRC" in items(countries["COD"]["aliases"])
    assert "Congo-Brazzaville" in items(countries["COG"]["aliases"])
    assert "Soviet" in items(countries["SUN"]["demonyms"])
    assert countries["XKX"]["name"] == "Kosovo"


def test_org_facts(orgs):
    def code(kb_id: str) -> str:
        return orgs[kb_id]["code"]

    assert code("un") == "IGOUNO" and "UN" in items(orgs["un"]["aliases"])
    assert code("nato") == "IGONAT"
    assert code("icc") == "IGOICC"
    assert code("eu") == code("european_commission") == code("global_gateway") == "IGOEUR"
    assert (orgs["pentagon"]["country"], orgs["pentagon"]["code"]) == ("USA", "USAMIL")
    assert code("fsb") == "RUSSPY" and code("cia") == "USASPY" and code("fbi") == "USACOP"
    assert code("tass") == "RUSMED" and code("xinhua") == "CHNMED" and code("al_jazeera") == "QATMED"
    assert code("hamas") == "PSEREB" and code("hezbollah") == "LBNREB"
    assert code("isis") == "IMGISI" and orgs["isis"]["country"] == ""
    br = orgs["belt_and_road"]
    assert (br["kind"], br["country"], br["sector"], br["code"]) == ("initiative", "CHN", "GOV", "CHNGOV")
    assert {"Belt and Road", "BRI"} <= set(items(br["aliases"]))
    assert orgs["carnegie_russia_eurasia"]["kind"] == "ngo"
    assert orgs["amnesty"]["code"].startswith("NGO")


def test_agency_facts(orgs):
    def code(kb_id: str) -> str:
        return orgs[kb_id]["code"]

    assert orgs["usaid"]["file"] == "orgs-agencies.tsv"
    assert code("usaid") == "USAGOV" and code("ice") == code("cbp") == "USACOP"
    assert code("us_justice_department") == "USAJUD" and code("centcom") == "USAMIL"
    assert code("uk_mod") == "GBRMIL" and code("home_office") == "GBRGOV"
    assert code("china_coast_guard") == "CHNMIL" and code("tatmadaw") == "MMRMIL"
    assert code("saf_sudan") == "SDNMIL" and code("arakan_army") == "MMRREB"
    assert code("sinaloa_cartel") == "MEXCRM" and code("bla") == "PAKSEP"
    assert code("pmf") == "IRQMIL" and code("kataib_hezbollah") == "IRQREB"
    assert code("haqqani_network") == "AFGGOV"  # like the Taliban in orgs.tsv
    assert code("dpo") == code("undof") == code("minusma") == "IGOUNO"
    assert code("amisom") == "IGOAFU" and {"ATMIS", "AUSSOM"} <= set(items(orgs["amisom"]["aliases"]))
    assert code("adf") == code("issp") == "IMGISI" and code("nusra_front") == "IMGALQ"


# Names several countries' bodies share, and acronyms with another common owner: no
# orgs*.tsv file may claim them (see the header of orgs-agencies.tsv).
AMBIGUOUS = [
    "Congress", "the Congress", "Senate", "the Senate", "National Assembly", "the National Assembly",
    "House of Commons", "the House of Commons", "House of Representatives", "Supreme Court",
    "the Supreme Court", "High Court", "Constitutional Court", "Ministry of Defence", "MoD",
    "the Treasury", "Treasury", "Department of Justice", "National Security Council", "NSC",
    "Joint Chiefs of Staff", "National Guard", "the National Guard", "Coast Guard", "Border Force",
    "Federal Police", "Marine Corps", "General Staff", "Politburo", "Security Council",
    "the Security Council", "Labour", "Labour Party", "Tories", "Conservative Party", "Liberal Party",
    "Workers' Party", "Greens", "Law and Justice", "CCTV", "IAF", "ADF", "SNA", "DPR", "AUC",
    "SAS", "CPS", "CBI", "EPA", "MIT", "PAP", "PPP", "APC", "PAN", "TPP", "PLC", "OPM", "PLAN",
    "Amal", "Azov", "Fed",
]


def test_no_ambiguous_org_alias():
    forms = {f for r in org_rows() for f in [r["name"]] + items(r["aliases"])}
    assert not forms & set(AMBIGUOUS), sorted(forms & set(AMBIGUOUS))
