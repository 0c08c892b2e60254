"""An intent, threat or demand read off a reported act is dated by the statement that made it.

"On Monday, the rebels said they will release the hostages on Friday": the release is planned for
Friday, but the intent to release it (0353) was expressed on Monday, when they said so; "On Tuesday,
the EU said Russia must withdraw by Friday": the demand (1056) was made on Tuesday. CAMEO codes
these as verbal acts, which happen when they are spoken (GUIDELINE "Dates": the day the event
happened), so they take the date of the verb of speech their act is reported under -- its own date,
or the one the story gives it -- never the act's planned or required date. The act itself keeps
its own (planned) date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from spacy.tokens import Token

from newsgraph.model import TimeRef

from .. import when
from ..when.lexicon import STATEMENT_VERBS
from .syntax import governors


def statement_of(tok: Token) -> Token | None:
    """The verb of speech the trigger's act is reported under ("said they will [release]",
    "declared it would [impose]", "said Russia must [withdraw]"): the nearest one above it through
    complements, control and coordination; None when the act is reported under none."""
    return next((v for v in governors(tok, frozenset()) if v.lemma_.lower() in STATEMENT_VERBS), None)


def stated_time(tok: Token, act_time: TimeRef | None, published: dt.date | None) -> TimeRef | None:
    """The date of the statement an intent, threat or demand read off the act at `tok` was made in;
    the act's own `act_time` when there is no statement verb or no publication date to count from."""
    verb = statement_of(tok)
    if verb is None or published is None:
        return act_time
    return when.resolve(verb.sent, verb, published, False)


def time_fields(ref: TimeRef | None) -> dict[str, Any]:
    """An event's four date fields from its time (all None without one)."""
    return asdict(ref) if ref is not None else dict.fromkeys(("date", "date_end", "date_text", "date_precision"))
