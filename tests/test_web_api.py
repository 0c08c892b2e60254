"""The REST API of `newsgraph serve` (issue 5), through FastAPI's TestClient.

The store (ingested once for the module by the real pipeline, then served):
  a1 Reuters, a2 AFP 2024-03-05: Putin arrived in Beijing -> one event (042), two reports
  a3 BBC 2024-04-16: Russian forces shelled Kharkiv (194) / Ukraine condemned Russia (111)
  a4 TASS 2024-05-08: "the head of US diplomacy" Lavrov met Wang Yi in Moscow -> two events:
     Wang Yi's visit to the host (042) and Lavrov hosting him (043), a quote, a flag
  a5: an empty text (skipped)
Writes go to a fresh store of their own, so the reading tests see the corpus as listed.
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.ingest import ingest
from newsgraph import query
from newsgraph.web import app as web
from newsgraph.cli import main
from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article
from newsgraph.store import Store

with warnings.catch_warnings():  # starlette's TestClient would rather have httpx2, not installed
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

ARTICLES = [
    ("a1", "2024-03-05", "Reuters", "Russian President Vladimir Putin arrived in Beijing on Monday."),
    ("a2", "2024-03-05", "AFP", "Russian President Vladimir Putin arrived in Beijing on Monday for talks."),
    ("a3", "2024-04-16", "BBC", "Russian forces shelled Kharkiv on Tuesday. Ukraine condemned Russia."),
    ("a4", "2024-05-08", "TASS", "The head of US diplomacy, Serguei Lavrov, met Chinese Foreign Minister Wang Yi in "
                                 'Moscow on Wednesday. "The talks were long and very useful," Lavrov said.'),
    ("a5", "2024-05-09", None, ""),
]
TOKEN = "test-token-" + "x" * 20
INJECTION = "RUS' OR 1=1 --"
MB16 = 16 * 2**20
PATHS = {"/api/health", "/api/code", "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/dyads",
         "/api/actors", "/api/places", "/api/network"}


class Client:
    """TestClient calls that also check no answer ever carries a stack trace."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def __getattr__(self, method: str):
        def call(*args, **kw):
            response = getattr(self.client, method)(*args, **kw)
            assert "Traceback" not in response.text and 'File "' not in response.text
            return response
        return call


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.duckdb"
    with Store(path) as store:
        ingest(store, [ArticleInput(id=i, date=d, source=s, text=t) for i, d, s, t in ARTICLES], nlp=nlp)
    return path


@pytest.fixture(scope="module")
def api(db: Path, nlp):
    with TestClient(web.create_app(db, token=TOKEN, nlp=nlp), raise_server_exceptions=False) as client:
        yield Client(client)


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp):
    """An app over a store that does not exist yet, with a page of its own."""
    static = tmp_path / "static"
    static.mkdir()
    (static / "index.html").write_text("<!doctype html><title>newsgraph</title>", encoding="utf-8")
    (static / "app.js").write_text("// the page", encoding="utf-8")
    monkeypatch.setattr(web, "STATIC", static)
    with TestClient(web.create_app(tmp_path / "new.duckdb", token=TOKEN, nlp=nlp)) as client:
        yield Client(client)


def locs(response) -> list[list]:
    assert response.status_code == 422, response.text
    return [e["loc"] for e in response.json()["detail"]]


# -- reading -------------------------------------------------------------------------

def test_health_and_openapi_lists_every_path(api: Client) -> None:
    assert api.get("/api/health").json() == {"status": "ok", "events_in_memory": "ready"}
    doc = api.get("/openapi.json").json()
    assert set(doc["paths"]) == PATHS
    params = {p["name"] for p in doc["paths"]["/api/events"]["get"]["parameters"]}
    assert params == {"source", "target", "root", "quad", "modality", "from", "to", "q", "context", "page", "size"}
    assert doc["paths"]["/api/articles"]["post"]["security"] == [{"HTTPBearer": []}]


