"""The `when` stage's lexicon, `data/rules/dates.yaml`: read here once, at import, for the whole package."""

from __future__ import annotations

from newsgraph.rulefile import load_rules
from newsgraph.ruleschemas import DateRules, EventRules

_DATA = load_rules(DateRules)

# recognising expressions
MONTHS: dict[str, int] = {k: int(v) for k, v in _DATA.months.items()}
WEEKDAYS: dict[str, int] = {k: int(v) for k, v in _DATA.weekdays.items()}
WEEKDAY_BLOCKERS = frozenset(_DATA.weekday_blockers)
NUMBERS: dict[str, int] = {k: int(v) for k, v in _DATA.numbers.items()}
VAGUE_NUMBERS = frozenset(_DATA.vague_numbers)
UNITS: dict[str, str] = dict(_DATA.units)
PARTS_OF_DAY = frozenset(_DATA.parts_of_day)
MONTH_CONTEXT = frozenset(_DATA.month_context)
YEAR_CONTEXT = frozenset(_DATA.year_context)
CLOCK_WORDS = frozenset(_DATA.clock_words)
RANGE_WORDS = frozenset(_DATA.range_words)
SEASONS: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in _DATA.seasons.items()}
RELATIVE: dict[str, int] = {k: int(v) for k, v in _DATA.relative.items()}
NARRATIVE_AFTER = frozenset(_DATA.narrative_after)

# attaching an expression to a trigger, and the tense of its clause
FUTURE_AUX = frozenset(_DATA.future_aux)
OPEN_MODALS = frozenset(_DATA.open_modals)
# the event noun takes the verb's date: light verbs (one list for the stages, in events.yaml) and
# verbs of the event's result
LIGHT_VERBS = frozenset(load_rules(EventRules).light_verbs) | frozenset(_DATA.result_verbs)
FUTURE_LEMMAS = frozenset(_DATA.future_lemmas)
PASS_THROUGH_VERBS = frozenset(_DATA.pass_through_verbs)
EVENT_NOUNS = frozenset(_DATA.event_nouns)

# date arithmetic
WEEK_UNITS: dict[str, int] = {k: int(v) for k, v in _DATA.week_units.items()}
