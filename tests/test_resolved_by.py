"""`resolved_by` in the store (issue 13, item 2): schema version 2 keeps how each actor's country
was found (`events.source_resolved_by` / `target_resolved_by`, `actors.resolved_by`); a version-1
store is upgraded in place when opened; merged events keep the most direct value of their reports;
`context=False` (query, the events in memory, the API, `query events --no-context`) leaves out the
events whose source or target country came from context only; the exports carry the columns.

The coded articles are built by hand, each event as the output contract gives it. The stories, all
invented:

  r1 Reuters 03-04  "Lawmakers criticised Israel": IRNLEG from the article's country (context)
  r2 AFP 03-04      "Iranian lawmakers criticised Israel": the same event, IRNLEG from its title
  r3 AP 03-04       "They criticised Israel": the same event, IRNLEG from a pronoun
  r4 Tolo 03-05     "Police detained protesters in Kabul": both sides from the sentence
  r5 Pajhwok 03-05  "Afghan police detained a journalist": the target from the paragraph
  r6 AP 03-06       "A bomb killed a soldier": no source, the target from the article
  r7 Reuters 03-06  "A spokesman praised Russia": the source has no country (null)
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.kb.cameo import lookup
from newsgraph.model import Actor, ArticleInput, ArticleMeta, CodedArticle, Event
from newsgraph.store import SCHEMA_VERSION, IngestSummary, Store, StoreError, check_store, query
from newsgraph.store import database, merging, schema
from newsgraph.store.export import GDELT_COLUMNS, export
from newsgraph.store.memory import EventPages

with warnings.catch_warnings():  # starlette's TestClient would rather have httpx2, not installed
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

# the schema of version 1, as newsgraph wrote it before resolved_by was kept
V1_SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY, title VARCHAR, date DATE, source VARCHAR, url VARCHAR,
    language VARCHAR, status VARCHAR NOT NULL, error VARCHAR, origin VARCHAR, text VARCHAR,
    n_events INTEGER, n_quotes INTEGER, n_flags INTEGER, ingested_at TIMESTAMP);
CREATE TABLE events (
    event_key VARCHAR PRIMARY KEY, date DATE, cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR,
    plover VARCHAR, quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,
    source_id VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_name VARCHAR, source_kb_id VARCHAR,
    target_id VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_name VARCHAR, target_kb_id VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, location_kind VARCHAR,
    confidence DOUBLE, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
    first_article VARCHAR, first_sentence VARCHAR);
CREATE TABLE mentions (
    mention_id VARCHAR PRIMARY KEY, event_key VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    sentence_index INTEGER, sentence VARCHAR, trigger VARCHAR, span_start INTEGER, span_end INTEGER,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER,
    cameo VARCHAR, modality VARCHAR, date DATE, date_end DATE, date_text VARCHAR, date_precision VARCHAR,
    location_text VARCHAR, confidence DOUBLE, rule VARCHAR);
CREATE TABLE actors (
    article_id VARCHAR NOT NULL, text VARCHAR, span_start INTEGER, span_end INTEGER,
    kb_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, speaker_text VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR,
    speaker_kb_id VARCHAR, text VARCHAR, cue VARCHAR, span_start INTEGER, span_end INTEGER,
    sentence_index INTEGER);
CREATE TABLE flags (
    article_id VARCHAR NOT NULL, kind VARCHAR, text VARCHAR, span_start INTEGER, span_end INTEGER,
    claim VARCHAR, kb_fact VARCHAR, message VARCHAR);
CREATE INDEX mentions_event ON mentions (event_key);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX actors_article ON actors (article_id);
"""


# -- the articles, built by hand -------------------------------------------------------------------

def who(text: str, code: str | None, country: str | None, sector: str | None, rb: str | None,
        kb_id: str | None = None, name: str | None = None) -> dict[str, Any]:
    return {"text": text, "kb_id": kb_id, "name": name, "country": country, "sector": sector, "code": code,
            "resolved_by": rb}


