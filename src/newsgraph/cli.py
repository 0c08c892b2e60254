"""The `newsgraph` command line: thin commands over the same functions the API uses."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .coding import DEFAULT_MODEL
from .model import CodedArticle, iso_date


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
            from .store import StoreError, damage_in

            found = damage_in(e, ctx.meta.get(STORE_KEY))
            if found is not None:
                raise click.ClickException(str(found)) from e
            if isinstance(e, StoreError):
                raise click.ClickException(str(e)) from e
            raise


STORE_KEY = "newsgraph.db"  # ctx.meta: the store a command opened, for the damage message


@click.group(cls=Commands)
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: turn news articles into political event data."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per article (JSON Lines).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to use.")
@model_option
@kb_option
def code(
    paths: tuple[str, ...], date: str | None, as_json: bool, workers: int, model: str, kb_dirs: tuple[str, ...]
) -> None:
    """Code articles: .txt, .jsonl, .csv, .html files, folders, or - for stdin.

    Example: newsgraph code samples/putin-beijing-2023-10-16.txt --date 2023-10-16
    """
    console = Console(stderr=False)
    readable = total = 0
    first_error = ""
    try:
        for coded in _code_inputs(paths, date, model, kb_dirs, workers):
            total += 1
            if not _unreadable(coded):
                readable += 1
            elif not first_error:
                first_error = coded.article.error or ""
            if as_json:
                _echo_pieces(coded.json_pieces())
            else:
                print_article(console, coded)
    except OSError as e:  # the model or a KB file could not be loaded
        raise click.ClickException(str(e)) from e
    if readable == 0:
        raise click.ClickException(
            f"no input could be read ({total} article records, all unreadable; the first: {visible(first_error)})"
        )


def _echo_pieces(pieces: Iterator[str], size: int = 1 << 20) -> None:
    """One line of output written a megabyte at a time: a huge article's JSON is never one string."""
    buffer: list[str] = []
    held = 0
    for piece in pieces:
        buffer.append(piece)
        held += len(piece)
        if held >= size:
            click.echo("".join(buffer), nl=False)
            buffer, held = [], 0
    click.echo("".join(buffer))


def _code_inputs(
    paths: tuple[str, ...], date: str | None, model: str, kb_dirs: tuple[str, ...], workers: int
) -> Iterator[CodedArticle]:
    """The coded articles of PATH... (files, folders, - for stdin): what `code` and `kb unknown` share."""
    from .coding.pipeline import code_corpus
    from .read import iter_articles

    if date is not None:
        _check_date(date)
    return code_corpus(
        iter_articles(paths, default_date=date, stdin=sys.stdin), model=model, kb_dirs=kb_dirs, workers=workers
    )


def _check_date(date: str) -> None:
    try:
        iso_date(date)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--date") from None


def _unreadable(coded: CodedArticle) -> bool:
    """Failed at reading (no such file, binary, malformed line), as opposed to coded or skipped."""
    return coded.failed_at == "read"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: object) -> str:
    """Text from the input with its control characters shown as escapes: a title holding
    ESC]0;... must not retitle the terminal or move its cursor."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def safe(value: object) -> str:
    """Text from the input, fit for a rich console: `visible`, and rich markup escaped."""
    return escape(visible(value))


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "—"
    name = a.get("name") or a.get("text")
    return safe(f"{name} [{a.get('code') or '?'}]")


def print_article(console: Console, coded: CodedArticle) -> None:
    """A readable rendering: the article line, then events, quotes and flags as tables; every
    text that came from the input goes through `safe`."""
    art = coded.article
    head = (
        f"[bold]{safe(art.title or art.origin or art.id)}[/bold]  {safe(art.date or 'no date')}  "
        f"{safe(art.source or '')}  status: {art.status}"
    )
    console.rule(head)
    if art.status != "ok":
        console.print(f"[yellow]{art.status}[/yellow]: {safe(art.error)}")
        return
    t = Table(title=f"{len(coded.events)} events", show_lines=False, expand=True)
    for col in ("date", "source", "action", "target", "place", "modality"):
        t.add_column(col)
    for e in coded.events:
        date = e.date or ""
        if e.date_end:
            date += f"…{e.date_end}"
        place = (e.location or {}).get("name") or ""
        style = "" if e.modality == "actual" else "dim italic"
        t.add_row(
            safe(date),
            _actor(e.source),
            safe(f"{e.cameo} {e.cameo_name} (“{e.trigger}”)"),
            _actor(e.target),
            safe(place),
            e.modality,
            style=style,
        )
    console.print(t)
    if coded.quotes:
        q = Table(title=f"{len(coded.quotes)} quotes", expand=True)
        q.add_column("speaker")
        q.add_column("quote")
        for quote in coded.quotes:
            text = quote.text if len(quote.text) < 160 else quote.text[:157] + "…"
            q.add_row(_actor(quote.speaker), safe(f"“{text}”"))
        console.print(q)
    for f in coded.flags:
        console.print(f"[bold red]⚠ {safe(f.kind)}[/bold red]: {safe(f.message)}")


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--db FILE: the store (a DuckDB file)."""
    from .store import DEFAULT_DB

    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="The store: a DuckDB file."
    )(f)


