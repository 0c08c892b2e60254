"""An event's id: one recipe for the coder, which writes each event out, and for the stages that
change an event's actors after it (`identified_doers.py` gives a source-less attack its doer),
so that an id always names the event's own source and target."""

from __future__ import annotations

import hashlib
from typing import Any

from ...model import Actor


def event_id(
    article_id: str,
    at: int,
    source: Actor | dict[str, Any] | None,
    target: Actor | dict[str, Any] | None,
    variant: str = "",
) -> str:
    """The id of the event whose trigger starts at char `at` of the whole article (not of a piece,
    so the pieces of a long text never share an id), with its source and target (their KB ids,
    else codes; "" for none); `variant`, the event's code when it is a second reading of its
    trigger (an intent or a demand beside the act), keeps the two apart. Stable across runs."""
    ident = f"{article_id}|{at}|{_key(source)}|{_key(target)}"
    ident += f"|{variant}" if variant else ""
    return hashlib.sha1(ident.encode()).hexdigest()[:16]


def _key(actor: Actor | dict[str, Any] | None) -> str:
    """An actor as the id names it: its KB id, else its code ("None" for neither, as ever)."""
    if actor is None:
        return ""
    if isinstance(actor, Actor):
        return f"{actor.kb_id or actor.code}"
    return f"{actor.get('kb_id') or actor.get('code')}"
