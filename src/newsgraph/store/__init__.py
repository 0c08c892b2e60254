"""The store layer: everything that reads or writes the DuckDB file (all of newsgraph's SQL).

- `database`: `Store`, the file itself: schema, writes of coded articles (merging reports of
  one event), damage detection.
- `check`: whether a store is whole (`newsgraph check`).
- `query`: the questions asked of a store (dyads, actors, event pages, places, network).
- `export`: GDELT TSV, Parquet, JSON Lines, CSV.
- `memory`: the events held in memory in page order, for the web server.

`from newsgraph.store import Store` is the entry point; the submodules are imported when used.
"""

from .check import CheckReport, check_store
from .database import (
    BATCH_ARTICLES,
    DEFAULT_DB,
    SCHEMA,
    SCHEMA_VERSION,
    IngestSummary,
    Refused,
    Store,
    StoreDamaged,
    StoreError,
    actor_id,
    damage_cause,
    damage_in,
    damaged,
    first_line,
)

__all__ = [
    "BATCH_ARTICLES",
    "DEFAULT_DB",
    "SCHEMA",
    "SCHEMA_VERSION",
    "CheckReport",
    "IngestSummary",
    "Refused",
    "Store",
    "StoreDamaged",
    "StoreError",
    "actor_id",
    "check_store",
    "damage_cause",
    "damage_in",
    "damaged",
    "first_line",
]
