"""Who codes next, and where, in `newsgraph serve` (issue 11).

Coding is slow (the founding article ~0.2 s, 256 KB ~10 s, 600 KB ~20 s) and a spaCy pipeline
is not safe for concurrent use, so coding waits in queues:

- the write lane: one thread in the server process with the server's pipeline. It runs
  `newsgraph.ingest` (the store's one DuckDB connection) and puts a write's events into the pages
  in memory, one job at a time in order of arrival.
- the coding lane of `POST /api/code`: `workers` processes with a pipeline each (spawned at
  start, a job each at a time), so an authenticated write never waits behind an anonymous
  article being coded. With `workers=0` it is the write lane itself: writes still go first,
  and wait at most for the one /api/code job running.

A lane's queue is ordered by priority (writes first), then by arrival. At most `queue`
/api/code jobs wait in it (writes are authenticated and not counted): one more is refused
(`QueueFull`: a 503 with Retry-After), after the queue has been swept of jobs whose client
has gone. A job whose client has gone when its turn comes is dropped (`ClientGone`) and
never coded: a client that gave up no longer holds the coding slot.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..errors import ClientGone, QueueFull, WorkerLost
from ..model import ArticleInput, CodedArticle

WRITE, CODE = 0, 1  # priorities: lower goes first
log = logging.getLogger("uvicorn.error")


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    label: str = field(compare=False)
    call: Callable[[], Any] = field(compare=False)
    gone: Callable[[], Awaitable[bool]] | None = field(compare=False)
    future: asyncio.Future = field(compare=False)


class Lane:
    """A priority queue in front of `slots` executors: `execute(call)` runs one job and is awaited.

    Used from the event loop only (no locks): jobs are started by `_pump`, never more than
    `slots` at once."""

    def __init__(self, slots: int, execute: Callable[[Callable[[], Any]], Awaitable[Any]], limit: int) -> None:
        self.slots = slots
        self.execute = execute
        self.limit = limit
        self.heap: list[_Job] = []
        self.running = 0
        self.seq = itertools.count()
        self.code_s = 1.0  # a running mean of /api/code jobs' seconds, for Retry-After
        self.stats: Counter[str] = Counter()  # ran, dropped, refused: for the log and the tests
        self.started: deque[str] = deque(maxlen=64)  # labels of the jobs started, latest last
        self.tasks: set[asyncio.Task] = set()

    def waiting(self, priority: int | None = None) -> int:
        """Jobs waiting (of one priority, or all)."""
        return sum(1 for j in self.heap if not j.future.done() and priority in (None, j.priority))

    def retry_after(self) -> int:
        """Seconds until the queue has likely moved by its length: the wait a refused client is told."""
        ahead = self.waiting() + self.running
        return max(1, min(3600, math.ceil(self.code_s * ahead / self.slots)))

    async def run(
        self,
        call: Callable[[], Any],
        priority: int = WRITE,
        label: str = "write",
        gone: Callable[[], Awaitable[bool]] | None = None,
    ) -> Any:
        """`call()`'s result once its turn came and it ran. A CODE job may be refused (QueueFull)
        or dropped because `gone()` said its client had left (ClientGone)."""
        # asked once now, also because asking makes uvicorn read the connection again: it stops
        # reading one whose body filled its buffer, and would not see the client hang up meanwhile
        if gone is not None and await gone():
            job = _Job(priority, -1, label, call, gone, asyncio.get_running_loop().create_future())
            self._drop(job)
            return await job.future
        if priority == CODE and self.waiting(CODE) >= self.limit:
            await self._sweep()
            if self.waiting(CODE) >= self.limit:
                self.stats["refused"] += 1
                raise QueueFull(self.waiting(CODE), self.retry_after())
        job = _Job(priority, next(self.seq), label, call, gone, asyncio.get_running_loop().create_future())
        heapq.heappush(self.heap, job)
        self._pump()
        return await job.future

    async def _sweep(self) -> None:
        """Drop the waiting jobs whose client has gone, to make room."""
        for job in [j for j in self.heap if not j.future.done()]:
            if job.gone is not None and await job.gone():
                self._drop(job)
        self.heap = [j for j in self.heap if not j.future.done()]
        heapq.heapify(self.heap)

    def _drop(self, job: _Job) -> None:
        self.stats["dropped"] += 1
        log.info("a queued %s job was dropped: its client has gone", job.label)
        if not job.future.done():
            job.future.set_exception(ClientGone())

    def _pump(self) -> None:
        """Start the next jobs while a slot is free."""
        while self.running < self.slots and self.heap:
            job = heapq.heappop(self.heap)
            if job.future.done():  # dropped, or its request was cancelled
                continue
            self.running += 1
            task = asyncio.get_running_loop().create_task(self._start(job))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _start(self, job: _Job) -> None:
        try:
            if job.gone is not None and await job.gone():
                self._drop(job)
                return
            self.started.append(job.label)
            t0 = time.perf_counter()
            try:
                result = await self.execute(job.call)
            except BaseException as e:  # handed to the request that waits for it
                if not job.future.done():
                    job.future.set_exception(e)
                if isinstance(e, asyncio.CancelledError):
                    raise
                return
            if job.priority == CODE:
                self.code_s = 0.8 * self.code_s + 0.2 * (time.perf_counter() - t0)
            self.stats["ran"] += 1
            if not job.future.done():
                job.future.set_result(result)
        finally:
            self.running -= 1
            self._pump()


# -- the coding processes --------------------------------------------------------------

_PIPELINE: list[Any] = []


def _watch_parent(parent: int) -> None:
    """End this worker when the server has gone (killed, so it could not stop us)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _load_pipeline(parent: int) -> None:
    """A worker's initializer: the pipeline, once per process. Ctrl-C reaches the whole process
    group: the server stops its workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from ..coding.nlp import get_pipeline

    _PIPELINE.append(get_pipeline())


def _ready() -> int:
    return os.getpid()


def code_in_worker(article: ArticleInput) -> CodedArticle:
    """Code an article in a worker process, with the pipeline its initializer loaded."""
    from ..coding.pipeline import code_article

    return code_article(article, nlp=_PIPELINE[0])


class Coding:
    """The server's lanes: `write(fn, ...)` on the write lane, `code(article, gone)` on the coding lane."""

    def __init__(self, nlp: Any, workers: int = 0, queue: int = 32) -> None:
        if workers < 0 or queue < 0:
            raise ValueError("workers and queue are 0 or more")
        self.nlp = nlp
        self.workers = workers
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="newsgraph-nlp")
        self.write_lane = Lane(1, self._on_thread, queue)
        self.code_lane = Lane(workers, self._in_pool, queue) if workers else self.write_lane
        self.pool: ProcessPoolExecutor | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Start the worker processes (from the event loop); each loads its pipeline meanwhile."""
        self.loop = asyncio.get_running_loop()
        if self.workers:
            self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            self.workers, mp_context=mp.get_context("spawn"), initializer=_load_pipeline, initargs=(os.getpid(),)
        )
        for _ in range(self.workers):  # one job each spawns every process now, not at the first article
            pool.submit(_ready).add_done_callback(_log_failure)
        return pool

    async def _on_thread(self, call: Callable[[], Any]) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.thread, call)

    async def _in_pool(self, call: Callable[[], Any]) -> Any:
        pool = self.pool
        assert pool is not None, "Coding.start() was not called"
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, call)
        except BrokenProcessPool:
            if self.pool is pool:  # once for all the jobs the dead process took down
                log.error("a coding process died; starting the coding processes again")
                _stop_pool(pool)
                self.pool = self._new_pool()
            raise WorkerLost() from None

    async def write(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """`fn(*args, **kw)` on the write lane, before any /api/code job waiting there."""
        return await self.write_lane.run(partial(fn, *args, **kw), WRITE, "write")

    async def code(self, article: ArticleInput, gone: Callable[[], Awaitable[bool]] | None = None) -> CodedArticle:
        """`article` coded on the coding lane (see the module's docstring for QueueFull, ClientGone, WorkerLost)."""
        if self.workers:
            call = partial(code_in_worker, article)
        else:
            from ..coding.pipeline import code_article

            call = partial(code_article, article, nlp=self.nlp)
        return await self.code_lane.run(call, CODE, "code", gone)

    def close(self) -> None:
        """Stop the workers at once (their clients are gone with the server) and the write thread."""
        if self.pool is not None:
            _stop_pool(self.pool)
            self.pool = None
        self.thread.shutdown()


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(10)


def _log_failure(future: Any) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("a coding process could not start: %s", future.exception())
