"""Tests of the Phoenix/PETRARCH dictionary importer (newsgraph.phoenix)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsgraph.phoenix import (
    AGENTS_COLUMNS,
    AGENTS_FILE,
    COUNTRIES_COLUMNS,
    COUNTRIES_FILE,
    ORGS_COLUMNS,
    ORGS_FILE,
    PEOPLE_COLUMNS,
    PEOPLE_FILE,
    import_phoenix,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PHOENIX = SHARED / "dictionaries" / "phoenix"
PETRARCH2 = SHARED / "benchmarks" / "openeventdata-petrarch2"

ACTORS = """\
# A comment line
<!-- an XML comment
     over two lines -->
RUSSIA_  [RUS]
+RUSSIAN_
+MOSCOW_

VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_VLADIMIR_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV 991231-080507]
\t[RUSGOV >080508]
\t[RUSELI]
BORIS_YELTSIN_  ; old-style comment
BORIS_N._YELTSIN
+YELTSIN_
\t[RUSGOV 19910710-19991231]
\t[RUSGOV <19910710]
THE_UNITED_NATIONS_ [IGOUNO]
+UN_
U.N._
+UNITED_NATIONS_
\t[IGOUNO]
KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
REUTERS
\t[MED]
HAMAS_ [PSEREBHMS] # kkl
+ISLAMIC_RESISTANCE_MOVEMENT+_HARAKAT_AL-MUQAWAMA_
AMERICAN_SAMOA_  [USAASM]
ABN_AMRO_\t[NLDGOVBUS >081004][MNCNLD]\t# recoded
BAD_DATES_PERSON_
\t[USAGOV 2004017-20061201]
\t[USAGOV 20121204]
\t[USAGOV 20120802-20121207]
\t[USAGOV 20121207-20120802]
\t[USAGOV 20100931-20101010]
COMPOUND_ [FRO/BIL]
NOBODY_ [---]
Source: some notes
NO_CODE_AT_END_
"""

AGENTS = """\
<!-- PETRARCH agents -->
!PERSON! = MAN, MEN, WOMAN, PERSON
!MINIST! = MINISTER, MINISTRY

