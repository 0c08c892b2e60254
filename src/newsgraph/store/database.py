"""The corpus store: coded articles in one DuckDB file, reports of one event merged.

`Store(path)` opens (or creates) the file; `Store.write(coded)` writes coded articles a
batch per transaction (`newsgraph.ingest` codes them first and skips those stored already),
so a run killed at any point leaves whole batches and a re-run finishes the job. Every input
article gets a row with its status and reason.

Reports of the same event in different articles - same source and target actors, same
CAMEO code and modality, dates within a day, same place country where both are known -
are one row of `events` with `num_mentions`, `num_sources` (distinct outlets) and
`num_articles`; `mentions` keeps each report and leads back to its sentence. Matching
runs in input order against an index of the stored events, so a resumed run gives the
same events as a clean one.

An event may have no source (the output contract allows it for threats and force, CAMEO
roots 13-20, whose perpetrator the text does not name: "a car bomb killed ..."). Its
`source_*` columns are NULL and its source keys as "" in the event key; "someone" is no
actor, so such a report joins only an event that has no source either, the same target,
code, modality and dates within a day, and that was first reported in the same article or
names the same town (`location_name` of a place of kind "city"; a country, region or US state
is no scene; nor is the article's place, `location_precision` "article", which never counts as
an event's place in matching): two unclaimed bombings in one country on one day stay two events unless their
reports name one town.

Each event's `source_resolved_by` / `target_resolved_by` say how its actor's country was found
(`model.Actor`: "kb", "title", "appositive", "place" from the text itself; "sentence",
"paragraph", "article", "pronoun" from context only; NULL when there is no country, or the event
was stored before schema version 2). The other actor columns are the first report's, but these two
are the most direct of all its reports' (`RESOLVED_RANK`: a later report whose actor has its
country from the KB or its title lifts an event first coded from the article's context), so
leaving out context-only events (`query.events(context=False)`) keeps every event that some report
codes from the text itself. A report with no country never changes them.

The schema, its versions and their upgrade are in `schema` (and the README, "The store"):
`SCHEMA_VERSION` is written in `meta` and checked on open. A store of an older version that
can be upgraded (`MIGRATIONS`: version 1, before the resolved_by columns; version 2, before
the location's admin1, geonames_id and precision) is upgraded in place
when opened, in one transaction; opened read-only, it is upgraded first if the file is writable
(the connection closed, the upgrade made read-write, the file opened read-only again), else the
open fails naming the file and what to do. `newsgraph check` reads both versions as they are.

A damaged file (truncated, a block whose checksum fails) is never a traceback: DuckDB's
error becomes `StoreDamaged`, naming the file and what to do, wherever it shows (on open,
reading, writing; `Store.guard()` around other reads; the messages are `damage`'s). `Store.check()` / `check_store(path)`
read every table once and test what the store promises, so damage is found before an export.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..model import ArticleInput, CodedArticle, Event
from . import DEFAULT_DB
from .damage import damage_cause, damaged, first_line
from .merging import Known, Unattributed, actor_id, day_of, event_row, own_place, resolved_by, town
from .schema import READABLE_VERSIONS, SCHEMA, SCHEMA_VERSION, upgrade

if TYPE_CHECKING:
    from .check import CheckReport

log = logging.getLogger(__name__)

BATCH_ARTICLES = 64


def migrate(con: duckdb.DuckDBPyConnection, path: str | Path, version: int) -> None:
    """Upgrade the store open on `con` (read-write) from schema `version` to SCHEMA_VERSION
    (`schema.upgrade`: one transaction). A failure changes nothing and is a StoreError naming the
    file (StoreDamaged if DuckDB says the file is damaged)."""
    try:
        upgrade(con, version)
    except duckdb.Error as e:
        if damage_cause(e):
            raise damaged(path, e, "; it was not upgraded") from e
        raise StoreError(
            f"{path}: could not upgrade the store from schema version {version} to {SCHEMA_VERSION}, "
            f"nothing was changed: {first_line(e)}"
        ) from e


@dataclass
class Refused:
    """An article not stored because its id is already taken by another text."""

    id: str
    origin: str

    def message(self) -> str:
        where = f" ({self.origin})" if self.origin else ""
        return (
            f"{self.id!r}{where}: an article with this id is already stored with a different text; "
            f"nothing was changed. Give the new version an id of its own (e.g. '{self.id}-v2')."
        )


@dataclass
class IngestSummary:
    """What one ingest run did (`newsgraph ingest` prints it as one line)."""

    read: int = 0
    stored: int = 0
    already: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    mentions: int = 0
    new_events: int = 0
    refused: list[Refused] = field(default_factory=list)

    def line(self, db: str | Path) -> str:
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(self.by_status.items())) or "none"
        refused = f", {len(self.refused)} refused (id taken by another text)" if self.refused else ""
        return (
            f"{self.stored} articles stored ({statuses}), {self.already} already in the store{refused}; "
            f"{self.mentions} event mentions, {self.new_events} new events -> {db}"
        )


class Store:
    """One DuckDB file holding articles, merged events and their mentions."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, *, schema_check: bool = True) -> None:
        """Open (or create) the store, upgrading one of an older schema version (the module's
        docstring); `schema_check=False` opens any DuckDB file as it is (for `check_store`, which
        reports the schema itself)."""
        self.path = Path(path)
        existed = self.path.exists()
        if read_only and not existed:
            raise StoreError(f"{self.path}: no such store (run `newsgraph ingest` first)")
        self.con = self._connect(read_only)
        self._index: dict[tuple, list[Known]] | None = None
        self.upgraded_from: int | None = None  # the schema version this open upgraded, if it did
        if not schema_check:
            return
        try:
            version = self._check_schema(existed, read_only)
            if version < SCHEMA_VERSION:
                if read_only:  # upgraded read-write, then opened read-only again
                    self.con.close()
                    self._upgrade_file(version)
                    self.con = self._connect(True)
                    if self._check_schema(True, True) != SCHEMA_VERSION:
                        raise StoreError(f"{self.path}: the store was not upgraded; nothing was changed")
                else:
                    migrate(self.con, self.path, version)
                self.upgraded_from = version
                log.warning(
                    "%s: store upgraded from schema version %d to %d (events stored before have no resolved_by)",
                    self.path,
                    version,
                    SCHEMA_VERSION,
                )
        except BaseException as e:
            with contextlib.suppress(duckdb.Error):
                self.con.close()
            if isinstance(e, duckdb.Error):  # the file opened, but its catalogue or meta does not read
                raise damaged(self.path, e) from e
            raise

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            if damage_cause(e):
                raise damaged(self.path, e) from e
            raise StoreError(f"{self.path}: cannot open as a DuckDB database: {first_line(e)}") from e

    # -- schema ------------------------------------------------------------------
    def _check_schema(self, existed: bool, read_only: bool) -> int:
        """The store's schema version (creating the tables in an empty file opened for writing):
        SCHEMA_VERSION, or an older one `migrate` upgrades; any other is a StoreError."""
        tables = {
            r[0]
            for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        }
        if not tables:
            if read_only:
                raise StoreError(f"{self.path}: an empty DuckDB database, not a newsgraph store")
            self._create()
            return SCHEMA_VERSION
        if "meta" not in tables or "articles" not in tables:
            raise StoreError(
                f"{self.path}: a DuckDB database but not a newsgraph store "
                f"(tables: {', '.join(sorted(tables))}); nothing was changed"
            )
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else 0
        if version not in READABLE_VERSIONS:
            raise StoreError(
                f"{self.path}: store schema version {version}, this newsgraph reads version "
                f"{SCHEMA_VERSION}; "
                + (
                    "upgrade newsgraph"
                    if version > SCHEMA_VERSION
                    else "re-ingest into a new file (no migration from it exists)"
                )
                + "; nothing was changed"
            )
        return version

    def _upgrade_file(self, version: int) -> None:
        """Upgrade the closed file from `version` on a read-write connection of its own (a read-only
        open of an older store), or say why it cannot be and what to do."""
        what = (
            f"{self.path}: store schema version {version}, this newsgraph reads version {SCHEMA_VERSION} "
            "and upgrades the file in place"
        )
        if not os.access(self.path, os.W_OK):
            raise StoreError(
                f"{what}, but the file is read-only: make it writable (or copy it where it can be written) "
                "and run the command again, which upgrades it; nothing was changed"
            )
        try:
            con = duckdb.connect(str(self.path))
        except duckdb.Error as e:
            if damage_cause(e):
                raise damaged(self.path, e) from e
            raise StoreError(
                f"{what}, which needs it opened for writing: {first_line(e)}; run the command again when "
                "no other process has the file open; nothing was changed"
            ) from e
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row and str(row[0]) == str(SCHEMA_VERSION):
                return  # another process upgraded it meanwhile
            migrate(con, self.path, version)
        finally:
            con.close()

    def _create(self) -> None:
        try:
            self.con.execute("BEGIN")
            self.con.execute(SCHEMA)
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
                [str(SCHEMA_VERSION), dt.datetime.now(dt.UTC).isoformat()],
            )
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self._rollback()
            raise StoreError(f"{self.path}: cannot create the store: {first_line(e)}") from e

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def guard(self, what: str = "") -> Iterator[None]:
        """Reads (or writes) of this store inside: a DuckDB error saying the file is damaged becomes
        `StoreDamaged` naming it (`what`: what was not done); other errors pass unchanged. Damage
        often shows only when a damaged block is read, long after the store opened."""
        try:
            yield
        except duckdb.Error as e:
            if damage_cause(e) is None:
                raise
            raise damaged(self.path, e, what) from e

    def check(self) -> CheckReport:
        """Read every table and test what the store promises (`newsgraph.store.check`)."""
        from .check import check

        return check(self)

    # -- reading -----------------------------------------------------------------
    def stored_ids(self) -> set[str]:
        """Ids of the articles already stored (any status)."""
        return {r[0] for r in self.con.execute("SELECT article_id FROM articles").fetchall()}

    def stored_statuses(self) -> dict[str, str]:
        """The status of every stored article by id."""
        return dict(self.con.execute("SELECT article_id, status FROM articles").fetchall())

    def stored_digests(self) -> dict[str, str]:
        """md5 of every stored article's text by id: one scan, made when a given id first comes again."""
        return dict(self.con.execute("SELECT article_id, md5(coalesce(text, '')) FROM articles").fetchall())

    def stats(self) -> dict[str, Any]:
        """Counts for `newsgraph stats`: every input article, distinct events, mentions."""

        def one(sql: str) -> Any:
            row = self.con.execute(sql).fetchone()
            return row[0] if row else 0

        with self.guard():
            by_status = dict(
                self.con.execute("SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").fetchall()
            )
            return {
                "articles": sum(by_status.values()),
                "events": one("SELECT count(*) FROM events"),
                "mentions": one("SELECT count(*) FROM mentions"),
                "by_status": by_status,
                "schema_version": SCHEMA_VERSION,
                "db": str(self.path),
            }

    # -- writing -----------------------------------------------------------------
    def _load_index(self) -> dict[tuple, list[Known]]:
        index: dict[tuple, list[Known]] = {}
        with self.guard("; nothing was stored"):
            # the article and place name only of the events with no source (NULL, so nothing held, for the rest)
            rows = self.con.execute(
                "SELECT event_key, source_id, target_id, cameo, modality, date, "
                "CASE WHEN location_precision IS DISTINCT FROM 'article' THEN location_country END, "
                "CASE WHEN source_id IS NULL THEN first_article END, "
                "CASE WHEN source_id IS NULL AND location_kind = 'city' "
                "AND location_precision IS DISTINCT FROM 'article' THEN location_name END, "
                "source_resolved_by, target_resolved_by "
                "FROM events ORDER BY rowid"
            ).fetchall()
        for key, src, tgt, cameo, modality, day, place, article, place_name, src_rb, tgt_rb in rows:
            known = (
                Known(key, day, place, source_rb=src_rb, target_rb=tgt_rb)
                if src is not None
                else Unattributed(key, day, place, article, place_name, source_rb=src_rb, target_rb=tgt_rb)
            )
            index.setdefault((src, tgt, cameo, modality), []).append(known)
        return index

    def _match(self, ev: Event, day: dt.date | None, article_id: str, added: list[list[Known]]) -> tuple[Known, bool]:
        """(event, new?) for a mention: an event of the index it reports, else a new one, appended
        to its group of the index (the group is noted in `added`, so a failed batch can take it back)."""
        assert self._index is not None
        src, tgt = actor_id(ev.source, article_id), actor_id(ev.target, article_id)
        own = own_place(ev.location)  # the article's place is no scene: it never tells events apart
        place = (own or {}).get("country")
        place_name = town(own) if src is None else None
        group = self._index.setdefault((src, tgt, ev.cameo, ev.modality), [])
        best: Known | None = None
        for k in group:
            if isinstance(k, Unattributed) and not k.same_scene(article_id, place_name):
                continue  # no source: "someone" is no actor (the module's docstring)
            if day is None or k.day is None:
                close = day is None and k.day is None
            else:
                close = abs((day - k.day).days) <= 1
            if close and (place is None or k.place is None or place == k.place):
                if best is None or (
                    day and k.day and best.day and abs((day - k.day).days) < abs((day - best.day).days)
                ):
                    best = k
        if best is not None:
            return best, False
        # no source keys as "" (a known one is never empty)
        key = hashlib.sha1(f"{ev.event_id}|{'' if src is None else src}|{tgt}|{ev.cameo}".encode()).hexdigest()[:16]
        rb = {"source_rb": resolved_by(ev.source), "target_rb": resolved_by(ev.target)}
        known = (
            Known(key, day, place, **rb)
            if src is not None
            else Unattributed(key, day, place, article_id, place_name, **rb)
        )
        group.append(known)
        added.append(group)
        return known, True

    def write(
        self,
        batch: list[CodedArticle],
        inputs: dict[str, ArticleInput],
        summary: IngestSummary,
        on_article: Callable[[], None] | None = None,
        retried: Collection[str] = (),
    ) -> None:
        """Write a batch of coded articles in one transaction (all or nothing), merging their events
        with the stored ones; `inputs` gives each article's text and origin by id, `retried` the
        ids whose failed or skipped record they replace. `newsgraph.ingest` codes and calls this."""
        if self._index is None:
            self._index = self._load_index()
        # the index groups this batch's new events were appended to: taken back if the batch fails
        # (copying the index instead cost 1.2 s a write on a million events)
        added: list[list[Known]] = []
        # the stored events whose resolved_by a report of this batch lifted, with their values before
        lifted: list[tuple[Known, str | None, str | None]] = []
        try:
            self._write_batch(batch, inputs, summary, retried, added, lifted)
        except BaseException:
            for group in reversed(added):
                group.pop()
            for known, source_rb, target_rb in reversed(lifted):
                known.source_rb, known.target_rb = source_rb, target_rb
            raise
        for c in batch:
            summary.by_status[c.article.status] = summary.by_status.get(c.article.status, 0) + 1
            inputs.pop(c.article.id, None)
            if on_article:
                on_article()

    def _write_batch(
        self,
        batch: list[CodedArticle],
        inputs: dict[str, ArticleInput],
        summary: IngestSummary,
        retried: Collection[str],
        added: list[list[Known]],
        lifted: list[tuple[Known, str | None, str | None]],
    ) -> None:
        """The rows of a batch, written in one transaction (rolled back whole if it fails)."""
        rows: dict[str, list[tuple]] = {t: [] for t in ("articles", "mentions", "actors", "quotes", "flags")}
        # the batch's new events: the first report, and the event (its resolved_by, as later reports lift it)
        new_events: dict[str, tuple[Event, dt.date | None, str, Known]] = {}
        stored_lifted: dict[str, Known] = {}
        # own places a later report names for events whose first report gave only the article's
        placed: dict[str, dict[str, Any]] = {}  # events new in this batch
        stored_placed: dict[str, dict[str, Any]] = {}  # events already stored
        touched: set[str] = set()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for c in batch:
            a = c.article
            given = inputs.get(a.id)
            rows["articles"].append(
                (
                    a.id,
                    a.title,
                    day_of(a.date),
                    a.source,
                    a.url,
                    a.language,
                    a.status,
                    a.error,
                    given.origin if given else None,
                    given.text if given else None,
                    len(c.events),
                    len(c.quotes),
                    len(c.flags),
                    now,
                )
            )
            rows["actors"] += [
                (a.id, x.text, x.span[0], x.span[1], x.kb_id, x.name, x.country, x.sector, x.code, x.resolved_by)
                for x in c.actors
            ]
            rows["quotes"] += [
                (
                    a.id,
                    (q.speaker or {}).get("text"),
                    (q.speaker or {}).get("code"),
                    (q.speaker or {}).get("country"),
                    (q.speaker or {}).get("kb_id"),
                    q.text,
                    q.cue,
                    q.span[0],
                    q.span[1],
                    q.sentence_index,
                )
                for q in c.quotes
            ]
            rows["flags"] += [
                (a.id, f.kind, f.text, f.span[0], f.span[1], f.claim, f.kb_fact, f.message) for f in c.flags
            ]
            for ev in c.events:
                day = day_of(ev.date) or day_of(a.date)
                known, new = self._match(ev, day, a.id, added)
                key = known.key
                touched.add(key)
                if new:
                    new_events[key] = (ev, day, a.id, known)
                elif own := own_place(ev.location):
                    # a later report that names the event's own place replaces the article's place
                    # (or none) the first report gave it; a place of its own is never replaced
                    first = new_events.get(key)
                    if first is None:
                        stored_placed.setdefault(key, own)
                    elif not own_place(first[0].location) and key not in placed:
                        placed[key] = own
                if not new:
                    before = (known.source_rb, known.target_rb)
                    if known.lift(resolved_by(ev.source), resolved_by(ev.target)):
                        lifted.append((known, *before))
                        if key not in new_events:
                            stored_lifted[key] = known
                sp, tp = ev.source_phrase or {}, ev.target_phrase or {}
                rows["mentions"].append(
                    (
                        f"{a.id}|{ev.event_id}",
                        key,
                        a.id,
                        ev.sentence_index,
                        ev.sentence,
                        ev.trigger,
                        ev.span[0],
                        ev.span[1],
                        ev.source.get("text") if ev.source else sp.get("text"),
                        *(sp.get("span") or (None, None)),
                        (ev.target or {}).get("text") if ev.target else tp.get("text"),
                        *(tp.get("span") or (None, None)),
                        ev.cameo,
                        ev.modality,
                        day_of(ev.date),
                        day_of(ev.date_end),
                        ev.date_text,
                        ev.date_precision,
                        (ev.location or {}).get("text"),
                        ev.confidence,
                        ev.rule,
                    )
                )
        replaced = [c.article.id for c in batch if c.article.id in retried]
        try:
            self.con.execute("BEGIN")
            if replaced:  # failed or skipped records coded again: they had no events, only these rows
                marks = ", ".join("?" * len(replaced))
                for table in ("articles", "actors", "quotes", "flags"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", replaced)
            events = [event_row(key, *report, placed.get(key)) for key, report in new_events.items()]
            for table, data in (*rows.items(), ("events", events)):
                self._insert(table, data)
            if stored_lifted:
                self.con.execute("CREATE OR REPLACE TEMP TABLE lifted (event_key VARCHAR, s VARCHAR, t VARCHAR)")
                self._insert("lifted", [(k, x.source_rb, x.target_rb) for k, x in sorted(stored_lifted.items())])
                self.con.execute(
                    "UPDATE events SET source_resolved_by = l.s, target_resolved_by = l.t FROM lifted l "
                    "WHERE events.event_key = l.event_key"
                )
            if stored_placed:
                self._insert_places(stored_placed)
            if touched:
                self.con.execute("CREATE OR REPLACE TEMP TABLE touched (event_key VARCHAR)")
                self._insert("touched", [(k,) for k in sorted(touched)])
                self.con.execute(UPDATE_COUNTS)
            self.con.execute("COMMIT")
        except (duckdb.Error, OSError) as e:
            self._rollback()
            if damage_cause(e):
                raise damaged(self.path, e, f"; nothing of a batch of {len(batch)} articles was stored") from e
            raise StoreError(
                f"{self.path}: could not write a batch of {len(batch)} articles, nothing of it "
                f"was stored: {first_line(e)}"
            ) from e
        summary.stored += len(batch)
        summary.mentions += len(rows["mentions"])
        summary.new_events += len(new_events)

    def _insert_places(self, places: dict[str, dict[str, Any]]) -> None:
        """Give stored events whose place is only the article's (or none) the own place a new
        report names (inside the write's transaction)."""
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE placed (event_key VARCHAR, name VARCHAR, country VARCHAR, "
            "lat DOUBLE, lon DOUBLE, kind VARCHAR, admin1 VARCHAR, geonames_id BIGINT)"
        )
        self._insert(
            "placed",
            [
                (
                    k,
                    p.get("name"),
                    p.get("country"),
                    p.get("lat"),
                    p.get("lon"),
                    p.get("kind"),
                    p.get("admin1"),
                    p.get("geonames_id"),
                )
                for k, p in sorted(places.items())
            ],
        )
        self.con.execute(
            "UPDATE events SET location_name = p.name, location_country = p.country, lat = p.lat, lon = p.lon, "
            "location_kind = p.kind, location_admin1 = p.admin1, location_geonames_id = p.geonames_id, "
            "location_precision = 'sentence' FROM placed p WHERE events.event_key = p.event_key "
            "AND (events.location_precision = 'article' OR events.location_name IS NULL)"
        )

    def _insert(self, table: str, data: list[tuple]) -> None:
        """Append rows in one statement through Arrow (row-by-row inserts cost more than coding)."""
        if not data:
            return
        columns = pa.table({f"c{i}": list(col) for i, col in enumerate(zip(*data))})
        self.con.register("_rows", columns)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
        except BaseException:
            # after a failed statement DuckDB refuses everything ("Current transaction is aborted"),
            # unregister too: that second error must not hide the first, which says what happened
            with contextlib.suppress(duckdb.Error):
                self.con.unregister("_rows")
            raise
        self.con.unregister("_rows")

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass


# counts of the events a batch touched, from their mentions (outlets: the article's source,
# else the article itself)
UPDATE_COUNTS = """
UPDATE events SET num_mentions = c.n, num_articles = c.na, num_sources = c.ns, confidence = c.conf
FROM (
    SELECT m.event_key, count(*) AS n, count(DISTINCT m.article_id) AS na,
           count(DISTINCT coalesce(a.source, a.article_id)) AS ns, max(m.confidence) AS conf
    FROM mentions m JOIN articles a USING (article_id)
    WHERE m.event_key IN (SELECT event_key FROM touched)
    GROUP BY m.event_key
) c
WHERE events.event_key = c.event_key
"""
