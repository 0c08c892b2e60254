"""`kb import-phoenix|unknown`: knowledge-base tools."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from .common import code_inputs
from .options import input_date_option, kb_option, model_option, workers_option
from .output import safe


@click.group()
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
    from ..kb.phoenix import import_phoenix

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = import_phoenix([Path(f) for f in files], out)
    click.echo(json.dumps(counts))


@kb.command("unknown")
@click.argument("paths", nargs=-1, required=True)
@input_date_option
@click.option("--top", default=50, show_default=True, type=click.IntRange(1), help="How many names to list.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per name.")
@workers_option
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

    from ..kb.unknown import unknown_names

    names = unknown_names(code_inputs(paths, date, model, kb_dirs, workers))[:top]
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
