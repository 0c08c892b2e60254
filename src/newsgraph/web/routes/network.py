"""`GET /api/network`: the busiest country-to-country edges, for a network."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...store import query
from ..dependencies import Filters, StoreDep, checked
from ..schemas import Network

router = APIRouter(tags=["store"])


@router.get("/api/network", response_model=Network)
def get_network(
    filters: Filters,
    store: StoreDep,
    limit: Annotated[int, Query(description="Most edges returned, at most 1000.")] = 100,
) -> dict[str, Any]:
    """For a network: the busiest directed country-to-country edges and their countries."""
    return checked(query.network, store, **filters, limit=limit)
