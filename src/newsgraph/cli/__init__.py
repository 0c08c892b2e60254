"""The `newsgraph` command line: thin commands over the same functions the API uses.

`main` is the command group; each module here holds commands that belong together (coding text,
the store, queries, the web server, the knowledge base), and the shared parts sit in `options`,
`common` and `output`. Heavy imports (spaCy, DuckDB, the web app) stay inside the commands, so
`newsgraph stats` never loads the pipeline.
"""

from __future__ import annotations

import click

from .coding import code, explain, info
from .common import Commands
from .kb import kb
from .query import query
from .serve import serve
from .store import check_cmd, export_cmd, ingest, stats


@click.group(cls=Commands)
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: turn news articles into political event data."""


for _command in (code, explain, info, ingest, stats, check_cmd, export_cmd, query, serve, kb):
    main.add_command(_command)

__all__ = ["main"]
