"""The HTML pages: the browser of the store at `/`, and Swagger UI at `/docs`. Neither is in the
API's OpenAPI document."""

from fastapi import APIRouter, HTTPException, Response
from fastapi.responses import FileResponse

from ..dependencies import StaticDep

router = APIRouter(include_in_schema=False)


@router.get("/")
def page(static: StaticDep) -> Response:
    index = static / "index.html"
    if not index.is_file():
        raise HTTPException(404, "the page is not installed")
    return FileResponse(index)


@router.get("/docs")
def docs(static: StaticDep) -> Response:
    """Swagger UI from the package (static/vendor/swagger-ui): no CDN, no inline script."""
    page = static / "docs.html"
    if not page.is_file():
        raise HTTPException(404, "the API's documentation page is not installed; /openapi.json documents it")
    return FileResponse(page)
