"""What the commands share besides options: the group that turns store errors into clean CLI
errors, opening a store, the --date check, and reading then coding the inputs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import click

from ..model import CodedArticle, iso_date

STORE_KEY = "newsgraph.db"  # ctx.meta: the store a command opened, for the damage message


class Commands(click.Group):
    """The command group. A store found damaged anywhere in a command (on open, or on a read or
    write long after) ends in one clear error naming the file and what to do, never a traceback;
    so does any other StoreError a command lets through."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            from ..store import StoreError, damage_in

            found = damage_in(e, ctx.meta.get(STORE_KEY))
            if found is not None:
                raise click.ClickException(str(found)) from e
            if isinstance(e, StoreError):
                raise click.ClickException(str(e)) from e
            raise


def open_store(db: str, read_only: bool = False) -> Any:
    """The store at `db`; a StoreError (naming the file) becomes the CLI's error in `Commands`."""
    from ..store import Store

    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # a damaged block found later, by a read, is reported naming this file
        ctx.meta[STORE_KEY] = db
    return Store(db, read_only=read_only)


def check_date(date: str) -> None:
    try:
        iso_date(date)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--date") from None


def code_inputs(
    paths: tuple[str, ...], date: str | None, model: str, kb_dirs: tuple[str, ...], workers: int
) -> Iterator[CodedArticle]:
    """The coded articles of PATH... (files, folders, - for stdin): what `code` and `kb unknown` share."""
    from ..coding.pipeline import code_corpus
    from ..read import iter_articles

    if date is not None:
        check_date(date)
    return code_corpus(
        iter_articles(paths, default_date=date, stdin=sys.stdin), model=model, kb_dirs=kb_dirs, workers=workers
    )
