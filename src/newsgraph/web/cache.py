"""The answer cache: whole answers of the event endpoints (events, dyads, actors, places, network)
kept by URL, all dropped on every write.

Exact, not eventually consistent: the server holds the store read-write (DuckDB's file lock keeps
every other writer out), and a write clears the cache before the request that wrote returns.
"""

from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_ENTRIES = 256


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
