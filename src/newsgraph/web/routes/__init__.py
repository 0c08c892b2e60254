"""The routes, one router per resource; `create_app` includes them in this order.

- `page`: the HTML pages: the browser at `/`, the API's documentation at `/docs`.
- `meta`: `GET /api/health`.
- `code`: `POST /api/code`, coding without storing.
- `articles`: `POST /api/articles` (code and store, with the write token) and `GET /api/articles/{id}`.
- `events`, `dyads`, `actors`, `places`, `network`: the read endpoints over the stored events.
"""
