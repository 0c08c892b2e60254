"""Pages of events from memory: what `newsgraph serve` answers `GET /api/events` from.

`query.events()` asks DuckDB, which scans: on 1,000,000 events a filtered page costs about
10-40 ms of CPU (the count, then the top rows of every column), and 16 clients on two cores
queue behind each other for hundreds of ms. Neither DuckDB (ART indexes serve only point
lookups, and fetching 50 rows by key costs ~8 ms) nor Arrow compute answers a page in the
1-2 ms a busy server needs, so this module keeps the events table in memory in the one
order pages are read in (newest first, then by key), each column dictionary-encoded:
- a date range is a binary search (the rows are in date order),
- every other filter is a comparison of small integer codes over that range (numpy),
- a page's 50 rows are read by position from the codes and their dictionaries.
About 100 MiB of arrays per million events (250 MiB more server RSS). `EventPages.events()`
takes the arguments and gives the answer of `query.events()` (same checks, via
`query.event_filter`), which tests compare.

`LivePages` is what the server holds: it loads the pages at start and puts the events
of each article written into them (`EventPages.upsert`); for text searches (`q`), and if
the pages are away (a load that failed for want of memory), `from_memory()` gives None
and the server asks `query.events()`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import logging
import operator
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..model import CONTEXT_ONLY
from . import query
from .database import Store, StoreError

log = logging.getLogger(__name__)
BATCH_ROWS = 100_000  # rows read from the store at a time while loading
NO_DATE = np.iinfo(np.int32).max  # the sort key of an event without a date: after every dated one
NO_VALUE = -1  # the code of a NULL; a dictionary's last entry is None, so codes index it as they are
MISSING = -2  # the code of a filter value no event has: it matches nothing


def _code_type(values: list[Any]) -> type[np.signedinteger]:
    """int16 codes for a dictionary that fits (most do): half the memory, and half the bytes a
    filter compares."""
    return np.int16 if len(values) < np.iinfo(np.int16).max else np.int32


def _day_key(day: dt.date) -> int:
    """The sort key of a date: minus its day number (rows run newest first)."""
    return -(day - dt.date(1970, 1, 1)).days


def _row_day_key(iso: str | None) -> int:
    """The sort key of a date as `query.fetch_rows` gives it, NO_DATE if none."""
    return NO_DATE if iso is None else _day_key(dt.date.fromisoformat(iso))


class EventPages:
    """The events of a store, in memory, newest first (see the module's docstring)."""

    def __init__(
        self,
        names: list[str],
        codes: dict[str, np.ndarray],
        values: dict[str, list[Any]],
        plain: dict[str, pa.Array],
        day_keys: np.ndarray,
    ) -> None:
        self.names = names  # the columns, in the table's order (that of `query.events()` rows)
        self.codes = codes  # column -> position in values[column] (NO_VALUE for NULL), int16 or int32
        self.values = values  # column -> the distinct values, then None
        self.plain = plain  # the columns of (nearly) unique values, kept as Arrow arrays
        self.day_keys = day_keys  # minus the day number of each row's date (ascending), NO_DATE if none
        self.lookup = {name: {v: i for i, v in enumerate(vals[:-1])} for name, vals in values.items()}
        self.n = len(day_keys)

    @property
    def nbytes(self) -> int:
        """Bytes held in arrays (the dictionaries' Python objects not counted)."""
        return (
            sum(a.nbytes for a in self.codes.values())
            + sum(a.nbytes for a in self.plain.values())
            + self.day_keys.nbytes
        )

    @classmethod
    def load(cls, store: Store) -> EventPages:
        """Read every event of `store` (on a cursor of its own, so the server's other readers go on)."""
        cur = store.con.cursor()
        try:
            reader = cur.sql("SELECT * FROM events").to_arrow_reader(BATCH_ROWS)
            names = reader.schema.names
            chunks: dict[str, list[pa.Array]] = {name: [] for name in names}
            days: list[np.ndarray] = []
            for batch in reader:
                for name, column in zip(names, batch.columns):
                    # encoded batch by batch, so the raw strings of one batch at most are held at once
                    chunks[name].append(column.dictionary_encode())
                days.append(
                    pc.fill_null(batch.column("date").cast(pa.int32()), -NO_DATE).to_numpy(zero_copy_only=False)
                )
        finally:
            cur.close()
        day_keys = -np.concatenate(days) if days else np.zeros(0, np.int32)
        columns = {
            name: pa.chunked_array(
                parts, pa.dictionary(pa.int32(), reader.schema.field(name).type)
            ).unify_dictionaries()
            for name, parts in chunks.items()
        }
        # newest first, then by key: EVENT_ORDER ("date DESC NULLS LAST, event_key")
        keys = pa.table({"day": day_keys, "key": columns["event_key"].cast(pa.string())})
        order = pc.sort_indices(keys, [("day", "ascending"), ("key", "ascending")]).to_numpy()
        codes: dict[str, np.ndarray] = {}
        values: dict[str, list[Any]] = {}
        plain: dict[str, pa.Array] = {}
        for name, column in columns.items():
            dictionary = column.chunk(0).dictionary if column.num_chunks else pa.array([], column.type.value_type)
            if pa.types.is_string(dictionary.type) and len(dictionary) > len(day_keys) // 4 and len(dictionary) > 1000:
                # nearly one text per row (keys, sentences): a dictionary would only add to it
                plain[name] = column.cast(column.type.value_type).combine_chunks().take(order)
                continue
            indices = [pc.fill_null(chunk.indices, NO_VALUE).to_numpy(zero_copy_only=False) for chunk in column.chunks]
            values[name] = [v.isoformat() if isinstance(v, dt.date) else v for v in dictionary.to_pylist()] + [None]
            codes[name] = (np.concatenate(indices) if indices else np.zeros(0, np.int32))[order].astype(
                _code_type(values[name])
            )
        built = cls(names, codes, values, plain, day_keys[order].astype(np.int32))
        del columns, chunks, keys
        # the batches' raw strings are freed, but Arrow's allocator keeps the pages (~2x the copy
        # held) until told: give them back, so the server's memory is the copy's
        pa.default_memory_pool().release_unused()
        return built

    def _range(self, start: dt.date | None, end: dt.date | None) -> tuple[int, int]:
        """The rows dated from start to end: one run, as rows are in date order (descending)."""

        def first(day_key: int, side: Literal["left", "right"]) -> int:
            # an int32 needle: a Python int would have numpy copy the whole array to int64 first
            return int(np.searchsorted(self.day_keys, np.int32(day_key), side))

        lo = 0 if end is None else first(_day_key(end), "left")
        if start is None:
            hi = self.n if end is None else first(NO_DATE, "left")
        else:
            hi = first(_day_key(start), "right")
        return lo, max(lo, hi)

    def _equals(self, column: str, value: Any, lo: int, hi: int) -> np.ndarray:
        return self.codes[column][lo:hi] == self.lookup[column].get(value, MISSING)

    def _direct(self, column: str, lo: int, hi: int) -> np.ndarray:
        """The rows whose resolved_by `column` is no context-only value (NULL included)."""
        codes = [self.lookup[column][v] for v in CONTEXT_ONLY if v in self.lookup[column]]
        return ~np.isin(self.codes[column][lo:hi], codes)

    def column(self, name: str, positions: np.ndarray) -> list[Any]:
        """One column's values at these positions."""
        if name in self.plain:
            return self.plain[name].take(positions).to_pylist()
        vals = self.values[name]
        return [vals[i] for i in self.codes[name][positions].tolist()]

    def rows(self, positions: np.ndarray) -> list[dict[str, Any]]:
        """The rows at these positions, as `query.fetch_rows` gives them (dates in ISO form)."""
        columns = [self.column(name, positions) for name in self.names]
        return [dict(zip(self.names, row)) for row in zip(*columns)]

    def upsert(self, rows: list[dict[str, Any]]) -> EventPages:
        """A copy with these rows (as `query.fetch_rows` gives them) added, each in place of the row
        with its event_key if there is one: what a write changed, without reading every event again
        (0.17-0.24 s on a million events, against 3-4 s for `load`). This copy is left as it is:
        requests may be reading it."""
        if not rows:
            return self
        changed = {r["event_key"] for r in rows}
        keys = self.plain.get("event_key")
        if keys is not None:
            stale = pc.is_in(keys, value_set=pa.array(sorted(changed), pa.string()))
            gone = np.flatnonzero(stale.to_numpy(zero_copy_only=False))
        else:
            codes = [self.lookup["event_key"][k] for k in changed if k in self.lookup["event_key"]]
            gone = np.flatnonzero(np.isin(self.codes["event_key"], codes))
        keep = np.delete(np.arange(self.n), gone)
        new = sorted(rows, key=lambda r: (_row_day_key(r["date"]), r["event_key"]))
        new_days = np.array([_row_day_key(r["date"]) for r in new], np.int32)
        kept_days = self.day_keys[keep]
        # each new row goes after the kept rows of an earlier date key, then among those of its own by key
        at = []
        for day, row in zip(new_days, new):
            lo, hi = (int(np.searchsorted(kept_days, day, side)) for side in ("left", "right"))
            at.append(lo + bisect.bisect_left(self.column("event_key", keep[lo:hi]), row["event_key"]))
        order = np.insert(np.arange(len(keep)), at, len(keep) + np.arange(len(new)))  # into kept + new
        codes_out: dict[str, np.ndarray] = {}
        values_out: dict[str, list[Any]] = {}
        plain_out: dict[str, pa.Array] = {}
        for name in self.names:
            incoming = [r[name] for r in new]
            if name in self.plain:
                old = self.plain[name]
                plain_out[name] = pa.concat_arrays([old.take(keep), pa.array(incoming, old.type)]).take(order)
                continue
            vals, lookup = self.values[name][:-1], dict(self.lookup[name])
            added: list[Any] = []
            for v in incoming:
                if v is not None and v not in lookup:
                    lookup[v] = len(vals) + len(added)
                    added.append(v)
            fresh = np.array([NO_VALUE if v is None else lookup[v] for v in incoming], np.int32)
            values_out[name] = vals + added + [None]
            codes_out[name] = np.concatenate([self.codes[name][keep], fresh])[order].astype(
                _code_type(values_out[name])
            )
        return EventPages(self.names, codes_out, values_out, plain_out, np.concatenate([kept_days, new_days])[order])

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        root: str | None = None,
        quad: int | None = None,
        modality: str | None = None,
        date_from: str | dt.date | None = None,
        date_to: str | dt.date | None = None,
        context: bool = True,
        page: int = 1,
        size: int = 50,
    ) -> dict[str, Any]:
        """`query.events()` without `q` (text search is the store's)."""
        query.check_page(page, size)
        f = query.event_filter(
            source=source,
            target=target,
            root=root,
            quad=quad,
            modality=modality,
            date_from=date_from,
            date_to=date_to,
            context=context,
        )
        lo, hi = self._range(f.start, f.end)
        mask: np.ndarray | None = None
        for pairs in (f.source, f.target):
            if pairs:
                either = functools.reduce(operator.or_, (self._equals(c, v, lo, hi) for c, v in pairs))
                mask = either if mask is None else mask & either
        for column, value in f.equal:
            this = self._equals(column, value, lo, hi)
            mask = this if mask is None else mask & this
        if not f.context:
            for side in ("source", "target"):
                this = self._direct(f"{side}_resolved_by", lo, hi)
                mask = this if mask is None else mask & this
        offset = (page - 1) * size
        if mask is None:
            total = hi - lo
            positions = np.arange(lo + offset, min(hi, lo + offset + size))
        else:
            found = np.flatnonzero(mask)
            total = len(found)
            positions = found[offset : offset + size] + lo
        return {"events": self.rows(positions), "total": total, "page": page, "size": size}


