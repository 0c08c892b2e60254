"""The corpus store (issue 4): ingest into DuckDB, idempotent and crash-safe re-runs,
events merged across articles, every input article with a status, bad store files."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsgraph.ingest import ingest
from newsgraph.model import ArticleInput
from newsgraph.nlp import get_pipeline
from newsgraph.read import iter_articles
from newsgraph.store import SCHEMA_VERSION, Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "samples" / "putin-beijing-2023-10-16.txt"
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews_2019" / "wikinews_2019.csv"


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def article(id_: str | None, text: str, date: str = "2024-03-04", source: str | None = None) -> ArticleInput:
    return ArticleInput(text=text, id=id_, date=date, source=source, url=f"https://example.org/{id_}")


def rows(store: Store, sql: str) -> list[tuple]:
    return store.con.execute(sql).fetchall()


def test_ingest_is_idempotent_and_stores_the_founding_article(tmp_path, nlp):
    inputs = list(iter_articles([FOUNDING], default_date="2023-10-16"))
    with Store(tmp_path / "s.duckdb") as st:
        first = ingest(st, inputs, nlp=nlp)
        stats = st.stats()
        again = ingest(st, inputs, nlp=nlp)
        assert st.stats() == stats
    assert first.stored == 1 and first.new_events == stats["events"] > 10
    assert again.stored == 0 and again.already == 1 and again.mentions == 0
    assert stats["articles"] == 1 and stats["by_status"] == {"ok": 1}
    with Store(tmp_path / "s.duckdb", read_only=True) as st:
        text, n = rows(st, "SELECT text, n_events FROM articles")[0]
        assert "Lavrov" in text and n == stats["mentions"]
        # every event leads back to its sentence
        assert rows(st, "SELECT count(*) FROM mentions WHERE sentence IS NULL OR article_id IS NULL") == [(0,)]
        visit = rows(st, "SELECT e.source_code, e.target_code, m.modality, m.sentence FROM events e "
                         "JOIN mentions m USING (event_key) WHERE m.trigger = 'visit' AND e.target_code = 'PRK'")
        assert visit and visit[0][2] == "planned" and "North Korea" in visit[0][3]


def test_articles_without_id_are_known_by_their_text(tmp_path, nlp):
    a = article(None, "Vladimir Putin arrived in Beijing on Monday.")
    with Store(tmp_path / "s.duckdb") as st:
        ingest(st, [a], nlp=nlp)
        again = ingest(st, [article(None, "Vladimir Putin arrived in Beijing on Monday.")], nlp=nlp)
        ids = rows(st, "SELECT article_id FROM articles")
    assert again.already == 1 and len(ids) == 1 and ids[0][0].startswith("sha1:")


def test_reports_of_one_event_are_merged(tmp_path, nlp):
    reports = [
        article("a1", "Vladimir Putin arrived in Beijing on Monday.", "2024-03-05", "Reuters"),
        article("a2", "Vladimir Putin arrived in Beijing on Monday for talks.", "2024-03-05", "AFP"),
        article("a3", "Russian President Vladimir Putin arrived in Beijing.", "2024-03-05", "AFP"),
        # a day later: the same event, dates within a day
        article("a4", "Vladimir Putin arrived in Beijing on Tuesday.", "2024-03-06", "TASS"),
        # a month later: another visit
        article("a5", "Vladimir Putin arrived in Beijing on Monday.", "2024-04-09", "Reuters"),
        # planned, not done: another event
        article("a6", "Vladimir Putin will arrive in Beijing on Monday.", "2024-03-01", "Reuters"),
    ]
    with Store(tmp_path / "s.duckdb") as st:
        ingest(st, reports, nlp=nlp)
        got = rows(st, "SELECT date, modality, num_mentions, num_articles, num_sources FROM events "
                       "WHERE cameo = '042' AND source_code = 'RUSGOV' ORDER BY date")
        keys = rows(st, "SELECT count(DISTINCT event_key) FROM mentions WHERE trigger = 'arrived'")
    actual = [r for r in got if r[1] == "actual"]
    planned = [r for r in got if r[1] == "planned"]
    assert [r[2:] for r in actual] == [(4, 4, 3), (1, 1, 1)]  # four reports from three outlets; then a new visit
    assert actual[1][0].month == 4
    assert [r[2:] for r in planned] == [(1, 1, 1)]
    assert keys == [(2,)]


def test_every_input_article_gets_a_status(tmp_path, nlp):
    inputs = [
        article("ok", "Kenyan police arrested two opposition leaders in Nairobi on Monday."),
        article("empty", "   "),
        article("french", "Le président de la République a rencontré le Premier ministre hier soir à Paris "
                          "pour discuter de la réforme des retraites et du budget de l'État."),
    ]
    with Store(tmp_path / "s.duckdb") as st:
        summary = ingest(st, inputs, nlp=nlp)
        got = dict((r[0], (r[1], r[2])) for r in rows(st, "SELECT article_id, status, error FROM articles"))
    assert summary.by_status == {"ok": 1, "skipped": 2}
    assert got["ok"] == ("ok", None)
    assert got["empty"][0] == "skipped" and got["empty"][1]
    assert got["french"][0] == "skipped" and "fr" in got["french"][1]


def disk_full_at(monkeypatch: pytest.MonkeyPatch, failing_table: str) -> None:
    """Writes into `failing_table` fail as on a full disk (`monkeypatch.undo()` ends it)."""
    real = Store._insert

    def failing(self: Store, table: str, data: list[tuple]) -> None:
        if table == failing_table:
            raise duckdb.IOException("No space left on device")
        real(self, table, data)

    monkeypatch.setattr(Store, "_insert", failing)


def test_a_failed_batch_stores_nothing_of_it_and_keeps_the_rest(tmp_path, nlp, monkeypatch):
    """A write error (disk full, read-only) in a batch: a clear error, that batch rolled back
    whole, earlier batches kept, and a re-run stores the rest."""
    inputs = [article(f"k{i}", f"Kenya and Uganda signed a trade agreement on day {i}.") for i in range(4)]
    path = tmp_path / "s.duckdb"
    st = Store(path)
    ingest(st, inputs[:2], nlp=nlp, batch=2)
    disk_full_at(monkeypatch, "mentions")
    with pytest.raises(StoreError, match="nothing of it was stored.*No space left"):
        ingest(st, inputs, nlp=nlp, batch=2)
    assert rows(st, "SELECT count(*) FROM articles") == [(2,)]
    monkeypatch.undo()
    ingest(st, inputs, nlp=nlp, batch=2)
    assert rows(st, "SELECT count(*) FROM articles") == [(4,)]
    assert rows(st, "SELECT count(DISTINCT article_id) FROM mentions") == [(4,)]
    st.close()


def test_a_failed_batch_takes_its_new_events_back_from_the_index(tmp_path, nlp, monkeypatch):
    """The events a failed batch would have added are not left in the index that later mentions
    are matched against: the same store object then stores them, and every mention leads to an
    event, as in a clean run."""
    texts = ["Russian troops shelled Kharkiv on Tuesday.", "Kenya and Uganda signed a trade agreement.",
             "Iran condemned Israel on Monday."]
    path = tmp_path / "s.duckdb"
    st = Store(path)
    disk_full_at(monkeypatch, "events")
    with pytest.raises(StoreError, match="nothing of it was stored"):
        ingest(st, [article(f"n{i}", t) for i, t in enumerate(texts)], nlp=nlp)
    monkeypatch.undo()
    ingest(st, [article(f"n{i}", t) for i, t in enumerate(texts)], nlp=nlp)
    with Store(tmp_path / "clean.duckdb") as clean:
        ingest(clean, [article(f"n{i}", t) for i, t in enumerate(texts)], nlp=nlp)
        events = "SELECT event_key, num_mentions FROM events ORDER BY event_key"
        assert rows(st, events) == rows(clean, events) and len(rows(clean, events)) >= 3
    assert rows(st, "SELECT count(*) FROM mentions WHERE event_key NOT IN (SELECT event_key FROM events)") == [(0,)]
    st.close()


def test_not_a_store(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database\n" * 10)
    before = junk.read_bytes()
    with pytest.raises(StoreError, match="not a valid DuckDB|cannot open"):
        Store(junk)
    assert junk.read_bytes() == before
    foreign = tmp_path / "foreign.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    con.close()
    size = foreign.stat().st_size
    with pytest.raises(StoreError, match="not a newsgraph store.*prices"):
        Store(foreign)
    con = duckdb.connect(str(foreign), read_only=True)
    assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("prices",)]
    con.close()
    assert foreign.stat().st_size == size
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path / "no" / "such" / "folder" / "s.duckdb")


@pytest.mark.parametrize("version, hint", [(0, "re-ingest"), (SCHEMA_VERSION + 1, "upgrade newsgraph")])
def test_other_schema_versions_are_refused_with_both_versions(tmp_path, version, hint):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.close()
    with pytest.raises(StoreError, match=f"version {version}.*version {SCHEMA_VERSION}.*{hint}"):
        Store(path)


def _corpus(tmp_path: Path, n: int) -> Path:
    """The first `n` Wikinews 2019 articles as JSON Lines with ids."""
    out = tmp_path / "corpus.jsonl"
    with open(WIKINEWS, encoding="utf-8", newline="") as f, open(out, "w", encoding="utf-8") as w:
        for i, r in enumerate(csv.DictReader(f)):
            if i == n:
                break
            w.write(json.dumps({"id": f"wn{i:03d}", "title": r["title"], "date": r["date"], "text": r["text"],
                                "url": r["url"], "source": "wikinews"}) + "\n")
    return out


def _snapshot(db: Path) -> tuple:
    with Store(db, read_only=True) as st:
        return (st.stats()["by_status"],
                rows(st, "SELECT article_id, status FROM articles ORDER BY article_id"),
                rows(st, "SELECT event_key, cameo, source_id, target_id, date, num_mentions, num_articles "
                         "FROM events ORDER BY event_key"),
                rows(st, "SELECT mention_id, event_key FROM mentions ORDER BY mention_id"))


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", str(db), "--batch", "4"]


@pytest.mark.skipif(not WIKINEWS.exists(), reason="needs ../shared/corpora/wikinews_2019")
def test_kill_9_mid_run_then_rerun_equals_a_clean_run(tmp_path):
    corpus = _corpus(tmp_path, 24)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    proc = subprocess.Popen(_ingest_cmd(corpus, killed), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    committed = [proc.stderr.readline() for _ in range(2)]  # a line per committed batch
    assert all("articles stored" in line for line in committed), committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(killed, read_only=True) as st:
        partial = st.stats()["articles"]
    assert 0 < partial < 24  # killed mid-run, with whole batches stored
    assert partial % 4 == 0
    done = subprocess.run(_ingest_cmd(corpus, killed), capture_output=True, text=True, check=True)
    assert f"{partial} already in the store" in done.stdout
    subprocess.run(_ingest_cmd(corpus, clean), capture_output=True, text=True, check=True)
    assert _snapshot(killed) == _snapshot(clean)
