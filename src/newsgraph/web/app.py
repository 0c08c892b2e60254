"""The web app (`newsgraph serve`): the REST API over one store, and the page that browses it.

`create_app(db, token, nlp)` opens (or creates) the store and loads the spaCy pipeline once.
The read endpoints call `newsgraph.query`, which checks every value (a bad one is a 422
naming the URL parameter) and binds it as an SQL parameter. The API is documented by its
OpenAPI document at `/openapi.json` (and `/docs`).

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
actors, places, network) are also kept in a small cache by URL and dropped on every write:
a page's users ask the same URLs again and again. Both are exact, not eventually consistent: the server holds the store
read-write, so DuckDB's file lock keeps every other writer out.
"""

import asyncio
import gc
import hmac
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..model import ArticleInput
from ..store import Store, StoreDamaged, StoreError, query
from ..store.memory import LivePages
from .codequeue import ClientGone, Coding, QueueFull, WorkerLost
from .guard import AllowedHosts, BodyLimit, SecurityHeaders, content_security_policy, inline_script_hashes
from .schemas import (
    Actors,
    ArticleIn,
    ArticleOut,
    CodeIn,
    CodeOut,
    DyadSeries,
    EventsPage,
    Health,
    Network,
    Places,
)

STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY = 16 * 2**20  # bytes of a request body; more is a 413 before the body is read whole
MAX_CODE_BODY = 256 * 2**10  # bytes of a POST /api/code body without the write token (~10 s of coding)
CODE_QUEUE = 32  # /api/code requests waiting to be coded; one more is a 503
CACHE_ENTRIES = 256
log = logging.getLogger("uvicorn.error")  # uvicorn's own log: printed with its start-up lines
# query.py names the dates date_from/date_to; the URL calls them from/to
URL_NAMES = {"date_from": "from", "date_to": "to"}


# -- query parameters ----------------------------------------------------------------

DateFrom = Annotated[str | None, Query(alias="from", description="First day, YYYY-MM-DD.")]
DateTo = Annotated[str | None, Query(alias="to", description="Last day (inclusive), YYYY-MM-DD.")]


