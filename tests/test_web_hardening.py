"""The web server under abuse (issue 11, items 4 and 5).

Coding: /api/code waits in a bounded queue (503 + Retry-After when full), after any write; a
queued job whose client has gone is not coded; without the token its body is capped; with
`workers` it is coded in processes of its own and a write never waits for it.
HTTP: security headers on every answer, the Host allow-list, /docs served from the package, and
connections that trickle or idle closed after `--timeout`.

The coding slot is held busy by a job that waits for the test (a threading.Event, or a file in a
worker process), so every ordering checked here is certain, not a race. The app runs under
uvicorn in a thread where a client must be able to hang up (TestClient cannot), and as a real
`newsgraph serve` process for the connection guard and the page in chromium.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import warnings
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

import httpx
import pytest
import uvicorn
from click.testing import CliRunner

from newsgraph import query, web
from newsgraph.cli import main
from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article
from newsgraph.web.guard import (
    check_allowed_host,
    default_allowed_hosts,
    host_name,
    inline_script_hashes,
    uvicorn_options,
)
from newsgraph.web.codequeue import CODE, ClientGone, QueueFull, WorkerLost

with warnings.catch_warnings():  # starlette's TestClient would rather have httpx2, not installed
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "newsgraph" / "web" / "static"
SAMPLE = ROOT / "samples" / "putin-beijing-2023-10-16.txt"
NEWSGRAPH = Path(sys.executable).parent / "newsgraph"
BROWSER = ROOT / "tests" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
TOKEN = "hardening-token-" + "y" * 20
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SHORT = "Ukraine condemned Russia on Friday."
HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(condition, what: str, limit: float = 60) -> None:
    """Wait for a state of the server (not a timing check: `limit` only stops a hung test)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.02)


@contextlib.contextmanager
def live(app, timeout: float = 20, grace: float = 10) -> Iterator[tuple[str, uvicorn.Server]]:
    """`app` served by uvicorn (with newsgraph's guard) in a thread on a free port: its base URL, the server."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           **uvicorn_options(timeout, grace)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    _until(lambda: server.started, "uvicorn started")
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        for release in getattr(app.state, "holds", []):  # a failed test must not leave the lane held
            release.set()
        server.should_exit = True
        thread.join(30)


async def _block_loop(seconds: float) -> None:
    """Keep the server's event loop from running (as a busy one would not run) for `seconds`."""
    time.sleep(seconds)  # noqa: ASYNC251 - blocking the loop is the point


def hold(app) -> tuple[threading.Event, Future]:
    """Keep the write lane busy until the event is set: a write job that waits for it."""
    coding = app.state.coding
    release = threading.Event()
    app.state.holds = [*getattr(app.state, "holds", []), release]
    done = asyncio.run_coroutine_threadsafe(coding.write(release.wait), coding.loop)
    _until(lambda: coding.write_lane.running == 1, "the write lane is busy")
    return release, done


def raw_post(base: str, path: str, body: bytes, cut: int | None = None) -> socket.socket:
    """A POST sent on a socket of its own (its body up to `cut`, else whole), the answer not read:
    close it to hang up."""
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:cut])
    return sock


@pytest.fixture()
def app0(tmp_path: Path, nlp):
    """An app coding /api/code on its write thread (workers=0), two /api/code requests may wait."""
    return web.create_app(tmp_path / "store.duckdb", token=TOKEN, nlp=nlp, workers=0, queue=2,
                          allowed_hosts=["localhost"])


# -- the coding queue ---------------------------------------------------------------------------

def test_writes_go_before_waiting_code_jobs(app0) -> None:
    with live(app0) as (base, _), ThreadPoolExecutor(4) as pool:
        lane = app0.state.coding.write_lane
        release, held = hold(app0)
        codes = [pool.submit(httpx.post, base + "/api/code", json={"text": SHORT}, timeout=60) for _ in range(2)]
        _until(lambda: lane.waiting(CODE) == 2, "two /api/code requests waiting")
        write = pool.submit(httpx.post, base + "/api/articles", json={"text": SHORT}, headers=AUTH, timeout=60)
        _until(lambda: lane.waiting() == 3, "the write waiting too")
        before = len(lane.started)
        release.set()
        held.result(30)
        assert write.result().status_code == 201
        assert [c.result().status_code for c in codes] == [200, 200]
        order = list(lane.started)[before:]
        assert order == ["write", "code", "code"], order  # the write before both /api/code jobs that came first


