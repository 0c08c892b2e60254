"""The `events` stage: triggers over the dependency parse -> coded events.

A trigger is a verb or noun listed in `rules/triggers-*.yaml` (format in docs/kb.md).
Its source and target come from the parse (subject, passive agent, objects,
prepositions, possessors), mapped to actors by the `actors` stage. Modality
(actual / planned / negated / hypothetical) comes from the words in
`rules/modality.yaml`; dates and places from the `when` and `where` stages.

- `lexicon`: the rule files read and checked (trigger entries, act maps, modality words).
- `syntax`: dependency-tree helpers (dependents, prepositions, coordination, clause heads, phrases).
- `matching`: which trigger entry's conditions hold at a word.
- `participants`: who: source and target actors, announcers and demanders.
- `force_acts`: acts of force: unnamed doers, weapons, the act noun a verb of force reports.
- `mood`: modality, announced refusals, a report's future.
- `readings`: `Reading` and `Dyad`, what a trigger was read as and its events before they are written.
- `meetings`: a meeting's host and visitors.
- `victims`, `casualties`, `unnamed`, `reports`: acts of force whose doer or sides the text leaves
  unnamed (victims' country, bare casualty reports, blasts and clashes with no side, "came under attack").
- `coder`: the spaCy component that puts them together into `Event`s.
"""

from __future__ import annotations

from ...rulefile import RuleError
from .coder import EventCoder, make_event_coder
from .lexicon import (
    NO_EVENT,
    RULES_DIR,
    ActMap,
    ModalityWords,
    Trigger,
    load_act_map,
    load_modality,
    load_triggers,
    modality,
    rules,
)

__all__ = [
    "NO_EVENT",
    "RULES_DIR",
    "ActMap",
    "EventCoder",
    "ModalityWords",
    "RuleError",
    "Trigger",
    "load_act_map",
    "load_modality",
    "load_triggers",
    "make_event_coder",
    "modality",
    "rules",
]