def test_events_filters_and_pages(api: Client) -> None:
    everything = api.get("/api/events").json()
    assert (everything["total"], everything["page"], everything["size"]) == (5, 1, 50)
    assert [(e["date"], e["cameo"]) for e in everything["events"]] == [
        ("2024-05-08", "042"), ("2024-05-08", "043"), ("2024-04-16", "194"), ("2024-04-16", "111"),
        ("2024-03-04", "042")]
    (visit,) = api.get("/api/events", params={"source": "RUS", "target": "CHN", "to": "2024-03-31"}).json()["events"]
    assert (visit["source_id"], visit["num_mentions"], visit["num_sources"], visit["location_name"]) == (
        "vladimir_putin", 2, 2, "Beijing")
    assert [e["cameo"] for e in api.get("/api/events?root=19").json()["events"]] == ["194"]
    assert [e["cameo"] for e in api.get("/api/events?quad=3&modality=actual").json()["events"]] == ["111"]
    assert api.get("/api/events", params={"from": "2024-04-01", "to": "2024-04-30"}).json()["total"] == 2
    assert [e["cameo"] for e in api.get("/api/events?q=wang").json()["events"]] == ["042", "043"]
    page2 = api.get("/api/events?page=2&size=3").json()
    assert (page2["total"], [e["cameo"] for e in page2["events"]]) == (5, ["111", "042"])


def test_events_in_memory_and_from_the_file_answer_alike(api: Client, db: Path, nlp) -> None:
    urls = ["/api/events", "/api/events?source=RUS", "/api/events?source=rusgov&size=1&page=2",
            "/api/events?target=CHN&root=04", "/api/events?quad=4&from=2024-04-01", "/api/events?to=2024-03-31",
            "/api/events?modality=actual&size=2&page=3", "/api/events?source=ZZZ", "/api/events?q=kharkiv",
            "/api/events?root=19&from=2024-04-16&to=2024-04-16"]
    assert api.get("/api/health").json()["events_in_memory"] == "ready"
    with TestClient(web.create_app(db, token=TOKEN, nlp=nlp, in_memory=False)) as client:
        assert client.get("/api/health").json()["events_in_memory"] == "off"
        for url in urls:
            assert api.get(url).json() == client.get(url).json(), url
    assert api.get("/api/events").json()["total"] == 5  # not a comparison of empty answers


def test_a_quote_in_a_filter_is_data(api: Client) -> None:
    for params in ({"source": INJECTION}, {"target": INJECTION}, {"q": "' OR 1=1 --"}, {"q": "Russia's"}):
        assert api.get("/api/events", params=params).json() == {"events": [], "total": 0, "page": 1, "size": 50}
    assert api.get("/api/dyads", params={"source": INJECTION, "target": "CHN"}).json()["series"] == []
    assert api.get("/api/places", params={"source": INJECTION}).json() == {"countries": [], "places": []}
    assert api.get("/api/network", params={"target": INJECTION}).json() == {"nodes": [], "edges": []}
    assert api.get(f"/api/articles/{INJECTION}").status_code == 404


@pytest.mark.parametrize("url, loc", [
    ("/api/events?quad=7", ["query", "quad"]),
    ("/api/events?quad=x", ["query", "quad"]),
    ("/api/events?from=2024-13-01", ["query", "from"]),
    ("/api/events?from=2024-05-01&to=2024-04-01", ["query", "from"]),
    ("/api/events?to=yesterday", ["query", "to"]),
    ("/api/events?page=0", ["query", "page"]),
    ("/api/events?size=1001", ["query", "size"]),
    ("/api/events?root=4", ["query", "root"]),
    ("/api/events?modality=maybe", ["query", "modality"]),
    ("/api/dyads?source=RUS&target=CHN&by=year", ["query", "by"]),
    ("/api/actors?limit=0", ["query", "limit"]),
    ("/api/actors?role=both", ["query", "role"]),
    ("/api/places?limit=1001", ["query", "limit"]),
    ("/api/network?limit=-1", ["query", "limit"]),
])
def test_a_bad_parameter_is_a_422_naming_it(api: Client, url: str, loc: list) -> None:
    response = api.get(url)
    assert locs(response) == [loc]
    (detail,) = response.json()["detail"]
    assert detail["type"] == "int_parsing" or detail["msg"].startswith(f"{loc[1]}: ")  # FastAPI's or query.py's