FOREIGN_!MINIST! [~GOV]
CONGRESS!PERSON! [~LEG]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj 05 Jan 2006
POLICE {} [ ~COP]
HUMAN_RIGHTS_BODY  [NGO~] # BNL
DEPARMENT_OF_ENVIRONMENT [~ENV}
CHIEF EXECUTIVE [~GOV]
HUSBAND!PERSON![~AGR]
SUPREME_PEOPLE _COURT  [~JUD]
ISLAMIC_EXTREMIST
!UNDEFINED!_THING [~GOV]
POLICE [~MIL]
BEDOUIN [~BED]
COPTIC_CHRISTIAN {} [~CHRCPT]
ISLAMIC_MILITANT [~MUSUAF]
# COMMENTED [~GOV]
"""


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def header(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t")


@pytest.fixture
def snippet(tmp_path):
    actors = tmp_path / "Test.actors.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents = tmp_path / "Test.agents.txt"
    agents.write_text(AGENTS, encoding="utf-8")
    out = tmp_path / "kb"
    counts = import_phoenix([actors, agents], out, skip_bundled_agents=False)
    return counts, out


def rows_of(rows, kb_id):
    return [r for r in rows if r["kb_id"] == kb_id]


# ------------------------------------------------------------------ snippet


def test_files_and_headers(snippet):
    counts, out = snippet
    assert header(out / PEOPLE_FILE) == PEOPLE_COLUMNS
    assert header(out / ORGS_FILE) == ORGS_COLUMNS
    assert header(out / AGENTS_FILE) == AGENTS_COLUMNS
    for name in (PEOPLE_FILE, ORGS_FILE, AGENTS_FILE):
        assert counts[name] == len(read_tsv(out / name))
        for line in (out / name).read_text(encoding="utf-8").splitlines():
            assert line.count("\t") == len(header(out / name)) - 1


def test_snippet_loads_in_the_kb(snippet):
    kb_mod = pytest.importorskip("newsgraph.kb")
    _, out = snippet
    kb = kb_mod.KB([out])
    assert "phoenix_vladimir_putin" in kb.people and "phoenix_hamas" in kb.orgs


def test_person_with_dated_codes(snippet):
    _, out = snippet
    people = read_tsv(out / PEOPLE_FILE)
    putin = rows_of(people, "phoenix_vladimir_putin")
    got = [(r["country"], r["sector"], r["start"], r["end"]) for r in putin]
    assert sorted(got) == sorted(
        [
            ("RUS", "ELI", "1970-01-01", "1999-08-09"),
            ("RUS", "GOV", "1999-12-31", "2008-05-07"),
            ("RUS", "GOV", "2008-05-08", ""),
        ]
    )  # the undated default [RUSELI] gives no row
    r = putin[0]
    assert r["name"] == "Vladimir Putin"
    assert r["aliases"].split("|") == ["Putin", "President Vladimir Putin"]
    assert r["role"] == "" and r["title"] == "" and r["org"] == ""


def test_codeless_entries_share_next_codes(snippet):
    """PETRARCH: BORIS_YELTSIN_ and BORIS_N._YELTSIN share the code lines after them."""
    _, out = snippet
    yeltsin = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_boris_yeltsin")
    assert {(r["start"], r["end"]) for r in yeltsin} == {("1991-07-10", "1999-12-31"), ("", "1991-07-10")}
    assert yeltsin[0]["aliases"].split("|") == ["Boris N. Yeltsin", "Yeltsin"]
    assert not rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_boris_n_yeltsin")


def test_igo_person_links_to_org(snippet):
    _, out = snippet
    annan = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_kofi_annan")
    assert len(annan) == 1
    r = annan[0]
    assert (r["country"], r["sector"], r["start"], r["end"]) == ("", "IGO", "1997-01-01", "2006-12-31")
    assert r["org"] == "phoenix_the_united_nations"


def test_orgs(snippet):
    _, out = snippet
    orgs = {r["kb_id"]: r for r in read_tsv(out / ORGS_FILE)}
    un = orgs["phoenix_the_united_nations"]
    assert (un["name"], un["kind"], un["country"], un["sector"], un["code"]) == (
        "The United Nations", "igo", "", "IGO", "IGOUNO"
    )
    assert un["aliases"] == "UN"
    # U.N._ has no code of its own: it takes the [IGOUNO] that follows
    assert orgs["phoenix_u_n"]["code"] == "IGOUNO"
    assert orgs["phoenix_u_n"]["aliases"] == "United Nations"
    assert (orgs["phoenix_reuters"]["kind"], orgs["phoenix_reuters"]["sector"]) == ("media", "MED")
    hamas = orgs["phoenix_hamas"]
    assert (hamas["kind"], hamas["country"], hamas["sector"], hamas["code"]) == ("rebel", "PSE", "REB", "PSEREBHMS")
    # a "+" inside an alias line separates two aliases
    # "Hamas": the title-cased form of the kept all-caps name
    assert hamas["aliases"].split("|") == ["Hamas", "Islamic Resistance Movement", "Harakat Al-Muqawama"]
    # dated entry whose default code is an MNC: an organisation, not a person
    assert orgs["phoenix_abn_amro"]["code"] == "MNCNLD"
    assert orgs["phoenix_abn_amro"]["kind"] == "company"
    assert not rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_abn_amro")


def test_places_null_codes_and_skips(snippet):
    counts, out = snippet
    ids = {r["kb_id"] for r in read_tsv(out / ORGS_FILE)} | {r["kb_id"] for r in read_tsv(out / PEOPLE_FILE)}
    assert "phoenix_russia" not in ids and "phoenix_american_samoa" not in ids
    # [FRO/BIL]: the first alternative, FRO (Faroe Islands), a place
    assert counts["places"] == 3
    assert counts["null_code"] == 1 and "phoenix_nobody" not in ids
    # skipped: 7-digit date, date with no operator, reversed interval, 31 Sept,
    # "Source: some notes", NO_CODE_AT_END_, ISLAMIC_EXTREMIST, !UNDEFINED!
    assert counts["skipped"] == 8
    assert "phoenix_compound" not in ids and "phoenix_no_code_at_end" not in ids
    bad = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_bad_dates_person")
    assert [(r["start"], r["end"]) for r in bad] == [("2012-08-02", "2012-12-07")]


def test_skips_are_logged_with_file_and_line(tmp_path, caplog):
    p = tmp_path / "x.actors.txt"
    p.write_text("A_PERSON_\n\t[USAGOV 2004017-20061201]\n\t[USAGOV >20050101]\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="newsgraph.phoenix"):
        counts = import_phoenix([p], tmp_path / "out")
    assert counts["skipped"] == 1 and counts[PEOPLE_FILE] == 1
    assert any("x.actors.txt:2" in m and "2004017" in m for m in caplog.messages)


def test_agents(snippet):
    _, out = snippet
    agents = {r["term"]: r for r in read_tsv(out / AGENTS_FILE)}
    assert agents["foreign minister"]["sector"] == "GOV"
    assert agents["foreign ministry"]["sector"] == "GOV"
    assert {"congressman", "congressmen", "congresswoman", "congressperson"} <= set(agents)
    assert agents["attorney general"]["sector"] == "GOV"  # ~GOVATG: KB sectors only
    assert agents["coptic christian"]["sector"] == "REL"  # religion codes -> REL
    assert agents["islamic militant"]["sector"] == "UAF"
    assert "bedouin" not in agents  # [~BED] is no KB sector
    assert "attorneys general" not in agents  # plurals are not lemmas
    assert agents["police"]["sector"] == "COP"  # first one wins over the later [~MIL]
    assert agents["human rights body"]["sector"] == "NGO"
    assert agents["deparment of environment"]["sector"] == "ENV"
    assert agents["chief executive"]["sector"] == "GOV"
    assert agents["husbandman"]["sector"] == "AGR"
    assert "supreme people court" in agents
    assert "islamic extremist" not in agents and "commented" not in agents
    assert all(r["person"] == "0" and r["role"] == "" for r in agents.values())
    assert snippet[0]["unmapped"] == 1


def test_bundled_agent_terms_are_not_overridden(tmp_path):
    from newsgraph.phoenix import _bundled_agent_terms

    bundled = _bundled_agent_terms()
    if "president" not in bundled:
        pytest.skip("bundled agents.tsv has no 'president'")
    a = tmp_path / "Mine.agents.txt"
    a.write_text("PRESIDENT [~GOV]\nXENOMORPH_HANDLER [~MIL]\n", encoding="utf-8")
    counts = import_phoenix([a], tmp_path / "kb")
    terms = [r["term"] for r in read_tsv(tmp_path / "kb" / AGENTS_FILE)]
    assert terms == ["xenomorph handler"]
    assert counts["bundled"] == 1 and counts[AGENTS_FILE] == 1


def test_only_agents_leaves_actor_files_alone(tmp_path):
    out = tmp_path / "kb"
    out.mkdir()
    (out / PEOPLE_FILE).write_text("keep me\n", encoding="utf-8")
    a = tmp_path / "Mine.agents.txt"
    a.write_text("XENOMORPH_HANDLER [~MIL]\n", encoding="utf-8")
    counts = import_phoenix([a], out)
    assert counts[AGENTS_FILE] == 1 and PEOPLE_FILE not in counts
    assert (out / PEOPLE_FILE).read_text(encoding="utf-8") == "keep me\n"


def test_rerun_is_identical(snippet, tmp_path):
    _, out = snippet
    before = {n: (out / n).read_bytes() for n in (PEOPLE_FILE, ORGS_FILE, AGENTS_FILE)}
    import_phoenix([tmp_path / "Test.actors.txt", tmp_path / "Test.agents.txt"], out, skip_bundled_agents=False)
    assert before == {n: (out / n).read_bytes() for n in before}


def test_missing_file_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        import_phoenix([tmp_path / "nope.actors.txt"], tmp_path / "out")


# ------------------------------------------------------- real Phoenix files


@pytest.fixture(scope="module")
def phoenix_kb(tmp_path_factory):
    if not PHOENIX.is_dir():
        pytest.skip("shared Phoenix dictionaries not available")
    out = tmp_path_factory.mktemp("phoenix")
    files = sorted(PHOENIX.glob("Phoenix.*.txt"))
    return import_phoenix(files, out), out


def test_real_counts(phoenix_kb):
    counts, out = phoenix_kb
    # measured 2026-11-27: people 26324 rows (18320 persons), orgs 7462, agents 3136
    # (+213 terms the bundled agents.tsv has), skipped 11, places 235
    assert counts[PEOPLE_FILE] > 25000
    assert counts[ORGS_FILE] > 7000
    assert counts[AGENTS_FILE] + counts["bundled"] > 3000
    assert counts[AGENTS_FILE] > 2500
    assert counts["places"] > 200
    assert 0 < counts["skipped"] < 50


def test_real_countries_file_alone(tmp_path):
    """The countries file imports on its own (its time: bench/kb.py)."""
    f = PHOENIX / "Phoenix.Countries.actors.txt"
    if not f.exists():
        pytest.skip("shared Phoenix dictionaries not available")
    counts = import_phoenix([f], tmp_path)
    assert counts[PEOPLE_FILE] > 20000


def test_real_putin(phoenix_kb):
    _, out = phoenix_kb
    putin = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_vladimir_putin")
    assert putin and putin[0]["name"] == "Vladimir Putin"
    gov = {(r["start"], r["end"]) for r in putin if (r["country"], r["sector"]) == ("RUS", "GOV")}
    assert gov == {("1999-08-09", "2000-05-07"), ("1999-12-31", "2008-05-07"), ("2008-05-08", "")}
    eli = [(r["start"], r["end"]) for r in putin if r["sector"] == "ELI"]
    assert eli == [("1970-01-01", "1999-08-09")]
    aliases = putin[0]["aliases"].split("|")
    assert "Putin" in aliases and "Vladimir Vladimirovich Putin" in aliases


def test_real_medvedev_block(phoenix_kb):
    """DMITRY_MEDVEDEV_ has no codes of its own; it shares DMITR_MEDVEDEV_'s."""
    _, out = phoenix_kb
    med = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_dmitry_medvedev")
    assert ("RUS", "GOV", "2008-05-07", "") in {(r["country"], r["sector"], r["start"], r["end"]) for r in med}
    assert "Dmitri Medvedev" in med[0]["aliases"].split("|")


