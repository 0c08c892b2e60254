"""Events with no source (issue 13, item 3): threats and force whose perpetrator the text does not
name ("Twin bombings struck the cathedral", "gunmen shot dead a police officer") have `source`
null; the store, its merging, `check`, the queries, the events in memory, every export, the API
and the command line take them.

The coded articles are built by hand (the coder emits such events in a later step), each event
as the output contract gives it. The stories, all invented:

  n1 Reuters 06-02  Twin bombings struck the cathedral in Jolo (183, no source, no target actor)
                    and, a sentence later, "the bombings killed 20" (no place): one event
  n2 AFP 06-02      the same bombing in Jolo: merged with n1's (same town)
  n3 AP 06-02       a car bomb in Cotabato, same country and day: another event
  n4 AP 06-02       a bomb exploded, no place: another event (other article, no town)
  n5 Tolo 06-03     gunmen shot dead a police officer in Kabul (193, no source, target AFGCOP)
  n6 Pajhwok 06-03  Taliban fighters shot dead a police officer in Kabul: a named source, its own event
  n7 Reuters 06-03  Russian forces shelled Kharkiv (RUSMIL -> UKR): the one international dyad
  n8 AFP 06-04      unidentified gunmen killed a policeman in Kabul on 06-03: merged with n5's
"""

from __future__ import annotations

import csv
import hashlib
import json
import warnings
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from rich.console import Console

from newsgraph.cli import main
from newsgraph.cli.output import print_article
from newsgraph.kb.cameo import lookup
from newsgraph.model import Actor, ArticleInput, ArticleMeta, CodedArticle, Event
from newsgraph.store import IngestSummary, Store, query
from newsgraph.store.export import GDELT_COLUMNS, export
from newsgraph.store.memory import EventPages, LivePages

with warnings.catch_warnings():  # starlette's TestClient would rather have httpx2, not installed
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient


# -- the articles, built by hand --------------------------------------------------------------

def ref(text: str, code: str | None, country: str | None, sector: str | None, kb_id: str | None = None,
        name: str | None = None) -> dict[str, Any]:
    return {"text": text, "kb_id": kb_id, "name": name, "country": country, "sector": sector, "code": code}


def place(text: str, name: str, country: str, lat: float, lon: float, kind: str = "city") -> dict[str, Any]:
    return {"text": text, "name": name, "country": country, "lat": lat, "lon": lon, "kind": kind}