ISRAEL = who("Israel", "ISR", "ISR", None, "kb", "country:ISR", "Israel")
RUSSIA = who("Russia", "RUS", "RUS", None, "kb", "country:RUS", "Russia")
KABUL = {"text": "in Kabul", "name": "Kabul", "country": "AFG", "lat": 34.53, "lon": 69.17, "kind": "city"}

# id: (date, outlet, text, cameo, trigger, source, target, place)
STORIES: dict[str, tuple[str, str, str, str, str, dict | None, dict | None, dict | None]] = {
    "r1": ("2024-03-04", "Reuters", "Lawmakers criticised Israel on Monday.", "111", "criticised",
           who("Lawmakers", "IRNLEG", "IRN", "LEG", "article"), ISRAEL, None),
    "r2": ("2024-03-04", "AFP", "Iranian lawmakers criticised Israel on Monday.", "111", "criticised",
           who("Iranian lawmakers", "IRNLEG", "IRN", "LEG", "title"), ISRAEL, None),
    "r3": ("2024-03-04", "AP", "They criticised Israel on Monday.", "111", "criticised",
           who("They", "IRNLEG", "IRN", "LEG", "pronoun"), ISRAEL, None),
    "r4": ("2024-03-05", "Tolo", "Police detained protesters in Kabul.", "173", "detained",
           who("Police", "AFGCOP", "AFG", "COP", "sentence"), who("protesters", "AFGCVL", "AFG", "CVL", "sentence"),
           KABUL),
    "r5": ("2024-03-05", "Pajhwok", "Afghan police detained a journalist.", "173", "detained",
           who("Afghan police", "AFGCOP", "AFG", "COP", "title"), who("a journalist", "AFGJRN", "AFG", "JRN", "paragraph"),
           None),
    "r6": ("2024-03-06", "AP", "A bomb killed a soldier.", "183", "killed",
           None, who("a soldier", "SYRMIL", "SYR", "MIL", "article"), None),
    "r7": ("2024-03-06", "Reuters", "A spokesman praised Russia.", "051", "praised",
           who("A spokesman", "GOV", None, "GOV", None), RUSSIA, None),
}
ALL = list(STORIES)


def coded_article(aid: str) -> CodedArticle:
    date, outlet, text, cameo, trigger, source, target, where = STORIES[aid]
    actors = []
    for actor in (source, target):
        if actor:
            start = text.index(actor["text"])
            actors.append(Actor(actor["text"], [start, start + len(actor["text"])], actor["kb_id"], actor["name"],
                                actor["country"], actor["sector"], actor["code"], resolved_by=actor["resolved_by"]))
    c = lookup(cameo)
    at = text.index(trigger)
    event = Event(
        event_id=hashlib.sha1(f"{aid}|{at}".encode()).hexdigest()[:16], sentence_index=0, sentence=text,
        trigger=trigger, span=[at, at + len(trigger)], source=source, target=target, cameo=c.code,
        cameo_name=c.name, cameo_root=c.root, plover=c.plover, quad_class=c.quad_class, goldstein=c.goldstein,
        modality="actual", date=date, date_end=None, date_text=None, date_precision="day", location=where,
        confidence=0.6, rule="hand-built",
    )
    return CodedArticle(ArticleMeta(aid, f"story {aid}", date, outlet, None, "en", "ok", None), actors, [event])


def write(store: Store, ids: list[str]) -> IngestSummary:
    summary = IngestSummary()
    given = {aid: ArticleInput(text=STORIES[aid][2], id=aid, date=STORIES[aid][0], source=STORIES[aid][1])
             for aid in ids}
    store.write([coded_article(aid) for aid in ids], given, summary)
    return summary


def by_name(store: Store) -> dict[str, dict[str, Any]]:
    """The stored events by the story that first reported them."""
    return {r["first_article"]: r for r in query.fetch_rows(store, "SELECT * FROM events", [])}


def events_table(store: Store) -> list[tuple]:
    return store.con.execute("SELECT * EXCLUDE (num_mentions, num_sources, num_articles, confidence) "
                             "FROM events ORDER BY event_key").fetchall()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("resolved") / "store.duckdb"
    with Store(path) as store:
        write(store, ALL)
    return path