def test_real_igo_and_secretary_general(phoenix_kb):
    _, out = phoenix_kb
    orgs = {r["kb_id"]: r for r in read_tsv(out / ORGS_FILE)}
    un = orgs["phoenix_the_united_nations"]
    assert (un["kind"], un["country"], un["sector"], un["code"]) == ("igo", "", "IGO", "IGOUNO")
    nato = orgs["phoenix_nato"]
    assert nato["code"].startswith("IGO") and nato["kind"] == "igo"
    ban = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_secretary_general_ban_ki_moon")
    assert [(r["sector"], r["start"], r["org"]) for r in ban] == [("IGO", "2007-01-01", "phoenix_the_united_nations")]


def test_real_agents(phoenix_kb):
    from newsgraph.phoenix import _bundled_agent_terms

    _, out = phoenix_kb
    agents = {r["term"]: r["sector"] for r in read_tsv(out / AGENTS_FILE)}
    bundled = _bundled_agent_terms()
    expected = {
        "minister": "GOV",
        "foreign minister": "GOV",
        "riot police": "COP",
        "peacekeeping troops": "IGO",  # [IGO~]
        "congressman": "LEG",
        "agriculture minister": "GOV",  # [~GOVAGR]
        "ministry of environment": "ENV",  # first of [~ENV] / [~GOVENV]
    }
    for term, sector in expected.items():
        if term in bundled:
            assert term not in agents
        else:
            assert agents[term] == sector, term
    assert all(t == t.lower() and "_" not in t and "  " not in t for t in agents)
    assert not bundled & set(agents)


