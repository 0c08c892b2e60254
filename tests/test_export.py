"""`export`: GDELT 2.0 Events TSV and our own Parquet/CSV/JSONL from a small real store."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from newsgraph.ingest import ingest
from newsgraph import export as export_module
from newsgraph.export import GDELT_COLUMNS, ExportError, export
from newsgraph.read import iter_articles
from newsgraph.store import Store

VISIT = "Vladimir Putin arrived in Beijing on Monday."
ARTICLES = [
    {"id": "tass-1", "date": "2023-10-16", "source": "TASS", "url": "https://tass.example/putin-beijing",
     "title": "Putin in Beijing", "text": VISIT},
    {"id": "xinhua-1", "date": "2023-10-16", "source": "Xinhua", "url": "https://xinhua.example/putin-visit",
     "title": "Putin's visit", "text": VISIT},
    {"id": "ap-1", "date": "2023-10-17", "source": "AP", "url": "https://ap.example/attack", "title": "Attack",
     "text": "Russian forces attacked Ukrainian troops near Bakhmut on Tuesday. The United Nations condemned Russia."},
    {"id": "ap-2", "date": "2023-10-18", "source": "AP", "url": "https://ap.example/weather", "title": "Weather",
     "text": "It was sunny and warm across the region all week."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    """The four articles ingested, then the store reopened read-only as `newsgraph export` would."""
    folder = tmp_path_factory.mktemp("export")
    src = folder / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    with Store(folder / "t.duckdb") as s:
        ingest(s, iter_articles([str(src)]), nlp=nlp)
    s = Store(folder / "t.duckdb", read_only=True)
    yield s
    s.close()


@pytest.fixture(scope="module")
def n_events(store) -> int:
    return store.con.execute("SELECT count(*) FROM events").fetchone()[0]


def event_columns(store) -> list[str]:
    return [d[0] for d in store.con.execute("SELECT * FROM events LIMIT 0").description]


def gdelt_rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # every row ends with a newline
    rows = [line.split("\t") for line in lines[:-1]]
    assert all(len(r) == 61 for r in rows), [len(r) for r in rows]
    return [dict(zip(GDELT_COLUMNS, r)) for r in rows]


def test_gdelt_columns_are_gdelt_2_order():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[51:] == ("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                                  "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                                  "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")


def test_gdelt(store, n_events, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store, "gdelt", out) == n_events
    rows = gdelt_rows(out)
    assert len(rows) == n_events >= 2
    assert all(r["GlobalEventID"].isdigit() for r in rows)  # no header row
    assert [r["Day"] for r in rows] == sorted(r["Day"] for r in rows)

    visit = next(r for r in rows if r["EventCode"] == "042")
    assert visit["Day"] == "20231016" and visit["MonthYear"] == "202310" and visit["Year"] == "2023"
    assert visit["FractionDate"] == "2023.7836"  # (30 * 9 + 16) / 365
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert visit["Actor1Name"] == "Vladimir Putin"
    assert visit["Actor2Code"] == "CHNGOV" and visit["Actor2CountryCode"] == "CHN"
    assert (visit["EventBaseCode"], visit["EventRootCode"], visit["QuadClass"]) == ("042", "04", "1")
    assert float(visit["GoldsteinScale"]) == pytest.approx(1.9)
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == ("2", "2", "2")
    assert visit["IsRootEvent"] == "1"
    assert visit["SOURCEURL"] == "https://tass.example/putin-beijing"  # the first article's
    assert len(visit["DATEADDED"]) == 14 and visit["DATEADDED"].isdigit()
    assert (visit["ActionGeo_Type"], visit["ActionGeo_CountryCode"]) == ("4", "CH")  # a world city; FIPS China
    # GDELT's "town, first-level division, country" (the division as ISO 3166-2 names it)
    assert visit["ActionGeo_FullName"] == "Beijing, Beijing Shi, China"
    assert float(visit["ActionGeo_Lat"]) == pytest.approx(39.9, abs=0.2)
    key = store.con.execute("SELECT event_key FROM events WHERE cameo = '042'").fetchone()[0]
    assert int(visit["GlobalEventID"]) == int(hashlib.sha1(key.encode()).hexdigest()[:16], 16) >> 1
    for empty in ("AvgTone", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Type2Code", "Actor1Geo_Type",
                  "Actor2Geo_FullName", "ActionGeo_ADM2Code", "ActionGeo_FeatureID"):
        assert visit[empty] == "", empty

    attack = next(r for r in rows if r["EventRootCode"] == "19")
    assert attack["QuadClass"] == "4" and attack["Actor1Code"] == "RUSMIL" and attack["Actor1Type1Code"] == "MIL"
    assert attack["NumArticles"] == "1" and attack["SOURCEURL"] == "https://ap.example/attack"
    assert attack["ActionGeo_CountryCode"] == "UP"  # FIPS Ukraine

    again = tmp_path / "again.tsv"
    export(store, "gdelt", again)
    assert again.read_bytes() == out.read_bytes()


def test_parquet(store, n_events, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out) == n_events
    table = pq.read_table(out)
    assert table.num_rows == n_events
    assert table.column_names == event_columns(store)
    visit = [r for r in table.to_pylist() if r["cameo"] == "042"]
    assert visit[0]["num_articles"] == 2 and visit[0]["source_code"] == "RUSGOV"


def test_csv(store, n_events, tmp_path):
    out = tmp_path / "events.csv"
    assert export(store, "csv", out) == n_events
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(event_columns(store))
    rel = duckdb.read_csv(str(out), header=True)
    assert rel.columns == event_columns(store)
    assert len(rel.fetchall()) == n_events


def test_jsonl_events_carry_their_mentions(store, n_events, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(store, "jsonl", out) == n_events
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(events) == n_events
    assert all(list(e) == [*event_columns(store), "mentions"] for e in events)
    assert all(e["mentions"] for e in events)
    assert sum(len(e["mentions"]) for e in events) == store.con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    visit = next(e for e in events if e["cameo"] == "042")
    assert visit["date"] == "2023-10-16"
    assert [m["article_id"] for m in visit["mentions"]] == ["tass-1", "xinhua-1"]
    assert {m["sentence"] for m in visit["mentions"]} == {VISIT}
    assert "event_key" not in visit["mentions"][0] and visit["mentions"][0]["trigger"] == "arrived"


def test_empty_store(tmp_path):
    with Store(tmp_path / "empty.duckdb") as s:
        assert export(s, "gdelt", tmp_path / "e.tsv") == 0
        assert (tmp_path / "e.tsv").read_text() == ""
        assert export(s, "parquet", tmp_path / "e.parquet") == 0
        assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_unknown_format(store, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'xml'"):
        export(store, "xml", tmp_path / "events.xml")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(store, tmp_path):
    with pytest.raises(ExportError, match="no such folder"):
        export(store, "csv", tmp_path / "nope" / "events.csv")
    assert not (tmp_path / "nope").exists()
    with pytest.raises(ExportError, match="is a folder"):
        export(store, "csv", tmp_path)


def test_read_only_folder(store, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes in read-only folders: refuse the way the OS would
        def refuse(self, *args, **kwargs):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", refuse)
    try:
        with pytest.raises(ExportError, match="cannot write in .*Permission denied"):
            export(store, "parquet", folder / "events.parquet")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("fmt", ["gdelt", "parquet"])
def test_failed_write_leaves_nothing_half_written(store, tmp_path, monkeypatch, fmt):
    out = tmp_path / "events.out"
    out.write_text("the previous export\n")

    def broken(con, path, order):
        path.write_text("half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export_module._WRITERS, fmt, broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export(store, fmt, out)
    assert out.read_text() == "the previous export\n"
    assert list(tmp_path.iterdir()) == [out]


def test_modality_filter_and_the_cli_default_for_gdelt(tmp_path):
    """GDELT has no modality column: `newsgraph export --format gdelt` writes actual events only."""
    from click.testing import CliRunner

    from newsgraph.cli import main
    from newsgraph.read import iter_articles

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "m1", "date": "2024-03-05", "text":
                               "Vladimir Putin arrived in Beijing on Monday. Xi Jinping will visit Moscow in May."}) + "\n",
                   encoding="utf-8")
    db = tmp_path / "m.duckdb"
    with Store(db) as st:
        ingest(st, iter_articles([src]))
        by_modality = dict(st.con.execute("SELECT modality, count(*) FROM events GROUP BY modality").fetchall())
    assert by_modality.get("actual") and by_modality.get("planned")
    runner = CliRunner()
    res = runner.invoke(main, ["export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "g.tsv")])
    assert res.exit_code == 0, res.output
    assert len((tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()) == by_modality["actual"]
    res = runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "p.csv"),
                               "--modality", "planned"])
    assert res.exit_code == 0 and f"{by_modality['planned']} events (planned)" in res.output
    with Store(db, read_only=True) as st:
        with pytest.raises(ExportError, match="modality"):
            export(st, "csv", tmp_path / "x.csv", "rumoured")