def test_a_full_queue_is_a_503_with_retry_after_and_gone_clients_make_room(app0) -> None:
    with live(app0) as (base, server):
        lane = app0.state.coding.write_lane
        release, held = hold(app0)
        # the end of each body arrives while the event loop is busy (as under a flood): over uvicorn's
        # 64 KB buffer, it stops reading those connections, and would not see their clients hang up
        body = json.dumps({"text": "Ukraine condemned Russia. " * 8000}).encode()
        quitters = [raw_post(base, "/api/code", body, cut=10_000) for _ in range(2)]
        time.sleep(0.3)  # the first 10 KB read by the app, which waits for more
        busy = asyncio.run_coroutine_threadsafe(_block_loop(0.5), app0.state.coding.loop)
        for sock in quitters:
            sock.sendall(body[10_000:])
        busy.result(10)
        _until(lambda: lane.waiting(CODE) == 2, "two /api/code requests waiting")
        for sock in quitters:  # both clients give up: their places go to the next requests
            sock.close()
        _until(lambda: not server.server_state.connections, "the server saw them go", limit=10)
        with ThreadPoolExecutor(2) as pool:
            stayers = []
            for n in (1, 2):
                stayers.append(pool.submit(httpx.post, base + "/api/code", json={"text": SHORT}, timeout=60))
                _until(lambda n=n: lane.waiting(CODE) == n and lane.stats["dropped"] == 2, f"{n} stayers waiting")
            full = httpx.post(base + "/api/code", json={"text": SHORT}, timeout=30)
            assert full.status_code == 503, full.text
            assert int(full.headers["retry-after"]) >= 1
            assert full.json()["detail"].startswith("2 articles are waiting to be coded; try again in ")
            assert "content-security-policy" in full.headers
            release.set()
            held.result(30)
            assert [s.result().status_code for s in stayers] == [200, 200]
        assert (lane.stats["refused"], lane.stats["dropped"]) == (1, 2)
        assert lane.started.count("code") == 2  # only the clients that stayed were coded


def test_a_job_whose_client_has_gone_is_not_coded(app0) -> None:
    with live(app0) as (base, server):
        lane = app0.state.coding.write_lane
        release, held = hold(app0)
        sock = raw_post(base, "/api/code", json.dumps({"text": SAMPLE.read_text(encoding="utf-8")}).encode())
        _until(lambda: lane.waiting(CODE) == 1, "the /api/code request waiting")
        sock.close()
        _until(lambda: not server.server_state.connections, "the server saw it go")
        release.set()
        held.result(30)
        _until(lambda: lane.stats["dropped"] == 1, "the job dropped")
        assert "code" not in lane.started
        assert httpx.get(base + "/api/health").status_code == 200


def test_stopping_cancels_waiting_articles_after_the_grace(app0) -> None:
    """uvicorn would wait for every queued article to be coded (minutes under a flood)."""
    with live(app0, grace=1) as (base, server), ThreadPoolExecutor(1) as pool:
        lane = app0.state.coding.write_lane
        release, held = hold(app0)
        waiting = pool.submit(httpx.post, base + "/api/code", json={"text": SHORT}, timeout=60)
        _until(lambda: lane.waiting(CODE) == 1, "the /api/code request waiting")
        server.should_exit = True
        stopped = waiting.result(60)  # cancelled after the grace
        assert stopped.status_code == 503 and stopped.headers["retry-after"] == "10"
        assert stopped.json() == {"detail": "the server is stopping; try again shortly"}
        release.set()  # the write in progress finishes (the write thread is joined, not abandoned)
        held.result(30)
    assert "code" not in lane.started


