"""`POST /api/code`: code an article and answer with the output contract's object; nothing is stored."""

import asyncio
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from ...model import ArticleInput
from ..codequeue import ClientGone, QueueFull, WorkerLost
from ..dependencies import CodingDep
from ..schemas import CodeIn, CodeOut

router = APIRouter(tags=["code"])


@router.post(
    "/api/code",
    response_model=CodeOut,
    responses={
        413: {"description": "A body over the limit: max_code_bytes without the write token."},
        503: {"description": "Too many articles waiting to be coded: try again after Retry-After seconds."},
    },
)
async def code_text(body: CodeIn, request: Request, coding: CodingDep) -> dict[str, Any]:
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
