"""The article's place as the last fallback (issue 14, item 2): an event whose text gives it no
place takes the article's (its dateline town, else its main country) as `location`, marked
`precision: "article"`; the store (schema version 3) keeps the location's admin1, geonames_id and
precision, and upgrades a version-2 store. Every article is invented; each rule has a negative."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from newsgraph.coding.where.fallback import ARTICLE, article_place, fill
from newsgraph.model import Location
from newsgraph.store import SCHEMA_VERSION, Store, check_store, query
from tests.test_resolved_by import STORIES, by_name, coded_article, write


def places(coded) -> list[tuple[str, str | None, str | None]]:
    """(trigger, place name, precision) of each event."""
    return [(e.trigger, *(((e.location or {}).get(k) for k in ("name", "precision")))) for e in coded.events]


# -- datelines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, town, country",
    [
        ("KABUL (Reuters) - Taliban fighters attacked a checkpoint on Tuesday, officials said.", "Kabul", "AFG"),
        ("BEIJING, Oct 16 - China condemned Japan on Monday.", "Beijing", "CHN"),
        ("MOSCOW, Oct. 16 (Reuters) - Russia condemned Japan on Monday.", "Moscow", "RUS"),
        ("CAIRO -- Police arrested ten protesters on Friday.", "Cairo", "EGY"),
        ("Beirut, Lebanon (CNN) — Gunmen attacked a convoy on Sunday.", "Beirut", "LBN"),
    ],
)
def test_a_dateline_gives_its_town_to_events_without_a_place(code, text, town, country):
    coded = code(text)
    assert coded.events, text
    loc = coded.events[0].location
    assert loc is not None and loc["name"] == town and loc["country"] == country
    assert loc["precision"] == ARTICLE and loc["lat"] is not None


def test_the_sentence_own_place_beats_the_dateline(code):
    coded = code("CAIRO -- Egyptian police arrested ten protesters in Alexandria on Friday.")
    assert places(coded) == [("arrested", "Alexandria", "sentence")]


def test_an_abbreviated_state_is_no_town(code):
    """"Pa." is Pennsylvania in AP style, not the town of Pa in Burkina Faso: the dateline gives nothing."""
    coded = code("VILLANOVA, Pa. -- Police arrested two students on Friday.")
    assert [loc for loc in (e.location for e in coded.events) if loc and loc["country"] == "BFA"] == []


def test_a_first_line_that_is_no_dateline_gives_no_town(code):
    coded = code("Police arrested two students on Friday. The students denied the charges.")
    assert coded.events and all(e.location is None for e in coded.events)


def test_without_a_dateline_the_article_main_country_is_the_place(nlp):
    from newsgraph.model import ArticleInput
    from newsgraph.pipeline import code_article

    coded = code_article(
        ArticleInput(text="Police arrested ten protesters on Friday.", title="Protests spread in Kenya", date="2023-10-16"),
        nlp=nlp,
    )
    loc = coded.events[0].location
    assert loc is not None and loc["kind"] == "country" and loc["country"] == "KEN" and loc["precision"] == ARTICLE
    # negative: a title naming no country gives no place
    coded = code_article(
        ArticleInput(text="Police arrested ten protesters on Friday.", title="Protests spread", date="2023-10-16"),
        nlp=nlp,
    )
    assert coded.events[0].location is None


# -- the fallback itself ---------------------------------------------------------------------------

KABUL = Location("KABUL", "Kabul", "AFG", 34.5, 69.2)


@dataclasses.dataclass
class _Setting:
    dateline_place: Location | None = None
    main_place: Location | None = None


def test_article_place_prefers_the_dateline_town_to_the_main_country():
    afg = Location("Afghanistan", "Afghanistan", "AFG", 33.0, 65.0, kind="country")
    assert article_place(_Setting(KABUL, afg)).name == "Kabul"
    assert article_place(_Setting(None, afg)).name == "Afghanistan"
    assert article_place(_Setting(KABUL)).precision == ARTICLE and KABUL.precision == "sentence"
    assert article_place(_Setting()) is None and article_place(None) is None


def test_fill_gives_the_place_only_to_events_without_one():
    own = {"name": "Herat", "precision": "sentence"}
    events = [coded_article("r4").events[0], coded_article("r1").events[0]]
    events[0].location = own
    assert fill(events, article_place(_Setting(KABUL))) == 1
    assert events[0].location is own and events[1].location["name"] == "Kabul"
    assert events[1].location["precision"] == ARTICLE
    assert fill([coded_article("r1").events[0]], None) == 0


# -- the store ---------------------------------------------------------------------------------------

HERAT = {"text": "in Herat", "name": "Herat", "country": "AFG", "lat": 34.35, "lon": 62.2, "kind": "city",
         "admin1": "Herat", "geonames_id": 1140026, "precision": "sentence"}


def test_the_store_keeps_admin1_geonames_id_and_precision(tmp_path: Path):
    r4, r1 = coded_article("r4"), coded_article("r1")
    r4.events[0].location = HERAT
    r1.events[0].location = {**HERAT, "text": "HERAT", "admin1": None, "geonames_id": None, "precision": ARTICLE}
    from newsgraph.model import ArticleInput
    from newsgraph.store import IngestSummary

    given = {a: ArticleInput(text=STORIES[a][2], id=a, date=STORIES[a][0], source=STORIES[a][1]) for a in ("r1", "r4")}
    with Store(tmp_path / "s.duckdb") as s:
        s.write([r4, r1], given, IngestSummary())
        rows = by_name(s)
        assert (rows["r4"]["location_admin1"], rows["r4"]["location_geonames_id"]) == ("Herat", 1140026)
        assert rows["r4"]["location_precision"] == "sentence" and rows["r1"]["location_precision"] == ARTICLE
        got = {m["trigger"]: m["location"] for m in query.article(s, "r4")["events"]}
        assert got["detained"]["admin1"] == "Herat" and got["detained"]["precision"] == "sentence"
        got = {m["trigger"]: m["location"] for m in query.article(s, "r1")["events"]}
        assert got["criticised"]["precision"] == ARTICLE
        # the map's places: the town as the sentence's own place and as an article's, apart
        found = {(p["name"], p["precision"]) for p in query.places(s)["places"]}
        assert found == {("Herat", "sentence"), ("Herat", ARTICLE)}


def test_the_article_place_never_tells_reports_apart(tmp_path: Path):
    """r1 and r2 report one event; r2's article place (another country) does not split it."""
    r1, r2 = coded_article("r1"), coded_article("r2")
    r2.events[0].location = {**HERAT, "country": "PAK", "precision": ARTICLE}
    r1.events[0].location = {**HERAT, "name": "Qom", "country": "IRN", "precision": "sentence"}
    from newsgraph.model import ArticleInput
    from newsgraph.store import IngestSummary

    given = {a: ArticleInput(text=STORIES[a][2], id=a, date=STORIES[a][0], source=STORIES[a][1]) for a in ("r1", "r2")}
    with Store(tmp_path / "s.duckdb") as s:
        s.write([r1, r2], given, IngestSummary())
        assert by_name(s)["r1"]["num_articles"] == 2
    # negative: the same other country as the sentence's own place keeps them apart
    r1, r2 = coded_article("r1"), coded_article("r2")
    r2.events[0].location = {**HERAT, "country": "PAK", "precision": "sentence"}
    r1.events[0].location = {**HERAT, "name": "Qom", "country": "IRN", "precision": "sentence"}
    with Store(tmp_path / "t.duckdb") as s:
        s.write([r1, r2], given, IngestSummary())
        assert by_name(s)["r1"]["num_articles"] == 1