def test_the_lane_refuses_and_drops_as_told() -> None:
    """The queue alone, with jobs that wait for the test: limit 1, a gone job dropped at its turn."""
    from newsgraph.web.codequeue import Lane

    async def scenario() -> list[str]:
        loop = asyncio.get_running_loop()
        gates = [asyncio.Event() for _ in range(3)]
        ran: list[str] = []

        async def execute(call):
            return await call()

        def job(i: int):
            async def run():
                await gates[i].wait()
                ran.append(f"job{i}")
                return i
            return run

        lane = Lane(1, execute, limit=1)
        first = loop.create_task(lane.run(job(0), CODE, "code"))
        await asyncio.sleep(0)
        gone = False

        async def is_gone() -> bool:
            return gone

        second = loop.create_task(lane.run(job(1), CODE, "code", is_gone))
        await asyncio.sleep(0)
        with pytest.raises(QueueFull) as refused:
            await lane.run(job(2), CODE, "code")
        assert refused.value.waiting == 1 and refused.value.retry_after >= 1
        write = loop.create_task(lane.run(job(2), priority=0, label="write"))  # writes are never refused
        await asyncio.sleep(0)
        gone = True
        for gate in gates:
            gate.set()
        assert await first == 0 and await write == 2
        with pytest.raises(ClientGone):
            await second
        return ran

    assert asyncio.run(scenario()) == ["job0", "job2"]


# -- the body cap of /api/code -------------------------------------------------------------------

def test_code_bodies_without_the_token_are_capped_at_256_kb(tmp_path: Path, nlp) -> None:
    with TestClient(web.create_app(tmp_path / "s.duckdb", token=TOKEN, nlp=nlp)) as client:
        big = json.dumps({"text": "x" * 256 * 1024}).encode()
        for response in (client.post("/api/code", content=big, headers={"content-type": "application/json"}),
                         client.post("/api/code", content=iter([big[:200_000], big[200_000:]]),
                                     headers={"content-type": "application/json"})):
            assert response.status_code == 413
            assert response.json()["detail"] == (
                "the request body is over 256 KB, the limit of /api/code without the write token "
                "(serve --max-code-bytes); with the token it is 16 MB")
        wrong = client.post("/api/code", content=big, headers={"content-type": "application/json",
                                                               "Authorization": "Bearer nope"})
        assert wrong.status_code == 413
        assert client.app.state.coding.write_lane.stats["ran"] == 0


def test_the_token_lifts_the_code_cap(tmp_path: Path, nlp) -> None:
    text = SAMPLE.read_text(encoding="utf-8")  # 4.8 KB
    app = web.create_app(tmp_path / "s.duckdb", token=TOKEN, nlp=nlp, max_code_bytes=2000)
    with TestClient(app) as client:
        refused = client.post("/api/code", json={"text": text, "date": "2023-10-16"})
        assert refused.status_code == 413 and "over 2000 bytes" in refused.json()["detail"]
        coded = client.post("/api/code", json={"text": text, "date": "2023-10-16"}, headers=AUTH)
        assert coded.status_code == 200 and len(coded.json()["events"]) >= 5
        assert client.post("/api/code", json={"text": SHORT}).status_code == 200  # small ones need no token


def test_an_id_taken_by_another_text_is_a_409(tmp_path: Path, nlp) -> None:
    """Not the stored article passed off as this one (a 200), and nothing overwritten."""
    with TestClient(web.create_app(tmp_path / "s.duckdb", token=TOKEN, nlp=nlp)) as client:
        assert client.post("/api/articles", json={"id": "wire-1", "text": SHORT}, headers=AUTH).status_code == 201
        taken = client.post("/api/articles", json={"id": "wire-1", "text": "Russia attacked Ukraine."}, headers=AUTH)
        assert taken.status_code == 409
        assert taken.json()["detail"] == ("an article with the id 'wire-1' is already stored with a different text; "
                                          "nothing was stored: give this one an id of its own")
        assert client.get("/api/articles/wire-1").json()["text"] == SHORT
        assert client.post("/api/articles", json={"id": "wire-1", "text": SHORT}, headers=AUTH).status_code == 200


# -- coding in worker processes ------------------------------------------------------------------

