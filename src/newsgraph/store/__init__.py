"""The store layer: everything that reads or writes the DuckDB file (all of newsgraph's SQL).

- `database`: `Store`, the file itself: opening (and upgrading), writes of coded articles
  (merging reports of one event).
- `schema`: the tables, the schema version, the upgrade from an older one.
- `damage`: what DuckDB says of a damaged file, and the error every command gives for it.
- `check`: whether a store is whole (`newsgraph check`).
- `query`: the questions asked of a store (dyads, actors, event pages, places, network).
- `export`: GDELT TSV, Parquet, JSON Lines, CSV.
- `memory`: the events held in memory in page order, for the web server.

`from newsgraph.store import Store` is the entry point; the submodules are imported when used.
"""

from __future__ import annotations

from typing import Any

DEFAULT_DB = "newsgraph.duckdb"  # here, not in database.py: the CLI's options name it without loading DuckDB

#: the names of this package, and the module each comes from (imported when first asked for)
_LAZY = {
    "BATCH_ARTICLES": "database",
    "SCHEMA": "schema",
    "SCHEMA_VERSION": "schema",
    "IngestSummary": "database",
    "Refused": "database",
    "Store": "database",
    "StoreDamaged": "damage",
    "StoreError": "database",
    "actor_id": "database",
    "damage_cause": "damage",
    "damage_in": "damage",
    "damaged": "damage",
    "first_line": "damage",
    "CheckReport": "check",
    "check_store": "check",
}

__all__ = ["DEFAULT_DB", *_LAZY]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'newsgraph.store' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
