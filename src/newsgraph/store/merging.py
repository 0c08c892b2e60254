"""Which reports are one event: the index entries a new report is matched against (`Known`,
`Unattributed`), who an actor is across articles (`actor_id`), and the `events` row built from
an event's reports (`event_row`). The rules are the store's (`database`'s docstring); `Store`
runs them over its index in one transaction per batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..model import Event
from .schema import RESOLVED_RANK


def actor_id(actor: dict[str, Any] | None, article_id: str) -> str | None:
    """Who an actor is across articles: its KB entry, else its CAMEO code when that names a
    country ("RUSMIL"). An actor with neither ("the government", GOV; a person the KB lacks)
    could be anyone: it is known only inside its article, so its events merge with no other's.
    No actor (an event's source the text does not name) has no id: None."""
    if not actor:
        return None
    if actor.get("kb_id"):
        return actor["kb_id"]
    if actor.get("country") and actor.get("code"):
        return actor["code"]
    return f"{actor.get('code') or ''}:{(actor.get('text') or '').lower()}@{article_id}"


@dataclass
class Known:
    """An event of the index that new mentions are matched against, with the most direct
    `resolved_by` of its reports' source and target so far (the module's docstring)."""

    key: str
    day: dt.date | None
    place: str | None
    source_rb: str | None = field(default=None, kw_only=True)
    target_rb: str | None = field(default=None, kw_only=True)

    def lift(self, source_rb: str | None, target_rb: str | None) -> bool:
        """Take a report's resolved_by where it is more direct than the event's (neither None); True
        if either changed."""
        old = (self.source_rb, self.target_rb)
        self.source_rb = more_direct(self.source_rb, source_rb)
        self.target_rb = more_direct(self.target_rb, target_rb)
        return (self.source_rb, self.target_rb) != old


def more_direct(held: str | None, given: str | None) -> str | None:
    """`given` if it names a more direct way than `held` (both known values), else `held`: no
    country on either side changes nothing."""
    if held is None or given is None or given not in RESOLVED_RANK or held not in RESOLVED_RANK:
        return held
    return given if RESOLVED_RANK[given] < RESOLVED_RANK[held] else held


@dataclass
class Unattributed(Known):
    """An event with no source in the index: it takes reports from the article that first
    reported it, or reports naming the same town (see the module's docstring)."""

    article: str | None = None
    place_name: str | None = None

    def same_scene(self, article_id: str, place_name: str | None) -> bool:
        return article_id == self.article or (place_name is not None and place_name == self.place_name)


def event_row(
    key: str, ev: Event, day: dt.date | None, article_id: str, known: Known, place: dict[str, Any] | None = None
) -> tuple:
    """A new event's row, from its first report; its resolved_by the most direct of the batch's
    reports; its place the first report's, or `place` (a later report's own place in the batch
    when the first gave only the article's)."""
    s, t, loc = ev.source or {}, ev.target or {}, place or ev.location or {}
    return (
        key,
        day,
        ev.cameo,
        ev.cameo_root,
        ev.cameo_name,
        ev.plover,
        ev.quad_class,
        ev.goldstein,
        ev.modality,
        actor_id(s, article_id),
        s.get("code"),
        s.get("country"),
        s.get("sector"),
        s.get("name"),
        s.get("kb_id"),
        actor_id(t, article_id),
        t.get("code"),
        t.get("country"),
        t.get("sector"),
        t.get("name"),
        t.get("kb_id"),
        loc.get("name"),
        loc.get("country"),
        loc.get("lat"),
        loc.get("lon"),
        loc.get("kind"),
        ev.confidence,
        0,
        0,
        0,
        article_id,
        ev.sentence,
        known.source_rb,
        known.target_rb,
        loc.get("admin1"),
        loc.get("geonames_id"),
        loc.get("precision", "sentence") if loc else None,
    )


def resolved_by(actor: dict[str, Any] | None) -> str | None:
    """How an event's actor got its country (None: no actor, or no country found)."""
    return actor.get("resolved_by") if actor else None


def own_place(location: dict[str, Any] | None) -> dict[str, Any] | None:
    """An event's place when its own sentence gives it (not the article's place, a fallback)."""
    return location if location and location.get("precision", "sentence") != "article" else None


def town(location: dict[str, Any] | None) -> str | None:
    """The name of an event's place when it is a town (kind "city"): what tells two unclaimed attacks apart."""
    return location.get("name") if location and location.get("kind", "city") == "city" else None


def day_of(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