def test_dyads_series(api: Client) -> None:
    got = api.get("/api/dyads?source=RUS&target=CHN&by=month").json()
    assert (got["source"], got["target"], got["by"]) == ("RUS", "CHN", "month")
    assert [(p["period"], p["events"], p["mentions"], p["goldstein_sum"]) for p in got["series"]] == [
        ("2024-03-01", 1, 2, 1.9), ("2024-04-01", 0, 0, 0.0), ("2024-05-01", 1, 1, 2.8)]  # May: Lavrov's 043
    (april,) = api.get("/api/dyads", params={"source": "RUS", "target": "UKR", "by": "week"}).json()["series"]
    assert (april["period"], april["q4"], april["goldstein_mean"]) == ("2024-04-15", 1, -10.0)


def test_actors(api: Client) -> None:
    ranked = api.get("/api/actors?limit=3").json()["actors"]
    assert [(a["id"], a["as_source"], a["as_target"], a["total"]) for a in ranked] == [
        ("country:UKR", 1, 1, 2), ("sergey_lavrov", 1, 1, 2), ("wang_yi", 1, 1, 2)]
    assert [a["id"] for a in api.get("/api/actors?role=target&from=2024-05-01").json()["actors"]] == [
        "sergey_lavrov", "wang_yi"]


def test_places_for_the_map(api: Client, db: Path) -> None:
    got = api.get("/api/places").json()
    assert got["countries"] == [{"country": "RUS", "as_source": 3, "as_target": 2, "events": 5},
                                {"country": "CHN", "as_source": 1, "as_target": 2, "events": 3},
                                {"country": "UKR", "as_source": 1, "as_target": 1, "events": 2}]
    assert got["places"] == [
        {"name": "Moscow", "country": "RUS", "kind": "city", "lat": 55.75204, "lon": 37.61781, "precision": "sentence",
         "events": 2},
        {"name": "Beijing", "country": "CHN", "kind": "city", "lat": 39.9075, "lon": 116.39723, "precision": "sentence",
         "events": 1}]
    assert [p["name"] for p in api.get("/api/places?from=2024-05-01&limit=1").json()["places"]] == ["Moscow"]
    with Store(db) as store:  # called directly; read-write, as the app holds the file
        assert query.places(store, source="UKR") == {
            "countries": [{"country": "RUS", "as_source": 0, "as_target": 1, "events": 1},
                          {"country": "UKR", "as_source": 1, "as_target": 0, "events": 1}], "places": []}
        with pytest.raises(ValueError, match="^limit: "):
            query.places(store, limit=0)


def test_network_of_countries(api: Client, db: Path) -> None:
    got = api.get("/api/network").json()
    assert got["edges"] == [{"source": "RUS", "target": "CHN", "events": 2, "goldstein_mean": 2.35},
                            {"source": "CHN", "target": "RUS", "events": 1, "goldstein_mean": 1.9},
                            {"source": "RUS", "target": "UKR", "events": 1, "goldstein_mean": -10.0},
                            {"source": "UKR", "target": "RUS", "events": 1, "goldstein_mean": -2.0}]
    assert got["nodes"] == [{"id": "RUS", "events": 5}, {"id": "CHN", "events": 3}, {"id": "UKR", "events": 2}]
    assert api.get("/api/network?limit=1&quad=4").json() == {
        "nodes": [{"id": "RUS", "events": 1}, {"id": "UKR", "events": 1}],
        "edges": [{"source": "RUS", "target": "UKR", "events": 1, "goldstein_mean": -10.0}]}
    with Store(db) as store:
        assert query.network(store, root="04", limit=1)["edges"][0]["events"] == 2
        with pytest.raises(ValueError, match="^quad: "):
            query.network(store, quad=9)


