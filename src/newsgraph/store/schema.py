"""The store file's schema, its versions, and the upgrade from an older one.

`SCHEMA` creates the tables (the README's "The store" describes them); `SCHEMA_VERSION` is
written in `meta` and checked on open (`database.Store`). `MIGRATIONS` holds, for each older
version that can be upgraded, the statements that bring it to the next; `upgrade` runs them in
one transaction. Version 2 added how each actor's country was found (`resolved_by`, the values
of `model.RESOLVED_BY`): `events.source_resolved_by`, `events.target_resolved_by`,
`actors.resolved_by`, NULL in the rows a version-1 store held. Version 3 added the rest of an
event's place (`model.Location`): `events.location_admin1` (its first-level division),
`events.location_geonames_id` and `events.location_precision` ("sentence": the event's own
sentence says where; "article": only the article's place, a fallback), NULL in the rows a
version-2 store held (read as "sentence" where the event has a place).
"""

from __future__ import annotations

import datetime as dt

import duckdb

from ..model import RESOLVED_BY

SCHEMA_VERSION = 3

# `resolved_by` values from the most direct to the least (`model.Actor`)
RESOLVED_RANK = {v: i for i, v in enumerate(RESOLVED_BY)}

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, title VARCHAR, date DATE, source VARCHAR, url VARCHAR,
    language VARCHAR, status VARCHAR NOT NULL, error VARCHAR, origin VARCHAR, text VARCHAR,
    n_events INTEGER, n_quotes INTEGER, n_flags INTEGER, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS events (
    event_key VARCHAR PRIMARY KEY, date DATE, cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR,
    plover VARCHAR, quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,
    source_id VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_name VARCHAR, source_kb_id VARCHAR,
    target_id VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_name VARCHAR, target_kb_id VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, location_kind VARCHAR,
    confidence DOUBLE, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
    first_article VARCHAR, first_sentence VARCHAR,
    source_resolved_by VARCHAR, target_resolved_by VARCHAR,
    location_admin1 VARCHAR, location_geonames_id BIGINT, location_precision VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY, event_key VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    sentence_index INTEGER, sentence VARCHAR, trigger VARCHAR, span_start INTEGER, span_end INTEGER,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER,
    cameo VARCHAR, modality VARCHAR, date DATE, date_end DATE, date_text VARCHAR, date_precision VARCHAR,
    location_text VARCHAR, confidence DOUBLE, rule VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL, text VARCHAR, span_start INTEGER, span_end INTEGER,
    kb_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR, resolved_by VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL, speaker_text VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR,
    speaker_kb_id VARCHAR, text VARCHAR, cue VARCHAR, span_start INTEGER, span_end INTEGER,
    sentence_index INTEGER);
CREATE TABLE IF NOT EXISTS flags (
    article_id VARCHAR NOT NULL, kind VARCHAR, text VARCHAR, span_start INTEGER, span_end INTEGER,
    claim VARCHAR, kb_fact VARCHAR, message VARCHAR);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_key);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS actors_article ON actors (article_id);
"""

#: the statements that upgrade a store of the key's version to the next (ALTER TABLE appends a
#: column at the end, where SCHEMA has it, so the positional inserts fit an upgraded store too)
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE events ADD COLUMN source_resolved_by VARCHAR",
        "ALTER TABLE events ADD COLUMN target_resolved_by VARCHAR",
        "ALTER TABLE actors ADD COLUMN resolved_by VARCHAR",
    ),
    2: (
        "ALTER TABLE events ADD COLUMN location_admin1 VARCHAR",
        "ALTER TABLE events ADD COLUMN location_geonames_id BIGINT",
        "ALTER TABLE events ADD COLUMN location_precision VARCHAR",
    ),
}
READABLE_VERSIONS = (*MIGRATIONS, SCHEMA_VERSION)  # what `newsgraph check` reads as a store


def upgrade(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """Bring the store open on `con` (read-write) from schema `version` to SCHEMA_VERSION in one
    transaction: the columns added (NULL in the rows stored before), meta's schema_version set,
    `upgraded_at` and `upgraded_from` noted. A DuckDB error rolls it all back and is raised."""
    try:
        con.execute("BEGIN")
        for v in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[v]:
                con.execute(statement)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('upgraded_at', ?), ('upgraded_from', ?)",
            [dt.datetime.now(dt.UTC).isoformat(), str(version)],
        )
        con.execute("COMMIT")
    except duckdb.Error:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise
