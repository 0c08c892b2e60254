"""Damaged store files (issue 11, items 7-9): a truncated file or a block whose checksum fails
gives every command one clear error naming the file, "damaged" and what to do, never a
traceback; a write that meets the damage reports it, not "Current transaction is aborted";
`newsgraph check` reads every table and index once and says whether the store is whole.

Each test builds a real store through `newsgraph.ingest`, then damages the file where DuckDB's own
`pragma_storage_info` says a table's data lies, or where an index lies (the blocks no table's
data and no catalogue uses)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from newsgraph.ingest import ingest
from newsgraph.cli import main
from newsgraph.model import ArticleInput
from newsgraph.store import Store, StoreDamaged, check_store

HEADER = 3 * 4096  # DuckDB's file header and its two database headers; blocks follow
ARTICLES = [
    ("r1", "2024-03-05", "Reuters", "Vladimir Putin arrived in Beijing on Monday for talks with Xi Jinping."),
    ("r2", "2024-03-05", "AFP", "Vladimir Putin arrived in Beijing on Monday."),
    ("r3", "2024-04-16", "AFP", "Russian forces shelled Kharkiv on Tuesday, killing three civilians."),
    ("r4", "2024-04-17", "TASS", "Kenyan police arrested two opposition leaders in Nairobi on Monday."),
    ("r5", "2024-04-18", "BBC", "Ukraine and Poland signed a defence agreement in Warsaw on Thursday."),
]
NEW = {"id": "n1", "date": "2024-05-01", "source": "X", "text": "Xi Jinping met Vladimir Putin in Moscow on Monday."}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """A whole store of five short articles (one batch per two, so events merge across batches)."""
    path = tmp_path_factory.mktemp("faults") / "whole.duckdb"
    with Store(path) as st:
        ingest(st, [ArticleInput(text=t, id=i, date=d, source=s) for i, d, s, t in ARTICLES], nlp=nlp, batch=2)
    return path


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Path:
    """A fresh copy of the whole store, to damage."""
    path = tmp_path / "news.duckdb"
    shutil.copy(built, path)
    return path


def layout(path: Path) -> tuple[int, dict[str, set[int]], set[int]]:
    """(block size, the blocks holding each table's data, the blocks of indexes and free space):
    those no table's data and no catalogue (metadata) block uses."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        size, total = con.execute("SELECT block_size, total_blocks FROM pragma_database_size()").fetchone()
        data = {t: {r[0] for r in con.execute(
            f"SELECT DISTINCT block_id FROM pragma_storage_info('{t}') WHERE block_id >= 0").fetchall()}
            for t in ("meta", "articles", "events", "mentions", "actors", "quotes", "flags")}
        meta = {r[0] for r in con.execute("SELECT block_id FROM pragma_metadata_info()").fetchall()}
    finally:
        con.close()
    used = set().union(*data.values()) | meta
    return size, data, set(range(total)) - used


def flip(path: Path, blocks: set[int], size: int) -> None:
    """Overwrite the start of each block, its stored checksum included: the block no longer
    matches it. (DuckDB does not see every byte changed further in: in our runs an index
    block's bytes past its first 16 could change unnoticed.)"""
    with open(path, "r+b") as f:
        for b in blocks:
            f.seek(HEADER + b * size)
            f.write(b"\xde\xad\xbe\xef" * 16)


def index_block(path: Path, table: str, column: str, tmp: Path) -> int:
    """The block of the index on `table(column)`: the one whose damage a lookup of a stored key meets
    (found on a scratch copy; an index block is named nowhere else)."""
    size, _, candidates = layout(path)
    for b in sorted(candidates):
        scratch = tmp / f"scratch-{b}.duckdb"
        shutil.copy(path, scratch)
        flip(scratch, {b}, size)
        con = duckdb.connect(str(scratch), read_only=True)
        try:
            key = con.execute(f"SELECT {column} FROM {table} LIMIT 1").fetchone()[0]
            con.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [key]).fetchall()
        except duckdb.Error:
            return b
        finally:
            con.close()
    raise AssertionError(f"no block holds the index on {table}({column})")


def invoke(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_damaged(res: Result, path: Path) -> None:
    """A clean CLI error (exit 1, no traceback) naming the file, the damage and what to do."""
    assert res.exit_code == 1, res.output
    assert isinstance(res.exception, SystemExit), res.exception  # not an exception escaping click
    assert "Traceback" not in res.output
    assert str(path) in res.output and "damaged" in res.output
    assert "backup" in res.output and "check --db" in res.output


READS = [
    ("stats",),
    ("query", "events"),
    ("query", "dyads", "--source", "RUS", "--target", "CHN"),
    ("query", "actors"),
    ("export", "--format", "jsonl", "--out", "{out}"),
    ("export", "--format", "gdelt", "--out", "{out}"),
]


def test_a_truncated_store_gives_every_command_the_damaged_message(store, tmp_path, monkeypatch):
    """Item 7: `truncate -s` to just past the first block: the meta table cannot be read on open."""
    size, data, _ = layout(store)
    with open(store, "r+b") as f:
        f.truncate(HEADER + min(data["meta"]) * size + 100)
    out = tmp_path / "events.out"
    for args in READS:
        assert_damaged(invoke(*(a.format(out=out) for a in args), "--db", store), store)
    assert not out.exists()
    (tmp_path / "new.jsonl").write_text(json.dumps(NEW) + "\n", encoding="utf-8")
    assert_damaged(invoke("ingest", tmp_path / "new.jsonl", "--db", store), store)
    import uvicorn  # serve: the store is opened before the server would start

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("served a damaged store"))
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "t")
    assert_damaged(invoke("serve", "--db", store), store)
    with pytest.raises(StoreDamaged, match="damaged"):
        Store(store, read_only=True)


def test_a_failed_checksum_in_the_events_shows_when_they_are_read(store, tmp_path):
    """Item 7: a damaged block of `events` opens fine (stats counts from the catalogue); every
    command that reads the events says the store is damaged."""
    size, data, _ = layout(store)
    flip(store, data["events"], size)
    out = tmp_path / "events.out"
    for args in (("query", "events"), ("query", "dyads", "--source", "RUS", "--target", "CHN"),
                 ("export", "--format", "jsonl", "--out", str(out)), ("export", "--format", "csv", "--out", str(out))):
        assert_damaged(invoke(*args, "--db", store), store)
    assert not out.exists()
    with Store(store, read_only=True) as st, pytest.raises(StoreDamaged, match="damaged"), st.guard():
        st.con.execute("SELECT * FROM events").fetchall()


def test_ingest_into_a_damaged_index_names_the_damage(store, tmp_path, nlp):
    """Item 8: the insert meets a damaged index block; `_insert`'s unregister then failed with
    "Current transaction is aborted", which was all the user saw."""
    size, _, _ = layout(store)
    flip(store, {index_block(store, "articles", "article_id", tmp_path)}, size)
    src = tmp_path / "new.jsonl"
    src.write_text(json.dumps(NEW) + "\n", encoding="utf-8")
    res = invoke("ingest", src, "--db", store)
    assert_damaged(res, store)
    assert "Current transaction is aborted" not in res.output
    assert "Corrupt database file" in res.output and "nothing of a batch of 1 articles was stored" in res.output
    with Store(store) as st, pytest.raises(StoreDamaged, match="damaged.*Corrupt database file"):
        ingest(st, [ArticleInput(text=NEW["text"], id="n2", date=NEW["date"])], nlp=nlp)


def test_check_says_whole_for_a_whole_store(built):
    """Item 9: exit 0 and one line with the counts; --json gives each check."""
    res = invoke("check", "--db", built)
    assert res.exit_code == 0, res.output
    with Store(built, read_only=True) as st:
        n = st.stats()
    assert res.output.strip() == (f"{built}: whole ({n['articles']} articles, {n['events']} events, "
                                  f"{n['mentions']} mentions)")
    got = json.loads(invoke("check", "--db", built, "--json").output)
    assert got["ok"] and {c["state"] for c in got["checks"]} == {"ok"}
    names = {c["name"] for c in got["checks"]}
    assert {"table events", "index mentions(event_key)", "mentions -> events", "events' counts",
            "schema version"} <= names


@pytest.mark.parametrize("where", ["events", "mentions", "articles", "indexes"])
def test_check_names_what_does_not_read(store, tmp_path, where):
    """Item 9: damage that reads may never meet (`stats` counts events and mentions from the
    catalogue; only writes use the indexes) is found and named, and the checks that need the
    damaged table are reported as not done."""
    size, data, _ = layout(store)
    flip(store, {index_block(store, "mentions", "event_key", tmp_path)} if where == "indexes" else data[where], size)
    if where != "articles":  # stats reads the articles' statuses
        assert invoke("stats", "--db", store).exit_code == 0
    res = invoke("check", "--db", store)
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.output
    assert res.output.startswith(f"{store}: damaged: ")
    failed = [line.strip() for line in res.output.splitlines() if ": cannot be read: " in line]
    if where == "indexes":
        assert failed and all(line.startswith("index ") for line in failed), res.output
    else:
        assert failed == [line for line in failed if line.startswith(f"table {where}:")] != [], res.output
        assert "not checked" in res.output
    assert "What to do: restore" in res.output and "Traceback" not in res.output


def test_check_finds_broken_promises(store):
    """Item 9: blocks that read but a store that is not what ingest wrote: an event gone that
    mentions name, an event whose count is wrong."""
    con = duckdb.connect(str(store))
    gone = con.execute("SELECT event_key FROM mentions ORDER BY mention_id LIMIT 1").fetchone()[0]
    con.execute("DELETE FROM events WHERE event_key = ?", [gone])
    con.execute("UPDATE events SET num_mentions = num_mentions + 1 WHERE event_key = "
                "(SELECT min(event_key) FROM events)")
    con.close()
    report = check_store(store)
    assert not report.ok
    bad = {c.name: c.detail for c in report.checks if c.state != "ok"}
    assert set(bad) == {"mentions -> events", "events' counts"}
    assert "name an event that is not stored" in bad["mentions -> events"]
    res = invoke("check", "--db", store)
    assert res.exit_code == 1 and res.output.startswith(f"{store}: not whole: 2 of ")


def test_check_of_what_is_not_a_store(tmp_path):
    missing = invoke("check", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code == 1 and "no such store" in missing.output
    assert not (tmp_path / "none.duckdb").exists()
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database\n" * 100)
    res = invoke("check", "--db", junk)
    assert res.exit_code == 1 and "cannot open as a DuckDB database" in res.output


def test_the_server_answers_503_where_it_meets_damage(store, nlp):
    """A block of the events that fails its checksum is met only when read: the server starts (its
    events in memory fall back to the file), and an answer that reads the block is a 503 saying
    the store is damaged, not a 500 or a traceback; its health still answers."""
    import warnings

    from newsgraph import web

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    size, data, _ = layout(store)
    flip(store, data["events"], size)
    with TestClient(web.create_app(store, token="t", nlp=nlp, workers=0), raise_server_exceptions=False) as client:
        assert client.get("/api/health").json()["events_in_memory"] == "off"
        for url in ("/api/events", "/api/dyads?source=RUS&target=CHN", "/api/actors"):
            r = client.get(url)
            assert r.status_code == 503, (url, r.text)
            assert "damaged" in r.json()["detail"] and "Traceback" not in r.text