class LivePages:
    """The server's pages: loaded at start, kept up to date by `changed()` after every write."""

    def __init__(self, store: Store, enabled: bool = True) -> None:
        self.store = store
        self.enabled = enabled
        self.current: EventPages | None = None
        self.generation = 0
        self.load_s: float | None = None
        self._lock = threading.Lock()
        self._builder = ThreadPoolExecutor(1, thread_name_prefix="newsgraph-pages")

    @property
    def state(self) -> str:
        """off, ready, or loading (answers come from the store meanwhile)."""
        return "off" if not self.enabled else "ready" if self.current is not None else "loading"

    def load(self) -> None:
        """Build the pages now (the server's start waits for them)."""
        if self.enabled:
            self._build(self.generation)

    def _build(self, generation: int) -> None:
        if generation != self.generation:
            return  # a later write has queued a build of its own
        t0 = time.perf_counter()
        try:
            with self.store.guard():
                built = EventPages.load(self.store)
        except MemoryError:
            log.warning("the store's events do not fit in memory: event pages come from the store file")
            self.enabled = False
            return
        except StoreError as e:  # damaged: the requests that read it say so (503), the server stays up
            log.error("%s; event pages come from the store file", e)
            self.enabled = False
            return
        with self._lock:
            if generation == self.generation:  # no write committed while reading
                self.current, self.load_s = built, time.perf_counter() - t0

    def changed(self, article_ids: list[str]) -> None:
        """These articles were stored: their events (new, or merged into stored ones) go into the
        pages now. Meanwhile, and if that fails (logged), the store answers; after a failure the
        pages are read again whole, in the background."""
        if not self.enabled:
            return
        with self._lock:
            self.generation += 1
            generation = self.generation
            current, self.current = self.current, None
            if current is not None:
                try:
                    marks = ", ".join("?" * len(article_ids))
                    rows = query.fetch_rows(
                        self.store,
                        "SELECT * FROM events WHERE event_key IN (SELECT "
                        f"event_key FROM mentions WHERE article_id IN ({marks}))",
                        list(article_ids),
                    )
                    self.current = current.upsert(rows)
                    return
                except Exception:
                    log.exception("the events in memory could not take a write: reading them all again")
        self._builder.submit(self._build, generation)

    def from_memory(self, *, q: str | None = None, **filters: Any) -> dict[str, Any] | None:
        """`query.events()`'s answer from memory, or None when the pages are away or `q` searches."""
        pages = self.current
        if pages is None or (q is not None and q.strip()):
            return None
        return pages.events(**filters)

    def close(self) -> None:
        self._builder.shutdown(cancel_futures=True)
