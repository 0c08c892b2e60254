"""Event pages from memory (newsgraph.pages) give exactly the answers of query.events.

The store is filled by SQL with 3,000 events drawn to have what makes paging go wrong:
dates shared by many events (ties broken by key), events with no date, actors with a code
but no country (UNO), no target, no source (threats and force by an unnamed perpetrator),
every modality and QuadClass, actor ids apart from codes, and every resolved_by (NULL too). Each filter combination is asked of both and compared whole: order, rows, total.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import numpy as np
import pytest

from newsgraph.ingest import ingest
from newsgraph import pages as pages_mod
from newsgraph import query
from newsgraph.model import ArticleInput
from newsgraph.pages import EventPages, LivePages
from newsgraph.store import Store

N = 3000
CODES = ["RUS", "RUSGOV", "RUSMIL", "UKR", "UKRMIL", "CHN", "CHNGOV", "USA", "USAGOV", "UNO", "IGO"]
# resolved_by values, NULL (stored before schema version 2) among them
HOW = "[NULL, 'kb', 'title', 'appositive', 'place', 'sentence', 'paragraph', 'article', 'pronoun']"


def fill(store: Store, n: int = N) -> None:
    """n synthetic events: a draw per column from hash(i, salt)."""
    codes = ", ".join(f"'{c}'" for c in CODES)
    store.con.execute(f"""
        INSERT INTO events (event_key, date, cameo, cameo_root, cameo_name, plover, quad_class, goldstein, modality,
                            source_id, source_code, source_country, source_name,
                            target_id, target_code, target_country, target_name,
                            location_name, lat, lon, confidence, num_mentions, num_sources, num_articles, first_article,
                            source_resolved_by, target_resolved_by)
        WITH d AS (
            SELECT i,
                   -- a tenth of the threats and force (roots 13-20) have no source: an unnamed perpetrator
                   CASE WHEN hash(i, 7) % 10 = 0 AND 1 + hash(i, 6) % 20 >= 13 THEN NULL
                        ELSE [{codes}][CAST(1 + hash(i, 1) % {len(CODES)} AS BIGINT)] END AS s,
                   CASE WHEN hash(i, 2) % 9 = 0 THEN NULL ELSE [{codes}][CAST(1 + hash(i, 3) % {len(CODES)} AS BIGINT)] END AS t,
                   CASE WHEN hash(i, 4) % 13 = 0 THEN NULL
                        ELSE DATE '2022-01-01' + CAST(hash(i, 5) % 90 AS INTEGER) END AS day,
                   CAST(1 + hash(i, 6) % 20 AS BIGINT) AS root
            FROM range({n}) r(i))
        SELECT printf('k%05d', (i * 7919) % {n}), day, printf('%02d0', root), printf('%02d', root), 'act ' || root,
               NULL, 1 + root % 4, (root % 7) - 3.5, ['actual', 'planned', 'negated', 'hypothetical'][CAST(1 + i % 4 AS BIGINT)],
               CASE WHEN s IN ('RUS', 'UKR', 'CHN', 'USA') THEN 'country:' || s ELSE lower(s) END, s,
               CASE WHEN s IN ('UNO', 'IGO') THEN NULL ELSE s[1:3] END, s || ' name',
               CASE WHEN t IS NULL THEN NULL WHEN t IN ('RUS', 'UKR', 'CHN', 'USA') THEN 'country:' || t
                    ELSE lower(t) END, t,
               CASE WHEN t IS NULL OR t IN ('UNO', 'IGO') THEN NULL ELSE t[1:3] END, t || ' name',
               CASE WHEN i % 5 = 0 THEN 'Kyiv' END, CASE WHEN i % 5 = 0 THEN 50.45 END,
               CASE WHEN i % 5 = 0 THEN 30.52 END, 0.5 + (i % 5) / 10, 1 + i % 3, 1, 1 + i % 2, 'a' || i,
               CASE WHEN s IS NULL OR s IN ('UNO', 'IGO') THEN NULL ELSE {HOW}[CAST(1 + hash(i, 8) % 9 AS BIGINT)] END,
               CASE WHEN t IS NULL OR t IN ('UNO', 'IGO') THEN NULL ELSE {HOW}[CAST(1 + hash(i, 9) % 9 AS BIGINT)] END
        FROM d""")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    with Store(tmp_path_factory.mktemp("pages") / "events.duckdb") as s:
        fill(s)
        yield s


@pytest.fixture(scope="module")
def memory(store: Store) -> EventPages:
    return EventPages.load(store)


FILTERS = [
    {},
    {"source": "RUS"}, {"source": "rus"}, {"source": "RUSGOV"}, {"source": "rusmil"}, {"source": "UNO"},
    {"source": "country:UKR"}, {"source": "usagov"}, {"source": "XYZ"}, {"source": "nobody"},
    {"target": "CHN"}, {"target": "IGO"}, {"source": "RUS", "target": "UKR"},
    {"root": "19"}, {"root": "01", "quad": 2}, {"quad": 4}, {"modality": "planned"}, {"root": "21"},
    {"date_from": "2022-02-01"}, {"date_to": "2022-02-01"}, {"date_from": "2022-02-01", "date_to": "2022-02-01"},
    {"date_from": "2022-01-10", "date_to": "2022-03-05", "source": "RUS", "modality": "actual"},
    {"date_from": dt.date(2022, 3, 31)}, {"date_to": "2021-12-31"}, {"date_from": "2023-01-01"},
    {"target": "USA", "quad": 1, "date_to": "2022-02-15"},
    {"target": "UKR", "root": "18"}, {"target": "country:UKR", "date_from": "2022-03-01", "quad": 4},
    {"context": False}, {"context": True}, {"context": False, "source": "RUS"}, {"context": False, "target": "UNO"},
    {"context": False, "date_from": "2022-02-01", "quad": 4}, {"context": False, "source": "RUS", "target": "UKR"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=[str(f) for f in FILTERS])
def test_every_page_equals_the_store(store: Store, memory: EventPages, filters: dict) -> None:
    total = query.events(store, **filters, size=1)["total"]
    for page, size in ((1, 50), (2, 50), (1, 7), (3, 7), (total // 7 + 1, 7), (total // 7 + 2, 7), (1, 1000)):
        want = query.events(store, **filters, page=page, size=size)
        assert memory.events(**filters, page=page, size=size) == want, (page, size)


def test_the_store_is_busy_where_paging_breaks(store: Store, memory: EventPages) -> None:
    """The fixture has what the comparisons need: undated events, date ties, actors with no country."""
    everything = memory.events(size=1000, page=3)
    assert everything["total"] == N
    undated = query.events(store, size=1, page=N)["events"][0]
    assert undated["date"] is None and everything["events"][-1]["date"] is None  # undated last
    assert store.con.execute("SELECT max(n) FROM (SELECT count(*) n FROM events GROUP BY date)").fetchone()[0] > 20
    assert memory.events(source="UNO")["total"] > 100
    assert memory.events(source="XYZ")["total"] == 0
    no_source = store.con.execute("SELECT count(*), min(cameo_root) FROM events WHERE source_id IS NULL").fetchone()
    assert no_source[0] > 50 and no_source[1] >= "13"


def test_loads_in_batches(store: Store, monkeypatch: pytest.MonkeyPatch, memory: EventPages) -> None:
    """Dictionaries encoded batch by batch are unified: the answers are the same."""
    monkeypatch.setattr(pages_mod, "BATCH_ROWS", 256)
    small = EventPages.load(store)
    for filters in FILTERS[:14]:
        assert small.events(**filters, page=2, size=30) == memory.events(**filters, page=2, size=30)
    assert set(memory.plain) == {"event_key", "first_article"}  # the unique columns are not dictionaries


@pytest.mark.parametrize("bad, name", [({"root": "9"}, "root"), ({"quad": 5}, "quad"), ({"modality": "maybe"}, "modality"),
                                       ({"page": 0}, "page"), ({"size": 1001}, "size"), ({"source": " "}, "source"),
                                       ({"date_from": "2022-02-02", "date_to": "2022-02-01"}, "date_from"),
                                       ({"date_to": "yesterday"}, "date_to"), ({"context": "no"}, "context")])
def test_bad_values_are_refused_like_the_store(memory: EventPages, bad: dict, name: str) -> None:
    with pytest.raises(ValueError, match=f"^{name}: "):
        memory.events(**bad)


def test_an_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as s:
        empty = EventPages.load(s)
        assert empty.events() == query.events(s) == {"events": [], "total": 0, "page": 1, "size": 50}
        assert empty.events(source="RUS", date_from="2020-01-01")["total"] == 0


def test_live_pages_follow_writes(tmp_path: Path, nlp) -> None:
    """A write's events are in the pages as soon as `changed` returns: new ones, and merged ones
    with their new counts."""
    with Store(tmp_path / "live.duckdb") as s:
        fill(s, 500)
        live = LivePages(s)
        live.load()
        assert live.state == "ready"
        assert live.from_memory(source="FRA") == query.events(s, source="FRA")
        assert query.events(s, source="FRA")["total"] == 0
        for i, outlet in enumerate(("AFP", "Le Monde")):  # the second report merges into the first's event
            ingest(s, [ArticleInput(id=f"fr{i}", date="2022-05-02", source=outlet,
                                   text="French President Emmanuel Macron visited Ukraine.")], nlp=nlp)
            live.changed([f"fr{i}"])
            assert live.state == "ready"
            now = live.from_memory(source="FRA")
            assert now == query.events(s, source="FRA")
            assert now["total"] == 1 and now["events"][0]["cameo"] == "042"
            assert now["events"][0]["num_articles"] == i + 1
        for filters in FILTERS:
            assert live.from_memory(**filters, size=100) == query.events(s, **filters, size=100)
        assert live.from_memory(q="macron") is None  # a text search is the store's
        off = LivePages(s, enabled=False)
        off.load()
        assert off.state == "off" and off.from_memory(source="FRA") is None


def test_upsert_adds_and_replaces_rows_in_page_order(tmp_path: Path) -> None:
    """New rows (undated, on busy dates, with values no row had) and changed rows land where a
    fresh load puts them: every page equals the store's."""
    with Store(tmp_path / "upsert.duckdb") as s:
        fill(s, 2500)
        before = EventPages.load(s)
        s.con.execute("INSERT INTO events SELECT * REPLACE (event_key || 'x' AS event_key, 'NEW' AS source_country, "
                      "'NEWGOV' AS source_code, 7.25 AS goldstein) FROM events WHERE hash(event_key) % 40 = 0")
        s.con.execute("UPDATE events SET num_mentions = num_mentions + 10, location_name = 'Lviv' "
                      "WHERE hash(event_key) % 50 = 1")
        changed = query.fetch_rows(s, "SELECT * FROM events WHERE event_key LIKE '%x' OR hash(event_key) % 50 = 1", [])
        assert len(changed) > 80 and any(r["date"] is None for r in changed)
        after = before.upsert(changed)
        assert after.n == query.events(s, size=1)["total"] > before.n
        for filters in [*FILTERS, {"source": "NEW"}, {"source": "newgov", "date_from": "2022-02-01"}]:
            for page in (1, 4):
                assert after.events(**filters, page=page, size=40) == query.events(s, **filters, page=page, size=40)
        assert after.events(size=1000, page=3) == EventPages.load(s).events(size=1000, page=3)
        assert before.events(source="NEW")["total"] == 0  # the copy read before is left as it was
        assert before.upsert([]) is before


