"""`GET /api/events`: a page of the merged events, from the events in memory when it can."""

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from ...store import query
from ..dependencies import Filters, PagesDep, StoreDep, checked
from ..schemas import EventsPage

router = APIRouter(tags=["store"])


@router.get("/api/events", response_model=EventsPage)
async def get_events(
    filters: Filters,
    pages: PagesDep,
    store: StoreDep,
    page: Annotated[int, Query(description="Page, from 1.")] = 1,
    size: Annotated[int, Query(description=f"Events per page, at most {query.MAX_SIZE}.")] = 50,
) -> dict[str, Any]:
    """A page of the merged events matching every filter, newest first, with their total."""
    # from memory on the event loop (~0.5 ms: a thread hop would cost more), else from the store
    # on the thread pool (a scan of tens of ms)
    found = checked(pages.from_memory, **filters, page=page, size=size)
    if found is None:
        found = await run_in_threadpool(checked, query.events, store, **filters, page=page, size=size)
    return found
