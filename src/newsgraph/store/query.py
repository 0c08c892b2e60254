"""Questions asked of a corpus store: dyad series, active actors, filtered event pages.

The CLI (`newsgraph query ...`) and the web API call these same functions, so every
check on the user's values is made here: a bad value raises `ValueError` naming the
parameter, and every value reaches DuckDB as a bound parameter, never as SQL text (a
quote in a filter is data). SQL fragments are only ever picked from fixed tables
(`PERIODS`, `_ROLE_ORDER`) by a validated key.

    dyads(store, source, target, by="month", date_from=None, date_to=None, modality=None) -> list[dict]
    actors(store, limit=20, role="any", date_from=None, date_to=None) -> list[dict]
    events(store, *, source, target, root, quad, modality, date_from, date_to, q, context=True, page=1, size=50) -> dict
    events_table / mentions_table / dyads_table(store, ..., as_="arrow"|"pandas") -> Arrow table or DataFrame

An actor filter (`source`, `target`) of three letters is a country (ISO3, matched on
the event's actor country or a bare country code); anything longer is a CAMEO actor
code (RUSGOV) or an actor id as `actors()` lists it (vladimir_putin, country:RUS).
`context=False` leaves out the events whose source or target country came only from
context (`resolved_by` sentence, paragraph, article or pronoun; `model.CONTEXT_ONLY`):
what is left was coded from each actor's own words, the KB or a phrase beside it (an
event stored before schema version 2 has no resolved_by and is kept).

No index is added to the schema: on 1,000,000 events (bench/store.py) a plain column
scan gives the monthly dyad series and a filtered events page in about 25 ms, a text
search page in about 0.3 s; DuckDB's ART indexes serve only selective point lookups, which
these filters are not, and every index is more work for each ingest batch.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ..model import CONTEXT_ONLY, iso_date
from .database import Store

if TYPE_CHECKING:  # pandas is only loaded when a DataFrame is asked for (CLI start-up)
    import pandas as pd
    import pyarrow as pa

    Table: TypeAlias = pa.Table | pd.DataFrame

MODALITIES = ("actual", "planned", "negated", "hypothetical")
# period start (a DATE) and the step between periods, by `by`
PERIODS = {
    "day": ("e.date", "INTERVAL 1 DAY"),
    "week": ("CAST(date_trunc('week', e.date) AS DATE)", "INTERVAL 7 DAY"),  # ISO weeks, from Monday
    "month": ("CAST(date_trunc('month', e.date) AS DATE)", "INTERVAL 1 MONTH"),
}
ROLES = ("any", "source", "target")
_ROLE_ORDER = {
    "any": "total DESC, as_source DESC",
    "source": "as_source DESC, total DESC",
    "target": "as_target DESC, total DESC",
}
MAX_SIZE = 1000
MAX_PAGE = 1_000_000  # pages of MAX_SIZE: a billion events
MAX_LIMIT = 1000
# newest first; the key makes pages stable when dates tie
EVENT_ORDER = "e.date DESC NULLS LAST, e.event_key"

As = Literal["arrow", "pandas"]


# -- validation ------------------------------------------------------------------


def _positive(name: str, value: Any, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or (high is not None and value > high):
        bound = f" and <= {high}" if high is not None else ""
        raise ValueError(f"{name}: must be an integer >= 1{bound}, got {value!r}")
    return value


def _date(name: str, value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return iso_date(str(value))
    except ValueError:
        raise ValueError(f"{name}: not an ISO date (YYYY-MM-DD): {value!r}") from None


def _choice(name: str, value: Any, allowed: tuple[str, ...] | dict[str, Any]) -> str:
    if value not in allowed:
        raise ValueError(f"{name}: must be one of {', '.join(allowed)}, got {value!r}")
    return value


# -- the WHERE clause shared by every events query ---------------------------------


class _Where:
    """Conditions and their bound parameters, in order."""

    def __init__(self) -> None:
        self.conds: list[str] = []
        self.params: list[Any] = []

    def add(self, cond: str, *params: Any) -> None:
        self.conds.append(cond)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conds) if self.conds else ""


def _actor(role: str, value: str | None) -> tuple[tuple[str, str], ...]:
    """An actor filter as (column, value) pairs, one of which an event must equal: a country
    (three letters) on the actor's country or code, else an actor code or id."""
    if value is None:
        return ()
    v = value.strip()
    if not v:
        raise ValueError(f"{role}: empty actor (give an ISO3 country, a CAMEO actor code or an actor id)")
    if re.fullmatch(r"[A-Za-z]{3}", v):
        return ((f"{role}_country", v.upper()), (f"{role}_code", v.upper()))
    return ((f"{role}_code", v.upper()), (f"{role}_id", v))


