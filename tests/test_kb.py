"""The KB loader (docs/kb.md): errors name file and line, user folders extend the bundled
files, Person.role_on picks the role on a date, counts() sums it all up."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsgraph.kb import KB, KBError, Person, Role, actor_code

PEOPLE_HEADER = "kb_id\tname\taliases\tcountry\trole\ttitle\tsector\tstart\tend\torg\n"
ORGS_HEADER = "kb_id\tname\taliases\tkind\tcountry\tsector\tcode\n"
AGENTS_HEADER = "term\tsector\tperson\trole\n"


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path) -> str:
    with pytest.raises(KBError) as err:
        KB([tmp_path])
    return str(err.value)


def names_file_and_line(message: str, path, line: int) -> bool:
    return re.search(re.escape(str(path)) + rf":{line}\b", message) is not None


# -- errors name file and line --------------------------------------------------------------
def test_bad_header(tmp_path):
    path = write(tmp_path, "people-bad.tsv", "# my people\n\nkb_id\tname\tcountry\n")
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, 3), msg
    assert "header" in msg


def test_bad_date(tmp_path):
    path = write(tmp_path, "people-bad.tsv",
                 "# comment lines and blank lines still count\n" + PEOPLE_HEADER + "\n"
                 "jane_roe\tJane Roe\t\tITA\tforeign minister\tForeign Minister\tGOV\t2022-10-22\t\t\n"
                 "john_doe\tJohn Doe\t\tITA\tdefence minister\tDefence Minister\tMIL\t22/10/2022\t\t\n")
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, 5), msg
    assert "22/10/2022" in msg


def test_start_after_end(tmp_path):
    path = write(tmp_path, "people-bad.tsv", PEOPLE_HEADER +
                 "jane_roe\tJane Roe\t\tITA\tforeign minister\tForeign Minister\tGOV\t2022-10-22\t2021-01-01\t\n")
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, 2), msg


@pytest.mark.parametrize("name, text, line", [
    ("people-bad.tsv", PEOPLE_HEADER + "jane_roe\tJane Roe\t\tITA\tforeign minister\tForeign Minister\tGUV\t\t\t\n", 2),
    ("orgs-bad.tsv", ORGS_HEADER + "# an NGO\nrelief_net\tSahel Relief Network\t\tngo\t\tNOG\tNGO\n", 3),
    ("agents-bad.tsv", AGENTS_HEADER + "lighthouse keeper\tCVL\t0\t\nwarlord\tWAR\t0\t\n", 3),
])
def test_unknown_sector(tmp_path, name, text, line):
    path = write(tmp_path, name, text)
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, line), msg
    assert "sector" in msg


def test_too_many_columns(tmp_path):
    path = write(tmp_path, "orgs-bad.tsv", ORGS_HEADER +
                 "relief_net\tSahel Relief Network\t\tngo\t\tNGO\tNGO\textra\n")
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, 2), msg
    assert "column" in msg


def test_bad_region_coordinates(tmp_path):
    path = write(tmp_path, "regions-bad.tsv", "name\taliases\tlat\tlon\nThe Steppe\t\tnorth\t70\n")
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, 2), msg


def test_bad_country_code(tmp_path):
    path = write(tmp_path, "countries-bad.tsv",
                 "iso3\tname\taliases\tdemonyms\tcapital\tcapital_aliases\tgovernment\n"
                 "Xy\tXyland\t\tXylandic\tXy City\t\t\n")
    msg = load_error(tmp_path)
    assert names_file_and_line(msg, path, 2), msg


# -- user folders ---------------------------------------------------------------------------
def test_user_folder_adds_and_overrides(tmp_path):
    base = KB()
    write(tmp_path, "people-extra.tsv", PEOPLE_HEADER +
          "jane_roe\tJane Roe\tRoe\tITA\tforeign minister\tForeign Minister\tGOV\t2022-10-22\t\t\n"
          "jane_roe\tJane Roe\tRoe\tITA\thead of government\tPrime Minister\tGOV\t2019-01-01\t2020-01-01\t\n")
    write(tmp_path, "orgs-extra.tsv", ORGS_HEADER +
          "relief_net\tSahel Relief Network\tSRN\tngo\t\tNGO\tNGO\n"
          "nato\tNATO alliance\tNATO\tigo\t\tIGO\tIGONAT\n")
    write(tmp_path, "agents-extra.tsv", AGENTS_HEADER + "lighthouse keeper\tCVL\t0\t\n")
    kb = KB([tmp_path])
    assert kb.people["jane_roe"].aliases == {"Roe"}
    assert len(kb.people["jane_roe"].roles) == 2
    assert kb.orgs["relief_net"].code == "NGO" and kb.orgs["relief_net"].country is None
    assert kb.orgs["nato"].name == "NATO alliance"  # the later row with the same key wins
    assert kb.agents["lighthouse keeper"].sector == "CVL"
    got, want = kb.counts(), base.counts()
    assert got["people"] == want["people"] + 1
    assert got["roles"] == want["roles"] + 2
    assert got["organisations"] == want["organisations"] + 1
    assert got["agents"] == want["agents"] + 1
    assert got["countries"] == want["countries"] and got["regions"] == want["regions"]
    pats = [p for p in kb.entity_patterns() if p["id"] == "person:jane_roe"]
    assert {p["pattern"] for p in pats} == {"Jane Roe", "Roe"}
    assert all(p["label"] == "PERSON" for p in pats)


def test_files_outside_the_prefixes_are_ignored(tmp_path):
    write(tmp_path, "notes.tsv", "anything\tat all\n")
    write(tmp_path, "README.md", "# my KB\n")
    assert KB([tmp_path]).counts() == KB().counts()


# -- counts ---------------------------------------------------------------------------------
def test_counts_of_the_bundled_kb():
    kb = KB()
    n = kb.counts()
    assert set(n) == {"countries", "organisations", "agents", "people", "roles", "regions"}
    assert n["countries"] == len(kb.countries) >= 190
    assert n["organisations"] == len(kb.orgs) > 50
    assert n["agents"] == len(kb.agents) > 100
    assert n["people"] == len(kb.people) > 100
    assert n["roles"] == sum(len(p.roles) for p in kb.people.values()) >= n["people"]
    assert n["regions"] == len(kb.regions) > 10


def test_bundled_lookups():
    kb = KB()
    assert kb.demonym_country["kenyan"] == "KEN"
    assert kb.country_by_name["russian federation"] == "RUS"
    assert kb.country_by_name["united states"] == "USA"  # "the United States" without the article
    assert kb.capital_country["moscow"] == "RUS"
    assert kb.org_code("un") == "IGOUNO"
    assert kb.org_code("no_such_org") is None


def test_actor_code():
    assert actor_code("RUS", "GOV") == "RUSGOV"
    assert actor_code("RUS", None) == "RUS"
    assert actor_code(None, "IGO", "IGOUNO") == "IGOUNO"
    assert actor_code(None, None) is None


# -- Person.role_on ---------------------------------------------------------------------------
def role(country, name, start, end, sector="GOV", org=None) -> Role:
    d = lambda s: dt.date.fromisoformat(s) if s else None  # noqa: E731
    return Role(country, name, name.title(), sector, d(start), d(end), org)


@pytest.fixture
def career() -> Person:
    """A minister who became prime minister, then left office, then led an IGO office."""
    return Person("jane_roe", "Jane Roe", {"Roe"}, [
        role("ITA", "defence minister", "2010-01-01", "2014-12-31", sector="MIL"),
        role("ITA", "head of government", "2015-01-01", "2018-06-30"),
        role(None, "secretary-general", "2020-01-01", None, sector="IGO", org="un"),
    ])


@pytest.mark.parametrize("day, expected", [
    ("2012-05-01", "defence minister"),
    ("2015-01-01", "head of government"),   # first day of a term
    ("2014-12-31", "defence minister"),     # last day of a term
    ("2023-10-16", "secretary-general"),    # open-ended term
    ("2005-01-01", "defence minister"),     # before any role: the closest one
    ("2018-08-01", "head of government"),   # a month after leaving office: the closest one
    ("2019-11-30", "secretary-general"),    # a month before the next one: the closest one
])
def test_role_on(career, day, expected):
    assert career.role_on(dt.date.fromisoformat(day)).role == expected


def test_role_on_prefers_head_of_state_on_the_same_day():
    p = Person("x", "X", set(), [
        role("RUS", "foreign minister", "2000-01-01", None),
        role("RUS", "head of state", "2010-01-01", None),
    ])
    assert p.role_on(dt.date(2012, 1, 1)).role == "head of state"
    assert p.role_on(dt.date(2005, 1, 1)).role == "foreign minister"


def test_role_on_without_roles_or_date():
    assert Person("x", "X").role_on(dt.date(2020, 1, 1)) is None
    p = Person("x", "X", set(), [role("FRA", "head of state", "2017-05-14", None)])
    assert p.role_on(None).role == "head of state"  # no date: today


def test_role_on_in_the_bundled_kb():
    kb = KB()
    putin = kb.people["vladimir_putin"]
    assert putin.role_on(dt.date(2010, 1, 1)).role == "head of government"
    assert putin.role_on(dt.date(2023, 10, 16)).role == "head of state"
    vdl = kb.people["ursula_von_der_leyen"]
    assert (vdl.role_on(dt.date(2016, 1, 1)).country, vdl.role_on(dt.date(2016, 1, 1)).sector) == ("DEU", "MIL")
    assert vdl.role_on(dt.date(2023, 1, 1)).org == "eu"


def test_long_acronyms_also_match_title_cased():
    from newsgraph.kb import load_kb

    pats = {(p["pattern"], p["id"]) for p in load_kb().entity_patterns() if isinstance(p["pattern"], str)}
    assert ("Farc", "org:farc") in pats
    assert not any(p == "Who" for p, _ in pats)  # three-letter acronyms are left alone
