"""Faults found by probing main as a user, then as an attacker would (issue 11): each test here
reproduces one, and failed before its fix. Ingest: no article is dropped as "already in the
store" because its id was derived from a file name; stdin and CSV input fail line by line;
the terminal never gets raw control characters from the input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsgraph.ingest import ingest
from newsgraph.cli import main
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
NEWSGRAPH = [sys.executable, "-m", "newsgraph.cli"]
SHELLING = "Russian troops shelled Kharkiv on Tuesday."
VISIT = "Putin visited China on Monday."


def run(*args: object, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def stored(db: Path) -> dict[str, tuple[str, str]]:
    """article id -> (status, text) of a store."""
    with Store(db, read_only=True) as s:
        return {r[0]: (r[1], r[2]) for r in s.con.execute("SELECT article_id, status, text FROM articles").fetchall()}


# ------------------------------------------------------------------ ids: nothing dropped


def test_two_stdin_texts_are_two_articles(tmp_path):
    """The issue's reproduction: both texts came from stdin, the second was 'already in the store'."""
    db = tmp_path / "s.duckdb"
    first = run("ingest", "-", "--date", "2024-05-15", "--db", db, input=SHELLING + "\n")
    assert first.exit_code == 0 and "1 articles stored (ok 1)" in first.stdout
    second = run("ingest", "-", "--date", "2023-10-16", "--db", db, input=VISIT + "\n")
    assert second.exit_code == 0, second.output
    assert "1 articles stored (ok 1), 0 already in the store" in second.stdout
    texts = sorted(t.strip() for _, t in stored(db).values())
    assert texts == sorted([SHELLING, VISIT])
    again = run("ingest", "-", "--date", "2023-10-16", "--db", db, input=VISIT + "\n")
    assert "0 articles stored (none), 1 already in the store" in again.stdout  # the same text: the same article


@pytest.mark.parametrize("name, content", [
    ("feed.jsonl", lambda text: json.dumps({"text": text, "date": "2024-05-15"}) + "\n"),
    ("day.csv", lambda text: f"date,text\n2024-05-15,{text}\n"),
    ("report.txt", lambda text: text + "\n"),
])
def test_same_file_name_in_two_folders_is_two_articles(tmp_path, name, content):
    db = tmp_path / "s.duckdb"
    for folder, text in (("monday", SHELLING), ("tuesday", VISIT)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(content(text), encoding="utf-8")
        result = run("ingest", tmp_path / folder / name, "--date", "2024-05-15", "--db", db)
        assert result.exit_code == 0, result.output
        assert "1 articles stored (ok 1), 0 already in the store" in result.stdout
    assert len(stored(db)) == 2


def test_an_id_stored_with_another_text_is_refused_and_named(tmp_path):
    db = tmp_path / "s.duckdb"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "kharkiv", "text": SHELLING}) + "\n", encoding="utf-8")
    assert run("ingest", feed, "--date", "2024-05-15", "--db", db).exit_code == 0
    feed.write_text(json.dumps({"id": "kharkiv", "text": VISIT}) + "\n"
                    + json.dumps({"id": "other", "text": VISIT}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(feed), "--date", "2024-05-15", "--db", str(db)])
    assert result.exit_code == 1
    assert "1 articles stored (ok 1), 0 already in the store, 1 refused" in result.stdout
    assert "'kharkiv' (feed.jsonl:1)" in result.stderr and "different text" in result.stderr
    assert stored(db)["kharkiv"][1] == SHELLING  # the stored article is untouched
    assert "other" in stored(db)


def test_an_id_twice_in_one_input_with_two_texts_is_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": "x", "text": t}) + "\n" for t in (SHELLING, VISIT, SHELLING)),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(feed), "--date", "2024-05-15", "--db", str(db)])
    assert result.exit_code == 1
    assert "1 articles stored (ok 1), 1 already in the store, 1 refused" in result.stdout
    assert "(feed.jsonl:2)" in result.stderr
    assert stored(db)["x"][1] == SHELLING


def test_a_failed_record_whose_input_was_fixed_is_coded_again(tmp_path):
    db = tmp_path / "s.duckdb"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "42", "text": 42}) + "\n", encoding="utf-8")
    run("ingest", feed, "--db", db)
    assert stored(db)["42"][0] == "failed"
    feed.write_text(json.dumps({"id": "42", "text": SHELLING}) + "\n", encoding="utf-8")
    result = run("ingest", feed, "--date", "2024-05-15", "--db", db)
    assert "1 articles stored (ok 1)" in result.stdout
    assert stored(db) == {"42": ("ok", SHELLING)}
    with Store(db, read_only=True) as s:
        assert s.stats()["events"] == 1


# ----------------------------------------------------------------- stdin, CSV: line by line


def test_jsonl_on_stdin_cut_mid_line(tmp_path):
    lines = [json.dumps({"id": "a", "text": SHELLING, "date": "2024-05-15"}),
             json.dumps({"id": "b", "text": VISIT, "date": "2023-10-16"})]
    cut = lines[0] + "\n" + lines[1][:30]
    result = run("code", "-", "--json", input=cut)
    recs = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [(r["article"]["id"], r["article"]["status"]) for r in recs] == [("a", "ok"), (recs[1]["article"]["id"],
                                                                               "failed")]
    assert [e["trigger"] for e in recs[0]["events"]] == ["shelled"]
    assert recs[1]["article"]["error"].startswith("<stdin>:2: malformed JSON") and "cut off" in recs[1]["article"]["error"]