def _any_of(where: _Where, pairs: tuple[tuple[str, Any], ...]) -> None:
    if pairs:
        where.add("(" + " OR ".join(f"e.{column} = ?" for column, _ in pairs) + ")", *(v for _, v in pairs))


def _dates(date_from: str | dt.date | None, date_to: str | dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    start, end = _date("date_from", date_from), _date("date_to", date_to)
    if start and end and start > end:
        raise ValueError(f"date_from: {start} is after date_to {end}")
    return start, end


def _add_dates(where: _Where, start: dt.date | None, end: dt.date | None) -> None:
    if start:
        where.add("e.date >= ?", start)
    if end:
        where.add("e.date <= ?", end)


@dataclass(frozen=True)
class EventFilter:
    """The filters of `events()`, checked: `where()` asks them of DuckDB, `newsgraph.pages`
    of the events it holds in memory, so both answer alike."""

    source: tuple[tuple[str, str], ...] = ()  # (column, value) pairs: an event equals one of them
    target: tuple[tuple[str, str], ...] = ()
    equal: tuple[tuple[str, Any], ...] = ()  # (column, value) pairs: an event equals all of them
    start: dt.date | None = None
    end: dt.date | None = None
    q: str | None = None  # the search, lower-cased; None when there is none
    context: bool = True  # False: leave out events with an actor's country from context only

    def where(self) -> _Where:
        where = _Where()
        _any_of(where, self.source)
        _any_of(where, self.target)
        for column, value in self.equal:
            where.add(f"e.{column} = ?", value)
        _add_dates(where, self.start, self.end)
        if not self.context:
            marks = ", ".join("?" * len(CONTEXT_ONLY))
            for side in ("source", "target"):
                where.add(f"coalesce(e.{side}_resolved_by, '') NOT IN ({marks})", *CONTEXT_ONLY)
        if self.q is not None:
            # contains() rather than LIKE, so % and _ in the search are plain characters
            where.add(
                "(contains(lower(e.source_name), ?) OR contains(lower(e.target_name), ?) OR e.event_key IN "
                "(SELECT m.event_key FROM mentions m WHERE contains(lower(m.sentence), ?)))",
                self.q,
                self.q,
                self.q,
            )
        return where


def event_filter(
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    q: str | None = None,
    context: bool = True,
) -> EventFilter:
    """The filters every events query takes, checked (a bad one is a ValueError naming it)."""
    if not isinstance(context, bool):
        raise ValueError(f"context: true or false, got {context!r}")
    equal: list[tuple[str, Any]] = []
    if root is not None:
        if not isinstance(root, str) or not re.fullmatch(r"\d{2}", root):
            raise ValueError(f"root: a CAMEO root is two digits (01-20), got {root!r}")
        equal.append(("cameo_root", root))
    if quad is not None:
        if isinstance(quad, bool) or quad not in (1, 2, 3, 4):
            raise ValueError(f"quad: QuadClass is 1, 2, 3 or 4, got {quad!r}")
        equal.append(("quad_class", quad))
    if modality is not None:
        equal.append(("modality", _choice("modality", modality, MODALITIES)))
    start, end = _dates(date_from, date_to)
    needle = q.strip().lower() if q is not None and q.strip() else None
    return EventFilter(_actor("source", source), _actor("target", target), tuple(equal), start, end, needle, context)


def check_page(page: int, size: int) -> None:
    """A page number from 1 to MAX_PAGE and a page size from 1 to MAX_SIZE, or a ValueError naming
    which: an unbounded page overflowed DuckDB's 64-bit OFFSET (a 500) and numpy's positions."""
    _positive("page", page, MAX_PAGE)
    _positive("size", size, MAX_SIZE)


# -- running -----------------------------------------------------------------------


def fetch_rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as dicts with dates in ISO form (what the CLI's --json and the web API print).

    Each call has its own cursor, so web requests on threads do not share a result."""
    cur = store.con.cursor()
    try:
        with store.guard():  # a damaged block is a StoreDamaged naming the file, not DuckDB's IOException
            res = cur.execute(sql, params)
            names = [d[0] for d in res.description]
            rows = res.fetchall()
        return [{k: v.isoformat() if isinstance(v, dt.date) else v for k, v in zip(names, row)} for row in rows]
    finally:
        cur.close()


def _table(store: Store, sql: str, params: list[Any], as_: As) -> Table:
    """The whole result as one Arrow table or DataFrame, with DuckDB's own column types."""
    _choice("as_", as_, ("arrow", "pandas"))
    cur = store.con.cursor()
    try:
        with store.guard():  # a damaged block is a StoreDamaged naming the file, not DuckDB's IOException
            rel = cur.sql(sql, params=params)
            return rel.to_arrow_table() if as_ == "arrow" else rel.df()
    finally:
        cur.close()


# -- dyads -------------------------------------------------------------------------


def _dyads_sql(
    source: str | None,
    target: str | None,
    by: str,
    date_from: str | dt.date | None,
    date_to: str | dt.date | None,
    modality: str | None,
) -> tuple[str, list[Any]]:
    period, step = PERIODS[_choice("by", by, PERIODS)]
    where = _Where()
    _any_of(where, _actor("source", source))
    _any_of(where, _actor("target", target))
    if modality is not None:
        where.add("e.modality = ?", _choice("modality", modality, MODALITIES))
    _add_dates(where, *_dates(date_from, date_to))
    where.add("e.date IS NOT NULL")
    # every period from the first to the last one with events, empty ones as zeros, so the
    # series has no silent gaps
    sql = f"""
        WITH s AS (
            SELECT {period} AS period, count(*) AS events, CAST(sum(e.num_mentions) AS BIGINT) AS mentions,
                   sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean,
                   count(*) FILTER (e.quad_class = 1) AS q1, count(*) FILTER (e.quad_class = 2) AS q2,
                   count(*) FILTER (e.quad_class = 3) AS q3, count(*) FILTER (e.quad_class = 4) AS q4
            FROM events e{where.sql()}
            GROUP BY 1),
        p AS (SELECT CAST(unnest(generate_series(min(period), max(period), {step})) AS DATE) AS period FROM s)
        SELECT p.period, coalesce(s.events, 0) AS events, coalesce(s.mentions, 0) AS mentions,
               round(coalesce(s.goldstein_sum, 0), 3) AS goldstein_sum, round(s.goldstein_mean, 3) AS goldstein_mean,
               coalesce(s.q1, 0) AS q1, coalesce(s.q2, 0) AS q2, coalesce(s.q3, 0) AS q3, coalesce(s.q4, 0) AS q4
        FROM p LEFT JOIN s USING (period)
        ORDER BY p.period"""
    return sql, where.params


def dyads(
    store: Store,
    source: str | None,
    target: str | None,
    by: str = "month",
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    modality: str | None = None,
) -> list[dict[str, Any]]:
    """Per period (start date, ISO): events, mentions, Goldstein sum and mean, counts by QuadClass
    (q1..q4) of the events from `source` to `target`. Periods run from the first to the last with
    an event, empty ones included (goldstein_mean None). `modality=None` counts all events;
    "actual" leaves out the planned, negated and hypothetical ones."""
    return fetch_rows(store, *_dyads_sql(source, target, by, date_from, date_to, modality))


def dyads_table(
    store: Store,
    source: str | None,
    target: str | None,
    by: str = "month",
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    modality: str | None = None,
    as_: As = "arrow",
) -> Table:
    """`dyads()` as an Arrow table or DataFrame (period as a date)."""
    return _table(store, *_dyads_sql(source, target, by, date_from, date_to, modality), as_)


# -- actors ------------------------------------------------------------------------


def actors(
    store: Store,
    limit: int = 20,
    role: str = "any",
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
) -> list[dict[str, Any]]:
    """The most active actors, most first: id, code, name, country, sector (the most frequent
    of each), events as source, as target and in all. `role` ranks by one side and leaves out
    actors never on it."""
    _positive("limit", limit, MAX_LIMIT)
    order = _ROLE_ORDER[_choice("role", role, ROLES)]
    where = _Where()
    _add_dates(where, *_dates(date_from, date_to))
    sides = " UNION ALL ".join(
        f"SELECT e.{side}_id AS id, e.{side}_code AS code, e.{side}_name AS name, e.{side}_country AS country, "
        f"e.{side}_sector AS sector, {int(side == 'source')} AS s, {int(side == 'target')} AS t "
        f"FROM events e WHERE e.{side}_id IS NOT NULL" + "".join(f" AND {c}" for c in where.conds)
        for side in ("source", "target")
    )
    having = {"any": "", "source": " HAVING sum(s) > 0", "target": " HAVING sum(t) > 0"}[role]
    sql = f"""
        SELECT id, mode(code) AS code, mode(name) AS name, mode(country) AS country, mode(sector) AS sector,
               CAST(sum(s) AS BIGINT) AS as_source, CAST(sum(t) AS BIGINT) AS as_target, count(*) AS total
        FROM ({sides}) GROUP BY id{having}
        ORDER BY {order}, id LIMIT ?"""
    return fetch_rows(store, sql, where.params * 2 + [limit])


# -- events ------------------------------------------------------------------------


def events(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    q: str | None = None,
    context: bool = True,
    page: int = 1,
    size: int = 50,
) -> dict[str, Any]:
    """One page of the events matching every filter given, newest first:
    {"events": [...], "total": N, "page": p, "size": s}. `q` searches, case-insensitively,
    the event's sentences (all its mentions) and its actors' names; `context=False` leaves out
    the events with an actor's country from context only (the module's docstring)."""
    check_page(page, size)
    where = event_filter(
        source=source,
        target=target,
        root=root,
        quad=quad,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
        q=q,
        context=context,
    ).where()
    total = fetch_rows(store, f"SELECT count(*) AS n FROM events e{where.sql()}", where.params)[0]["n"]
    rows = fetch_rows(
        store,
        f"SELECT e.* FROM events e{where.sql()} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?",
        where.params + [size, (page - 1) * size],
    )
    return {"events": rows, "total": total, "page": page, "size": size}


def events_table(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    q: str | None = None,
    context: bool = True,
    as_: As = "arrow",
) -> Table:
    """Every event matching the filters of `events()` (no paging), newest first."""
    where = event_filter(
        source=source,
        target=target,
        root=root,
        quad=quad,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
        q=q,
        context=context,
    ).where()
    return _table(store, f"SELECT e.* FROM events e{where.sql()} ORDER BY {EVENT_ORDER}", where.params, as_)


def mentions_table(
    store: Store, event_key: str | None = None, article_id: str | None = None, as_: As = "arrow"
) -> Table:
    """The reports behind events (all, one event's or one article's), each with its article's
    outlet, date and url, so a figure can be traced to its sentence."""
    where = _Where()
    if event_key is not None:
        where.add("m.event_key = ?", event_key)
    if article_id is not None:
        where.add("m.article_id = ?", article_id)
    sql = (
        f"SELECT m.*, a.source AS article_source, a.date AS article_date, a.url AS article_url "
        f"FROM mentions m LEFT JOIN articles a USING (article_id){where.sql()} "
        f"ORDER BY m.article_id, m.sentence_index, m.span_start"
    )
    return _table(store, sql, where.params, as_)


# -- map and network (the web page) --------------------------------------------------


def places(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    q: str | None = None,
    context: bool = True,
    limit: int = 500,
) -> dict[str, Any]:
    """What a map draws for the events matching the filters of `events()`:
    {"countries": [{country, as_source, as_target, events}], "places": [{name, country, kind, lat, lon,
    precision, events}]}. `countries` shades countries by their events (`events` counts an event once when the
    country is on both sides), busiest first; `places` are the geocoded event locations, most events
    first, at most `limit`; a place of `precision` "article" is the article's place given to events
    whose text names none of their own (a map shows it apart), counted apart from the same place
    named by the events' own sentences."""
    _positive("limit", limit, MAX_LIMIT)
    where = event_filter(
        source=source,
        target=target,
        root=root,
        quad=quad,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
        q=q,
        context=context,
    ).where()
    # one scan: the country pairs first (a few thousand rows at most), then each side of them
    countries = fetch_rows(
        store,
        f"""
        WITH pairs AS (SELECT e.source_country AS s, e.target_country AS t, count(*) AS n
                       FROM events e{where.sql()} GROUP BY ALL)
        SELECT country, CAST(sum(as_source) AS BIGINT) AS as_source, CAST(sum(as_target) AS BIGINT) AS as_target,
               CAST(sum(events) AS BIGINT) AS events
        FROM (SELECT s AS country, n AS as_source, 0 AS as_target, n AS events FROM pairs
              UNION ALL
              SELECT t, 0, n, CASE WHEN t IS DISTINCT FROM s THEN n ELSE 0 END FROM pairs)
        WHERE country IS NOT NULL
        GROUP BY country ORDER BY events DESC, country""",
        where.params,
    )
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    located = fetch_rows(
        store,
        f"""
        SELECT e.location_name AS name, e.location_country AS country, e.location_kind AS kind, e.lat, e.lon,
               coalesce(e.location_precision, 'sentence') AS precision, count(*) AS events
        FROM events e{where.sql()}
        GROUP BY ALL ORDER BY events DESC, name, lat, lon LIMIT ?""",
        where.params + [limit],
    )
    return {"countries": countries, "places": located}


def network(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    q: str | None = None,
    context: bool = True,
    limit: int = 100,
) -> dict[str, Any]:
    """The country network of the events matching the filters of `events()`: {"nodes": [{id, events}],
    "edges": [{source, target, events, goldstein_mean}]}. Edges are directed, between two different
    countries (domestic events are no edge), the `limit` busiest; nodes are the countries of those
    edges, `events` summing the edges drawn, busiest first."""
    _positive("limit", limit, MAX_LIMIT)
    where = event_filter(
        source=source,
        target=target,
        root=root,
        quad=quad,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
        q=q,
        context=context,
    ).where()
    where.add("e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.source_country <> e.target_country")
    edges = fetch_rows(
        store,
        f"""
        SELECT e.source_country AS source, e.target_country AS target, count(*) AS events,
               round(avg(e.goldstein), 3) AS goldstein_mean
        FROM events e{where.sql()}
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""",
        where.params + [limit],
    )
    weight: dict[str, int] = {}
    for edge in edges:
        for side in ("source", "target"):
            weight[edge[side]] = weight.get(edge[side], 0) + edge["events"]
    nodes = [{"id": c, "events": n} for c, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


# -- one article ---------------------------------------------------------------------


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """A stored article with its actors, mentions (with their merged events), quotes and flags."""
    found = fetch_rows(store, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not found:
        return None
    meta = found[0]
    text = meta.pop("text")
    meta["id"] = meta.pop("article_id")
    actors = fetch_rows(
        store,
        "SELECT text, span_start, span_end, kb_id, name, country, sector, code, resolved_by FROM actors "
        "WHERE article_id = ? ORDER BY span_start",
        [article_id],
    )
    mentions = fetch_rows(
        store, "SELECT * FROM mentions WHERE article_id = ? ORDER BY sentence_index, span_start", [article_id]
    )
    keys = sorted({m["event_key"] for m in mentions})
    # point lookups on the events' key (a join would scan every event)
    events = (
        {
            e["event_key"]: e
            for e in fetch_rows(store, f"SELECT * FROM events WHERE event_key IN ({', '.join('?' * len(keys))})", keys)
        }
        if keys
        else {}
    )
    quotes = fetch_rows(store, "SELECT * FROM quotes WHERE article_id = ? ORDER BY span_start", [article_id])
    flags = fetch_rows(store, "SELECT * FROM flags WHERE article_id = ? ORDER BY span_start", [article_id])
    return {
        "article": meta,
        "actors": [
            {
                **{k: a[k] for k in ("text", "kb_id", "name", "country", "sector", "code", "resolved_by")},
                "span": [a["span_start"], a["span_end"]],
            }
            for a in actors
        ],
        "events": [_mention(m, events[m["event_key"]], article_id, text or "") for m in mentions],
        "quotes": [
            {
                "speaker": {
                    "text": q["speaker_text"],
                    "code": q["speaker_code"],
                    "country": q["speaker_country"],
                    "kb_id": q["speaker_kb_id"],
                }
                if q["speaker_text"] or q["speaker_code"]
                else None,
                "text": q["text"],
                "cue": q["cue"],
                "span": [q["span_start"], q["span_end"]],
                "sentence_index": q["sentence_index"],
            }
            for q in quotes
        ],
        "flags": [
            {k: f[k] for k in ("kind", "text", "claim", "kb_fact", "message")}
            | {"span": [f["span_start"], f["span_end"]]}
            for f in flags
        ],
        "text": text,
    }


def _mention(m: dict[str, Any], e: dict[str, Any], article_id: str, text: str) -> dict[str, Any]:
    """A mention row and its event row as a contract-shaped event (the actors' country and
    resolved_by are the merged event's)."""

    def actor(side: str) -> dict[str, Any] | None:
        if e[f"{side}_id"] is None:
            return None
        return {
            "text": m[f"{side}_text"],
            **{k: e[f"{side}_{k}"] for k in ("kb_id", "name", "country", "sector", "code", "resolved_by")},
        }

    def phrase(side: str) -> dict[str, Any] | None:
        start, end = m[f"{side}_start"], m[f"{side}_end"]
        return None if start is None or end is None else {"text": text[start:end], "span": [start, end]}

    location = None
    if m["location_text"] is not None or e["location_name"] is not None:
        location = {
            "text": m["location_text"],
            "name": e["location_name"],
            "country": e["location_country"],
            "lat": e["lat"],
            "lon": e["lon"],
            "kind": e["location_kind"],
            "admin1": e["location_admin1"],
            "geonames_id": e["location_geonames_id"],
            # a store of version 2 has no precision: its places were the sentence's own
            "precision": e["location_precision"] or "sentence",
        }
    return {
        "event_key": m["event_key"],
        "event_id": m["mention_id"].removeprefix(f"{article_id}|"),
        "sentence_index": m["sentence_index"],
        "sentence": m["sentence"],
        "trigger": m["trigger"],
        "span": [m["span_start"], m["span_end"]],
        "source": actor("source"),
        "target": actor("target"),
        "source_phrase": phrase("source"),
        "target_phrase": phrase("target"),
        **{
            k: e[k]
            for k in (
                "cameo_name",
                "cameo_root",
                "plover",
                "quad_class",
                "goldstein",
                "num_mentions",
                "num_articles",
                "num_sources",
            )
        },
        **{
            k: m[k]
            for k in ("cameo", "modality", "date", "date_end", "date_text", "date_precision", "confidence", "rule")
        },
        "location": location,
    }