def open_store(db: str, read_only: bool = False) -> Any:
    """The store at `db`; a StoreError (naming the file) becomes the CLI's error in `Commands`."""
    from .store import Store

    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # a damaged block found later, by a read, is reported naming this file
        ctx.meta[STORE_KEY] = db
    return Store(db, read_only=read_only)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to use.")
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

    from .ingest import ingest as ingest_into
    from .read import iter_articles

    if date is not None:
        _check_date(date)
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


@main.command()
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


@main.command("check")
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
    from .store import check_store

    report = check_store(db)  # missing, not DuckDB: a StoreError, the CLI's error in `Commands`
    click.echo(json.dumps(report.to_dict()) if as_json else report.text())
    if not report.ok:
        raise click.exceptions.Exit(1)


@main.command("export")
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
    from .store.export import ExportError, export

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


@main.group()
def query() -> None:
    """Ask a store: dyad series, the most active actors, pages of events."""


def _answer(rows: list[dict[str, Any]], as_json: bool, title: str, extra: dict[str, Any] | None = None) -> None:
    """Print query rows as JSON (with `extra` around them) or as a table."""
    if as_json:
        click.echo(json.dumps({**(extra or {}), "rows": rows} if extra else rows, default=str, ensure_ascii=False))
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


def dates_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Last day (inclusive).")(f)
    return click.option("--from", "date_from", metavar="YYYY-MM-DD", help="First day.")(f)


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
    from .store.query import dyads

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
    from .store.query import actors

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
    page: int,
    size: int,
    as_json: bool,
) -> None:
    """A page of the store's events matching the filters, newest first.

    Example: newsgraph query events --source RUS --root 19 --from 2019-01-01 --db news.duckdb
    """
    from .store.query import events

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


@main.command()
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

    from .store import StoreError
    from .web import create_app
    from .web.guard import check_allowed_host, default_allowed_hosts, uvicorn_options

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


@main.command()
@click.argument("text")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date the text's dates resolve against.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as one JSON object.")
@model_option
@kb_option
def explain(text: str, date: str | None, as_json: bool, model: str, kb_dirs: tuple[str, ...]) -> None:
    """Show why a sentence was or was not coded: parse, actors, trigger rules, events.

    Example: newsgraph explain "Lavrov will visit Pyongyang on Wednesday." --date 2023-10-16
    """
    from dataclasses import asdict

    from .coding.explain import explain as run_explain
    from .coding.pipeline import get_pipeline

    if date is not None:
        _check_date(date)
    result = run_explain(text, get_pipeline(model, kb_dirs), date)
    if as_json:
        data = {
            "tokens": result.tokens,
            "resolved_actors": [asdict(a) for a in result.actors],
            "triggers": result.triggers,
            "verbs_without_entries": result.verbs_without_entries,
            **result.coded.to_dict(),
        }
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    console = Console()
    parse = Table(title="parse", expand=True)
    for col in ("i", "text", "lemma", "pos", "dep", "head", "entity", "kb", "actor"):
        parse.add_column(col)
    for t in result.tokens:
        parse.add_row(
            *(
                safe(t[k]) if t[k] is not None else ""
                for k in ("i", "text", "lemma", "pos", "dep", "head", "entity", "kb", "actor")
            )
        )
    console.print(parse)
    actors = Table(title="actors", expand=True)
    for col in ("text", "code", "kb_id", "resolved by"):
        actors.add_column(col)
    for a in result.actors:
        actors.add_row(safe(a.text), safe(a.code or ""), safe(a.kb_id or ""), safe(a.how))
    console.print(actors)
    rules = Table(title="trigger words", expand=True)
    for col in ("word", "entries", "outcome"):
        rules.add_column(col)
    for tr in result.triggers:
        outcome = f"{tr['outcome']} [{tr['rule']}]" if tr["rule"] else tr["outcome"]
        rules.add_row(safe(f"{tr['token']} ({tr['pos'].lower()})"), safe(", ".join(tr["entries"][:6])), safe(outcome))
    console.print(rules)
    if result.verbs_without_entries:
        console.print("verbs with no trigger entry: " + safe(", ".join(result.verbs_without_entries)))
    print_article(console, result.coded)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@model_option
