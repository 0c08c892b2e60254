"""The web layer (`newsgraph serve`): the REST API over one store and the page that browses it.

- `app`: `create_app()`, the FastAPI app: the server's parts, the middleware, the routers included.
- `dependencies`: what the routes take: the server's parts, the write-token check, the event filters.
- `routes/`: the routes, one router per resource (events, articles, code, ..., the page).
- `schemas`: the request and answer bodies (they document the API).
- `cache`: whole answers of the event endpoints by URL, dropped on every write.
- `guard`: what keeps abuse out: body caps, security headers, the Host allow-list, slow-client timeouts.
- `codequeue`: the bounded coding queue, writes first, `/api/code` in worker processes.
- `static/`: the page (no build step; vendored libraries under `static/vendor/`).
"""

from .app import STATIC, create_app

__all__ = ["STATIC", "create_app"]
