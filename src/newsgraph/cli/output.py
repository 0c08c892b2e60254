"""How the commands print: input text made safe for a terminal, a coded article as tables, and
long JSON lines written in pieces."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model import CodedArticle, Event

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: object) -> str:
    """Text from the input with its control characters shown as escapes: a title holding
    ESC]0;... must not retitle the terminal or move its cursor."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def safe(value: object) -> str:
    """Text from the input, fit for a rich console: `visible`, and rich markup escaped."""
    return escape(visible(value))


def echo_pieces(pieces: Iterator[str], size: int = 1 << 20) -> None:
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


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "—"
    name = a.get("name") or a.get("text")
    return safe(f"{name} [{a.get('code') or '?'}]")


def _source(e: Event) -> str:
    """An event's source; a threat or act of force (CAMEO roots 13-20) whose perpetrator the text
    does not name has none: "(unidentified)"."""
    if e.source is None and "13" <= e.cameo_root <= "20":
        return "(unidentified)"
    return _actor(e.source)


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
            _source(e),
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