def test_real_files_load_in_the_kb(phoenix_kb):
    kb_mod = pytest.importorskip("newsgraph.kb")
    _, out = phoenix_kb
    kb = kb_mod.KB([out])
    putin = kb.people["phoenix_vladimir_putin"]
    assert any(r.country == "RUS" and r.sector == "GOV" and r.end is None for r in putin.roles)
    assert kb.orgs["phoenix_the_united_nations"].code == "IGOUNO"


def test_real_no_duplicate_keys(phoenix_kb):
    _, out = phoenix_kb
    orgs = [r["kb_id"] for r in read_tsv(out / ORGS_FILE)]
    assert len(orgs) == len(set(orgs))
    terms = [r["term"] for r in read_tsv(out / AGENTS_FILE)]
    assert len(terms) == len(set(terms))
    people = read_tsv(out / PEOPLE_FILE)
    keys = [(r["kb_id"], r["country"], r["sector"], r["start"], r["end"], r["org"]) for r in people]
    assert len(keys) == len(set(keys))
    for r in people:
        assert r["start"] or r["end"]  # one row per dated code
        assert not r["country"] or len(r["country"]) == 3


# --------------------------------------------------- PETRARCH toy dictionaries


def test_petrarch_validate_dictionaries(tmp_path):
    actors = PETRARCH2 / "PETR.Validate.actors.txt"
    agents = PETRARCH2 / "PETR.Validate.agents.txt"
    if not (actors.exists() and agents.exists()):
        pytest.skip("PETRARCH2 benchmark files not available")
    counts = import_phoenix([actors, agents], tmp_path, skip_bundled_agents=False)
    assert counts[PEOPLE_FILE] >= 8 and counts[ORGS_FILE] >= 30 and counts[AGENTS_FILE] >= 80
    assert counts[COUNTRIES_FILE] >= 30  # ARN, GON, CAL, HOB, ...
    assert counts["skipped"] == 1  # [+++]; [ELR/GAL] is ELR, [FRO/BIL/SAM] FRO (a place)
    people = read_tsv(tmp_path / PEOPLE_FILE)
    sam = rows_of(people, "phoenix_sam_gamgee")
    assert {(r["sector"], r["start"], r["end"]) for r in sam} == {
        ("", "", "2008-01-20"),  # HOBCIV: CIV is no KB sector (CAMEO's is CVL)
        ("", "2010-01-09", "2010-01-12"),  # ORCHOB: neither group is a sector
        ("MIL", "2008-01-20", "2012-11-09"),
        ("GOV", "2012-11-09", "2013-01-19"),
        ("ELI", "2013-01-19", ""),
    }
    gollum = rows_of(people, "phoenix_gollum")  # "[HOBGOV 19950601 - 19990815]", "[HOBREB > 990816]"
    assert {(r["start"], r["end"]) for r in gollum} == {("", "1995-06-01"), ("1995-06-01", "1999-08-15"), ("1999-08-16", "")}
    assert gollum[0]["aliases"] == "Smeagol|Slinker|Stinker"
    orgs = {r["kb_id"]: r for r in read_tsv(tmp_path / ORGS_FILE)}
    assert orgs["phoenix_international_criminal_police_organization"]["code"] == "IGOCOPITP"
    assert orgs["phoenix_international_criminal_police_organization"]["aliases"] == "Interpol"
    assert "phoenix_boromir" not in orgs  # [---]
    assert orgs["phoenix_president_george_w_bush"]["code"] == "USAGOV"
    agents = {r["term"]: r["sector"] for r in read_tsv(tmp_path / AGENTS_FILE)}
    assert agents["police"] == "COP"  # "[ ~COP]"
    assert agents["human rights organization"] == "NGO"  # "[  NGO~]"
    assert agents["ministry of silly walks"] == "GOV"  # !MINST! substitution
    assert agents["fighter pilot"] == "MIL"  # [~MILAFC]
    assert "golden goose" not in agents  # [~GGS]: no KB sector
    kb_mod = pytest.importorskip("newsgraph.kb")
    kb_mod.KB([tmp_path])  # loads without KBError


