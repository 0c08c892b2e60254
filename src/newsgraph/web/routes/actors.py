"""`GET /api/actors`: the most active actors."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...store import query
from ..dependencies import DateFrom, DateTo, StoreDep, checked
from ..schemas import Actors

router = APIRouter(tags=["store"])


@router.get("/api/actors", response_model=Actors)
def get_actors(
    store: StoreDep,
    limit: Annotated[int, Query(description="How many, at most 1000.")] = 20,
    role: Annotated[str, Query(description="Rank by events as any, source or target.")] = "any",
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> dict[str, Any]:
    """The most active actors, with their events as source, as target and in all."""
    return {"actors": checked(query.actors, store, limit=limit, role=role, date_from=date_from, date_to=date_to)}