def test_workers_code_apart_and_a_write_never_waits_for_them(tmp_path: Path, nlp) -> None:
    """One worker process: /api/code answers as the pipeline does in process; while the worker is
    busy (a job that waits for a file), a write is stored and answered; a worker that dies is a
    503 and the next article is coded by a new one."""
    text = SAMPLE.read_text(encoding="utf-8")
    app = web.create_app(tmp_path / "s.duckdb", token=TOKEN, nlp=nlp, workers=1)
    coding = app.state.coding
    with TestClient(app) as client:
        got = client.post("/api/code", json={"text": text, "date": "2023-10-16", "title": "Visit"})
        assert got.status_code == 200
        expected = code_article(ArticleInput(text=text, date="2023-10-16", title="Visit"), nlp=nlp).to_dict()
        assert got.json() == {**expected, "text": text}
        assert coding.code_lane is not coding.write_lane and coding.code_lane.stats["ran"] == 1

        flag = tmp_path / "go"
        wait_for_flag = partial(subprocess.call, ["sh", "-c", f"until [ -e '{flag}' ]; do sleep 0.05; done"])
        busy = asyncio.run_coroutine_threadsafe(coding.code_lane.run(wait_for_flag, CODE, "block"), coding.loop)
        _until(lambda: coding.code_lane.running == 1, "the worker busy")
        stored = client.post("/api/articles", json={"text": SHORT, "date": "2024-06-08"}, headers=AUTH)
        assert stored.status_code == 201 and stored.json()["events"][0]["cameo"] == "111"
        assert coding.code_lane.running == 1 and not busy.done()  # the write did not wait for the worker
        flag.touch()
        assert busy.result(60) == 0

        killed = asyncio.run_coroutine_threadsafe(coding.code_lane.run(partial(os._exit, 1), CODE, "kill"),
                                                  coding.loop)
        with pytest.raises(WorkerLost):
            killed.result(60)
        again = client.post("/api/code", json={"text": SHORT, "date": "2024-06-08"})
        assert again.status_code == 200 and again.json()["events"][0]["cameo"] == "111"


# -- headers, hosts and /docs ----------------------------------------------------------------------