@pytest.fixture(scope="module")
def store(db: Path):
    with Store(db, read_only=True) as s:
        yield s


# -- writing and merging ---------------------------------------------------------------------------

def test_actors_and_events_keep_resolved_by(store: Store):
    actors = dict(store.con.execute("SELECT article_id || ':' || text, resolved_by FROM actors").fetchall())
    assert actors["r1:Lawmakers"] == "article" and actors["r2:Iranian lawmakers"] == "title"
    assert actors["r7:A spokesman"] is None and actors["r7:Russia"] == "kb"
    events = by_name(store)
    assert set(events) == {"r1", "r4", "r5", "r6", "r7"}  # r2 and r3 report r1's event
    assert events["r4"]["source_resolved_by"] == events["r4"]["target_resolved_by"] == "sentence"
    assert (events["r5"]["source_resolved_by"], events["r5"]["target_resolved_by"]) == ("title", "paragraph")
    assert (events["r6"]["source_resolved_by"], events["r6"]["target_resolved_by"]) == (None, "article")
    assert (events["r7"]["source_resolved_by"], events["r7"]["target_resolved_by"]) == (None, "kb")


def test_a_merged_event_keeps_the_most_direct_resolved_by(store: Store):
    """r1 found the lawmakers' country in the article, r2 in their title: the event is coded from the
    text itself; r3's pronoun does not take that back. The other actor columns stay r1's."""
    event = by_name(store)["r1"]
    assert event["num_articles"] == 3
    assert (event["source_resolved_by"], event["target_resolved_by"]) == ("title", "kb")
    assert event["first_sentence"] == STORIES["r1"][2] and event["source_country"] == "IRN"


@pytest.mark.parametrize("batches", [
    [["r1"], ["r2"], ["r3"]], [["r1"], ["r3", "r2"]], [["r3"], ["r2", "r1"]], [["r1", "r2", "r3"]], [["r2"], ["r1"]],
])
def test_the_same_resolved_by_batch_by_batch_and_after_reopening(db: Path, tmp_path: Path, batches: list):
    """Lifted in the batch that made the event or in a later one (an UPDATE), through a reopened
    index: always the most direct of the reports."""
    path = tmp_path / "batches.duckdb"
    for batch in batches:
        with Store(path) as s:
            write(s, batch)
    with Store(path, read_only=True) as s:
        event = query.fetch_rows(s, "SELECT * FROM events", [])
        assert len(event) == 1 and event[0]["source_resolved_by"] == "title"


def test_no_country_never_lifts_nor_lowers(tmp_path: Path):
    held = merging.Known("k", None, None, source_rb=None, target_rb="article")
    assert not held.lift("kb", None)  # the row's source has no country: nothing was resolved
    assert held.lift(None, "title") and (held.source_rb, held.target_rb) == (None, "title")
    assert not held.lift(None, "pronoun") and not held.lift(None, "unknown")


def test_a_failed_batch_takes_its_lift_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "fail.duckdb"
    with Store(path) as s:
        write(s, ["r1"])
        insert = Store._insert

        def broken(self: Store, table: str, data: list[tuple]) -> None:
            if table == "lifted":
                raise duckdb.IOException("disk full")
            insert(self, table, data)

        monkeypatch.setattr(Store, "_insert", broken)
        with pytest.raises(StoreError, match="nothing of it was stored"):
            write(s, ["r2"])
        assert s._index is not None
        known = [k for group in s._index.values() for k in group]
        assert [(k.source_rb, k.target_rb) for k in known] == [("article", "kb")]
        monkeypatch.setattr(Store, "_insert", insert)
        write(s, ["r3"])
        assert s.con.execute("SELECT source_resolved_by FROM events").fetchall() == [("article",)]
        write(s, ["r2"])
        assert s.con.execute("SELECT source_resolved_by FROM events").fetchall() == [("title",)]
        assert s.check().ok


# -- the filter --------------------------------------------------------------------------------------

