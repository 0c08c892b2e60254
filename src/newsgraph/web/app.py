"""The web app (`newsgraph serve`): the REST API over one store, and the page that browses it.

`create_app(db, token, nlp)` opens (or creates) the store and loads the spaCy pipeline once,
keeps them (and the coding queue, the events in memory, the answer cache) on `app.state` for
the routes (`newsgraph.web.dependencies`), adds the middleware and includes the routers, one
per resource (`newsgraph.web.routes`). The read endpoints call `newsgraph.query`, which checks
every value (a bad one is a 422 naming the URL parameter) and binds it as an SQL parameter.
The API is documented by its OpenAPI document at `/openapi.json` (and `/docs`).

Concurrency: queries run on the thread pool. DuckDB connections are not thread-safe, so
every query runs on a cursor of its own (`query.fetch_rows` opens one per call). The pipeline
(not safe for concurrent use either) runs on one thread of its own, and so does the one
write path, `POST /api/articles` (`newsgraph.ingest` on the store's connection, which codes).
`POST /api/code` is coded in `workers` processes of its own, or with `workers=0` on that
thread after any write waiting; its queue is bounded (`newsgraph.web.codequeue`).

Abuse (`newsgraph.web.guard`): /api/code bodies without the write token are capped at
`max_code_bytes`, every answer carries a Content-Security-Policy (scripts from this server
only) and its companions, a Host header not in `allowed_hosts` is refused (DNS rebinding),
and /docs is Swagger UI served from the package (static/vendor/swagger-ui), not a CDN.

`GET /api/events` (without a text search) is answered from the events held in memory
(`newsgraph.pages`: about 0.5 ms a page over a million events, where DuckDB scans for
10-40 ms); they are loaded at start, and each write puts its events into them before
the request that wrote returns. Whole answers of the event endpoints (events, dyads,
actors, places, network) are also kept in a small cache by URL and dropped on every write
(`newsgraph.web.cache`): a page's users ask the same URLs again and again. Both are exact,
not eventually consistent: the server holds the store read-write, so DuckDB's file lock keeps
every other writer out.
"""

import gc
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from ..store import Store, StoreDamaged
from ..store.memory import LivePages
from .cache import AnswerCache, CachedReads
from .codequeue import Coding
from .guard import AllowedHosts, BodyLimit, SecurityHeaders, content_security_policy, inline_script_hashes
from .routes import actors, articles, code, dyads, events, meta, network, page, places

STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY = 16 * 2**20  # bytes of a request body; more is a 413 before the body is read whole
MAX_CODE_BODY = 256 * 2**10  # bytes of a POST /api/code body without the write token (~10 s of coding)
CODE_QUEUE = 32  # /api/code requests waiting to be coded; one more is a 503
CACHED = frozenset(f"/api/{name}" for name in ("events", "dyads", "actors", "places", "network"))
log = logging.getLogger("uvicorn.error")  # uvicorn's own log: printed with its start-up lines


def create_app(
    db: str | Path,
    token: str | None = None,
    nlp: Any = None,
    in_memory: bool = True,
    *,
    workers: int = 0,
    queue: int = CODE_QUEUE,
    max_code_bytes: int = MAX_CODE_BODY,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The app over the store `db` (created if missing). Writes need `Authorization: Bearer <token>`;
    with no token every write is refused. `nlp`: a loaded pipeline, else the default one is loaded.
    `in_memory`: answer event pages from the events held in memory (loaded when the app starts).
    `workers`: processes coding /api/code (0: the server's write thread, after the writes);
    `queue`: /api/code requests that may wait; `max_code_bytes`: their body without the token;
    `allowed_hosts`: the Host names answered besides IP addresses (None: any, as behind a proxy)."""
    from ..coding.nlp import get_pipeline  # spaCy: imported when a server is made, not with the module

    if nlp is None:
        nlp = get_pipeline()
    store = Store(db)
    # the pipeline is not safe for concurrent use: the server's runs on one thread, which also does
    # the writes (they code), and spaCy's memory stays in one malloc arena; /api/code waits in a
    # bounded queue, for that thread (after the writes) or for worker processes of its own
    coding = Coding(nlp, workers=workers, queue=queue)
    cache = AnswerCache()
    pages = LivePages(store, enabled=in_memory)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        coding.start()  # the worker processes load their pipelines meanwhile
        await run_in_threadpool(pages.load)
        if pages.current is not None:
            log.info(
                "events in memory: %d (%.0f MiB, loaded in %.1f s)",
                pages.current.n,
                pages.current.nbytes / 2**20,
                pages.load_s,
            )
        # the pipeline and KB are ~170,000 long-lived objects: out of the collector's sight, a full
        # collection no longer pauses every request in flight for ~0.2 s
        gc.freeze()
        yield
        gc.unfreeze()
        coding.close()
        pages.close()
        store.close()

    index = STATIC / "index.html"
    csp = content_security_policy(inline_script_hashes(index.read_text(encoding="utf-8")) if index.is_file() else [])
    app = FastAPI(
        title="newsgraph",
        version=metadata.version("newsgraph"),
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,  # FastAPI's load Swagger UI and ReDoc from a CDN
        description="CAMEO political events coded from news articles, and the store that holds them.",
    )
    # what the routes take (newsgraph.web.dependencies)
    app.state.store = store
    app.state.pages = pages
    app.state.cache = cache
    app.state.coding = coding
    app.state.nlp = nlp
    app.state.token = token
    app.state.static = STATIC

    # the last added runs first: headers on every answer, the Host checked before the cache answers
    app.add_middleware(BodyLimit, limit=MAX_BODY, code_limit=max_code_bytes, token=token)
    app.add_middleware(CachedReads, cache=cache, paths=CACHED)
    if allowed_hosts is not None:
        app.add_middleware(AllowedHosts, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders, csp=csp)
    guard_headers = SecurityHeaders(app, csp).headers  # for the 500s, answered outside the middleware

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, e: RequestValidationError) -> JSONResponse:
        """FastAPI's 422 without the values given, which may be megabytes of text."""
        return JSONResponse(
            {"detail": [{k: err[k] for k in ("type", "loc", "msg")} for err in e.errors()]}, status_code=422
        )

    @app.exception_handler(StoreDamaged)
    async def damaged(_: Request, e: StoreDamaged) -> JSONResponse:
        """A read that met a damaged block: the store, not the request, is at fault (the log names the file)."""
        log.error("%s", e)
        return JSONResponse(
            {
                "detail": "the store is damaged: this answer cannot be read from it (the server's log "
                "says more; `newsgraph check` tells which tables read)"
            },
            status_code=503,
            headers={n.decode(): v.decode() for n, v in guard_headers},
        )

    @app.exception_handler(Exception)
    async def internal_error(_: Request, __: Exception) -> JSONResponse:
        """No trace in a response: the server's log has it."""
        return JSONResponse(
            {"detail": "internal error"}, status_code=500, headers={n.decode(): v.decode() for n, v in guard_headers}
        )

    app.include_router(page.router)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    for resource in (meta, code, articles, events, dyads, actors, places, network):
        app.include_router(resource.router)
    return app
