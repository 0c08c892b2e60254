"""Load on the web API: `newsgraph serve` over a store of synthetic events, many clients at once.

Prints one JSON line. The store is bench/store.py's synthetic one (`--events`, default
1,000,000); the server runs `newsgraph serve` (uvicorn, one worker) in its own process on a
free loopback port. Each phase runs `--clients` concurrent clients (httpx.AsyncClient, a
connection each) for `--seconds` and reports requests/s, p50/p99 latency in ms, errors
(a non-2xx answer or a failed request), the server's RSS at its start and end, and the CPU
seconds the server and the clients used (they share the machine):

- events: `GET /api/events` filtered (a busy source country, CAMEO root 19, one year) and
  paged, cycling over the 5 busiest countries and pages 1-3, as a page's users would ask;
  each of these 15 URLs is asked once before the clock starts, so the phase measures the
  server answering from its cache (what repeated views cost).
- events_cold: the same endpoint with filters and pages drawn so that no URL repeats, so
  every request is answered anew: from the events in memory (`newsgraph.pages`), or, with
  `--no-in-memory`, by DuckDB from the store file (what the cache cannot help with).
- code: `POST /api/code` with samples/putin-beijing-2023-10-16.txt, dated 2023-10-16.
- map_cold (not in the default run): `GET /api/places` and `/api/network`, what the store view
  draws beside the table, with the events_cold filters (no URL repeats); DuckDB answers these.
- flood, flood_token (not in the default run; issue 11): two clients post 600 KB articles
  (the founding article repeated) to `POST /api/code` over and over, each giving up after 1 s
  and posting again, as the issue's attacker did; meanwhile an authenticated
  `POST /api/articles` of the founding article (a new id each time) is sent `--writes` times,
  2 s apart, and its latencies are reported (the goal: under 10 s), after two writes without
  the flood (the first loads the store's event index: seconds on a million events). In `flood` the clients have
  no token (their bodies are over --max-code-bytes: 413s); in `flood_token` they have it, so
  each is coded (~20 s of a worker, or with `--workers 0` of the write thread).
  `--clients` and `--seconds` do not apply.

    .venv/bin/python bench/web.py [--events 1000000] [--clients 16] [--seconds 20] [--phases events,events_cold,code,map_cold]
                                  [--no-in-memory] [--workers 1] [--writes 3]

`health` in the output is the server's /api/health once it answered (events_in_memory: ready).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from store import COUNTRIES, synthetic_store  # bench/store.py: the same synthetic events

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "samples" / "putin-beijing-2023-10-16.txt"
YEARS = range(2019, 2024)  # the synthetic events' dates
ROOTS = [f"{r:02d}" for r in range(1, 21)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) another process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    """The current RSS of another process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def warm_urls() -> list[str]:
    """The events pages a page's users would ask for again and again."""
    return [f"/api/events?source={c}&root=19&from=2021-01-01&to=2021-12-31&page={p}&size=50"
            for c in COUNTRIES[:5] for p in (1, 2, 3)]


def cold_urls(paths: tuple[str, ...] = ("events",)) -> Iterator[str]:
    """URLs that never repeat: every country, root, year and page 1-3 once, shuffled by a stride,
    each asked of the paths in turn (an events page, or a map's places and network)."""
    combos = [(c, r, y, p) for c in COUNTRIES for r in ROOTS for y in YEARS for p in (1, 2, 3)]
    stride = 7919  # a prime: visits every combination once in a scattered order
    for i in range(len(combos)):
        c, r, y, p = combos[i * stride % len(combos)]
        path = paths[i % len(paths)]
        paging = f"&page={p}&size=50" if path == "events" else ""
        yield f"/api/{path}?source={c}&root={r}&from={y}-01-01&to={y}-12-31{paging}"


async def phase(base: str, pid: int, clients: int, seconds: float,
                request: Callable[[httpx.AsyncClient], Any]) -> dict[str, Any]:
    """`clients` loops sending `request(client)` for `seconds`; latencies, errors, the server's RSS and CPU.

    The clients are made and connected, and one request is sent, before the clock starts (making
    a client costs ~30 ms; the pipeline's first article grows its buffers once)."""
    latencies: list[float] = []
    errors = 0

    async def loop(client: httpx.AsyncClient, deadline: float) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            try:
                response = await request(client)
                ok = response.is_success
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - t0)
            errors += not ok

    async with contextlib.AsyncExitStack() as stack:
        pool = [await stack.enter_async_context(httpx.AsyncClient(base_url=base, timeout=120))
                for _ in range(clients)]
        await asyncio.gather(*(c.get("/api/health") for c in pool))
        (await request(pool[0])).raise_for_status()
        rss_start, server_cpu, client_cpu = rss_mib(pid), cpu_s(pid), time.process_time()
        t0 = time.perf_counter()
        await asyncio.gather(*(loop(c, t0 + seconds) for c in pool))
        elapsed = time.perf_counter() - t0
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "requests_per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": round(cuts[49] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1),
            "max_ms": round(max(latencies) * 1000, 1), "errors": errors,
            "rss_start_mib": rss_start, "rss_end_mib": rss_mib(pid), "server_cpu_s": round(cpu_s(pid) - server_cpu, 1),
            "client_cpu_s": round(time.process_time() - client_cpu, 1)}


