"""What the routes need: the server's parts (made once by `create_app`, kept on `app.state`), the
write-token check, the filters every event endpoint takes, and query errors as 422s.

Every dependency is async: FastAPI runs a plain function on the thread pool, a hop that would cost
more than the event pages answered from memory.
"""

import hmac
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..store import Store
from ..store.memory import LivePages
from .cache import AnswerCache
from .codequeue import Coding

# -- the server's parts ------------------------------------------------------------------


async def _store(request: Request) -> Store:
    return request.app.state.store


async def _pages(request: Request) -> LivePages:
    return request.app.state.pages


async def _cache(request: Request) -> AnswerCache:
    return request.app.state.cache


async def _coding(request: Request) -> Coding:
    return request.app.state.coding


async def _nlp(request: Request) -> Any:
    return request.app.state.nlp


async def _static(request: Request) -> Path:
    return request.app.state.static


StoreDep = Annotated[Store, Depends(_store)]  # the store the server holds read-write
PagesDep = Annotated[LivePages, Depends(_pages)]  # its events held in memory
CacheDep = Annotated[AnswerCache, Depends(_cache)]  # whole answers of the event endpoints
CodingDep = Annotated[Coding, Depends(_coding)]  # the coding queue, writes first
NlpDep = Annotated[Any, Depends(_nlp)]  # the spaCy pipeline, loaded once
StaticDep = Annotated[Path, Depends(_static)]  # the page's folder


# -- the write token ---------------------------------------------------------------------

bearer = HTTPBearer(auto_error=False, description="The server's write token (NEWSGRAPH_TOKEN).")


async def writer(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> None:
    """Let a request through only with the server's token (none set: every write is refused)."""
    token: str | None = request.app.state.token
    given = credentials.credentials.encode() if credentials else b""
    if token is None or not hmac.compare_digest(given, token.encode()):
        raise HTTPException(401, "a valid bearer token is required to write", {"WWW-Authenticate": "Bearer"})


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
    context: Annotated[
        bool,
        Query(
            description="false: leave out the events whose source or target country came only from context "
            "(resolved_by sentence, paragraph, article or pronoun), keeping those coded from the actors' own "
            "words, the KB or a phrase beside them."
        ),
    ] = True,
) -> dict[str, Any]:
    """The filters every event endpoint takes, as `newsgraph.query` names them."""
    return {
        "source": source,
        "target": target,
        "root": root,
        "quad": quad,
        "modality": modality,
        "date_from": date_from,
        "date_to": date_to,
        "q": q,
        "context": context,
    }


Filters = Annotated[dict[str, Any], Depends(event_filters)]


# -- query errors ------------------------------------------------------------------------

# query.py names the dates date_from/date_to; the URL calls them from/to
URL_NAMES = {"date_from": "from", "date_to": "to"}


def _bad_value(e: ValueError) -> RequestValidationError:
    """query.py's "name: message" as FastAPI's 422, naming the URL parameter."""
    name, _, msg = str(e).partition(": ")
    param = URL_NAMES.get(name, name)
    return RequestValidationError([{"type": "value_error", "loc": ("query", param), "msg": f"{param}: {msg}"}])


def checked(fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    """fn's answer (a query function's, or the events in memory's); a bad value is a 422 naming the parameter."""
    try:
        return fn(*args, **kw)
    except ValueError as e:
        raise _bad_value(e) from None