def firsts(found: dict[str, Any]) -> set[str]:
    return {e["first_article"] for e in found["events"]}


def test_context_false_leaves_out_context_only_codings(store: Store):
    assert firsts(query.events(store)) == {"r1", "r4", "r5", "r6", "r7"}
    # r4 both sides, r5 its target, r6 its target from context; r7's source has no country: kept
    assert firsts(query.events(store, context=False)) == {"r1", "r7"}
    assert firsts(query.events(store, context=False, target="AFG")) == set()
    assert firsts(query.events(store, context=False, target="ISR")) == {"r1"}
    assert query.events_table(store, context=False).num_rows == 2
    assert {c["country"] for c in query.places(store, context=False)["countries"]} == {"IRN", "ISR", "RUS"}
    assert query.network(store, context=False)["edges"] == [
        {"source": "IRN", "target": "ISR", "events": 1, "goldstein_mean": -2.0}]
    with pytest.raises(ValueError, match="^context: "):
        query.events(store, context="no")  # type: ignore[arg-type]


@pytest.mark.parametrize("filters", [{}, {"context": False}, {"context": False, "source": "AFG"},
                                     {"context": False, "date_from": "2024-03-05"}, {"context": True, "root": "17"}])
def test_pages_in_memory_answer_as_the_store(store: Store, filters: dict):
    assert EventPages.load(store).events(**filters) == query.events(store, **filters)


def test_the_article_view_gives_resolved_by(store: Store):
    found = query.article(store, "r3")
    assert found is not None
    assert [a["resolved_by"] for a in found["actors"]] == ["pronoun", "kb"]  # this article's actors
    assert found["events"][0]["source"]["resolved_by"] == "title"  # the merged event's


# -- the exports -------------------------------------------------------------------------------------

