"""The article's place as the last fallback for an event whose own text gives none.

Called once per article, after its events are coded (`pipeline.merge_docs`). The article's
place is read by the actors stage's `Setting` of the article's first piece (`actors/setting.py`):
the town its dateline names ("KABUL (Reuters) -" -> Kabul), else its main country (from the
dateline, the title or its actors). An event with no place of its own gets it as its
`location`, marked `precision: "article"`: a map may show it, apart, but it is never the
event's own place (`bench/places.py` never counts it). An event with a place keeps it, and an
article with no place gives none.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from ...model import Event, Location

ARTICLE = "article"  # `Location.precision` of the article's place


def article_place(setting: Any) -> Location | None:
    """The article's place from its first piece's `Setting` (None: no setting, or no place)."""
    if setting is None:
        return None
    place: Location | None = setting.dateline_place or setting.main_place
    return replace(place, precision=ARTICLE) if place is not None else None


def fill(events: list[Event], place: Location | None) -> int:
    """Give `place` to each event that has no location; how many took it."""
    if place is None:
        return 0
    n = 0
    for e in events:
        if not e.location:
            e.location = asdict(place)
            n += 1
    return n
