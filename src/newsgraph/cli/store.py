"""Commands over a store file: `ingest`, `stats`, `check`, `export`."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console

from .common import check_date, open_store
from .options import db_option, input_date_option, kb_option, model_option, workers_option
from .output import safe


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@input_date_option
@workers_option
@click.option(
    "--batch", default=64, show_default=True, type=click.IntRange(1, 100_000), help="Articles written per transaction."
)
@model_option
@kb_option
def ingest(
    paths: tuple[str, ...], db: str, date: str | None, workers: int, batch: int, model: str, kb_dirs: tuple[str, ...]
) -> None:
    """Code articles and store them in a DuckDB file; articles already stored are skipped.

    A re-run after an interruption (even kill -9) finishes the job: whole batches are
    committed, and stored articles are recognised by id (their own, else their url, else
    the hash of their text). An id already stored with a different text is refused and
    named on stderr, and the exit status is 1.

    Example: newsgraph ingest ../shared/corpora/wikinews_2019 --db news.duckdb
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..ingest import ingest as ingest_into
    from ..read import iter_articles

    if date is not None:
        check_date(date)
    store = open_store(db)
    err = Console(stderr=True)
    try:
        with Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=not err.is_terminal,
            transient=True,
        ) as bar:
            task = bar.add_task("ingest", total=None)
            summary = ingest_into(
                store,
                iter_articles(paths, default_date=date, stdin=sys.stdin),
                model=model,
                kb_dirs=kb_dirs,
                workers=workers,
                batch=batch,
                on_article=lambda: bar.advance(task),
                on_batch=None
                if err.is_terminal
                else lambda s: err.print(f"ingest: {s.stored} articles stored", soft_wrap=True),
            )
    except OSError as e:  # the model or a KB file could not be loaded
        raise click.ClickException(str(e)) from e
    finally:
        store.close()
    click.echo(summary.line(db))
    if summary.refused:
        for r in summary.refused:
            err.print(f"ingest: refused {safe(r.message())}", soft_wrap=True, highlight=False)
        raise SystemExit(1)  # stored what it could; a script must still see that not everything was


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
def stats(db: str, as_json: bool) -> None:
    """Counts of a store: input articles by status, distinct events, mentions.

    Example: newsgraph stats --db news.duckdb --json
    """
    store = open_store(db, read_only=True)
    try:
        counts = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(counts))
        return
    statuses = ", ".join(f"{k} {v}" for k, v in counts["by_status"].items()) or "none"
    click.echo(
        f"{counts['articles']} articles ({statuses}); {counts['events']} events from "
        f"{counts['mentions']} mentions; {db}"
    )


@click.command("check")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
def check_cmd(db: str, as_json: bool) -> None:
    """Read every table of a store once and say whether it is whole: run it before trusting an export.

    Every column of every table is read (so DuckDB verifies each data block's checksum), then
    what the store promises is tested: every mention's event and article stored, events' counts
    equal to their mentions, the schema version. Nothing is changed. Exit 0 when whole; 1 naming
    each table or check that failed, and what to do.

    Example: newsgraph check --db news.duckdb
    """
    from ..store import check_store

    report = check_store(db)  # missing, not DuckDB: a StoreError, the CLI's error in `Commands`
    click.echo(json.dumps(report.to_dict()) if as_json else report.text())
    if not report.ok:
        raise click.exceptions.Exit(1)


@click.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["gdelt", "parquet", "jsonl", "csv"]),
    help="gdelt: GDELT 2.0 events (61 columns); the others: newsgraph's own schema.",
)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--modality",
    type=click.Choice(["actual", "planned", "negated", "hypothetical", "all"]),
    help="Events to write [default: actual for gdelt, which has no modality column; all otherwise].",
)
def export_cmd(db: str, fmt: str, out: str, modality: str | None) -> None:
    """Write the store's merged events to a file.

    Example: newsgraph export --db news.duckdb --format gdelt --out events.tsv
    """
    from ..store.export import ExportError, export

    if modality is None:
        modality = "actual" if fmt == "gdelt" else "all"
    store = open_store(db, read_only=True)
    try:
        n = export(store, fmt, out, None if modality == "all" else modality)
    except ExportError as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()
    click.echo(f"{n} events ({modality}) -> {out} ({fmt})")
