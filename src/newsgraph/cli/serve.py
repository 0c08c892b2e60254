"""`serve`: the web page and the REST API over a store."""

from __future__ import annotations

import click

from .options import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option(
    "--in-memory/--no-in-memory",
    default=True,
    show_default=True,
    help="Answer event pages from a copy of the events in memory (about 250 MB per million events), "
    "or from the store file each time.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(0, 64),
    help="Processes coding POST /api/code, each with its own pipeline (~300 MB); writes never wait "
    "for them. 0: code in the server process, after any write waiting.",
)
@click.option(
    "--queue",
    "queue",
    default=32,
    show_default=True,
    type=click.IntRange(0, 10_000),
    help="POST /api/code requests that may wait to be coded; one more is a 503 with Retry-After.",
)
@click.option(
    "--max-code-bytes",
    default=256 * 1024,
    show_default=True,
    type=click.IntRange(1, 16 * 2**20),
    help="Largest POST /api/code body without the write token (a 413 beyond; 16 MB with it).",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="A host name the server answers to besides localhost, the --host name and IP addresses "
    "(against DNS rebinding); '*.example.org' for it and its subdomains, '*' for any. Repeatable.",
)
@click.option(
    "--timeout",
    default=20.0,
    show_default=True,
    type=click.FloatRange(0.5, 3600),
    help="Seconds a connection has to send a whole request (after it opens, or after an answer); "
    "idle connections close after min(5, this).",
)
def serve(
    db: str,
    host: str,
    port: int,
    in_memory: bool,
    workers: int,
    queue: int,
    max_code_bytes: int,
    allowed_hosts: tuple[str, ...],
    timeout: float,
) -> None:
    """Serve the web page and the REST API over a store (created if missing); /docs documents the API.

    Writes (POST /api/articles) need "Authorization: Bearer TOKEN": the token is NEWSGRAPH_TOKEN,
    or, when that is unset, one generated now and printed once.

    Example: newsgraph serve --db news.duckdb --port 8000
    """
    import os
    import secrets

    import uvicorn

    from ..store import StoreError
    from ..web import create_app
    from ..web.guard import check_allowed_host, default_allowed_hosts, uvicorn_options

    try:
        hosts = [*default_allowed_hosts(host), *(check_allowed_host(h) for h in allowed_hosts)]
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--allowed-host") from None
    given = os.environ.get("NEWSGRAPH_TOKEN") or None
    token = given or secrets.token_urlsafe(24)
    try:
        app = create_app(
            db,
            token=token,
            in_memory=in_memory,
            workers=workers,
            queue=queue,
            max_code_bytes=max_code_bytes,
            allowed_hosts=hosts,
        )
    except (StoreError, OSError) as e:  # a bad store file; the model or a KB file could not be loaded
        raise click.ClickException(str(e)) from e
    if given is None:  # printed once the store is open: a server that never starts gives out no token
        click.echo(f"write token: {token}")
    uvicorn.run(app, host=host, port=port, **uvicorn_options(timeout))