async def flood(base: str, pid: int, token: str, founding: str, authenticated: bool, writes: int) -> dict[str, Any]:
    """Two clients post 600 KB to /api/code, each abandoning after 1 s; the latency of `writes`
    authenticated POST /api/articles of the founding article meanwhile."""
    big = ((founding + "\n\n") * (600 * 1024 // len(founding.encode()) + 1))[:600 * 1024]
    body = json.dumps({"text": big, "date": "2023-10-16"}).encode()
    auth = {"Authorization": f"Bearer {token}"}
    flood_headers = {"content-type": "application/json", **(auth if authenticated else {})}
    answers: Counter[str] = Counter()
    stop = asyncio.Event()

    async def flooder() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=1) as client:
            while not stop.is_set():
                try:
                    answers[str((await client.post("/api/code", content=body, headers=flood_headers)).status_code)] += 1
                except httpx.TimeoutException:
                    answers["abandoned"] += 1
                except httpx.HTTPError:
                    answers["failed"] += 1

    async def write(writer: httpx.AsyncClient) -> tuple[float, int]:
        t0 = time.perf_counter()
        response = await writer.post("/api/articles", headers=auth, json={
            "id": f"bench-flood-{secrets.token_hex(8)}", "text": founding, "date": "2023-10-16"})
        return round(time.perf_counter() - t0, 2), response.status_code

    async with httpx.AsyncClient(base_url=base, timeout=300) as writer:
        # without the flood: the server's first write (it loads the store's event index) and one more
        first, alone = await write(writer), await write(writer)
        rss_start, cpu_start = rss_mib(pid), cpu_s(pid)
        tasks = [asyncio.create_task(flooder()) for _ in range(2)]
        await asyncio.sleep(3)  # the flood under way: the coding slot taken, the queue filling
        latencies, statuses = [], []
        for _ in range(writes):
            latency, status = await write(writer)
            latencies.append(latency)
            statuses.append(status)
            await asyncio.sleep(2)
    stop.set()
    await asyncio.gather(*tasks)
    return {"flood_bytes": len(body), "flood_token": authenticated, "flood_answers": dict(answers),
            "first_write_s": first[0], "write_alone_s": alone[0],
            "write_status": statuses, "write_s": latencies, "write_max_s": max(latencies),
            "rss_start_mib": rss_start, "rss_end_mib": rss_mib(pid), "server_cpu_s": round(cpu_s(pid) - cpu_start, 1)}


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 180) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(base + "/api/health", timeout=2).is_success:
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"the server did not answer within {timeout} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="synthetic events in the store")
    ap.add_argument("--clients", type=int, default=16, help="concurrent clients per phase")
    ap.add_argument("--seconds", type=float, default=20, help="length of each phase")
    ap.add_argument("--phases", default="events,events_cold,code", help="the phases to run, comma-separated")
    ap.add_argument("--no-in-memory", action="store_true", help="serve with --no-in-memory: pages from the file")
    ap.add_argument("--workers", type=int, default=1, help="serve --workers: processes coding /api/code")
    ap.add_argument("--writes", type=int, default=3, help="authenticated writes timed in the flood phases")
    args = ap.parse_args()
    text = SAMPLE.read_text(encoding="utf-8")
    out: dict[str, Any] = {"bench": "web", "store_events": args.events, "clients": args.clients,
                           "seconds": args.seconds, "in_memory": not args.no_in_memory, "workers": args.workers}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.duckdb"
        out["build_s"] = round(synthetic_store(db, args.events), 1)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        token = secrets.token_urlsafe(24)
        env = {**os.environ, "NEWSGRAPH_TOKEN": token}
        log_path = Path(tmp) / "server.log"
        with open(log_path, "wb") as log:
            serve = ["serve", "--db", str(db), "--port", str(port), "--workers", str(args.workers),
                     *(["--no-in-memory"] * args.no_in_memory)]
            server = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", *serve], stdout=log,
                                      stderr=subprocess.STDOUT, env=env)
            try:
                out["server_start_s"] = round(wait_until_up(base, server), 1)
                for url in warm_urls():
                    httpx.get(base + url, timeout=120).raise_for_status()
                warm, cold, drawn = itertools.cycle(warm_urls()), cold_urls(), cold_urls(("places", "network"))
                phases = {
                    "events": lambda c: c.get(next(warm)),
                    "events_cold": lambda c: c.get(next(cold)),
                    "code": lambda c: c.post("/api/code", json={"text": text, "date": "2023-10-16"}),
                    "map_cold": lambda c: c.get(next(drawn)),
                }
                out["health"] = httpx.get(base + "/api/health", timeout=30).json()
                for name in args.phases.split(","):
                    if name in ("flood", "flood_token"):
                        out[name] = asyncio.run(flood(base, server.pid, token, text, name == "flood_token",
                                                      args.writes))
                        continue
                    request = phases[name]
                    out[name] = asyncio.run(phase(base, server.pid, args.clients, args.seconds, request))
            except BaseException:
                sys.stderr.write(log_path.read_text(errors="replace")[-4000:])  # why, from the server's side
                raise
            finally:
                t0 = time.perf_counter()
                server.terminate()
                try:
                    server.wait(timeout=60)
                except subprocess.TimeoutExpired:  # still stopping: the figures stand, the server must go
                    server.kill()
                    server.wait()
                out["stop_s"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
