"""`GET /api/places`: events per country and per geocoded place, for a map."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...store import query
from ..dependencies import Filters, StoreDep, checked
from ..schemas import Places

router = APIRouter(tags=["store"])


@router.get("/api/places", response_model=Places)
def get_places(
    filters: Filters,
    store: StoreDep,
    limit: Annotated[int, Query(description="Most places returned, at most 1000.")] = 500,
) -> dict[str, Any]:
    """For a map: events per country (source, target, either) and per geocoded place."""
    return checked(query.places, store, **filters, limit=limit)