def test_article_with_its_events_quotes_and_flags(api: Client) -> None:
    got = api.get("/api/articles/a4").json()
    text = ARTICLES[3][3]
    assert got["text"] == text
    assert {k: got["article"][k] for k in ("id", "date", "source", "status", "error", "n_events", "n_quotes",
                                           "n_flags")} == {"id": "a4", "date": "2024-05-08", "source": "TASS",
                                                           "status": "ok", "error": None, "n_events": 2,
                                                           "n_quotes": 1, "n_flags": 1}
    assert all(text[a["span"][0]:a["span"][1]] == a["text"] for a in got["actors"])
    visit, host = sorted(got["events"], key=lambda e: e["cameo"])  # the meeting in Moscow, coded each way
    assert (visit["cameo"], visit["cameo_name"], visit["quad_class"], visit["goldstein"], visit["modality"]) == (
        "042", "Make a visit", 1, 1.9, "actual")
    assert (host["cameo"], host["cameo_name"], host["quad_class"], host["goldstein"], host["modality"]) == (
        "043", "Host a visit", 1, 2.8, "actual")
    assert (visit["source"]["kb_id"], visit["source"]["code"], visit["target"]["kb_id"], visit["target"]["code"],
            visit["rule"], visit["date"]) == (
        "wang_yi", "CHNGOV", "sergey_lavrov", "RUSGOV", "verb:meet->040<-042", "2024-05-08")
    assert (host["source"]["kb_id"], host["target"]["code"], host["rule"], host["date"]) == (
        "sergey_lavrov", "CHNGOV", "verb:meet->040<-043", "2024-05-08")
    lavrov = {"text": "The head of US diplomacy, Serguei Lavrov", "span": [0, 40]}
    wang = {"text": "Chinese Foreign Minister Wang Yi", "span": [46, 78]}
    assert (visit["source_phrase"], visit["target_phrase"]) == (wang, lavrov)
    assert (host["source_phrase"], host["target_phrase"]) == (lavrov, wang)
    for meet in (visit, host):
        assert text[meet["span"][0]:meet["span"][1]] == meet["trigger"] == "met"
        assert meet["location"]["name"] == "Moscow" and meet["location"]["lat"] == 55.75204
    assert sorted(e["event_key"] for e in api.get("/api/events?q=wang").json()["events"]) == sorted(
        (visit["event_key"], host["event_key"]))
    (quote,) = got["quotes"]
    assert (quote["speaker"]["kb_id"], quote["cue"]) == ("sergey_lavrov", "said")
    assert text[quote["span"][0]:quote["span"][1]] == quote["text"]
    (flag,) = got["flags"]
    assert (flag["kind"], text[flag["span"][0]:flag["span"][1]]) == ("office_country", "The head of US diplomacy")


def test_article_reports_merged_and_unknown_ids(api: Client) -> None:
    first, second = (api.get(f"/api/articles/{i}").json()["events"][0] for i in ("a1", "a2"))
    assert first["event_key"] == second["event_key"] and first["num_articles"] == 2
    skipped = api.get("/api/articles/a5").json()
    assert (skipped["article"]["status"], skipped["article"]["error"], skipped["events"]) == (
        "skipped", "empty text", [])
    assert api.get("/api/articles/nope").json() == {"detail": "no such article"}


def test_code_returns_the_contract_and_the_text_and_stores_nothing(api: Client, nlp) -> None:
    text = "Russian President Vladimir Putin arrived in Beijing on Monday."
    got = api.post("/api/code", json={"text": text, "date": "2024-06-04", "title": "Visit"})
    assert got.status_code == 200
    expected = code_article(ArticleInput(text=text, date="2024-06-04", title="Visit"), nlp=nlp).to_dict()
    assert got.json() == {**expected, "text": text}
    assert got.json()["events"][0]["date"] == "2024-06-03"
    assert api.get("/api/events").json()["total"] == 5


# -- writing ---------------------------------------------------------------------------

