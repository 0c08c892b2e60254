"""Damaged store files: what DuckDB says when a block cannot be read back, and the one error
(`StoreDamaged`) every command gives for it, naming the file and what to do."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..errors import StoreDamaged

# -- messages about damaged files ---------------------------------------------------------
# what DuckDB 1.x-2.x says when a block cannot be read back as it was written: a checksum
# that fails, or a file shorter than its own catalogue (truncated); lowercase
DAMAGE_SIGNS = (
    "corrupt database file",
    "does not match stored checksum",
    "could not read enough bytes",
    "failure while replaying wal",
)
DAMAGED = (
    "{path}: the store is damaged ({cause}){what}; restore it from a backup or re-ingest the "
    "articles into a new file; `newsgraph check --db {path}` tells which tables read"
)


def damage_cause(e: BaseException | None) -> BaseException | None:
    """The DuckDB error in `e`'s chain (itself, its cause or context) that says the file is damaged:
    a write that fails on a damaged block ends in "Current transaction is aborted", which hides it."""
    seen: set[int] = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, duckdb.Error) and any(sign in str(e).lower() for sign in DAMAGE_SIGNS):
            return e
        e = e.__cause__ or e.__context__
    return None


def damaged(path: str | Path, cause: BaseException, what: str = "") -> StoreDamaged:
    """The error for a damaged store: the file, DuckDB's words (first line), `what` was not done,
    and what to do."""
    return StoreDamaged(DAMAGED.format(path=path, cause=first_line(damage_cause(cause) or cause), what=what))


def damage_in(e: BaseException, path: str | Path | None) -> StoreDamaged | None:
    """The `StoreDamaged` that `e` is or comes from, else one made from a DuckDB damage error in its
    chain (naming `path`, or the file DuckDB names), else None: what a top level reports."""
    seen: set[int] = set()
    x: BaseException | None = e
    while x is not None and id(x) not in seen:
        seen.add(id(x))
        if isinstance(x, StoreDamaged):
            return x
        x = x.__cause__ or x.__context__
    cause = damage_cause(e)
    return None if cause is None else damaged(path or "the store file", cause)


def first_line(e: BaseException) -> str:
    """An exception's message, first line only: what an error message about a file quotes."""
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
