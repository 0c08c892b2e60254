"""Checks on the bundled people files, kb/people-*.tsv (format: docs/kb.md, section `kb/people-*.tsv`).

Every people file in the KB folder gets the same generic checks, so a new file is checked as soon as
it is added: format, dates, terms that do not overlap, one name per person and one person per name
(across all the files), and loading with the project loader. What differs by file (which offices it
covers, which have no current holder and why, which must be filled on every 1 July) is data in FILES;
known office holders and regressions follow at the end.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from newsgraph.kb import KB, KB_DIR, Role, parse_date, read_tsv, split_list

PATHS = sorted(KB_DIR.glob("people*.tsv"))  # the loader's own pattern, so no file escapes the checks
COLUMNS = ("kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org")
TODAY = dt.date(2026, 11, 27)  # nothing starts or ends after the day the files were last checked
FIRST_DAY = dt.date(2000, 1, 1)  # the files list roles held on or after this day
HS, HG, FM, DM = "head of state", "head of government", "foreign minister", "defence minister"
# Sector of a national role; any other national role is GOV, and an organisation's role is IGO.
SECTOR = {DM: "MIL", "hamas leader": "REB"}
KB_ID = re.compile(r"[a-z0-9]+(_[a-z0-9]+)*")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "checked" and, later on the same line, the date: 2026-11-27, 2025-10 or February 2026
CHECKED = re.compile(rf"\bchecked\b.*?(\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}-\d{{2}}|(?:{MONTHS}) \d{{4}})", re.I)

Office = tuple[str, str]  # (country, role) for a national role, (org, role) for an organisation's


# --- what each file covers -------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    checked: str  # the date the header comment gives for the check ("Checked ... <date>")
    offices: frozenset[Office]  # every office the file has rows for, and no other
    no_current: frozenset[Office] = frozenset()  # offices without a holder today; all others have exactly one
    every_midyear: dict[Office, int] = field(default_factory=dict)  # office -> first year held on every 1 July


def grid(countries: str, roles: tuple[str, ...] = (HS, HG, FM, DM)) -> set[Office]:
    return {(c, r) for c in countries.split() for r in roles}


G7_OFFICES = (
    grid("USA GBR FRA DEU ITA CAN JPN RUS CHN")
    - {("USA", HG),  # the President heads the government
       ("CAN", HS)}  # the King of Canada is in the GBR rows
    | {("CHN", "party leader"), ("un", "secretary-general"), ("nato", "secretary-general"),
       ("eu", "commission president"), ("eu", "council president"), ("eu", "high representative"),
       ("iaea", "director-general"), ("who", "director-general"), ("imf", "managing director"),
       ("icc", "prosecutor")}
)

FILES = {
    "people-g7-rus-chn-igo.tsv": Spec(
        checked="2025-10",
        offices=frozenset(G7_OFFICES),
        # Every office held by exactly one person on each 1 July since 2000, or since it was created:
        # the European Council presidency on 2009-12-01, the ICC prosecutor on 2003-06-16.
        every_midyear={o: {("eu", "council president"): 2010, ("icc", "prosecutor"): 2003}.get(o, 2000)
                       for o in G7_OFFICES},
    ),
    "people-g20.tsv": Spec(
        checked="February 2026",
        offices=frozenset(
            grid("ARG AUS BRA IND IDN MEX SAU ZAF KOR TUR", (HS, FM, DM))
            - {("AUS", HS)}  # the King of Australia is in the GBR rows
            | grid("AUS IND KOR SAU TUR", (HG,))  # elsewhere the President heads the government
        ),
        no_current=frozenset({("TUR", HG)}),  # office abolished in July 2018 (presidential system)
    ),
    "people-news.tsv": Spec(
        checked="2026-11-27",
        offices=frozenset(
            grid("UKR ISR PSE IRN PRK SYR VEN BLR IRQ AFG PAK EGY TWN POL QAT KAZ")
            - {("PSE", DM)}  # the Palestinian Authority has no defence minister
            | {("PSE", "hamas leader")}  # chief of Hamas's political bureau (sector REB)
        ),
        # no single Hamas chief since Yahya Sinwar was killed on 2024-10-16 (a leadership council)
        no_current=frozenset({("PSE", "hamas leader")}),
    ),
    "people-unsc.tsv": Spec(
        checked="2026-11-27",
        offices=frozenset(
            grid("DNK GRC PAN SOM BHR COL COD LVA LBR")
            - {("PAN", DM)}  # Panama has had no armed forces, so no defence minister, since 1990
            - grid("COL PAN LBR", (HG,))  # the President heads the government
        ),
        # Petro's term ended on 2026-08-07; his successor (elected in June 2026) and ministers are not in
        # the file, so COL has no current head of state, foreign or defence minister.
        no_current=frozenset(grid("COL", (HS, FM, DM))),
    ),
    "people-world.tsv": Spec(
        checked="2026-11-27",
        offices=frozenset(
            grid("AGO ALB ARE ARM AUT AZE BDI BEL BFA BGD BGR BOL BRN BTN BWA CAF CHE CHL CIV CMR COG CRI CUB CYP "
                 "CZE DJI DOM DZA ECU ERI ESP EST ETH FIN GAB GEO GHA GIN GMB GNQ GTM HND HRV HTI HUN IRL JOR KEN "
                 "KGZ KHM KWT LBN LBY LKA LTU LUX MAR MDA MDG MDV MKD MLI MMR MNG MOZ MRT MWI MYS NAM NER NGA NIC "
                 "NLD NOR NPL OMN PER PHL PRT PRY ROU RWA SDN SEN SGP SLE SLV SRB SSD SVK SWE TCD TGO THA TJK TKM "
                 "TUN TZA UGA URY UZB VNM XKX YEM YUG ZMB ZWE", (HS,))
            # the King of New Zealand and of Jamaica is in the GBR rows
            | grid("ALB ARE ARM AUT AZE BEL BGD BGR CUB CZE DZA ESP EST ETH FIN GEO HRV HTI HUN IRL JAM JOR KEN KHM "
                   "KWT LBN LBY LKA LTU LUX MAR MDA MKD MMR MYS NLD NOR NPL NZL PRT ROU SDN SGP SRB SVK SWE TGO THA "
                   "TUN UZB VNM XKX YEM ZWE", (HG,))
        ),
        no_current=frozenset({
            ("ZWE", HG), ("KEN", HG),  # prime minister's office abolished in 2013
            ("YUG", HS),  # the Federal Republic of Yugoslavia became Serbia and Montenegro in 2003
            ("MMR", HG),  # the junta's transitional premiership, presumed lapsed when the 2008 constitution's
                          # president took office on 2026-04-10
            ("VNM", HG),  # the premier elected by the new National Assembly in April 2026 is not known here
            ("PER", HS),  # Balcázar's interim term ended 2026-07-28; the president elected in 2026 is not known here
            ("HTI", HS),  # the Transitional Presidential Council's mandate ended 2026-02-07; no president since
            ("XKX", HS),  # Osmani's term ended 2026-04-04 without an elected successor (snap election called)
            ("EST", HS),  # Karis's term ended 2026-10-11; the president elected in Aug-Sep 2026 is not known here
        }),
        # Offices held by exactly one person on each 1 July since 2000 (the others have gaps: vacancies,
        # coups, interim councils, acting holders left out, or approximate dates near 1 July).
        every_midyear={o: 2000 for o in grid(
            "AGO ARE AZE BEL BRN BTN CHE CHL CMR COG CRI DJI DOM ERI ESP FIN GNQ IRL JOR KHM LUX MAR MYS NLD NOR "
            "OMN PRT ROU SGP SWE THA TJK TKM TZA UGA URY", (HS,))
            | grid("AUT BEL CZE ESP FIN HUN IRL LUX MYS NLD NOR PRT SGP SVK SWE", (HG,))},
    ),
}


# --- reading ---------------------------------------------------------------------------------


@cache
def rows(path: Path) -> list[dict[str, str]]:
    """The data rows of one file, read with the project reader; `where` is "file:line"."""
    return [r | {"where": f"{path.name}:{n}"} for n, r in read_tsv(path, COLUMNS)]


def all_rows() -> list[dict[str, str]]:
    return [r for path in PATHS for r in rows(path)]


def office(r: dict[str, str]) -> Office:
    return (r["org"] or r["country"], r["role"])


def forms(r: dict[str, str]) -> list[str]:
    """The name and aliases of a row: the surface forms that point at the person."""
    return [r["name"], *split_list(r["aliases"])]


def term(r: dict[str, str]) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"]) if r["end"] else dt.date.max


def holders(of: Office, day: dt.date) -> set[str]:
    return {r["kb_id"] for r in all_rows() if office(r) == of and term(r)[0] <= day <= term(r)[1]}


def spec_of(path: Path) -> Spec:
    if path.name not in FILES:
        pytest.fail(f"{path.name}: say in FILES what it covers")
    return FILES[path.name]


@pytest.fixture(scope="module")
def kb() -> KB:
    return KB()


per_file = pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)


# --- generic checks, once per file -----------------------------------------------------------


def test_every_file_has_a_spec() -> None:
    assert PATHS, f"no people files in {KB_DIR}"
    assert {p.name for p in PATHS} == set(FILES), "each people file needs its entry in FILES, and only those"
    for name, spec in FILES.items():
        assert spec.no_current <= spec.offices and set(spec.every_midyear) <= spec.offices, name


@per_file
def test_header_and_ten_columns(path: Path) -> None:
    assert rows(path), f"{path.name}: no data rows"  # read_tsv has checked the header
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line.rstrip("\r\n") for line in f]
    for n, _ in read_tsv(path, COLUMNS):
        cells = lines[n - 1].split("\t")  # as written: read_tsv pads short rows and strips cells
        assert len(cells) == len(COLUMNS), f"{path.name}:{n}: {len(cells)} columns"
        assert all(c == c.strip() for c in cells), f"{path.name}:{n}: whitespace around a cell"


@per_file
def test_comment_says_when_checked(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{path.name}: must start with a comment"
    header = lines.index("\t".join(COLUMNS))
    dates = [m.group(1) for line in lines[:header] if line.startswith("#") and (m := CHECKED.search(line))]
    assert dates, f"{path.name}: no comment before the header says when the data was checked"
    assert dates[0] == spec_of(path).checked
    assert _first_day(dates[0]) <= TODAY, f"{path.name}: checked in the future"


def _first_day(text: str) -> dt.date:
    """The first day of a date written "2026-11-27", "2025-10" or "February 2026"."""
    for fmt in ("%Y-%m-%d", "%Y-%m", "%B %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"not a date: {text!r}")


@per_file
def test_cell_values(path: Path) -> None:
    spec = spec_of(path)
    for r in rows(path):
        where = r["where"]
        assert KB_ID.fullmatch(r["kb_id"]), f"{where}: kb_id {r['kb_id']!r}"
        assert r["name"], f"{where}: empty name"
        assert r["title"], f"{where}: empty title"
        for alias in r["aliases"].split("|") if r["aliases"] else []:
            assert alias and alias == alias.strip() and alias != r["name"], f"{where}: alias {alias!r}"
        if r["org"]:
            assert (r["country"], r["sector"]) == ("", "IGO"), f"{where}: an org's role has no country, sector IGO"
        else:
            assert r["sector"] == SECTOR.get(r["role"], "GOV"), f"{where}: sector {r['sector']} for {r['role']}"
        assert office(r) in spec.offices, f"{where}: {office(r)} is not an office this file covers (see FILES)"


@per_file
def test_dates_parse_and_are_ordered(path: Path) -> None:
    for r in rows(path):
        where = r["where"]
        assert ISO_DAY.fullmatch(r["start"]), f"{where}: start {r['start']!r} is not YYYY-MM-DD"
        assert not r["end"] or ISO_DAY.fullmatch(r["end"]), f"{where}: end {r['end']!r} is not YYYY-MM-DD"
        start, end = term(r)
        assert start <= TODAY, f"{where}: starts in the future"
        if r["end"]:
            assert start <= end, f"{where}: start {start} after end {end}"
            assert FIRST_DAY <= end <= TODAY, f"{where}: ends {end}, outside {FIRST_DAY}..{TODAY}"


@per_file
def test_no_overlapping_terms(path: Path) -> None:
    """One holder per office at a time, whichever file lists them; a same-day hand-over is fine."""
    for of in sorted({office(r) for r in rows(path)}):
        terms = sorted((*term(r), r["where"]) for r in all_rows() if office(r) == of)
        for (_, end, where_a), (start, _, where_b) in zip(terms, terms[1:]):
            assert start >= end, f"{of}: {where_b} starts {start} before {where_a} ends ({end})"


@per_file
def test_offices_covered_and_current_holders(path: Path) -> None:
    spec = spec_of(path)
    assert {office(r) for r in rows(path)} == spec.offices
    for of in sorted(spec.offices):
        current = [r["kb_id"] for r in rows(path) if office(r) == of and not r["end"]]
        assert len(current) == (0 if of in spec.no_current else 1), f"{of}: current holders {current}"
        assert holders(of, TODAY) == set(current), f"{of} on {TODAY}: {holders(of, TODAY)}"


@per_file
def test_one_name_and_alias_set_per_kb_id(path: Path) -> None:
    """A person keeps the same name and aliases on every row, in every file."""
    first: dict[str, dict[str, str]] = {}
    for r in all_rows():
        first.setdefault(r["kb_id"], r)
    for r in rows(path):
        f = first[r["kb_id"]]
        assert (r["name"], r["aliases"]) == (f["name"], f["aliases"]), f"{r['where']}: differs from {f['where']}"


@per_file
def test_no_name_or_alias_points_at_two_people(path: Path) -> None:
    """Case-insensitively, across all the people files."""
    owner: dict[str, dict[str, str]] = {}
    for r in all_rows():
        for form in forms(r):
            owner.setdefault(form.casefold(), r)
    for r in rows(path):
        for form in forms(r):
            o = owner[form.casefold()]
            assert o["kb_id"] == r["kb_id"], f"{r['where']}: {form!r} is also {o['kb_id']} ({o['where']})"


@per_file
def test_loads_with_the_project_loader(path: Path, kb: KB) -> None:
    """Every row becomes a role of its person in KB(), and no two rows collapse into one."""
    for r in rows(path):
        person = kb.people[r["kb_id"]]
        assert person.name == r["name"] and set(split_list(r["aliases"])) <= person.aliases, r["where"]
        role = Role(r["country"] or None, r["role"], r["title"], r["sector"], parse_date(r["start"], r["where"]),
                    parse_date(r["end"], r["where"]), r["org"] or None)
        assert role in person.roles, r["where"]
    for kb_id in {r["kb_id"] for r in rows(path)}:
        assert len(kb.people[kb_id].roles) == sum(r["kb_id"] == kb_id for r in all_rows()), kb_id


# --- file-specific coverage, from FILES ------------------------------------------------------

MIDYEAR = [(name, of, first) for name, spec in FILES.items() for of, first in sorted(spec.every_midyear.items())]


@pytest.mark.parametrize("name, of, first", MIDYEAR, ids=[f"{n}-{'-'.join(o)}" for n, o, _ in MIDYEAR])
def test_office_filled_each_midyear(name: str, of: Office, first: int) -> None:
    for year in range(first, TODAY.year + 1):
        got = holders(of, dt.date(year, 7, 1))
        assert len(got) == 1, f"{of} on {year}-07-01: {got}"


# --- names that must never be aliases --------------------------------------------------------

# Bare names shared by several people, or common words, or another famous person's name.
AMBIGUOUS = [
    # G20
    "Singh", "Kim", "Lee", "Park", "Moon", "Yoon", "Han", "Chung", "Cho", "Choi", "Fernández", "Fernandez",
    "Kirchner", "Salman", "Abdullah", "Fox", "Zuma Dlamini",
    # news
    "Khan", "Sharif", "Abbas", "Kaczyński", "Kaczynski", "Akhmetov", "Al Thani", "Chen", "Wu", "Mustafa",
    "Rabbani", "Katz", "Cohen", "Rodríguez", "Rodriguez", "Rangel", "Hussein", "Ri", "Pak", "Choe", "Bhutto",
    "Tang", "Yen", "Kao", "Attiyah",
    # UNSC
    "Rasmussen", "Frederiksen", "Hækkerup", "Haekkerup", "Jensen", "Nielsen", "Poulsen", "Christensen",
    "Ellemann", "Bērziņš", "Berzins", "Mūrniece", "Murniece", "Fiqi", "Kamara", "Taylor", "Blah", "Bryant",
    "Wallace", "Weah", "Braze", "Santos", "Tshisekedi", "Varela", "Martinelli", "Murillo", "Sánchez",
    "Sanchez", "Ramírez", "Ramirez", "Holguín", "Ilunga", "Karamanlis",
    "Stephanopoulos", "Venizelos", "Panagiotopoulos", "Bakoyannis", "Alemán", "Barre", "Hamad", "Khalifa",
    "Al Khalifa", "Zayani", "Al Zayani", "Chea", "Gade", "Holst",
    # world: family names shared by two listed leaders, common words, places, or other famous people
    "Aquino", "Marcos", "Ferdinand Marcos", "Rajapaksa", "Mahinda", "Shinawatra", "Aliyev", "Sargsyan", "Sarkisian",
    "Hariri", "Aoun", "Salam", "Déby", "Deby", "Castro", "Koirala", "Bhattarai", "Bongo", "Noboa", "Morales",
    "Ortega", "Mutharika", "Banda", "Berdimuhamedow", "Berdymukhamedov", "Ghannouchi", "Hadi", "Saleh",
    "Bashir", "Anwar", "Najib", "Juan Carlos", "Albert II", "Montenegro", "Rama", "Meta", "Boko", "Bio", "Sall",
    "Wade", "Condé", "Conde", "Toledo", "Lagos", "Lugo", "Sócrates", "Socrates", "Store", "Marin", "Kenny",
    "Harris", "Key", "English", "Clark", "Abdul Hamid", "Soe Win", "Traoré", "Traore", "Karapetyan", "Magyar",
    "Nano", "Sheikh Mohammed", "King Abdullah", "Sheikh Khalifa", "Khama", "Mesa", "Paz",
]


@pytest.mark.parametrize("bare", AMBIGUOUS)
def test_ambiguous_bare_names_are_not_aliases(bare: str) -> None:
    for r in all_rows():
        assert bare.casefold() not in {f.casefold() for f in forms(r)}, r["where"]


# --- known office holders --------------------------------------------------------------------


@pytest.mark.parametrize("country_or_org, role, day, kb_id", [
    # G7, Russia, China and international organisations
    ("RUS", FM, "2023-10-16", "sergey_lavrov"),
    ("USA", FM, "2023-10-16", "antony_blinken"),
    ("RUS", HS, "2015-06-01", "vladimir_putin"),
    ("RUS", HG, "2010-06-01", "vladimir_putin"),
    ("RUS", HS, "2010-06-01", "dmitry_medvedev"),
    ("DEU", HG, "2010-01-01", "angela_merkel"),
    ("CHN", "party leader", "2020-01-01", "xi_jinping"),
    ("CHN", HS, "2008-08-08", "hu_jintao"),
    ("GBR", HG, "2003-03-20", "tony_blair"),
    ("GBR", HS, "2023-05-06", "charles_iii"),
    ("FRA", HS, "2020-01-01", "emmanuel_macron"),
    ("JPN", HG, "2015-01-01", "shinzo_abe"),
    ("USA", DM, "2003-03-20", "donald_rumsfeld"),
    ("un", "secretary-general", "2020-01-01", "antonio_guterres"),
    ("nato", "secretary-general", "2020-01-01", "jens_stoltenberg"),
    ("who", "director-general", "2020-03-11", "tedros_adhanom_ghebreyesus"),
    # G20
    ("IND", HG, "2020-01-01", "narendra_modi"),
    ("IND", HG, "2010-01-01", "manmohan_singh"),
    ("IND", FM, "2020-01-01", "s_jaishankar"),
    ("IND", DM, "2020-01-01", "rajnath_singh"),
    ("TUR", HG, "2010-01-01", "recep_tayyip_erdogan"),
    ("TUR", HS, "2020-01-01", "recep_tayyip_erdogan"),
    ("TUR", FM, "2012-01-01", "ahmet_davutoglu"),
    ("TUR", HG, "2015-06-01", "ahmet_davutoglu"),
    ("BRA", HS, "2005-06-01", "luiz_inacio_lula_da_silva"),
    ("BRA", HS, "2020-01-01", "jair_bolsonaro"),
    ("BRA", HS, "2024-01-01", "luiz_inacio_lula_da_silva"),
    ("SAU", HS, "2010-01-01", "abdullah_bin_abdulaziz"),
    ("SAU", DM, "2018-01-01", "mohammed_bin_salman"),
    ("SAU", HG, "2023-01-01", "mohammed_bin_salman"),
    ("SAU", FM, "2010-01-01", "saud_al_faisal"),
    ("IDN", HS, "2019-01-01", "joko_widodo"),
    ("IDN", DM, "2020-01-01", "prabowo_subianto"),
    ("IDN", HS, "2025-01-01", "prabowo_subianto"),
    ("ARG", HS, "2024-06-01", "javier_milei"),
    ("ARG", HS, "2017-01-01", "mauricio_macri"),
    ("AUS", HG, "2023-01-01", "anthony_albanese"),
    ("AUS", HG, "2005-01-01", "john_howard"),
    ("AUS", FM, "2023-01-01", "penny_wong"),
    ("MEX", HS, "2020-01-01", "andres_manuel_lopez_obrador"),
    ("MEX", HS, "2025-01-01", "claudia_sheinbaum"),
    ("ZAF", HS, "2020-01-01", "cyril_ramaphosa"),
    ("ZAF", HS, "2012-01-01", "jacob_zuma"),
    ("KOR", HS, "2018-01-01", "moon_jae_in"),
    ("KOR", FM, "2005-01-01", "ban_ki_moon"),
    # in the news
    ("UKR", HS, "2023-01-01", "volodymyr_zelensky"),
    ("UKR", HS, "2012-06-01", "viktor_yanukovych"),
    ("UKR", FM, "2022-03-01", "dmytro_kuleba"),
    ("UKR", DM, "2022-03-01", "oleksii_reznikov"),
    ("ISR", HG, "2023-10-07", "benjamin_netanyahu"),
    ("ISR", HG, "2008-01-01", "ehud_olmert"),
    ("ISR", HG, "2021-12-01", "naftali_bennett"),
    ("ISR", HS, "2016-01-01", "reuven_rivlin"),
    ("ISR", DM, "2023-10-07", "yoav_gallant"),
    ("PSE", HS, "2003-01-01", "yasser_arafat"),
    ("PSE", HS, "2015-01-01", "mahmoud_abbas"),
    ("PSE", "hamas leader", "2020-01-01", "ismail_haniyeh"),
    ("IRN", HS, "2010-01-01", "ali_khamenei"),
    ("IRN", HG, "2015-07-14", "hassan_rouhani"),
    ("IRN", FM, "2015-07-14", "mohammad_javad_zarif"),
    ("PRK", HS, "2005-01-01", "kim_jong_il"),
    ("PRK", HS, "2018-06-12", "kim_jong_un"),
    ("SYR", HS, "2013-08-21", "bashar_al_assad"),
    ("SYR", FM, "2015-01-01", "walid_muallem"),
    ("VEN", HS, "2010-01-01", "hugo_chavez"),
    ("VEN", HS, "2019-01-23", "nicolas_maduro"),
    ("BLR", HS, "2020-08-09", "alexander_lukashenko"),
    ("IRQ", HS, "2002-01-01", "saddam_hussein"),
    ("IRQ", HG, "2010-01-01", "nouri_al_maliki"),
    ("AFG", HS, "2010-01-01", "hamid_karzai"),
    ("AFG", HS, "2018-01-01", "ashraf_ghani"),
    ("PAK", HS, "2005-01-01", "pervez_musharraf"),
    ("PAK", HG, "2020-01-01", "imran_khan"),
    ("EGY", HS, "2005-01-01", "hosni_mubarak"),
    ("EGY", HS, "2013-01-01", "mohamed_morsi"),
    ("EGY", HS, "2020-01-01", "abdel_fattah_el_sisi"),
    ("TWN", HS, "2020-01-01", "tsai_ing_wen"),
    ("POL", HG, "2010-01-01", "donald_tusk"),
    ("POL", HS, "2020-01-01", "andrzej_duda"),
    ("QAT", HS, "2020-01-01", "tamim_bin_hamad_al_thani"),
    ("KAZ", HS, "2010-01-01", "nursultan_nazarbayev"),
    ("KAZ", HS, "2022-01-05", "kassym_jomart_tokayev"),
    # elected UN Security Council members 2025-2026
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
    # heads of state and government of the rest of the world
    ("ZWE", HS, "2010-07-01", "robert_mugabe"),
    ("PHL", HS, "2018-07-01", "rodrigo_duterte"),
    ("THA", HG, "2005-01-01", "thaksin_shinawatra"),
    ("MMR", HG, "2018-01-01", "aung_san_suu_kyi"),
    ("LBY", HS, "2005-01-01", "muammar_gaddafi"),
    ("HUN", HG, "2015-01-01", "viktor_orban"),
    ("HUN", HG, "2026-07-01", "peter_magyar"),
    ("ESP", HG, "2020-01-01", "pedro_sanchez"),
    ("NLD", HG, "2015-01-01", "mark_rutte"),
    ("CHE", HS, "2015-07-01", "simonetta_sommaruga"),
])
def test_known_holders(country_or_org: str, role: str, day: str, kb_id: str) -> None:
    assert holders((country_or_org, role), dt.date.fromisoformat(day)) == {kb_id}


# --- regressions -----------------------------------------------------------------------------


@pytest.mark.parametrize("kb_id, offices", [
    ("vladimir_putin", {("RUS", HS), ("RUS", HG)}),
    ("ursula_von_der_leyen", {("DEU", DM), ("eu", "commission president")}),
    ("recep_tayyip_erdogan", {("TUR", HG), ("TUR", HS)}),
    ("mohammed_bin_salman", {("SAU", DM), ("SAU", HG)}),
    ("kevin_rudd", {("AUS", HG), ("AUS", FM)}),
    ("abdullah_gul", {("TUR", HG), ("TUR", FM), ("TUR", HS)}),
    ("lars_lokke_rasmussen", {("DNK", HG), ("DNK", FM)}),
    ("george_papandreou", {("GRC", HG), ("GRC", FM)}),
    ("mohamed_abdullahi_mohamed", {("SOM", HS), ("SOM", HG)}),
    ("juan_manuel_santos", {("COL", HS), ("COL", DM)}),
    ("edgars_rinkevics", {("LVA", HS), ("LVA", FM)}),
    ("anders_fogh_rasmussen", {("DNK", HG), ("nato", "secretary-general")}),  # in two files
    ("mark_rutte", {("NLD", HG), ("nato", "secretary-general")}),  # in two files
    ("antonio_guterres", {("PRT", HG), ("un", "secretary-general")}),  # in two files
    ("kaja_kallas", {("EST", HG), ("eu", "high representative")}),  # in two files
    ("rumen_radev", {("BGR", HS), ("BGR", HG)}),
    ("shavkat_mirziyoyev", {("UZB", HG), ("UZB", HS)}),
])
def test_people_with_several_roles_share_one_id(kb_id: str, offices: set[Office]) -> None:
    assert {office(r) for r in all_rows() if r["kb_id"] == kb_id} == offices


def test_pedro_sanchez_is_the_spanish_prime_minister() -> None:
    # not the Colombian defence minister Pedro Arnulfo Sánchez (people-unsc.tsv)
    owners = {r["kb_id"] for r in all_rows() for f in forms(r) if f.casefold() in {"pedro sánchez", "pedro sanchez"}}
    assert owners == {"pedro_sanchez"}
    assert holders(("ESP", HG), dt.date(2026, 1, 1)) == {"pedro_sanchez"}


def test_putin_alternates_president_and_prime_minister() -> None:
    putin = {(r["role"], r["start"]) for r in all_rows() if r["kb_id"] == "vladimir_putin"}
    assert {(HG, "2008-05-08"), (HS, "2012-05-07")} <= putin


def test_netanyahu_has_two_terms_as_prime_minister() -> None:
    assert sum(r["kb_id"] == "benjamin_netanyahu" and r["role"] == HG for r in all_rows()) == 2


def test_hafez_assad_until_his_death() -> None:
    assert [r["end"] for r in all_rows() if r["kb_id"] == "hafez_al_assad"] == ["2000-06-10"]


def test_two_latvians_named_andris_berzins_are_two_people() -> None:
    names = {r["kb_id"]: r["name"] for r in all_rows() if r["kb_id"].startswith("andris_berzins")}
    assert names == {"andris_berzins": "Andris Bērziņš", "andris_berzins_1951": "Andris Bērziņš (born 1951)"}
    assert holders(("LVA", HG), dt.date(2001, 1, 1)) == {"andris_berzins_1951"}


def test_loader_merges_a_person_across_files_and_picks_the_role_of_the_day(kb: KB) -> None:
    # Anders Fogh Rasmussen: Danish PM in people-unsc.tsv, NATO Secretary General in the g7 file.
    afr = kb.people["anders_fogh_rasmussen"]
    assert {ro.role for ro in afr.roles} >= {HG, "secretary-general"}
    assert afr.role_on(dt.date(2005, 1, 1)).country == "DNK"
    assert afr.role_on(dt.date(2012, 1, 1)).org == "nato"
    assert kb.people["mette_frederiksen"].role_on(dt.date(2020, 1, 1)).role == HG
    fiqi = kb.people["ahmed_moalim_fiqi"].role_on(dt.date(2025, 6, 1))
    assert (fiqi.country, fiqi.role, fiqi.sector) == ("SOM", DM, "MIL")
