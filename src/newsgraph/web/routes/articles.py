"""`POST /api/articles` (code an article and store it; the write token) and `GET /api/articles/{id}`."""

import asyncio
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Response
from fastapi.concurrency import run_in_threadpool

from ...model import ArticleInput
from ...store import StoreError, query
from ..dependencies import CacheDep, CodingDep, NlpDep, PagesDep, StoreDep, writer
from ..schemas import ArticleIn, ArticleOut

router = APIRouter(tags=["store"])


@router.post(
    "/api/articles",
    response_model=ArticleOut,
    status_code=201,
    dependencies=[Depends(writer)],
    responses={
        200: {"model": ArticleOut, "description": "Already stored: nothing was written."},
        401: {"description": "No valid bearer token."},
        409: {"description": "The id is already stored with another text: nothing was written."},
    },
)
async def post_article(
    body: ArticleIn,
    response: Response,
    store: StoreDep,
    pages: PagesDep,
    cache: CacheDep,
    coding: CodingDep,
    nlp: NlpDep,
) -> dict[str, Any]:
    """Code an article and store it (201); an id (or text) already stored is returned as it is (200),
    unless the id is stored with another text (409)."""
    from ...coding.pipeline import article_id  # spaCy: imported when an article is posted, not with the module
    from ...ingest import ingest

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


@router.get(
    "/api/articles/{article_id:path}",
    response_model=ArticleOut,
    responses={404: {"description": "No article with this id."}},
)
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """A stored article: its row and text, actors, event mentions, quotes and flags."""
    found = query.article(store, article_id)
    if found is None:
        raise HTTPException(404, "no such article")
    return found
