"""The user-KB files the importer writes: their names, columns and cells (formats in docs/kb.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..phoenix_verbs import _write_lines

PEOPLE_FILE = "people-phoenix.tsv"
ORGS_FILE = "orgs-phoenix.tsv"
AGENTS_FILE = "agents-phoenix.tsv"
COUNTRIES_FILE = "countries-phoenix.tsv"

PEOPLE_COLUMNS = ["kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org"]
ORGS_COLUMNS = ["kb_id", "name", "aliases", "kind", "country", "sector", "code"]
AGENTS_COLUMNS = ["term", "sector", "person", "role"]
COUNTRIES_COLUMNS = ["iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "government"]


_BREAKS_RE = re.compile(r"[\t\r\n]+")


def _cell(s: str) -> str:
    """A TSV cell: no tabs or line breaks."""
    if "\t" in s or "\n" in s or "\r" in s:
        s = _BREAKS_RE.sub(" ", s)
    return s.strip()


def _list_cell(items: Iterable[str]) -> str:
    """A list cell: items joined by "|" (a "|" inside an item becomes a space)."""
    return "|".join(x for x in (re.sub(r"\s*\|\s*", " ", _cell(i)) for i in items) if x)


def _write_tsv(path: Path, columns: list[str], rows: Iterable[list[str]]) -> int:
    return _write_lines(path, ["\t".join(columns)], ("\t".join(_cell(c) for c in row) for row in rows))
