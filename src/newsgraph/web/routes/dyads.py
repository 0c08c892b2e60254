"""`GET /api/dyads`: the events from one side to another per period."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...store import query
from ..dependencies import DateFrom, DateTo, StoreDep, checked
from ..schemas import DyadSeries

router = APIRouter(tags=["store"])


@router.get("/api/dyads", response_model=DyadSeries)
def get_dyads(
    store: StoreDep,
    source: str | None = None,
    target: str | None = None,
    by: Annotated[str, Query(description="day, week or month.")] = "month",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    modality: Annotated[str | None, Query(description="Only events of this modality.")] = None,
) -> dict[str, Any]:
    """Events from `source` to `target` (ISO3 or actor code) per period, empty periods included."""
    series = checked(
        query.dyads,
        store,
        source=source,
        target=target,
        by=by,
        date_from=date_from,
        date_to=date_to,
        modality=modality,
    )
    return {"source": source, "target": target, "by": by, "series": series}