def test_writes_need_the_token(fresh: Client) -> None:
    article = {"id": "wire/2024 #1", "text": "Ukraine condemned Russia on Friday.", "date": "2024-06-08",
               "source": "AP", "url": "https://example.org/1"}
    assert fresh.get("/api/events").json()["total"] == 0  # an empty store to browse, and now a cached answer
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}):
        refused = fresh.post("/api/articles", json=article, headers=headers)
        assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert fresh.get("/api/events").json()["total"] == 0

    stored = fresh.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert stored.status_code == 201
    assert stored.headers["location"] == "/api/articles/wire%2F2024%20%231"
    body = stored.json()
    assert (body["article"]["id"], body["article"]["source"], body["article"]["origin"]) == (
        "wire/2024 #1", "AP", "api")
    assert [(e["cameo"], e["date"]) for e in body["events"]] == [("111", "2024-06-07")]
    assert fresh.get(stored.headers["location"]).json() == body
    assert fresh.get("/api/events").json()["total"] == 1  # the write dropped the cached answer

    deadline = time.monotonic() + 30  # the events in memory are rebuilt after the write
    while fresh.get("/api/health").json()["events_in_memory"] != "ready" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fresh.get("/api/health").json()["events_in_memory"] == "ready"
    assert fresh.get("/api/events?source=UKR").json()["events"][0]["first_article"] == "wire/2024 #1"

    again = fresh.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json() == body
    by_hash = fresh.post("/api/articles", json={"text": "Russia attacked Ukraine."},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert by_hash.status_code == 201 and by_hash.json()["article"]["id"].startswith("sha1:")


def test_no_token_no_writes(tmp_path: Path, nlp) -> None:
    with TestClient(web.create_app(tmp_path / "ro.duckdb", nlp=nlp)) as client:
        response = client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer "})
        assert response.status_code == 401


def test_the_page_and_its_files(fresh: Client) -> None:
    page = fresh.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert fresh.get("/static/app.js").text == "// the page"
    assert fresh.get("/static/missing.js").status_code == 404


# -- bad requests -------------------------------------------------------------------

def test_bodies_over_16_mb_are_refused(api: Client) -> None:
    big = b"x" * (MB16 + 1)
    for path in ("/api/code", "/api/articles"):
        response = api.post(path, content=big, headers={"content-type": "application/json"})
        assert response.status_code == 413 and "16 MB" in response.json()["detail"]
    streamed = api.post("/api/code", content=iter([b"x" * 2**20] * 17), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and "transfer-encoding" in streamed.request.headers


@pytest.mark.parametrize("body, loc", [
    (b'{"text": ', ["body", 9]),
    (b'{"text": 5}', ["body", "text"]),
    (b'{"text": ["a"]}', ["body", "text"]),
    (b'{"text": ""}', ["body", "text"]),
    (b'{"date": "2024-01-01"}', ["body", "text"]),
    (b'{"text": "Hello.", "date": "yesterday"}', ["body", "date"]),
    (b'{"text": "Hello.", "date": 20240101}', ["body", "date"]),
    (b'{"text": "Hello.", "date": "2024-02-30"}', ["body", "date"]),
    (b'{"text": "Hello.", "title": {"a": 1}}', ["body", "title"]),
    (b'[1, 2]', ["body"]),
])
def test_malformed_json_and_wrong_types_are_a_422_naming_the_field(api: Client, body: bytes, loc: list) -> None:
    assert locs(api.post("/api/code", content=body, headers={"content-type": "application/json"})) == [loc]


def test_article_fields_are_checked_before_the_token(api: Client) -> None:
    response = api.post("/api/articles", json={"id": 7, "text": "x", "url": None},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert locs(response) == [["body", "id"]]


def test_an_internal_error_is_a_500_without_a_trace(api: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kw):
        raise RuntimeError("/secret/path/store.duckdb is broken")

    monkeypatch.setattr(query, "network", broken)
    response = api.get("/api/network?limit=7")
    assert response.status_code == 500 and response.json() == {"detail": "internal error"}


# -- the command ---------------------------------------------------------------------

def test_serve_prints_a_generated_token_once_or_uses_newsgraph_token(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    ran: list[tuple] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **options: ran.append((app, host, port)))
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    db = tmp_path / "served.duckdb"
    res = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8123", "--workers", "0"])
    assert res.exit_code == 0, res.output
    (line,) = res.output.splitlines()
    token = line.removeprefix("write token: ")
    assert len(token) >= 32 and db.exists() and ran[0][1:] == ("127.0.0.1", 8123)
    with TestClient(ran[0][0], base_url="http://localhost") as client:
        ok = client.post("/api/articles", json={"text": "Russia attacked Ukraine."},
                         headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 201

    monkeypatch.setenv("NEWSGRAPH_TOKEN", TOKEN)
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "other.duckdb"), "--host", "0.0.0.0",
                                    "--workers", "0"])
    assert res.exit_code == 0 and res.output == ""
    with TestClient(ran[1][0], base_url="http://localhost") as client:
        assert client.post("/api/articles", json={"text": "Russia attacked Ukraine."},
                           headers={"Authorization": f"Bearer {token}"}).status_code == 401
