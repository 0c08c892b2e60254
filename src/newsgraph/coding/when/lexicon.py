"""The `when` stage's lexicon, `data/rules/dates.yaml`: read here once, at import, for the whole package."""

from __future__ import annotations

from newsgraph.rulefile import load_rules
from newsgraph.ruleschemas import DateRules, EventRules, IntentRules, ModalityRules

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

# the token grammar's words (expressions.py): days and parts of days
DAY_WORDS: dict[str, int] = dict(_DATA.day_words)
DAY_BEYOND: dict[str, int] = dict(_DATA.day_beyond)
LAST_DAY_PARTS = frozenset(_DATA.last_day_parts)
THIS_DAY_PARTS = frozenset(_DATA.this_day_parts)
WITHIN_PERIOD: dict[str, int] = dict(_DATA.within_period)
PERIOD_PARTS = frozenset(_DATA.period_parts)
RELATIVE_PERIOD_PARTS = frozenset(_DATA.relative_period_parts)
MONTH_PORTIONS = frozenset(_DATA.month_portions)
# the relative words each family takes
MONTH_RELATIVE = frozenset(_DATA.month_relative)
UNIT_RELATIVE = frozenset(_DATA.unit_relative)
THIS_RELATIVE = frozenset(_DATA.this_relative)
RELATIVE_AFTER = frozenset(_DATA.relative_after)
IN_WEEK_RELATIVE = frozenset(_DATA.in_week_relative)
WEEKDAY_RANGE_WORDS = frozenset(_DATA.weekday_range_words)
RELATIVE_UNITS = frozenset(_DATA.relative_units)
WEEKEND_PREPS = frozenset(_DATA.weekend_preps)
WINDOW_RELATIVE: dict[str, int] = dict(_DATA.window_relative)
WINDOW_PREPS = frozenset(_DATA.window_preps)
RECENT_UNITS = frozenset(_DATA.recent_units)
VAGUE_AFTER_ARTICLE = frozenset(_DATA.vague_after_article)
VAGUE_NOT_ALONE = frozenset(_DATA.vague_not_alone)
# anaphoric expressions, never resolved
NARRATIVE_RELATIVE = frozenset(_DATA.narrative_relative)
NARRATIVE_PERIODS = frozenset(_DATA.narrative_periods)
NARRATIVE_UNITS = frozenset(_DATA.narrative_units)
NARRATIVE_BEFORE = frozenset(_DATA.narrative_before)
ANAPHORIC_DAYS: dict[str, int] = {k: int(v) for k, v in _DATA.anaphoric_days.items()}
ANAPHORIC_DAY_PARTS = frozenset(_DATA.anaphoric_day_parts)
SEASON_PREPS = frozenset(_DATA.season_preps)

# attaching an expression to a trigger, and the tense of its clause
FUTURE_AUX = frozenset(_DATA.future_aux)
OPEN_MODALS = frozenset(_DATA.open_modals)
# the event noun takes the verb's date: light verbs (one list for the stages, in events.yaml) and
# verbs of the event's result
_EVENTS = load_rules(EventRules)
RESULT_VERBS = frozenset(_DATA.result_verbs)
# verbs binding their subject to a later act its to-infinitive names ("agreed to meet again on
# Sunday", "vowed to retaliate next week"): modality.yaml's planned words and committing_verbs,
# whose infinitive is planned; its time phrase dates that act, not the vow (attach.py)
_MODALITY = load_rules(ModalityRules)
BINDING_VERBS = frozenset(w for w in _MODALITY.planned if " " not in w) | frozenset(_MODALITY.committing_verbs)
LIGHT_VERBS = frozenset(_EVENTS.light_verbs) | RESULT_VERBS
# verbs that announce an act the events stage codes as the act itself ("announced a withdrawal")
ANNOUNCING_VERBS = frozenset(_EVENTS.announcing_verbs)
# verbs of a statement, whose restatement later in the article takes the lead's day
STATEMENT_VERBS = frozenset(load_rules(ModalityRules).reported_speech) | ANNOUNCING_VERBS
OTHER_TIME_ADVERBS = frozenset(_DATA.other_time_adverbs)
QUOTATION_CUES = frozenset(_DATA.quotation_cues)
# the kind of act each event noun names again (a noun of no kind names only its own word)
ACT_KIND: dict[str, str] = {n: k for k, nouns in _DATA.act_kinds.items() for n in nouns}
FORCE_VERBS = frozenset(_DATA.force_verbs)
FORCE_MEANS_VERBS = frozenset(_DATA.force_means_verbs)
FORCE_MEANS = frozenset(_DATA.force_means)
SHORT_INTERVALS = frozenset(_DATA.short_intervals)
PERFORMING_VERBS = frozenset(_DATA.performing_verbs)
MESSAGE_NOUNS = frozenset(_DATA.message_nouns)
DEFINITE_DETS = frozenset(_DATA.definite_dets)
# a request noun after one of these prepositions ("at X's request") gives the reason its verb acted
HEEDED_NOUNS = frozenset(_DATA.heeded_nouns)
HEEDED_PREPS = frozenset(_EVENTS.heeded_request_preps)
FUTURE_LEMMAS = frozenset(_DATA.future_lemmas)
PASS_THROUGH_VERBS = frozenset(_DATA.pass_through_verbs)
EVENT_NOUNS = frozenset(_DATA.event_nouns)
DURING_PREPS = frozenset(_DATA.during_preps)
OCCASION_RELATIVES = frozenset(_DATA.occasion_relatives)
OCCASION_PREPS = frozenset(_DATA.occasion_preps)
CONCESSIVE_PREPS = frozenset(_DATA.concessive_preps)
SPAN_PREPS = frozenset(_DATA.span_preps)
SPAN_UNITS = frozenset(_DATA.span_units)
GENERIC_EVENT_NOUNS = frozenset(_DATA.generic_event_nouns)
GATHERING_VERBS = frozenset(_DATA.gathering_verbs)
# intents.yaml announcers (offer, promise, agree ...): a date in the act they govern is that act's (attach.py rank)
OFFERING_VERBS = frozenset(w.lower() for w in load_rules(IntentRules).announcers)
PURPOSE_PREPS = frozenset(_DATA.purpose_preps)
PARTAKING_PREPS = frozenset(_DATA.partaking_preps)
PARTAKING_VERBS = frozenset(_DATA.partaking_verbs)
PARTAKING_OBJECTS = frozenset(_DATA.partaking_objects)
TEMPORAL_PREPS = frozenset(_DATA.temporal_preps)
ORDERING_PREPS = frozenset(_DATA.ordering_preps)
SIMULTANEOUS_MARKS = frozenset(_DATA.simultaneous_marks)
START_MARKS = frozenset(_DATA.start_marks)
ROLE_NOUNS = frozenset(_DATA.role_nouns)
EVENT_PRONOUNS = frozenset(_DATA.event_pronouns)
MEANS_PREPS = frozenset(_DATA.means_preps)

# date arithmetic
WEEK_UNITS: dict[str, int] = {k: int(v) for k, v in _DATA.week_units.items()}
