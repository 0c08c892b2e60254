"""Options several commands share, declared once so their names, defaults and help agree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..coding import DEFAULT_MODEL


def kb_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--kb DIR: user knowledge-base folders loaded after the bundled one (repeatable)."""
    return click.option(
        "--kb",
        "kb_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False),
        help="Extra KB/rule folder (see docs/kb.md); repeatable.",
    )(f)


def model_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--model",
        default=DEFAULT_MODEL,
        show_default=True,
        help="spaCy pipeline to load by name, e.g. en_core_web_trf.",
    )(f)


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--db FILE: the store (a DuckDB file)."""
    from ..store import DEFAULT_DB

    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="The store: a DuckDB file."
    )(f)


def input_date_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--date: the date given to input articles that carry none (checked by `common.check_date`)."""
    return click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")(f)


def workers_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--workers N: coding processes of a command that codes a corpus."""
    return click.option(
        "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to use."
    )(f)


def dates_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Last day (inclusive).")(f)
    return click.option("--from", "date_from", metavar="YYYY-MM-DD", help="First day.")(f)