@kb_option
def info(as_json: bool, model: str, kb_dirs: tuple[str, ...]) -> None:
    """Versions of newsgraph, spaCy and the pipeline, and knowledge-base counts.

    Example: newsgraph info --json
    """
    from importlib import metadata

    import spacy

    from .kb import load_kb

    try:
        meta = (
            spacy.util.get_package_version(model)
            or spacy.util.load_meta(Path(spacy.util.get_package_path(model)) / "meta.json")["version"]
        )  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a missing model is reported, not raised
        meta = None
    data = {
        "newsgraph": metadata.version("newsgraph"),
        "spacy": spacy.__version__,
        "spacy_model": model,
        "spacy_model_version": meta,
        "kb": load_kb(tuple(kb_dirs)).counts(),
    }
    if as_json:
        click.echo(json.dumps(data))
    else:
        for k, v in data.items():
            click.echo(f"{k}: {v}")


@main.group()
def kb() -> None:
    """Knowledge-base tools."""


@kb.command("import-phoenix")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="User KB folder to write people-/orgs-/agents-phoenix.tsv and triggers-phoenix.yaml into.",
)
def import_phoenix_cmd(files: tuple[str, ...], out_dir: str) -> None:
    """Import PETRARCH/Phoenix actor, agent and verb dictionaries into a user KB folder.

    A file whose name contains "agent" is an agents dictionary, one whose name contains
    "verb" a verb dictionary (written as trigger entries, triggers-phoenix.yaml: only
    patterns with a faithful equivalent and CAMEO codes; see docs/kb.md), any other an
    actor dictionary. Prints the counts of rows written and lines skipped as JSON.

    \b
    Example: newsgraph kb import-phoenix Phoenix.Countries.actors.txt Phoenix.agents.txt --out mykb
    Verbs: newsgraph kb import-phoenix PETR.Validate.verbs.txt --out mykb
    Then: newsgraph code article.txt --kb mykb
    """
    from .kb.phoenix import import_phoenix

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = import_phoenix([Path(f) for f in files], out)
    click.echo(json.dumps(counts))


@kb.command("unknown")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--top", default=50, show_default=True, type=click.IntRange(1), help="How many names to list.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per name.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to use.")
@model_option
@kb_option
def unknown_cmd(
    paths: tuple[str, ...],
    date: str | None,
    top: int,
    as_json: bool,
    workers: int,
    model: str,
    kb_dirs: tuple[str, ...],
) -> None:
    """List the people and organisations a corpus names that the KB does not know, most frequent first.

    Example: newsgraph kb unknown ../shared/corpora/wikinews_2019/wikinews_2019.csv --top 20
    """
    from dataclasses import asdict

    from .kb.unknown import unknown_names

    names = unknown_names(_code_inputs(paths, date, model, kb_dirs, workers))[:top]
    if as_json:
        for n in names:
            click.echo(json.dumps(asdict(n), ensure_ascii=False))
        return
    table = Table(title=f"{len(names)} names the knowledge base does not know")
    for col in ("name", "kind", "mentions", "articles", "country", "sector", "example article"):
        table.add_column(col)
    for n in names:
        table.add_row(
            *(safe(v) for v in (n.name, n.kind, n.mentions, n.articles, n.country or "", n.sector or "", n.example))
        )
    Console().print(table)


if __name__ == "__main__":
    main()