JOLO = ("in Jolo", "Jolo", "PHL", 6.05, 121.0)
COTABATO = ("in Cotabato", "Cotabato", "PHL", 7.22, 124.25)
KABUL = ("in Kabul", "Kabul", "AFG", 34.53, 69.17)
KHARKIV = ("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23)
POLICE = ("a police officer", "AFGCOP", "AFG", "COP")
TALIBAN = ref("Taliban fighters", "AFGINS", "AFG", "INS", "taliban", "Taliban")
RUSMIL = ref("Russian forces", "RUSMIL", "RUS", "MIL")
UKR = ref("Kharkiv", "UKR", "UKR", None, "country:UKR", "Ukraine")

# id: (date, outlet, text, [(sentence, trigger, cameo, source, source words, target, target words, place, date)])
STORIES: dict[str, tuple[str, str, str, list[tuple]]] = {
    "n1": ("2024-06-02", "Reuters", "Twin bombings struck the cathedral in Jolo on Sunday. The bombings killed 20 worshippers.", [
        (0, "struck", "183", None, "Twin bombings", None, "the cathedral", JOLO, "2024-06-02"),
        (1, "killed", "183", None, "The bombings", None, "20 worshippers", None, "2024-06-02"),
    ]),
    "n2": ("2024-06-02", "AFP", "Two bombs exploded at the cathedral in Jolo on Sunday.", [
        (0, "exploded", "183", None, "Two bombs", None, "the cathedral", JOLO, "2024-06-02"),
    ]),
    "n3": ("2024-06-02", "AP", "A car bomb exploded near a market in Cotabato on Sunday.", [
        (0, "exploded", "183", None, "A car bomb", None, "a market", COTABATO, "2024-06-02"),
    ]),
    "n4": ("2024-06-02", "AP", "A bomb exploded on Sunday, the army said.", [
        (0, "exploded", "183", None, "A bomb", None, None, None, "2024-06-02"),
    ]),
    "n5": ("2024-06-03", "Tolo", "Gunmen shot dead a police officer in Kabul on Monday.", [
        (0, "shot", "193", None, "Gunmen", POLICE, "a police officer", KABUL, "2024-06-03"),
    ]),
    "n6": ("2024-06-03", "Pajhwok", "Taliban fighters shot dead a police officer in Kabul on Monday.", [
        (0, "shot", "193", TALIBAN, "Taliban fighters", POLICE, "a police officer", KABUL, "2024-06-03"),
    ]),
    "n7": ("2024-06-03", "Reuters", "Russian forces shelled Kharkiv on Monday.", [
        (0, "shelled", "194", RUSMIL, "Russian forces", UKR, "Kharkiv", KHARKIV, "2024-06-03"),
    ]),
    "n8": ("2024-06-04", "AFP", "Unidentified gunmen killed a policeman in Kabul on Monday.", [
        (0, "killed", "193", None, "Unidentified gunmen", ("a policeman", "AFGCOP", "AFG", "COP"), "a policeman",
         KABUL, "2024-06-03"),
    ]),
}
UNATTRIBUTED = {"jolo", "cotabato", "bomb", "kabul"}  # the events with no source, by the name tests give them


def span(text: str, words: str, after: int = 0) -> list[int]:
    start = text.index(words, after)
    return [start, start + len(words)]


def coded_article(aid: str) -> CodedArticle:
    """One story of STORIES as the coder would give it."""
    date, outlet, text, specs = STORIES[aid]
    sentences = [s if s.endswith(".") else s + "." for s in text.split(". ")]
    starts = [text.index(s) for s in sentences]
    actors: list[Actor] = []
    events: list[Event] = []
    for si, trigger, cameo, source, source_words, target, target_words, where, day in specs:
        at = starts[si]
        trig = span(text, trigger, at)
        if isinstance(target, tuple):  # an actor of this sentence (words, code, country, sector)
            target = ref(*target)
        for actor in (source, target):
            if actor:
                actors.append(Actor(actor["text"], span(text, actor["text"], at), actor["kb_id"], actor["name"],
                                    actor["country"], actor["sector"], actor["code"]))
        c = lookup(cameo)
        ident = f"{aid}|{trig[0]}|{(source or {}).get('code') or ''}|{(target or {}).get('code') or ''}"
        events.append(Event(
            event_id=hashlib.sha1(ident.encode()).hexdigest()[:16],
            sentence_index=si, sentence=sentences[si], trigger=trigger, span=trig,
            source=source, target=target, cameo=c.code, cameo_name=c.name, cameo_root=c.root, plover=c.plover,
            quad_class=c.quad_class, goldstein=c.goldstein, modality="actual",
            date=day, date_end=None, date_text="on Sunday" if day == "2024-06-02" else "on Monday",
            date_precision="day", location=place(*where) if where else None, confidence=0.6, rule="hand-built",
            source_phrase={"text": source_words, "span": span(text, source_words, at)},
            target_phrase={"text": target_words, "span": span(text, target_words, at)} if target_words else None,
        ))
    meta = ArticleMeta(aid, f"story {aid}", date, outlet, f"https://example.org/{aid}", "en", "ok", None)
    return CodedArticle(meta, actors, events)


def inputs(ids: list[str]) -> dict[str, ArticleInput]:
    return {aid: ArticleInput(text=STORIES[aid][2], id=aid, date=STORIES[aid][0], source=STORIES[aid][1])
            for aid in ids}


def write(store: Store, ids: list[str]) -> IngestSummary:
    summary = IngestSummary()
    store.write([coded_article(aid) for aid in ids], inputs(ids), summary)
    return summary


def write_null_source_stories(path: Path) -> None:
    """The stories written into the store at `path` (tests/test_web_browser.py adds them to its corpus)."""
    with Store(path) as store:
        write(store, list(STORIES))


ALL = list(STORIES)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("nullsource") / "store.duckdb"
    write_null_source_stories(path)
    return path


@pytest.fixture(scope="module")
def store(db: Path):
    with Store(db, read_only=True) as s:
        yield s


def events_by_name(store: Store) -> dict[str, dict[str, Any]]:
    """The stored events by a name of their story: jolo, cotabato, bomb, kabul, taliban, kharkiv."""
    rows = query.fetch_rows(store, "SELECT * FROM events", [])
    names = {"Jolo": "jolo", "Cotabato": "cotabato", "Kharkiv": "kharkiv"}
    out = {}
    for r in rows:
        if r["source_code"] == "AFGINS":
            out["taliban"] = r
        elif r["location_name"] == "Kabul":
            out["kabul"] = r
        else:
            out[names.get(r["location_name"], "bomb")] = r
    return out


# -- the contract's object ---------------------------------------------------------------------

def test_the_contract_object_has_a_null_source():
    coded = coded_article("n5").to_dict()
    ev = coded["events"][0]
    assert ev["source"] is None and ev["target"]["code"] == "AFGCOP" and ev["cameo_root"] == "19"
    assert ev["source_phrase"]["text"] == "Gunmen"
    assert json.loads("".join(coded_article("n5").json_pieces())) == coded


# -- writing and merging -----------------------------------------------------------------------

def test_write_keeps_the_act_and_merges_only_reports_of_one_scene(store: Store):
    ev = events_by_name(store)
    assert set(ev) == {"jolo", "cotabato", "bomb", "kabul", "taliban", "kharkiv"}
    for name in UNATTRIBUTED:
        row = ev[name]
        assert all(row[f"source_{k}"] is None for k in ("id", "code", "country", "sector", "name", "kb_id")), row
        assert row["cameo_root"] in ("18", "19")
    # n1's two sentences and n2 (same town) are one bombing: 3 reports, 2 articles, 2 outlets
    assert (ev["jolo"]["num_mentions"], ev["jolo"]["num_articles"], ev["jolo"]["num_sources"]) == (3, 2, 2)
    assert ev["jolo"]["first_article"] == "n1" and ev["jolo"]["location_name"] == "Jolo"
    # another town of the same country, same day and code; and a bomb with no place: other events
    assert ev["cotabato"]["num_mentions"] == ev["bomb"]["num_mentions"] == 1
    # n8 reports n5's shooting (same town, the day of n5); the Taliban's is not it: a named source
    assert (ev["kabul"]["num_mentions"], ev["kabul"]["num_articles"]) == (2, 2)
    assert ev["kabul"]["target_code"] == "AFGCOP" and ev["taliban"]["num_mentions"] == 1
    assert ev["taliban"]["source_id"] == "taliban"
    mentions = store.con.execute(
        "SELECT article_id, source_text, source_start, source_end FROM mentions WHERE event_key = ? "
        "ORDER BY rowid", [ev["kabul"]["event_key"]]).fetchall()
    # no source actor: the report keeps the words that stand for it
    assert mentions == [("n5", "Gunmen", 0, 6), ("n8", "Unidentified gunmen", 0, 19)]


def test_a_null_source_keys_as_empty(store: Store):
    """The event key of a new event hashes the first report's id, source id, target id and code;
    no source is "" there (never the text "None", which no actor id is either)."""
    n5 = coded_article("n5").events[0]
    want = hashlib.sha1(f"{n5.event_id}||AFGCOP|193".encode()).hexdigest()[:16]
    assert events_by_name(store)["kabul"]["event_key"] == want


def test_the_same_events_batch_by_batch_and_after_reopening(db: Path, tmp_path: Path):
    """Matching against the index rebuilt from the file (a resumed ingest) gives the events of one run."""
    path = tmp_path / "resumed.duckdb"
    for ids in (["n1"], ["n2", "n3"], ["n4", "n5"], ["n6", "n7", "n8"]):
        with Store(path) as s:
            write(s, ids)
    columns = "event_key, num_mentions, num_articles, num_sources, source_id, target_id, first_article"
    with Store(db, read_only=True) as one, Store(path, read_only=True) as resumed:
        want = one.con.execute(f"SELECT {columns} FROM events ORDER BY event_key").fetchall()
        assert resumed.con.execute(f"SELECT {columns} FROM events ORDER BY event_key").fetchall() == want
        assert len(want) == 6


def test_a_failed_batch_takes_its_events_back_from_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A batch that fails leaves no unattributed event in the index for the next one to merge into."""
    with Store(tmp_path / "f.duckdb") as s:
        real = s._insert

        def fail_on_events(table: str, data: list[tuple]) -> None:
            if table == "events":
                raise OSError("disk full")
            real(table, data)

        monkeypatch.setattr(s, "_insert", fail_on_events)
        with pytest.raises(Exception, match="disk full"):
            write(s, ["n1"])
        monkeypatch.setattr(s, "_insert", real)
        summary = write(s, ["n2"])
        assert summary.new_events == 1
        assert s.con.execute("SELECT count(*), max(first_article) FROM events").fetchone() == (1, "n2")


# -- check -------------------------------------------------------------------------------------

def test_check_finds_the_store_whole(store: Store, db: Path):
    report = store.check()
    assert report.ok, report.text()
    assert report.counts["events"] == 6 and report.counts["mentions"] == 9
    res = CliRunner().invoke(main, ["check", "--db", str(db)])
    assert res.exit_code == 0 and "whole (8 articles, 6 events, 9 mentions)" in res.output, res.output


# -- queries -----------------------------------------------------------------------------------

def keys(found: dict[str, Any]) -> set[str]:
    return {e["event_key"] for e in found["events"]}


def test_event_filters(store: Store):
    ev = events_by_name(store)
    assert keys(query.events(store, root="18")) == {ev[n]["event_key"] for n in ("jolo", "cotabato", "bomb")}
    # a source filter never matches an event with no source; a target filter does
    assert keys(query.events(store, source="AFG")) == {ev["taliban"]["event_key"]}
    assert query.events(store, source="PHL")["total"] == 0
    assert keys(query.events(store, target="AFGCOP")) == {ev["kabul"]["event_key"], ev["taliban"]["event_key"]}
    assert keys(query.events(store, q="gunmen")) == {ev["kabul"]["event_key"]}  # the sentences are searched
    assert keys(query.events(store, q="cathedral")) == {ev["jolo"]["event_key"]}
    table = query.events_table(store, root="19", as_="arrow")
    assert table.num_rows == 3 and table.column("source_id").null_count == 1


def test_actors_rank_only_named_actors(store: Store):
    ranked = query.actors(store, limit=50)
    assert all(a["id"] is not None for a in ranked)
    by_id = {a["id"]: a for a in ranked}
    assert (by_id["AFGCOP"]["as_source"], by_id["AFGCOP"]["as_target"]) == (0, 2)
    assert sum(a["as_source"] for a in ranked) == 2  # the Taliban's and Russia's events
    assert {a["id"] for a in query.actors(store, role="source")} == {"taliban", "RUSMIL"}


def test_dyads(store: Store):
    to_afg = query.dyads(store, None, "AFG", by="day")
    assert [(p["period"], p["events"]) for p in to_afg] == [("2024-06-03", 2)]
    assert [(p["period"], p["events"]) for p in query.dyads(store, "AFG", "AFG", by="day")] == [("2024-06-03", 1)]
    everything = query.dyads(store, None, None, by="day")
    assert sum(p["events"] for p in everything) == 6
    assert query.dyads_table(store, None, "AFG", by="day", as_="arrow").num_rows == 1


def test_network_and_places(store: Store):
    net = query.network(store)
    assert net["edges"] == [{"source": "RUS", "target": "UKR", "events": 1, "goldstein_mean": lookup("194").goldstein}]
    assert [n["id"] for n in net["nodes"]] == ["RUS", "UKR"]
    got = query.places(store)
    countries = {c["country"]: c for c in got["countries"]}
    assert None not in countries
    assert (countries["AFG"]["as_source"], countries["AFG"]["as_target"], countries["AFG"]["events"]) == (1, 2, 2)
    assert "PHL" not in countries  # no actor of the Philippines: the bombings are placed, not acted by it
    places = {p["name"]: p["events"] for p in got["places"]}
    assert places == {"Kabul": 2, "Jolo": 1, "Cotabato": 1, "Kharkiv": 1}


def test_the_article_view_gives_null_sources(store: Store):
    art = query.article(store, "n1")
    assert art is not None
    first, second = art["events"]
    assert first["source"] is None and second["source"] is None and first["target"] is None
    assert first["event_key"] == second["event_key"]
    assert first["source_phrase"] == {"text": "Twin bombings", "span": [0, 13]}
    kabul = query.article(store, "n8")["events"][0]
    assert kabul["source"] is None and kabul["target"]["code"] == "AFGCOP" and kabul["num_articles"] == 2


# -- the events in memory ------------------------------------------------------------------------

FILTERS = [{}, {"source": "AFG"}, {"source": "PHL"}, {"target": "AFG"}, {"target": "AFGCOP"}, {"root": "18"},
           {"root": "19", "target": "AFG"}, {"source": "taliban"}, {"quad": 4}, {"date_from": "2024-06-03"}]


@pytest.mark.parametrize("filters", FILTERS, ids=[str(f) for f in FILTERS])
def test_pages_in_memory_answer_as_the_store(store: Store, filters: dict):
    memory = EventPages.load(store)
    for page, size in ((1, 50), (1, 2), (2, 2)):
        assert memory.events(**filters, page=page, size=size) == query.events(store, **filters, page=page, size=size)


def test_pages_take_a_write_of_null_source_events(tmp_path: Path, store: Store):
    """Events written while the server runs go into the pages (upsert): the same pages as a load."""
    with Store(tmp_path / "live.duckdb") as s:
        write(s, ["n6", "n7"])
        live = LivePages(s)
        live.load()
        write(s, ["n1", "n2", "n5"])
        live.changed(["n1", "n2", "n5"])
        write(s, ["n8"])  # merged into n5's event: a row replaced
        live.changed(["n8"])
        assert live.current is not None
        for filters in FILTERS:
            assert live.from_memory(**filters) == query.events(s, **filters)
        live.close()


# -- exports -------------------------------------------------------------------------------------

def test_gdelt_leaves_actor1_empty(store: Store, tmp_path: Path):
    out = tmp_path / "g.tsv"
    assert export(store, "gdelt", out) == 6
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(len(r) == 61 for r in rows)
    actor1 = [c for c in GDELT_COLUMNS if c.startswith("Actor1") and not c.startswith("Actor1Geo")]
    unattributed = [r for r in rows if r["EventRootCode"] in ("18", "19") and r["Actor1Code"] == ""]
    assert len(unattributed) == 4
    for r in unattributed:
        assert all(r[c] == "" for c in actor1), r  # as GDELT writes an event with no Actor1
        assert r["Day"] and r["EventCode"] in ("183", "193") and r["QuadClass"] == "4"
    kabul = next(r for r in unattributed if r["ActionGeo_FullName"].startswith("Kabul"))
    assert (kabul["Actor2Code"], kabul["Actor2CountryCode"], kabul["Actor2Type1Code"]) == ("AFGCOP", "AFG", "COP")
    assert kabul["NumArticles"] == "2"
    jolo = next(r for r in unattributed if r["ActionGeo_FullName"].startswith("Jolo"))
    assert jolo["Actor2Code"] == "" and jolo["ActionGeo_CountryCode"] == "RP" and jolo["NumMentions"] == "3"
    taliban = next(r for r in rows if r["Actor1Code"] == "AFGINS")
    assert taliban["Actor1Name"] == "Taliban" and taliban["Actor2Code"] == "AFGCOP"


def test_parquet_csv_and_jsonl_give_null(store: Store, tmp_path: Path):
    export(store, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    nulls = [r for r in table if r["source_id"] is None]
    assert len(nulls) == 4 and all(r["source_code"] is None and r["source_name"] is None for r in nulls)
    assert {r["cameo_root"] for r in nulls} == {"18", "19"}

    export(store, "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6 and sum(r["source_id"] == "" and r["source_code"] == "" for r in rows) == 4

    export(store, "jsonl", tmp_path / "e.jsonl")
    events = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    nulls = [e for e in events if e["source_id"] is None]
    assert len(nulls) == 4 and all(e["source_code"] is None for e in nulls)
    kabul = next(e for e in nulls if e["location_name"] == "Kabul")
    assert [m["source_text"] for m in kabul["mentions"]] == ["Gunmen", "Unidentified gunmen"]


# -- the command line ----------------------------------------------------------------------------

def test_cli_query_and_export(db: Path, tmp_path: Path):
    runner = CliRunner()
    res = runner.invoke(main, ["query", "events", "--db", str(db), "--root", "18", "--json"])
    assert res.exit_code == 0, res.output
    found = json.loads(res.output)
    assert found["total"] == 3 and all(e["source_id"] is None for e in found["events"])
    res = runner.invoke(main, ["query", "events", "--db", str(db), "--target", "AFG"])
    assert res.exit_code == 0 and "AFGCOP" in res.output, res.output
    res = runner.invoke(main, ["query", "actors", "--db", str(db), "--json"])
    assert res.exit_code == 0 and None not in [a["id"] for a in json.loads(res.output)]
    res = runner.invoke(main, ["query", "dyads", "--db", str(db), "--source", "AFG", "--target", "AFG", "--by", "day"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "g.tsv")])
    assert res.exit_code == 0 and "6 events (actual)" in res.output, res.output


def test_the_readable_table_says_unidentified():
    console = Console(record=True, width=200)
    print_article(console, coded_article("n5"))
    print_article(console, coded_article("n6"))
    text = console.export_text()
    assert "(unidentified)" in text and "Taliban [AFGINS]" in text
    assert text.count("(unidentified)") == 1


# -- the API -------------------------------------------------------------------------------------

def resolve(doc: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def conforms(doc: dict, schema: dict, value: Any, where: str = "answer") -> None:
    """`value` against an OpenAPI 3.1 schema of `doc`: the keywords FastAPI's documents use ($ref,
    anyOf, type, properties, required, items, additionalProperties, enum, const)."""
    schema = resolve(doc, schema)
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                conforms(doc, option, value, where)
                return
            except AssertionError as e:
                errors.append(str(e))
        raise AssertionError(f"{where}: {value!r} fits no option: {errors}")
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: {value!r} is no integer"
    elif kind == "number":
        assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{where}: {value!r} is no number"
    elif kind is not None:
        assert isinstance(value, types[kind]), f"{where}: {value!r} is no {kind}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if "const" in schema:
        assert value == schema["const"], f"{where}: {value!r} is not {schema['const']!r}"
    if isinstance(value, dict):
        for name in schema.get("required", []):
            assert name in value, f"{where}: no {name!r}"
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                conforms(doc, sub, value[name], f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            conforms(doc, schema["items"], item, f"{where}[{i}]")


def answer_schema(doc: dict, path: str, method: str = "get") -> dict:
    return doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, nlp):
    """The server over a store of its own (the `store` fixture holds the other open read-only)."""
    from newsgraph.web import app as web

    path = tmp_path_factory.mktemp("nullsource-api") / "store.duckdb"
    write_null_source_stories(path)
    with TestClient(web.create_app(path, token=None, nlp=nlp), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def openapi(api) -> dict:
    return api.get("/openapi.json").json()


def test_the_openapi_document_says_source_may_be_null(openapi: dict):
    event = openapi["components"]["schemas"]["Event"]
    assert "source" in event["required"]  # always given, sometimes null
    assert {"type": "null"} in event["properties"]["source"]["anyOf"]
    mention = openapi["components"]["schemas"]["Mention"]
    assert {"type": "null"} in mention["properties"]["source"]["anyOf"]
    row = openapi["components"]["schemas"]["EventRow"]
    assert {"type": "null"} in row["properties"]["source_id"]["anyOf"]
    assert "CAMEO roots 13-20" in openapi["components"]["schemas"]["CodeOut"]["description"]


@pytest.mark.parametrize("url, path", [
    ("/api/events?root=18", "/api/events"),
    ("/api/events?target=AFG&size=1&page=2", "/api/events"),
    ("/api/events?q=gunmen", "/api/events"),
    ("/api/actors", "/api/actors"),
    ("/api/dyads?target=AFG&by=day", "/api/dyads"),
    ("/api/places", "/api/places"),
    ("/api/network", "/api/network"),
    ("/api/articles/n1", "/api/articles/{article_id}"),
    ("/api/articles/n8", "/api/articles/{article_id}"),
])
def test_answers_with_null_sources_fit_the_openapi_document(api, openapi: dict, url: str, path: str):
    got = api.get(url)
    assert got.status_code == 200, got.text
    body = got.json()
    conforms(openapi, answer_schema(openapi, path), body)
    if path == "/api/events":
        assert body["events"] and any(e["source_id"] is None for e in body["events"])
    if path == "/api/articles/{article_id}":
        assert all(e["source"] is None for e in body["events"])


def test_code_answers_a_null_source(api, openapi: dict, monkeypatch: pytest.MonkeyPatch):
    """POST /api/code: FastAPI checks the answer against CodeOut (a 500 if `source` could not be null)."""
    import newsgraph.coding.pipeline as pipeline

    text = STORIES["n5"][2]
    monkeypatch.setattr(pipeline, "code_article", lambda article, nlp=None: coded_article("n5"))
    got = api.post("/api/code", json={"text": text, "date": "2024-06-03"})
    assert got.status_code == 200, got.text
    body = got.json()
    conforms(openapi, answer_schema(openapi, "/api/code", "post"), body)
    assert body["events"][0]["source"] is None and body["events"][0]["target"]["code"] == "AFGCOP"