def test_one_undecodable_csv_row_fails_alone(tmp_path):
    day = tmp_path / "day.csv"
    day.write_bytes(b"id,date,text\n"
                    + f"r1,2024-05-15,{SHELLING}\n".encode()
                    + b"r2,2024-05-15,\x00\x00\xff\xfe\x89PNG\x1a\x00\n"
                    + f"r3,2023-10-16,{VISIT}\n".encode())
    result = run("code", day, "--json")
    recs = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [r["article"]["status"] for r in recs] == ["ok", "failed", "ok"]
    assert recs[1]["article"]["origin"] == "day.csv:2" and "binary" in recs[1]["article"]["error"]
    assert [e["trigger"] for r in recs for e in r["events"]] == ["shelled", "visited"]


# -------------------------------------------------------------------------- the terminal


def test_control_characters_from_the_input_are_escaped(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": "Evil\x1b]0;pwned\x07 [bold]title[/bold]\x9b2J", "text": SHELLING}) + "\n",
                    encoding="utf-8")
    proc = subprocess.run([*NEWSGRAPH, "code", str(feed), "--date", "2024-05-15"], capture_output=True,
                          env={**os.environ, "COLUMNS": "200"}, cwd=ROOT)
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert not any(ch in out for ch in "\x1b\x07\x9b")  # output to a pipe: no control character at all
    assert "\\x1b]0;pwned\\x07" in out and "[bold]title[/bold]" in out  # visible, markup not applied


def test_closed_stdin_is_said(tmp_path):
    proc = subprocess.run(["sh", "-c", " ".join([*NEWSGRAPH, "code", "-", "<&-"])], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 1
    assert "standard input is closed" in proc.stderr and "Traceback" not in proc.stderr


# ------------------------------------------------------------------------ bounded pages


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    from newsgraph.model import ArticleInput

    db = tmp_path_factory.mktemp("pages") / "s.duckdb"
    with Store(db) as s:
        ingest(s, [ArticleInput(text=SHELLING, date="2024-05-15"), ArticleInput(text=VISIT, date="2023-10-16")],
                 nlp=nlp)
    return db


@pytest.mark.parametrize("in_memory", [True, False])
@pytest.mark.parametrize("q", [None, "the"])
def test_a_huge_page_number_is_a_422_naming_page(small_store, nlp, in_memory, q):
    import warnings

    from newsgraph import web

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    params = {"page": "9223372036854775807", **({"q": q} if q else {})}
    with TestClient(web.create_app(small_store, token="t", nlp=nlp, in_memory=in_memory),
                    raise_server_exceptions=False) as client:
        r = client.get("/api/events", params=params)
        assert r.status_code == 422, r.text
        assert r.json()["detail"][0]["loc"][-1] == "page" and "page" in r.json()["detail"][0]["msg"]
        last = client.get("/api/events", params={**params, "page": "1000000"})
        assert last.status_code == 200 and last.json()["events"] == []


def test_a_huge_page_number_is_a_usage_error_on_the_command_line(small_store):
    result = CliRunner().invoke(main, ["query", "events", "--db", str(small_store), "--page", "9223372036854775807"])
    assert result.exit_code == 2 and "page" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# ---------------------------------------------------------------------------- languages


@pytest.mark.parametrize("text, lang", [
    ("普京周一抵达北京，与中国国家主席习近平举行会谈，讨论了两国关系。", "zh"),  # 33 characters: py3langid gives zh 0.6
    ("وصل الرئيس الروسي إلى بكين يوم الاثنين لإجراء محادثات مع نظيره الصيني حول العلاقات الثنائية "
     "والتعاون الاقتصادي بين البلدين في ظل التوترات", "ar"),
    ("Путин прибыл в Пекин", "ru"),  # 17 letters: under the length at which a Latin text is judged
    ("東京で会議が開かれた", "ja"),
])
def test_a_text_mostly_in_another_script_is_not_english(nlp, text, lang):
    from newsgraph.pipeline import code_article

    coded = code_article(text, date="2024-05-15", nlp=nlp)
    assert coded.article.language == lang
    assert coded.article.status == "skipped" and repr(lang) in coded.article.error


@pytest.mark.parametrize("text", [
    "Putin visited China.",  # too short to judge: coded as English
    "Lavrov met Wang Yi in Beijing on Monday.",  # names fool n-gram models: still English
    "Xi Jinping (习近平) met Putin in Beijing on Monday and the two leaders discussed trade.",
])
def test_english_with_names_or_a_little_other_script_is_still_english(nlp, text):
    from newsgraph.pipeline import code_article

    coded = code_article(text, date="2024-05-15", nlp=nlp)
    assert coded.article.status == "ok" and coded.article.language == "en"


# ------------------------------------------------------------------------- a huge article


def test_json_pieces_are_exactly_the_contract_object(founding):
    """`code --json` writes an article piece by piece (a 5 MB one is tens of thousands of events):
    the bytes must be those of the whole object dumped at once."""
    whole = json.dumps(founding.to_dict(), ensure_ascii=False)
    assert "".join(founding.json_pieces()) == whole
    assert json.loads(whole)["events"] and json.loads(whole)["quotes"] and json.loads(whole)["flags"]


def test_serve_prints_no_token_when_the_store_cannot_be_opened(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("the server must not start"))
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    bad = tmp_path / "not-a-store.duckdb"
    bad.write_bytes(b"this is no DuckDB file" * 100)
    result = CliRunner().invoke(main, ["serve", "--db", str(bad), "--workers", "0"])
    assert result.exit_code == 1 and str(bad) in result.output
    assert "write token" not in result.output and "Traceback" not in result.output