def test_exports_carry_the_columns_but_gdelt(store: Store, tmp_path: Path):
    export(store, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names[-5:-3] == ["source_resolved_by", "target_resolved_by"]
    assert sorted(map(str, table.column("target_resolved_by").to_pylist())) == [
        "article", "kb", "kb", "paragraph", "sentence"]
    export(store, "csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["first_article"]: r["source_resolved_by"] for r in rows} == {
        "r1": "title", "r4": "sentence", "r5": "title", "r6": "", "r7": ""}
    export(store, "jsonl", tmp_path / "e.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert {e["first_article"]: e["target_resolved_by"] for e in lines}["r5"] == "paragraph"
    export(store, "gdelt", tmp_path / "e.tsv")
    tsv = (tmp_path / "e.tsv").read_text().splitlines()
    assert tsv and all(len(line.split("\t")) == len(GDELT_COLUMNS) == 61 for line in tsv)
    assert not any(w in (tmp_path / "e.tsv").read_text() for w in ("paragraph", "pronoun", "title"))


# -- version 1 stores ----------------------------------------------------------------------------------

# the events' columns schema version 3 added (the location's admin1, geonames_id and precision)
V3_EVENTS = "location_admin1, location_geonames_id, location_precision"


def make_v1(path: Path, ids: list[str]) -> None:
    """A version-1 store holding these stories: the old schema, and the rows a version-2 store has
    for them without the new columns."""
    new = path.with_name(path.stem + "-v2.duckdb")
    with Store(new) as s:
        write(s, ids)
    con = duckdb.connect(str(path))
    con.execute(V1_SCHEMA)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('created_at', '2024-01-01T00:00:00+00:00')")
    con.execute(f"ATTACH '{new}' AS v2 (READ_ONLY)")
    for table in ("articles", "mentions", "quotes", "flags"):
        con.execute(f"INSERT INTO {table} SELECT * FROM v2.{table}")
    con.execute(f"INSERT INTO events SELECT * EXCLUDE (source_resolved_by, target_resolved_by, {V3_EVENTS}) FROM v2.events")
    con.execute("INSERT INTO actors SELECT * EXCLUDE (resolved_by) FROM v2.actors")
    con.execute("DETACH v2")
    con.close()
    new.unlink()


def version_of(path: Path) -> tuple[str, list[str]]:
    """The schema version in meta and the events' columns, read as the file is."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        return version, [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    finally:
        con.close()


def columns(store: Store, table: str) -> list[str]:
    return [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()]


def test_a_version_1_store_opened_for_writing_is_upgraded_in_place(tmp_path: Path, caplog):
    path = tmp_path / "old.duckdb"
    make_v1(path, ["r1", "r4"])
    assert version_of(path)[0] == "1" and "source_resolved_by" not in version_of(path)[1]
    with Store(path) as s:
        assert s.upgraded_from == 1
        with Store(tmp_path / "fresh.duckdb") as fresh:  # columns where a new store has them
            for table in ("events", "actors", "mentions"):
                assert columns(s, table) == columns(fresh, table)
        meta = dict(s.con.execute("SELECT key, value FROM meta").fetchall())
        assert meta["schema_version"] == str(SCHEMA_VERSION) == "3" and meta["upgraded_from"] == "1"
        assert meta["created_at"].startswith("2024-01-01") and meta["upgraded_at"]
        assert s.con.execute("SELECT count(*), count(source_resolved_by) FROM events").fetchone() == (2, 0)
        assert s.con.execute("SELECT count(*), count(resolved_by) FROM actors").fetchone() == (4, 0)
        write(s, ["r2", "r5"])  # r2 merges into r1's event: an old row of unknown resolved_by stays unknown
        assert s.check().ok
        events = by_name(s)
        assert events["r1"]["num_articles"] == 2 and events["r1"]["source_resolved_by"] is None
        assert events["r5"]["target_resolved_by"] == "paragraph"
        # unknown is kept by context=False: only what is known to be context goes
        assert firsts(query.events(s, context=False)) == {"r1", "r4"}
    assert "upgraded from schema version 1 to 3" in caplog.text
    with Store(path) as s:
        assert s.upgraded_from is None


def test_a_version_1_store_opened_read_only_is_upgraded_first(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    make_v1(path, ["r1", "r4", "r6"])
    with Store(path, read_only=True) as s:
        assert s.upgraded_from == 1
        assert query.events(s, context=False)["total"] == 3
        with pytest.raises(duckdb.Error, match="read-only"):
            s.con.execute("DELETE FROM events")
    assert version_of(path)[0] == "3" and version_of(path)[1][-5:-3] == ["source_resolved_by", "target_resolved_by"]


def test_a_read_only_version_1_file_is_refused_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "old.duckdb"
    make_v1(path, ["r1"])
    before = path.read_bytes()
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write any file: the check is asked as a user's would answer
        monkeypatch.setattr(database.os, "access", lambda p, mode: False)
    with pytest.raises(StoreError) as e:
        Store(path, read_only=True)
    assert str(path) in str(e.value) and "version 1" in str(e.value) and "make it writable" in str(e.value)
    assert path.read_bytes() == before and version_of(path)[0] == "1"


def test_a_version_1_store_another_process_reads_is_not_upgraded_meanwhile(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    make_v1(path, ["r1"])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time\n"
         f"con = duckdb.connect({str(path)!r}, read_only=True); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="no other process has the file open"):
            Store(path, read_only=True)
        assert version_of(path)[0] == "1"
    finally:
        holder.communicate("", timeout=30)
    with Store(path, read_only=True) as s:
        assert s.upgraded_from == 1


def test_a_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "old.duckdb"
    make_v1(path, ["r1"])
    monkeypatch.setitem(schema.MIGRATIONS, 1, (*schema.MIGRATIONS[1], "ALTER TABLE nosuch ADD COLUMN x VARCHAR"))
    with pytest.raises(StoreError, match=f"{path}: could not upgrade the store from schema version 1 to 3, nothing"):
        Store(path)
    version, cols = version_of(path)
    assert version == "1" and "source_resolved_by" not in cols


def test_check_reads_both_versions_as_they_are(tmp_path: Path, db: Path):
    path = tmp_path / "old.duckdb"
    make_v1(path, ALL)
    old = check_store(path)
    assert old.ok, old.text()
    assert [c.detail for c in old.checks if c.name == "schema version"] == [
        "version 1, upgraded in place to 3 when next opened"]
    assert version_of(path)[0] == "1"  # check changes nothing
    new = check_store(db)
    assert new.ok and [c.detail for c in new.checks if c.name == "schema version"] == ["version 3"]
    res = CliRunner().invoke(main, ["check", "--db", str(path)])
    assert res.exit_code == 0 and "whole" in res.stdout, res.output


# -- the command line and the API ------------------------------------------------------------------------

def test_cli_no_context_on_a_version_1_store(tmp_path: Path):
    """`query events --no-context` upgrades an old store (whose events have no resolved_by: all kept),
    then filters what later writes say is context."""
    path = tmp_path / "old.duckdb"
    make_v1(path, ["r4"])
    runner = CliRunner()
    res = runner.invoke(main, ["query", "events", "--db", str(path), "--no-context", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["total"] == 1
    assert version_of(path)[0] == "3"
    with Store(path) as s:
        write(s, ["r5", "r7"])
    res = runner.invoke(main, ["query", "events", "--db", str(path), "--no-context", "--json"])
    found = json.loads(res.stdout)
    assert {e["first_article"] for e in found["events"]} == {"r4", "r7"}
    assert {e["first_article"] for e in json.loads(runner.invoke(
        main, ["query", "events", "--db", str(path), "--json"]).stdout)["events"]} == {"r4", "r5", "r7"}
    res = runner.invoke(main, ["query", "events", "--db", str(path), "--no-context"])
    assert res.exit_code == 0 and "events 1-2 of 2" in res.stdout, res.output


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, nlp):
    from newsgraph.web import app as web

    path = tmp_path_factory.mktemp("resolved-api") / "store.duckdb"
    with Store(path) as s:
        write(s, ALL)
    with TestClient(web.create_app(path, token=None, nlp=nlp), raise_server_exceptions=False) as client:
        yield client


def test_the_api_filters_context_from_memory_and_from_the_store(api):
    assert api.get("/api/health").json()["events_in_memory"] == "ready"
    for extra in ("", "&q=criticised"):  # from memory; a text search from the store
        got = api.get(f"/api/events?context=false{extra}")
        assert got.status_code == 200, got.text
        assert {e["first_article"] for e in got.json()["events"]} == ({"r1", "r7"} if not extra else {"r1"})
    every = api.get("/api/events?context=true").json()
    assert every["total"] == api.get("/api/events").json()["total"] == 5
    assert {e["first_article"]: e["source_resolved_by"] for e in every["events"]}["r1"] == "title"
    places = api.get("/api/places?context=false").json()
    assert {c["country"] for c in places["countries"]} == {"IRN", "ISR", "RUS"}
    assert api.get("/api/network?context=false").json()["nodes"] == [{"id": "IRN", "events": 1},
                                                                        {"id": "ISR", "events": 1}]
    bad = api.get("/api/events?context=maybe")
    assert bad.status_code == 422 and "context" in bad.text
    article = api.get("/api/articles/r1").json()
    assert article["actors"][0]["resolved_by"] == "article" and article["events"][0]["source"]["resolved_by"] == "title"


def test_the_openapi_document_declares_context_and_resolved_by(api):
    doc = api.get("/openapi.json").json()
    for path in ("/api/events", "/api/places", "/api/network"):
        params = {p["name"]: p for p in doc["paths"][path]["get"]["parameters"]}
        assert params["context"]["schema"]["type"] == "boolean" and params["context"]["schema"]["default"] is True
        assert "context" in params["context"]["description"]
    row = doc["components"]["schemas"]["EventRow"]
    assert {"source_resolved_by", "target_resolved_by"} <= set(row["required"])
    assert "pronoun" in row["properties"]["source_resolved_by"]["description"]
    assert "resolved_by" in doc["components"]["schemas"]["ActorRef"]["properties"]
    assert "Not kept by the store" not in json.dumps(doc)