def test_filters_combined_at_random(store: Store, memory: EventPages) -> None:
    """Every pairing of an actor, a root and a date window, on one page each."""
    actors = [None, "RUS", "UKRMIL", "UNO", "country:CHN"]
    roots = [None, "04", "19"]
    windows = [(None, None), ("2022-01-15", None), (None, "2022-01-15"), ("2022-02-01", "2022-02-28")]
    for source, target, root, (start, end) in itertools.product(actors, actors[:3], roots, windows):
        kw = {"source": source, "target": target, "root": root, "date_from": start, "date_to": end, "size": 20}
        assert memory.events(**kw, page=2) == query.events(store, **kw, page=2), kw


def test_events_too_big_for_memory_are_served_from_the_file(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    def no_room(_store: Store) -> EventPages:
        raise MemoryError

    monkeypatch.setattr(EventPages, "load", no_room)
    live = LivePages(store)
    live.load()
    assert live.state == "off" and live.from_memory(source="RUS") is None
    assert "do not fit in memory" in caplog.text


def test_a_column_of_more_values_than_int16_codes_hold(tmp_path: Path) -> None:
    """Codes are int16 while a column's distinct values fit, int32 beyond: both read back alike."""
    with Store(tmp_path / "wide.duckdb") as s:
        fill(s, 40_000)
        s.con.execute("UPDATE events SET confidence = CAST(substr(event_key, 2) AS INTEGER) / 40000.0")
        memory = EventPages.load(s)
        assert memory.codes["confidence"].dtype == np.int32 and memory.codes["cameo_root"].dtype == np.int16
        for filters in FILTERS[:8]:
            assert memory.events(**filters, page=5, size=100) == query.events(s, **filters, page=5, size=100)
        more = query.fetch_rows(s, "SELECT * REPLACE (event_key || 'x' AS event_key, 0.123456 AS confidence) "
                                   "FROM events LIMIT 3", [])
        s.con.execute("INSERT INTO events SELECT * REPLACE (event_key || 'x' AS event_key, 0.123456 AS confidence) "
                      "FROM events WHERE event_key IN (?, ?, ?)", [r["event_key"][:-1] for r in more])
        grown = memory.upsert(more)
        assert grown.codes["confidence"].dtype == np.int32
        assert grown.events(page=7, size=100) == query.events(s, page=7, size=100)


def test_a_failed_update_reads_the_events_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    with Store(tmp_path / "fail.duckdb") as s:
        fill(s, 300)
        live = LivePages(s)
        live.load()

        def broken(self: EventPages, rows: list) -> EventPages:
            raise RuntimeError("no")

        monkeypatch.setattr(EventPages, "upsert", broken)
        s.con.execute("UPDATE events SET num_mentions = 99 WHERE event_key = 'k00001'")
        live.changed(["a1"])
        assert "could not take a write" in caplog.text
        live.close()  # waits for the reload
        assert live.state == "ready"
        assert live.from_memory(size=300) == query.events(s, size=300)
        assert any(e["num_mentions"] == 99 for e in live.from_memory(size=300)["events"])
