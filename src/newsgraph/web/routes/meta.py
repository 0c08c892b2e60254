"""`GET /api/health`: whether the server is up, and its events in memory ready."""

from fastapi import APIRouter

from ..dependencies import PagesDep
from ..schemas import Health

router = APIRouter(tags=["meta"])


@router.get("/api/health", response_model=Health)
async def health(pages: PagesDep) -> dict[str, str]:
    """The server is up."""
    return {"status": "ok", "events_in_memory": pages.state}
