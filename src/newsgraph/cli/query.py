"""`query dyads|actors|events`: ask a store, print rows as a table or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from .common import open_store
from .options import dates_options, db_option
from .output import safe


@click.group()
def query() -> None:
    """Ask a store: dyad series, the most active actors, pages of events."""


def _answer(rows: list[dict[str, Any]], as_json: bool, title: str) -> None:
    """Print query rows as JSON or as a table."""
    if as_json:
        click.echo(json.dumps(rows, default=str, ensure_ascii=False))
        return
    t = Table(title=title, expand=True)
    cols = list(rows[0]) if rows else []
    for c in cols:
        t.add_column(c)
    for r in rows:
        cells = ("" if r[c] is None else str(r[c]) for c in cols)
        t.add_row(*(safe(v if len(v) <= 60 else v[:59] + "…") for v in cells))
    Console().print(t)


def _ask(db: str, fn: Callable[..., Any], **kw: Any) -> Any:
    """Run a query function on the store read-only; a bad value is a clean usage error."""
    store = open_store(db, read_only=True)
    try:
        return fn(store, **kw)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    finally:
        store.close()


@query.command("dyads")
@db_option
@click.option("--source", required=True, help="Source country (ISO3, e.g. RUS) or actor code (RUSGOV).")
@click.option("--target", required=True, help="Target country (ISO3) or actor code.")
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    default="month",
    show_default=True,
    help="Period of the series.",
)
@dates_options
@click.option(
    "--modality",
    type=click.Choice(["actual", "planned", "negated", "hypothetical"]),
    help="Only events of this modality (default: all).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the series as JSON.")
def query_dyads(
    db: str,
    source: str,
    target: str,
    by: str,
    date_from: str | None,
    date_to: str | None,
    modality: str | None,
    as_json: bool,
) -> None:
    """Events from SOURCE to TARGET per period: count, Goldstein sum and mean, QuadClass counts.

    Example: newsgraph query dyads --source RUS --target UKR --by month --db news.duckdb
    """
    from ..store.query import dyads

    rows = _ask(db, dyads, source=source, target=target, by=by, date_from=date_from, date_to=date_to, modality=modality)
    _answer(rows, as_json, f"{source} -> {target} by {by}")


@query.command("actors")
@db_option
@click.option("--limit", default=20, show_default=True, type=int, help="How many actors.")
@click.option(
    "--role",
    type=click.Choice(["any", "source", "target"]),
    default="any",
    show_default=True,
    help="Rank by events as source, as target, or both.",
)
@dates_options
@click.option("--json", "as_json", is_flag=True, help="Print the actors as JSON.")
def query_actors(db: str, limit: int, role: str, date_from: str | None, date_to: str | None, as_json: bool) -> None:
    """The most active actors of a store, with their event counts.

    Example: newsgraph query actors --limit 10 --db news.duckdb
    """
    from ..store.query import actors

    rows = _ask(db, actors, limit=limit, role=role, date_from=date_from, date_to=date_to)
    _answer(rows, as_json, f"most active actors ({role})")


@query.command("events")
@db_option
@click.option("--source", help="Source country (ISO3) or actor code.")
@click.option("--target", help="Target country (ISO3) or actor code.")
@click.option("--root", help="CAMEO root, two digits (e.g. 19).")
@click.option("--quad", type=int, help="QuadClass 1-4.")
@click.option(
    "--modality",
    type=click.Choice(["actual", "planned", "negated", "hypothetical"]),
    help="Only events of this modality.",
)
@dates_options
@click.option("--q", "q", help="Text to find in the events' sentences and actor names.")
@click.option(
    "--no-context",
    "no_context",
    is_flag=True,
    help="Leave out events whose source or target country came only from context "
    "(resolved_by sentence, paragraph, article or pronoun; docs/kb.md).",
)
@click.option("--page", default=1, show_default=True, type=int, help="Page number, from 1.")
@click.option("--size", default=50, show_default=True, type=int, help="Events per page (at most 1000).")
@click.option("--json", "as_json", is_flag=True, help="Print the page as JSON: events, total, page, size.")
def query_events(
    db: str,
    source: str | None,
    target: str | None,
    root: str | None,
    quad: int | None,
    modality: str | None,
    date_from: str | None,
    date_to: str | None,
    q: str | None,
    no_context: bool,
    page: int,
    size: int,
    as_json: bool,
) -> None:
    """A page of the store's events matching the filters, newest first.

    Example: newsgraph query events --source RUS --root 19 --from 2019-01-01 --no-context --db news.duckdb
    """
    from ..store.query import events

    found = _ask(
        db,
        events,
        source=source,
        target=target,
        root=root,
        quad=quad,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
        q=q,
        context=not no_context,
        page=page,
        size=size,
    )
    if as_json:
        click.echo(json.dumps(found, default=str, ensure_ascii=False))
        return
    keep = ("date", "source_code", "cameo", "cameo_name", "target_code", "modality", "num_articles", "first_sentence")
    _answer(
        [{k: r[k] for k in keep} for r in found["events"]],
        False,
        f"events {(page - 1) * size + 1}-{(page - 1) * size + len(found['events'])} of {found['total']}",
    )