def test_a_later_reports_own_place_replaces_the_articles_place(tmp_path: Path):
    """r1 and r2 report one event; r1 (first) gives only its article's place, r2 the event's own:
    the merged event takes r2's, in one batch and across two writes; an own place is never replaced."""
    from newsgraph.model import ArticleInput
    from newsgraph.store import IngestSummary

    given = {a: ArticleInput(text=STORIES[a][2], id=a, date=STORIES[a][0], source=STORIES[a][1]) for a in ("r1", "r2")}

    def reports(first: dict, later: dict) -> tuple:
        r1, r2 = coded_article("r1"), coded_article("r2")
        r1.events[0].location, r2.events[0].location = first, later
        return r1, r2

    article_kabul = {**HERAT, "name": "Kabul", "geonames_id": None, "precision": ARTICLE}
    for batches in ("one", "two"):
        r1, r2 = reports(article_kabul, HERAT)
        with Store(tmp_path / f"{batches}.duckdb") as s:
            for batch in ([r1, r2],) if batches == "one" else ([r1], [r2]):
                s.write(batch, given, IngestSummary())
            row = by_name(s)["r1"]
            assert row["num_articles"] == 2, batches
            assert (row["location_name"], row["location_precision"], row["location_geonames_id"]) == (
                "Herat",
                "sentence",
                1140026,
            ), batches
    # negative: the first report's own place stays, whatever a later one names
    r1, r2 = reports({**HERAT, "name": "Qala", "geonames_id": 7}, HERAT)
    with Store(tmp_path / "own.duckdb") as s:
        s.write([r1], given, IngestSummary())
        s.write([r2], given, IngestSummary())
        row = by_name(s)["r1"]
        assert (row["num_articles"], row["location_name"], row["location_geonames_id"]) == (2, "Qala", 7)


V3_COLUMNS = ("location_admin1", "location_geonames_id", "location_precision")


def make_v2(path: Path) -> None:
    """A version-2 store: a version-3 one written, its new columns dropped, its version set back."""
    with Store(path) as s:
        write(s, ["r1", "r4"])
    con = duckdb.connect(str(path))
    for c in V3_COLUMNS:
        con.execute(f"ALTER TABLE events DROP COLUMN {c}")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()


def test_a_version_2_store_is_upgraded_in_place(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    make_v2(path)
    old = check_store(path)
    assert old.ok and [c.detail for c in old.checks if c.name == "schema version"] == [
        f"version 2, upgraded in place to {SCHEMA_VERSION} when next opened"]
    with Store(path) as s:
        assert s.upgraded_from == 2 and SCHEMA_VERSION == 3
        cols = [r[0] for r in s.con.execute("DESCRIBE events").fetchall()]
        assert tuple(cols[-3:]) == V3_COLUMNS
        with Store(tmp_path / "fresh.duckdb") as fresh:
            assert cols == [r[0] for r in fresh.con.execute("DESCRIBE events").fetchall()]
        assert s.con.execute("SELECT count(*), count(location_precision) FROM events").fetchone() == (2, 0)
        # a place stored before version 3 reads as the sentence's own
        got = {m["trigger"]: m["location"] for m in query.article(s, "r4")["events"]}
        assert got["detained"]["name"] == "Kabul" and got["detained"]["precision"] == "sentence"
        assert got["detained"]["admin1"] is None
        write(s, ["r5"])
        assert s.check().ok
    with Store(path) as s:
        assert s.upgraded_from is None
