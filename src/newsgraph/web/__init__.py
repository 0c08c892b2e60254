"""The web layer (`newsgraph serve`): the REST API over one store and the page that browses it.

- `app`: `create_app()`, the FastAPI app: request and answer schemas, the routes, the answer cache.
- `guard`: what keeps abuse out: body caps, security headers, the Host allow-list, slow-client timeouts.
- `codequeue`: the bounded coding queue, writes first, `/api/code` in worker processes.
- `static/`: the page (no build step; vendored libraries under `static/vendor/`).
"""

from .app import STATIC, create_app

__all__ = ["STATIC", "create_app"]
