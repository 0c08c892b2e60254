"""The store's commands end to end: ingest, stats, query, export (issue 4), through the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

ARTICLES = [
    {"id": "r1", "date": "2024-03-05", "source": "Reuters", "text": "Vladimir Putin arrived in Beijing on Monday."},
    {"id": "r2", "date": "2024-03-05", "source": "AFP", "text": "Vladimir Putin arrived in Beijing on Monday for talks."},
    {"id": "r3", "date": "2024-04-16", "source": "AFP", "text": "Russian forces shelled Kharkiv on Tuesday."},
    {"id": "r4", "date": "2024-04-20", "text": ""},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    src = folder / "news.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "news.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(src), "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert "4 articles stored (ok 3, skipped 1), 0 already in the store" in res.output
    again = CliRunner().invoke(main, ["ingest", str(src), "--db", str(path)])
    assert "0 articles stored (none), 4 already in the store" in again.output
    return path


def run(*args: str) -> str:
    res = CliRunner().invoke(main, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_stats(db):
    got = json.loads(run("stats", "--db", str(db), "--json"))
    assert got["articles"] == 4 and got["by_status"] == {"ok": 3, "skipped": 1}
    assert got["mentions"] > got["events"] >= 2  # the two reports of the visit are one event


def test_query_dyads_by_month(db):
    rus_chn = json.loads(run("query", "dyads", "--source", "RUS", "--target", "CHN", "--db", str(db), "--json"))
    assert [(r["period"], r["events"], r["mentions"]) for r in rus_chn] == [("2024-03-01", 1, 2)]
    rus_ukr = json.loads(run("query", "dyads", "--source", "RUS", "--target", "UKR", "--by", "week",
                             "--db", str(db), "--json"))
    assert len(rus_ukr) == 1 and rus_ukr[0]["q4"] == 1 and rus_ukr[0]["goldstein_sum"] < 0


def test_query_events_filters_and_quotes_are_data(db):
    page = json.loads(run("query", "events", "--root", "19", "--db", str(db), "--json"))
    assert page["total"] == 1 and page["events"][0]["source_code"] == "RUSMIL"
    found = json.loads(run("query", "events", "--q", "beijing", "--db", str(db), "--json"))
    assert found["total"] >= 1 and all(e["target_country"] == "CHN" for e in found["events"])
    none = json.loads(run("query", "events", "--source", "RUS' OR 1=1 --", "--db", str(db), "--json"))
    assert none == {"events": [], "total": 0, "page": 1, "size": 50}
    bad = CliRunner().invoke(main, ["query", "events", "--quad", "7", "--db", str(db)])
    assert bad.exit_code == 2 and "quad" in bad.output


def test_query_actors(db):
    top = json.loads(run("query", "actors", "--limit", "2", "--db", str(db), "--json"))
    assert top[0]["code"] in ("RUSGOV", "RUSMIL") and len(top) == 2


def test_commands_on_a_missing_store_fail_cleanly(tmp_path):
    res = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "no such store" in res.output
    assert not (tmp_path / "none.duckdb").exists()
