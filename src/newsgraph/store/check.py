"""`newsgraph check`: whether a store is whole, read block by block and promise by promise.

Damage often shows only when its block is read, so `check` reads every column of every table
(DuckDB then verifies each data block's checksum), looks keys up in every index, and tests what
the store promises (mentions lead to stored events and articles, counts equal their mentions,
the schema version: the current one, or an older one that opening upgrades). It changes nothing,
so a store of an older version is checked as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreDamaged
from .damage import damage_cause, first_line
from .database import Store
from .schema import READABLE_VERSIONS, SCHEMA_VERSION

CHECK_ADVICE = (
    "restore {path} from a backup, or re-ingest the articles into a new file "
    "(`newsgraph ingest ... --db NEW.duckdb`); until then an export or query of it may fail "
    "or miss rows"
)

TABLES = ("meta", "articles", "events", "mentions", "actors", "quotes", "flags")
# the indexes of SCHEMA (primary keys included), and how many keys `check` looks up in each
INDEXED = (
    ("meta", "key"),
    ("articles", "article_id"),
    ("events", "event_key"),
    ("mentions", "mention_id"),
    ("mentions", "event_key"),
    ("mentions", "article_id"),
    ("actors", "article_id"),
)
INDEX_PROBES = 256

# what the store promises beyond readable blocks: (name, tables it reads, SQL giving the number
# of rows that break the promise and up to three of them, the problem in words)
CONSISTENCY: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("schema version", ("meta",), "SELECT 0, list(value) FROM meta WHERE key = 'schema_version'", ""),
    (
        "mentions -> events",
        ("mentions", "events"),
        (
            "SELECT count(*), list(m.mention_id ORDER BY m.mention_id)[1:3] FROM mentions m "
            "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_key = m.event_key)"
        ),
        "{n} mentions name an event that is not stored (e.g. {examples})",
    ),
    (
        "mentions -> articles",
        ("mentions", "articles"),
        (
            "SELECT count(*), list(m.mention_id ORDER BY m.mention_id)[1:3] FROM mentions m "
            "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = m.article_id)"
        ),
        "{n} mentions name an article that is not stored (e.g. {examples})",
    ),
    (
        "actors, quotes, flags -> articles",
        ("actors", "quotes", "flags", "articles"),
        (
            "SELECT count(*), list(DISTINCT x.article_id ORDER BY x.article_id)[1:3] FROM ("
            "SELECT article_id FROM actors UNION ALL SELECT article_id FROM quotes UNION ALL "
            "SELECT article_id FROM flags) x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"
        ),
        "{n} rows belong to an article that is not stored (e.g. {examples})",
    ),
    (
        "events' counts",
        ("events", "mentions", "articles"),
        (
            "WITH c AS (SELECT m.event_key, count(*) AS n, count(DISTINCT m.article_id) AS na, "
            "count(DISTINCT coalesce(a.source, m.article_id)) AS ns FROM mentions m "
            "LEFT JOIN articles a USING (article_id) GROUP BY m.event_key) "
            "SELECT count(*), list(e.event_key ORDER BY e.event_key)[1:3] FROM events e LEFT JOIN c USING (event_key) "
            "WHERE e.num_mentions IS DISTINCT FROM coalesce(c.n, 0) OR e.num_articles IS DISTINCT FROM coalesce(c.na, 0) "
            "OR e.num_sources IS DISTINCT FROM coalesce(c.ns, 0)"
        ),
        "{n} events whose num_mentions, num_articles or num_sources differ from their mentions (e.g. {examples})",
    ),
    (
        "articles' n_events",
        ("articles", "mentions"),
        (
            "SELECT count(*), list(a.article_id ORDER BY a.article_id)[1:3] FROM articles a "
            "LEFT JOIN (SELECT article_id, count(*) AS n FROM mentions GROUP BY article_id) c USING (article_id) "
            "WHERE coalesce(a.n_events, 0) <> coalesce(c.n, 0)"
        ),
        "{n} articles whose n_events differ from their stored mentions (e.g. {examples})",
    ),
)


@dataclass
class Check:
    """One check of `Store.check()`: a table read whole, or a promise kept."""

    name: str
    state: str  # ok, failed, skipped (what it needs cannot be read)
    detail: str
    damaged: bool = False  # failed because DuckDB could not read the file


@dataclass
class CheckReport:
    """What `newsgraph check` prints: whether the store is whole, else each check that is not."""

    db: str
    checks: list[Check] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, state: str, detail: str, damaged: bool = False) -> None:
        self.checks.append(Check(name, state, detail, damaged))

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.state == "ok" for c in self.checks)

    def text(self) -> str:
        """One line when whole; else each check that failed, the tables that read, what to do."""
        c = self.counts
        if self.ok:
            return (
                f"{self.db}: whole ({c.get('articles', 0)} articles, {c.get('events', 0)} events, "
                f"{c.get('mentions', 0)} mentions)"
            )
        bad = [x for x in self.checks if x.state != "ok"]
        word = "damaged" if any(x.damaged for x in bad) else "not whole"
        read = [x.name.removeprefix("table ") for x in self.checks if x.name.startswith("table ") and x.state == "ok"]
        return "\n".join(
            [
                f"{self.db}: {word}: {len(bad)} of {len(self.checks)} checks failed",
                *(f"  {x.name}: {x.detail}" for x in bad),
                f"  tables that read whole: {', '.join(read) or 'none'}",
                "What to do: " + CHECK_ADVICE.format(path=self.db),
            ]
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "ok": self.ok,
            "counts": self.counts,
            "checks": [{"name": x.name, "state": x.state, "detail": x.detail} for x in self.checks],
        }


def check_store(path: str | Path) -> CheckReport:
    """Open `path` read-only, as it is, and check it. A missing file or one that is not DuckDB
    raises StoreError; one DuckDB cannot open because it is damaged gives a report saying so."""
    try:
        store = Store(path, read_only=True, schema_check=False)
    except StoreDamaged as e:
        report = CheckReport(str(path))
        report.add("open", "failed", f"cannot be read: {first_line(damage_cause(e) or e)}", damaged=True)
        return report
    with store:
        return store.check()


def _probe_index(store: Store, report: CheckReport, table: str, column: str) -> None:
    """Look up keys spread over the index on `table(column)`: a lookup reads the index blocks
    on its path (a scan reads none), where damage otherwise shows only when ingest writes."""
    name = f"index {table}({column})"
    keys: list[Any] = []
    try:
        step = max(1, report.counts[table] // INDEX_PROBES)
        keys = [
            r[0]
            for r in store.con.execute(
                f"SELECT {column} FROM {table} WHERE rowid % {step} = 0 LIMIT {INDEX_PROBES}"
            ).fetchall()
        ]
        for key in keys:
            store.con.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [key]).fetchall()
    except duckdb.Error as e:
        report.add(name, "failed", f"cannot be read: {first_line(damage_cause(e) or e)}", damaged=True)
        return
    report.add(name, "ok", f"{len(keys)} keys looked up")


def check(store: Store) -> CheckReport:
    """Read every column of every table once, so DuckDB verifies the checksum of every data
    block (`count(*)` alone reads none), then test what the store promises: the schema
    version, every mention's event and article stored, every actor, quote and flag's article
    stored, events' counts equal to their mentions, articles' `n_events` to theirs. Changes
    nothing. Index blocks are read by lookups of up to INDEX_PROBES keys spread over each index
    (a sample: on a large store some index blocks may stay unread; `ingest` names their damage)."""
    report = CheckReport(str(store.path))
    try:
        tables = {
            r[0]
            for r in store.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        }
    except duckdb.Error as e:
        report.add("catalogue", "failed", f"cannot be read: {first_line(damage_cause(e) or e)}", damaged=True)
        return report
    readable: set[str] = set()
    for table in TABLES:
        if table not in tables:
            report.add(f"table {table}", "failed", "missing: not a newsgraph store of this version")
            continue
        try:  # hash() needs every value, so every block of every column is read
            row = store.con.execute(f"SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM {table}").fetchone()
        except duckdb.Error as e:
            report.add(f"table {table}", "failed", f"cannot be read: {first_line(damage_cause(e) or e)}", damaged=True)
            continue
        readable.add(table)
        report.counts[table] = row[0] if row else 0
        report.add(f"table {table}", "ok", f"{report.counts[table]} rows read")
    for table, column in INDEXED:
        if table in readable:
            _probe_index(store, report, table, column)
    for name, needs, sql, problem in CONSISTENCY:
        if not set(needs) <= readable:
            report.add(name, "skipped", f"not checked: {', '.join(sorted(set(needs) - readable))} cannot be read")
            continue
        try:
            n, examples = store.con.execute(sql).fetchone() or (0, [])
        except duckdb.Error as e:
            report.add(name, "failed", f"cannot be read: {first_line(damage_cause(e) or e)}", damaged=True)
            continue
        if name == "schema version":
            version = int(examples[0]) if examples and str(examples[0]).isdigit() else 0
            ok = version in READABLE_VERSIONS
            if version == SCHEMA_VERSION:
                detail = f"version {version}"
            elif ok:  # an older store: whole as it is; the next command that opens it upgrades it
                detail = f"version {version}, upgraded in place to {SCHEMA_VERSION} when next opened"
            else:
                detail = f"version {version}; this newsgraph reads version {SCHEMA_VERSION}"
            report.add(name, "ok" if ok else "failed", detail)
            continue
        report.add(
            name,
            "ok" if n == 0 else "failed",
            "ok" if n == 0 else problem.format(n=n, examples=", ".join(map(str, examples or []))),
        )
    return report
