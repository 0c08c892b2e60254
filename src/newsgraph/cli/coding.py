"""Commands that code text and describe the coder: `code`, `explain`, `info`."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..model import CodedArticle
from .common import check_date, code_inputs
from .options import input_date_option, kb_option, model_option, workers_option
from .output import echo_pieces, print_article, safe, visible


@click.command()
@click.argument("paths", nargs=-1, required=True)
@input_date_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per article (JSON Lines).")
@workers_option
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
        for coded in code_inputs(paths, date, model, kb_dirs, workers):
            total += 1
            if not _unreadable(coded):
                readable += 1
            elif not first_error:
                first_error = coded.article.error or ""
            if as_json:
                echo_pieces(coded.json_pieces())
            else:
                print_article(console, coded)
    except OSError as e:  # the model or a KB file could not be loaded
        raise click.ClickException(str(e)) from e
    if readable == 0:
        raise click.ClickException(
            f"no input could be read ({total} article records, all unreadable; the first: {visible(first_error)})"
        )


def _unreadable(coded: CodedArticle) -> bool:
    """Failed at reading (no such file, binary, malformed line), as opposed to coded or skipped."""
    return coded.failed_at == "read"


@click.command()
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

    from ..coding.explain import explain as run_explain
    from ..coding.pipeline import get_pipeline

    if date is not None:
        check_date(date)
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


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@model_option
@kb_option
def info(as_json: bool, model: str, kb_dirs: tuple[str, ...]) -> None:
    """Versions of newsgraph, spaCy and the pipeline, and knowledge-base counts.

    Example: newsgraph info --json
    """
    from importlib import metadata

    import spacy

    from ..kb import load_kb

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