# ------------------------------------------- countries of the dictionary's own

TOY_ACTORS = """\
ARNOR_  [ARN]
+NORTH_KINGDOM
GONDOR [GON]
CALENARDHON  [CAL]
ARVEDUI_
\t[ARNGOV 19400101-19750101]
\t[ARNMIL >19750102]
ARNOR_RANGERS [ARNMIL]
BREE  [BRE]
LORIEN  [ELR/GAL]
ELVEN_COUNCIL [ELRGOV/GALGOV]
EGYPT [EGY]
"""


@pytest.fixture
def toy(tmp_path):
    actors = tmp_path / "Toy.actors.txt"
    actors.write_text(TOY_ACTORS, encoding="utf-8")
    out = tmp_path / "kb"
    return import_phoenix([actors, PETRARCH2 / "PETR.Validate.agents.txt"] if (PETRARCH2 / "PETR.Validate.agents.txt").exists() else [actors], out), out


def test_toy_countries_people_orgs(toy):
    counts, out = toy
    assert header(out / COUNTRIES_FILE) == COUNTRIES_COLUMNS
    assert counts["places"] == 1 and counts["skipped"] == 0  # EGY: bundled, skipped as before
    countries = {r["iso3"]: r for r in read_tsv(out / COUNTRIES_FILE)}
    assert set(countries) == {"ARN", "GON", "CAL", "BRE", "ELR"}
    assert counts[COUNTRIES_FILE] == 5
    # the acronym-looking form is kept, the title-cased form is an alias
    assert (countries["ARN"]["name"], countries["ARN"]["aliases"]) == ("ARNOR", "Arnor|North Kingdom")
    assert (countries["BRE"]["name"], countries["BRE"]["aliases"]) == ("BREE", "Bree")
    assert countries["GON"]["name"] == "Gondor" and countries["ELR"]["name"] == "Lorien"
    assert all(r["demonyms"] == r["capital"] == r["government"] == "" for r in countries.values())
    people = rows_of(read_tsv(out / PEOPLE_FILE), "phoenix_arvedui")
    assert {(r["country"], r["sector"], r["start"], r["end"]) for r in people} == {
        ("ARN", "GOV", "1940-01-01", "1975-01-01"), ("ARN", "MIL", "1975-01-02", ""),
    }
    orgs = {r["kb_id"]: r for r in read_tsv(out / ORGS_FILE)}
    assert (orgs["phoenix_arnor_rangers"]["country"], orgs["phoenix_arnor_rangers"]["sector"]) == ("ARN", "MIL")
    # alternatives: the first one is the code
    assert orgs["phoenix_elven_council"]["code"] == "ELRGOV"
    assert orgs["phoenix_elven_council"]["country"] == "ELR"
    kb_mod = pytest.importorskip("newsgraph.kb")
    kb = kb_mod.KB([out])
    assert kb.countries["ARN"].name == "ARNOR"