async def event_filters(
    source: Annotated[str | None, Query(description="Source: a country (ISO3), an actor code (RUSGOV) or id.")] = None,
    target: Annotated[str | None, Query(description="Target: a country (ISO3), an actor code or id.")] = None,
    root: Annotated[str | None, Query(description="CAMEO root, two digits (19).")] = None,
    quad: Annotated[int | None, Query(description="QuadClass, 1-4.")] = None,
    modality: Annotated[str | None, Query(description="actual, planned, negated or hypothetical.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Annotated[str | None, Query(description="Text in the events' sentences or actor names.")] = None,
) -> dict[str, Any]:
    """The filters every event endpoint takes, as `newsgraph.query` names them (async: no thread hop)."""
    return {
        "source": source,
        "target": target,
        "root": root,
        "quad": quad,
        "modality": modality,
        "date_from": date_from,
        "date_to": date_to,
        "q": q,
    }


Filters = Annotated[dict[str, Any], Depends(event_filters)]


# -- helpers ---------------------------------------------------------------------------


class AnswerCache:
    """Whole answers of the read endpoints by URL (the ASGI messages sent), least recently used
    dropped first, all dropped by `clear()` after a write. Used from the event loop only."""

    def __init__(self, size: int = CACHE_ENTRIES) -> None:
        self.size = size
        self.generation = 0
        self.answers: OrderedDict[str, list[Message]] = OrderedDict()

    def clear(self) -> None:
        self.generation += 1
        self.answers.clear()


class CachedReads:
    """Answer a GET of `paths` from the cache when it can, and keep every complete 200 answer.

    Like a reverse proxy's cache, in process: a hit is sent without routing, validating, querying
    or serialising again. An answer computed while a write committed is not kept."""

    def __init__(self, app: ASGIApp, cache: AnswerCache, paths: frozenset[str]) -> None:
        self.app = app
        self.cache = cache
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            return await self.app(scope, receive, send)
        cache = self.cache
        key = scope["path"] + "?" + scope["query_string"].decode("latin-1")
        if key in cache.answers:
            cache.answers.move_to_end(key)
            for message in cache.answers[key]:
                await send(message)
            return
        generation = cache.generation
        sent: list[Message] = []

        async def keep(message: Message) -> None:
            sent.append(message)
            await send(message)

        await self.app(scope, receive, keep)
        complete = sent and sent[0].get("status") == 200 and not sent[-1].get("more_body", False)
        if complete and generation == cache.generation:
            cache.answers[key] = sent
            if len(cache.answers) > cache.size:
                cache.answers.popitem(last=False)


def _bad_value(e: ValueError) -> RequestValidationError:
    """query.py's "name: message" as FastAPI's 422, naming the URL parameter."""
    name, _, msg = str(e).partition(": ")
    param = URL_NAMES.get(name, name)
    return RequestValidationError([{"type": "value_error", "loc": ("query", param), "msg": f"{param}: {msg}"}])


# -- the app -----------------------------------------------------------------------------


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
    from ..coding.pipeline import article_id
    from ..ingest import ingest

    if nlp is None:
        nlp = get_pipeline()
    store = Store(db)
    # the pipeline is not safe for concurrent use: the server's runs on one thread, which also does
    # the writes (they code), and spaCy's memory stays in one malloc arena; /api/code waits in a
    # bounded queue, for that thread (after the writes) or for worker processes of its own
    coding = Coding(nlp, workers=workers, queue=queue)
    cache = AnswerCache()
    pages = LivePages(store, enabled=in_memory)
    bearer = HTTPBearer(auto_error=False, description="The server's write token (NEWSGRAPH_TOKEN).")

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
    app.state.coding = coding

    # the last added runs first: headers on every answer, the Host checked before the cache answers
    app.add_middleware(BodyLimit, limit=MAX_BODY, code_limit=max_code_bytes, token=token)
    app.add_middleware(
        CachedReads,
        cache=cache,
        paths=frozenset(f"/api/{name}" for name in ("events", "dyads", "actors", "places", "network")),
    )
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

    def checked(fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """fn's answer; a bad value is a 422 naming the parameter."""
        try:
            return fn(*args, **kw)
        except ValueError as e:
            raise _bad_value(e) from None

    def ask(fn: Callable[..., Any], **kw: Any) -> Any:
        """A query function's answer from the store."""
        return checked(fn, store, **kw)

    async def writer(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        """Let a request through only with the server's token."""
        given = credentials.credentials.encode() if credentials else b""
        if token is None or not hmac.compare_digest(given, token.encode()):
            raise HTTPException(401, "a valid bearer token is required to write", {"WWW-Authenticate": "Bearer"})

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        index = STATIC / "index.html"
        if not index.is_file():
            raise HTTPException(404, "the page is not installed")
        return FileResponse(index)

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        """Swagger UI from the package (static/vendor/swagger-ui): no CDN, no inline script."""
        page = STATIC / "docs.html"
        if not page.is_file():
            raise HTTPException(404, "the API's documentation page is not installed; /openapi.json documents it")
        return FileResponse(page)

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.get("/api/health", response_model=Health, tags=["meta"])
    async def health() -> dict[str, str]:
        """The server is up."""
        return {"status": "ok", "events_in_memory": pages.state}

    @app.post(
        "/api/code",
        response_model=CodeOut,
        tags=["code"],
        responses={
            413: {"description": "A body over the limit: max_code_bytes without the write token."},
            503: {"description": "Too many articles waiting to be coded: try again after Retry-After seconds."},
        },
    )
    async def code_text(body: CodeIn, request: Request) -> dict[str, Any]:
        """Code an article and return the output contract's object with the text; nothing is stored.

        Anyone may code; without the write token the body is capped (256 KB by default). Articles wait
        in a bounded queue, after any write; one whose client has gone is not coded."""
        article = ArticleInput(text=body.text, date=body.date.isoformat() if body.date else None, title=body.title)
        try:
            coded = await coding.code(article, gone=request.is_disconnected)
        except QueueFull as e:
            raise HTTPException(503, str(e), {"Retry-After": str(e.retry_after)}) from None
        except WorkerLost:
            raise HTTPException(
                503,
                "the coding process stopped while coding this article (out of memory?); try again",
                {"Retry-After": "5"},
            ) from None
        except ClientGone:
            raise HTTPException(499, "the client closed the request") from None
        except asyncio.CancelledError:  # uvicorn stopping, past its grace: an answer, not a 500 and a trace
            raise HTTPException(503, "the server is stopping; try again shortly", {"Retry-After": "10"}) from None
        return coded.to_dict() | {"text": body.text}

    @app.post(
        "/api/articles",
        response_model=ArticleOut,
        status_code=201,
        tags=["store"],
        dependencies=[Depends(writer)],
        responses={
            200: {"model": ArticleOut, "description": "Already stored: nothing was written."},
            401: {"description": "No valid bearer token."},
            409: {"description": "The id is already stored with another text: nothing was written."},
        },
    )
    async def post_article(body: ArticleIn, response: Response) -> dict[str, Any]:
        """Code an article and store it (201); an id (or text) already stored is returned as it is (200),
        unless the id is stored with another text (409)."""
        article = ArticleInput(
            text=body.text,
            id=body.id,
            title=body.title,
            date=body.date.isoformat() if body.date else None,
            source=body.source,
            url=body.url,
            origin="api",
        )
        ident = article_id(article)

        def write() -> Any:
            summary = ingest(store, [article], nlp=nlp)
            if summary.stored:  # in the same job: in the writes' order, and no /api/code job in between
                pages.changed([ident])
            return summary

        try:
            summary = await coding.write(write)
        except StoreError:
            raise HTTPException(503, "the store could not be written; nothing was stored") from None
        except asyncio.CancelledError:  # uvicorn stopping: a write already started is finished, not torn
            raise HTTPException(
                503,
                "the server is stopping; post the article again shortly (posting it twice stores it once)",
                {"Retry-After": "10"},
            ) from None
        if summary.refused:  # the id is another text's: answering with that article would pass it off as this one
            raise HTTPException(
                409,
                f"an article with the id {ident!r} is already stored with a different text; "
                "nothing was stored: give this one an id of its own",
            )
        if summary.stored:
            cache.clear()
        else:
            response.status_code = 200
        response.headers["Location"] = f"/api/articles/{quote(ident, safe='')}"
        stored = await run_in_threadpool(query.article, store, ident)
        assert stored is not None  # stored now or before
        return stored

    @app.get(
        "/api/articles/{article_id:path}",
        response_model=ArticleOut,
        tags=["store"],
        responses={404: {"description": "No article with this id."}},
    )
    def get_article(article_id: str) -> dict[str, Any]:
        """A stored article: its row and text, actors, event mentions, quotes and flags."""
        found = query.article(store, article_id)
        if found is None:
            raise HTTPException(404, "no such article")
        return found

    @app.get("/api/events", response_model=EventsPage, tags=["store"])
    async def get_events(
        filters: Filters,
        page: Annotated[int, Query(description="Page, from 1.")] = 1,
        size: Annotated[int, Query(description=f"Events per page, at most {query.MAX_SIZE}.")] = 50,
    ) -> dict[str, Any]:
        """A page of the merged events matching every filter, newest first, with their total."""
        # from memory on the event loop (~0.5 ms: a thread hop would cost more), else from the store
        # on the thread pool (a scan of tens of ms)
        found = checked(pages.from_memory, **filters, page=page, size=size)
        if found is None:
            found = await run_in_threadpool(ask, query.events, **filters, page=page, size=size)
        return found

    @app.get("/api/dyads", response_model=DyadSeries, tags=["store"])
    def get_dyads(
        source: str | None = None,
        target: str | None = None,
        by: Annotated[str, Query(description="day, week or month.")] = "month",
        date_from: DateFrom = None,
        date_to: DateTo = None,
        modality: Annotated[str | None, Query(description="Only events of this modality.")] = None,
    ) -> dict[str, Any]:
        """Events from `source` to `target` (ISO3 or actor code) per period, empty periods included."""
        series = ask(
            query.dyads, source=source, target=target, by=by, date_from=date_from, date_to=date_to, modality=modality
        )
        return {"source": source, "target": target, "by": by, "series": series}

    @app.get("/api/actors", response_model=Actors, tags=["store"])
    def get_actors(
        limit: Annotated[int, Query(description="How many, at most 1000.")] = 20,
        role: Annotated[str, Query(description="Rank by events as any, source or target.")] = "any",
        date_from: DateFrom = None,
        date_to: DateTo = None,
    ) -> dict[str, Any]:
        """The most active actors, with their events as source, as target and in all."""
        return {"actors": ask(query.actors, limit=limit, role=role, date_from=date_from, date_to=date_to)}

    @app.get("/api/places", response_model=Places, tags=["store"])
    def get_places(
        filters: Filters,
        limit: Annotated[int, Query(description="Most places returned, at most 1000.")] = 500,
    ) -> dict[str, Any]:
        """For a map: events per country (source, target, either) and per geocoded place."""
        return ask(query.places, **filters, limit=limit)

    @app.get("/api/network", response_model=Network, tags=["store"])
    def get_network(
        filters: Filters,
        limit: Annotated[int, Query(description="Most edges returned, at most 1000.")] = 100,
    ) -> dict[str, Any]:
        """For a network: the busiest directed country-to-country edges and their countries."""
        return ask(query.network, **filters, limit=limit)

    return app