def test_every_answer_carries_the_security_headers(tmp_path: Path, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    app = web.create_app(tmp_path / "s.duckdb", token=TOKEN, nlp=nlp, allowed_hosts=["testserver"])
    with TestClient(app, raise_server_exceptions=False) as client:
        answers = {
            "page": client.get("/"), "health": client.get("/api/health"), "js": client.get("/static/app.js"),
            "docs": client.get("/docs"), "events": client.get("/api/events"),
            "cached": client.get("/api/events"), "missing": client.get("/static/nope.js"),
            "422": client.get("/api/events?quad=9"), "401": client.post("/api/articles", json={"text": "x"}),
            "413": client.post("/api/code", content=b"x" * 300_000, headers={"content-type": "application/json"}),
            "bad host": client.get("/api/health", headers={"host": "rebound.example"}),
        }
        monkeypatch.setattr(query, "network", lambda *a, **k: 1 / 0)
        answers["500"] = client.get("/api/network")
    assert [(k, r.status_code) for k, r in answers.items() if r.status_code >= 400] == [
        ("missing", 404), ("422", 422), ("401", 401), ("413", 413), ("bad host", 400), ("500", 500)]
    for name, response in answers.items():
        missing = [h for h in HEADERS if h not in response.headers]
        assert not missing, f"{name}: no {missing}"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
    csp = dict(d.strip().split(" ", 1) for d in answers["page"].headers["content-security-policy"].split(";"))
    importmap = re.search(r'<script type="importmap">(.*?)</script>', (STATIC / "index.html").read_text(), re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(importmap.group(1).encode()).digest()).decode()
    assert csp["script-src"] == f"'self' 'sha256-{digest}'"  # this server's files, and the page's import map
    assert (csp["default-src"], csp["style-src"], csp["frame-ancestors"], csp["object-src"]) == (
        "'self'", "'self'", "'none'", "'none'")
    assert inline_script_hashes('<script src="a.js"></script><script>x</script>') == [
        "'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='"]


@pytest.mark.parametrize("host, answered", [
    ("localhost", True), ("LOCALHOST:8000", True), ("127.0.0.1:8000", True), ("[::1]:8000", True),
    ("10.1.2.3", True), ("news.example.org", True), ("a.b.example.net:80", True), ("example.net", True),
    ("rebound.example", False), ("news.example.org.evil.com", False), ("notexample.net", False), ("", False),
])
def test_the_host_allow_list(tmp_path_factory: pytest.TempPathFactory, nlp, host: str, answered: bool) -> None:
    """A name must be allowed (DNS rebinding names the attacker's host); an address is always answered."""
    db = tmp_path_factory.getbasetemp() / "hosts.duckdb"
    app = web.create_app(db, token=TOKEN, nlp=nlp, allowed_hosts=["localhost", "news.example.org", "*.example.net"])
    with TestClient(app) as client:
        response = client.get("/api/health", headers={"host": host})
    assert (response.status_code == 200) == answered, response.text
    if not answered:
        name = host_name(host)
        assert response.json()["detail"] == (
            f"this server does not answer to the host {name!r}; start it with --allowed-host {name} to let it"
            if name else "a Host header is required")


def test_allowed_host_defaults_and_bad_names() -> None:
    assert default_allowed_hosts("127.0.0.1") == ["localhost"]
    assert default_allowed_hosts("0.0.0.0") == default_allowed_hosts("::") == ["localhost"]
    assert default_allowed_hosts("news.local") == ["localhost", "news.local"]
    assert [check_allowed_host(h) for h in ("News.Example.org.", "*.example.org", "*", "[::1]")] == [
        "news.example.org", "*.example.org", "*", "::1"]
    for bad in ("http://example.org", "exa mple.org", "example.org/x", "", "a..b"):
        with pytest.raises(ValueError, match="is not a host name"):
            check_allowed_host(bad)
    res = CliRunner().invoke(main, ["serve", "--db", "unused.duckdb", "--allowed-host", "http://x.org"])
    assert res.exit_code == 2 and "--allowed-host" in res.output and "is not a host name" in res.output


def test_docs_come_from_the_package(tmp_path: Path, nlp) -> None:
    with TestClient(web.create_app(tmp_path / "s.duckdb", token=TOKEN, nlp=nlp)) as client:
        docs = client.get("/docs")
        assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
        assert not re.search(r"(https?:)?//[\w.-]+\.[a-z]{2,}", docs.text), "a remote address in /docs"
        scripts = re.findall(r"<script([^>]*)>", docs.text)
        assert scripts and all("src=" in s for s in scripts), "an inline script in /docs"
        for ref in re.findall(r'(?:src|href)="(static/[^"]+)"', docs.text):
            assert client.get("/" + ref).status_code == 200, ref
        assert client.get("/redoc").status_code == 404
        assert "/docs" not in client.get("/openapi.json").json()["paths"]
    assert (STATIC / "vendor" / "swagger-ui" / "LICENSE").read_text().lstrip().startswith("Apache License")


# -- a real `newsgraph serve` -------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`newsgraph serve --workers 0 --timeout 2 --max-code-bytes 2000` on a free port."""
    port = _free_port()
    folder = tmp_path_factory.mktemp("served")
    log = folder / "serve.log"
    env = {**os.environ, "NEWSGRAPH_TOKEN": TOKEN}
    with log.open("w") as out:
        proc = subprocess.Popen([str(NEWSGRAPH), "serve", "--db", str(folder / "s.duckdb"), "--port", str(port),
                                 "--workers", "0", "--timeout", "2", "--max-code-bytes", "2000",
                                 "--allowed-host", "news.example.org"], stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        def up() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"newsgraph serve exited:\n{log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                    return r.status == 200
            except OSError:
                return False
        _until(up, "newsgraph serve answering", 120)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)


def test_serve_closes_trickling_and_idle_connections(served: str) -> None:
    """50 connections trickling their headers a byte at a time, 5 idle ones, 5 trickling a body and
    one kept alive after an answer: all closed by the server (`--timeout 2`), which answers still."""
    port = int(served.rsplit(":", 1)[1])
    socks = {}
    for i in range(50):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        socks[s] = "head"
    for i in range(5):
        socks[socket.create_connection(("127.0.0.1", port))] = "idle"
    for i in range(5):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n{")
        socks[s] = "body"
    kept = socket.create_connection(("127.0.0.1", port))
    kept.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    socks[kept] = "kept"
    answers: dict[socket.socket, bytes] = {s: b"" for s in socks}
    open_ = set(socks)
    deadline = time.monotonic() + 30  # a hung test's end; the server's limit is 2 s
    while open_ and time.monotonic() < deadline:
        readable, _, _ = select.select(list(open_), [], [], 0.25)
        for s in readable:
            try:
                data = s.recv(65536)
            except ConnectionResetError:
                data = b""
            answers[s] += data
            if not data:
                open_.discard(s)
        for s in list(open_):
            if socks[s] in ("head", "body"):
                with contextlib.suppress(OSError):
                    s.send(b"x" if socks[s] == "body" else b"X-Slow: 1\r\n"[:1])
    assert not open_, f"{len(open_)} connections still open: {sorted(socks[s] for s in open_)}"
    heads = [answers[s] for s in socks if socks[s] == "head"]
    assert all(a.startswith(b"HTTP/1.1 408 ") for a in heads), heads[:3]
    assert all(f"\r\n{h}: ".encode() in heads[0] for h in HEADERS), heads[0]  # headers on this answer too
    assert answers[kept].startswith(b"HTTP/1.1 200 ") and answers[kept].count(b"HTTP/1.1") == 1
    for s in socks:
        s.close()
    assert httpx.get(served + "/api/health").json()["status"] == "ok"


def test_serve_options_reach_the_server(served: str) -> None:
    """--max-code-bytes, --allowed-host and the headers, over a real connection."""
    text = SAMPLE.read_text(encoding="utf-8")
    refused = httpx.post(served + "/api/code", json={"text": text})
    assert refused.status_code == 413 and "over 2000 bytes" in refused.json()["detail"]
    assert httpx.post(served + "/api/code", json={"text": text}, headers=AUTH, timeout=60).status_code == 200
    assert httpx.get(served + "/api/health", headers={"host": "news.example.org"}).status_code == 200
    rebound = httpx.get(served + "/api/health", headers={"host": "rebound.example:8000"})
    assert rebound.status_code == 400 and "--allowed-host rebound.example" in rebound.json()["detail"]
    assert all(h in rebound.headers for h in HEADERS)


def test_the_page_and_docs_run_under_the_policy_in_chromium(served: str, tmp_path: Path) -> None:
    """Chromium loads / and /docs with the server's Content-Security-Policy: no violation, Swagger UI
    lists every operation, the page draws its map, nothing is asked of another host."""
    missing = [what for what, ok in ((CHROMIUM, Path(CHROMIUM).is_file()), ("node", shutil.which("node")),
                                     ("playwright-core", (BROWSER / "node_modules" / "playwright-core").is_dir()))
               if not ok]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing: {missing}")
        pytest.skip(f"missing: {missing}")
    script = tmp_path / "csp.cjs"
    script.write_text(CSP_CHECK.replace("PLAYWRIGHT", json.dumps(str(BROWSER / "node_modules" / "playwright-core"))))
    run = subprocess.run(["node", str(script), served + "/", CHROMIUM], capture_output=True, text=True, timeout=120,
                         check=False)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    operations = sum(len(p) for p in httpx.get(served + "/openapi.json").json()["paths"].values())
    assert got["problems"] == [] and got["offsite"] == []
    assert got["operations"] == operations and got["countries"] > 100


CSP_CHECK = r"""
const { chromium } = require(PLAYWRIGHT);
const [base, executablePath] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  const page = await browser.newPage();
  const problems = [], offsite = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.route("**/*", (r) => {
    const url = r.request().url();
    if (url.startsWith(base) || url.startsWith("data:")) return r.continue();
    offsite.push(url);
    return r.abort();
  });
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation",
    (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(base + "docs");
  await page.waitForSelector(".opblock", { timeout: 30000 });
  const operations = await page.locator(".opblock").count();
  await page.goto(base + "#explore");
  await page.waitForSelector("svg path.country", { timeout: 30000 });
  const countries = await page.locator("svg path.country").count();
  await browser.close();
  console.log(JSON.stringify({ operations, countries, problems, offsite }));
})().catch((e) => { console.error(e); process.exit(1); });
"""