def test_toy_orgs_get_title_alias(tmp_path):
    p = tmp_path / "x.actors.txt"
    p.write_text("FRODO [HOBGOV]\nNATO_ [IGONAT]\nUN_ [IGOUNO]\n", encoding="utf-8")
    import_phoenix([p], tmp_path / "out")
    orgs = {r["kb_id"]: r for r in read_tsv(tmp_path / "out" / ORGS_FILE)}
    assert (orgs["phoenix_frodo"]["name"], orgs["phoenix_frodo"]["aliases"]) == ("FRODO", "Frodo")
    assert orgs["phoenix_nato"]["aliases"] == "Nato"
    assert orgs["phoenix_un"]["aliases"] == ""  # 2 letters: no "Un"


def test_toy_codes_an_event(toy):
    if not (PETRARCH2 / "PETR.Validate.agents.txt").exists():
        pytest.skip("PETRARCH2 benchmark files not available")
    _, out = toy
    from newsgraph.nlp import build_pipeline
    from newsgraph.pipeline import code_article

    nlp = build_pipeline(kb_dirs=[out])
    res = code_article("Arnor condemned Gondor on Monday.", nlp=nlp)
    ev = [(e.source["code"], e.target["code"], e.cameo_root) for e in res.events]
    assert ev == [("ARN", "GON", "11")]


def test_a_discards_list_is_not_read_as_actors(tmp_path, caplog):
    """Phoenix.discards.txt (phrases whose sentences PETRARCH skips) beside the actor files, as
    `import-phoenix Phoenix.*.txt` gives it: said and left out, not hundreds of skipped 'actors'."""
    discards = tmp_path / "Phoenix.discards.txt"
    discards.write_text("# Story-level discards are indicated with a '+'.\n+WORLD_CUP\nBOX_OFFICE\n", encoding="utf-8")
    with caplog.at_level("WARNING"):
        counts = import_phoenix([discards], tmp_path / "out")
    assert counts.get("skipped", 0) == 0 and not any(v for k, v in counts.items() if k.endswith(".tsv"))
    assert "discards list" in caplog.text and "not imported" in caplog.text
