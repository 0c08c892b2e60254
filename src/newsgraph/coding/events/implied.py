"""The body a passive police or court act with no agent implies (events.yaml implied_agents,
implied_objects).

A verb that is itself a legal act ("was arrested", "was charged") implies its body by its lemma
(implied_agents). A phrase whose verb alone is no legal act ("was taken into custody", "was
placed under arrest", "arrests were made") implies it by the word its trigger entry requires
(implied_objects: the entry's object or prep-object condition), so "the town was taken" or
"a decision was made" imply no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...rulefile import load_rules
from ...ruleschemas import EventRules
from .lexicon import Trigger

_RULES = load_rules(EventRules)
_OBJECTS = {k.lower(): v for k, v in _RULES.implied_objects.items()}


def implied_sector(tok: Token, trig: Trigger | None, by_lemma: dict[str, str]) -> str | None:
    """The sector of the body the act implies: by the verb's lemma, else by the legal word the
    matched trigger entry requires as its object (events.yaml implied_objects); None otherwise."""
    sector = by_lemma.get(tok.lemma_.lower())
    if sector is not None or trig is None or trig.pos != "verb" or not trig.objects:
        return sector
    return next((_OBJECTS[o] for o in trig.objects if o in _OBJECTS), None)
