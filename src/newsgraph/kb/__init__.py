"""The knowledge base: countries, organisations, agents and people with dated roles.

Everything is loaded from TSV files (format in docs/kb.md): the bundled ones in
`newsgraph/data/kb` and any user folders given after them, so a user extends the
KB by dropping files, not by editing code. A later row with the same key wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import KBError

DATA_DIR = Path(__file__).parent.parent / "data"
KB_DIR = DATA_DIR / "kb"

# CAMEO sector codes a KB file may use (actor "agents" in CAMEO's terms).
SECTORS = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS PTY BUS MED EDU CVL REF HLH NGO IGO SPY ELI CRM LAB "
    "AGR REL HRI UAF SEP ENV MNC IMG MOD RAD AMN DEV".split()
)


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row, checking the header and column count."""
    with path.open(encoding="utf-8", newline="") as f:
        header: list[str] | None = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if tuple(header) != columns:
                    want = "\t".join(columns)
                    raise KBError(f"{path}:{lineno}: header must be {want!r}, got {line!r}")
                continue
            if len(cells) < len(columns):
                cells += [""] * (len(columns) - len(cells))
            if len(cells) != len(columns):
                raise KBError(f"{path}:{lineno}: expected {len(columns)} columns, got {len(cells)}")
            yield lineno, dict(zip(columns, (c.strip() for c in cells)))


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def parse_date(cell: str, where: str) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise KBError(f"{where}: bad date {cell!r} (want YYYY-MM-DD)") from None


def actor_code(country: str | None, sector: str | None, org_code: str | None = None) -> str | None:
    """CAMEO actor code: country + sector ("RUSGOV"), or the organisation's own code."""
    if org_code:
        return org_code
    if country and sector and sector not in ("IGO", "NGO"):
        return country + sector
    return country or None


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    capital_aliases: tuple[str, ...]
    government: tuple[str, ...]


@dataclass(frozen=True)
class Org:
    kb_id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str
    code: str


@dataclass(frozen=True)
class Agent:
    term: str
    sector: str
    person: bool
    role: str | None


@dataclass(frozen=True)
class Role:
    country: str | None
    role: str
    title: str
    sector: str
    start: dt.date | None
    end: dt.date | None
    org: str | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: dt.date) -> int:
        """Days between `day` and this role's term (0 inside it)."""
        if self.holds_on(day):
            return 0
        if self.start and day < self.start:
            return (self.start - day).days
        assert self.end is not None
        return (day - self.end).days


@dataclass
class Person:
    kb_id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on `day`; else the one closest in time (the KB may lag the news).

        Among roles held the same day, a head of state/government outranks a minister.
        """
        if not self.roles:
            return None
        if day is None:
            day = dt.date.today()
        rank = {"head of state": 0, "head of government": 1}
        return min(self.roles, key=lambda r: (r.distance(day), rank.get(r.role, 2)))


@dataclass(frozen=True)
class Region:
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float


def _files(dirs: Iterable[Path], prefix: str) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out += sorted(p for p in Path(d).glob(f"{prefix}*.tsv") if p.is_file())
    return out


class KB:
    """All KB entries, indexed by key, plus the surface names that point at them."""

    def __init__(self, dirs: Iterable[Path] = ()) -> None:
        self.dirs = [KB_DIR, *[Path(d) for d in dirs]]
        self.countries: dict[str, Country] = {}
        self.orgs: dict[str, Org] = {}
        self.agents: dict[str, Agent] = {}
        self.people: dict[str, Person] = {}
        self.regions: dict[str, Region] = {}
        # a people without a state of its own, each spelling lowercased -> the countries it lives in
        self.peoples: dict[str, tuple[str, ...]] = {}
        for path in _files(self.dirs, "countries"):
            self._load_countries(path)
        for path in _files(self.dirs, "orgs"):
            self._load_orgs(path)
        for path in _files(self.dirs, "agents"):
            self._load_agents(path)
        for path in _files(self.dirs, "people"):
            self._load_people(path)
        for path in _files(self.dirs, "regions"):
            self._load_regions(path)
        for path in _files(self.dirs, "stateless"):
            self._load_peoples(path)
        self.demonym_country = {d.lower(): c.iso3 for c in self.countries.values() for d in c.demonyms}
        self.country_by_name: dict[str, str] = {}
        for c in self.countries.values():
            for n in (c.name, *c.aliases):
                self.country_by_name[n.lower()] = c.iso3
                if n.lower().startswith("the "):
                    self.country_by_name[n[4:].lower()] = c.iso3
        self.capital_country = {
            n.lower(): c.iso3 for c in self.countries.values() for n in (c.capital, *c.capital_aliases) if n
        }

    # -- loaders, one per kind -------------------------------------------------
    def _load_countries(self, path: Path) -> None:
        cols = ("iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "government")
        for lineno, r in read_tsv(path, cols):
            if len(r["iso3"]) != 3 or not r["iso3"].isupper():
                raise KBError(f"{path}:{lineno}: iso3 must be 3 capital letters, got {r['iso3']!r}")
            self.countries[r["iso3"]] = Country(
                r["iso3"],
                r["name"],
                tuple(split_list(r["aliases"])),
                tuple(split_list(r["demonyms"])),
                r["capital"],
                tuple(split_list(r["capital_aliases"])),
                tuple(split_list(r["government"])),
            )

    def _load_orgs(self, path: Path) -> None:
        cols = ("kb_id", "name", "aliases", "kind", "country", "sector", "code")
        for lineno, r in read_tsv(path, cols):
            self._check_sector(r["sector"], f"{path}:{lineno}")
            self.orgs[r["kb_id"]] = Org(
                r["kb_id"],
                r["name"],
                tuple(split_list(r["aliases"])),
                r["kind"],
                r["country"] or None,
                r["sector"],
                r["code"] or actor_code(r["country"], r["sector"]) or "",
            )

    def _load_agents(self, path: Path) -> None:
        for lineno, r in read_tsv(path, ("term", "sector", "person", "role")):
            self._check_sector(r["sector"], f"{path}:{lineno}")
            self.agents[r["term"].lower()] = Agent(
                r["term"].lower(), r["sector"], r["person"] == "1", r["role"] or None
            )

    def _load_people(self, path: Path) -> None:
        cols = ("kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org")
        for lineno, r in read_tsv(path, cols):
            where = f"{path}:{lineno}"
            self._check_sector(r["sector"], where)
            person = self.people.setdefault(r["kb_id"], Person(r["kb_id"], r["name"]))
            person.aliases.update(split_list(r["aliases"]))
            role = Role(
                r["country"] or None,
                r["role"],
                r["title"],
                r["sector"],
                parse_date(r["start"], where),
                parse_date(r["end"], where),
                r["org"] or None,
            )
            if role.start and role.end and role.start > role.end:
                raise KBError(f"{where}: start {role.start} is after end {role.end}")
            if role not in person.roles:
                person.roles.append(role)

    def _load_regions(self, path: Path) -> None:
        for lineno, r in read_tsv(path, ("name", "aliases", "lat", "lon")):
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except ValueError:
                raise KBError(f"{path}:{lineno}: lat/lon must be numbers") from None
            self.regions[r["name"]] = Region(r["name"], tuple(split_list(r["aliases"])), lat, lon)

    def _load_peoples(self, path: Path) -> None:
        for lineno, r in read_tsv(path, ("name", "aliases", "countries")):
            countries = tuple(split_list(r["countries"]))
            if not countries or any(c not in self.countries for c in countries):
                raise KBError(f"{path}:{lineno}: countries must be known iso3 codes, got {r['countries']!r}")
            for n in (r["name"], *split_list(r["aliases"])):
                self.peoples[n.lower()] = countries

    @staticmethod
    def _check_sector(sector: str, where: str) -> None:
        if sector and sector not in SECTORS:
            raise KBError(f"{where}: unknown sector {sector!r}")

    # -- look-ups ---------------------------------------------------------------
    def org_code(self, org_id: str | None) -> str | None:
        org = self.orgs.get(org_id or "")
        return org.code if org else None

    def counts(self) -> dict[str, int]:
        return {
            "countries": len(self.countries),
            "organisations": len(self.orgs),
            "agents": len(self.agents),
            "people": len(self.people),
            "roles": sum(len(p.roles) for p in self.people.values()),
            "regions": len(self.regions),
        }

    def entity_patterns(self) -> list[dict[str, str]]:
        """spaCy EntityRuler patterns: every KB name, labelled, with `id` = "kind:key"."""
        pats: list[dict[str, str]] = []

        def add(label: str, names: Iterable[str], ent_id: str) -> None:
            for n in names:
                if n:
                    pats.append({"label": label, "pattern": n, "id": ent_id})

        for c in self.countries.values():
            add("GPE", (c.name, *c.aliases), f"country:{c.iso3}")
            add("NORP", c.demonyms, f"demonym:{c.iso3}")
            add("GPE", (c.capital, *c.capital_aliases), f"capital:{c.iso3}")
            add("ORG", c.government, f"government:{c.iso3}")
        for o in self.orgs.values():
            names = (o.name, *o.aliases)
            add("ORG", names, f"org:{o.kb_id}")
            add("ORG", [n.title() for n in names if _titled_acronym(n) and n.title() not in names], f"org:{o.kb_id}")
        for p in self.people.values():
            add("PERSON", (p.name, *sorted(p.aliases)), f"person:{p.kb_id}")
        for r in self.regions.values():
            add("LOC", (r.name, *r.aliases), f"region:{r.name}")
        return pats


def _titled_acronym(name: str) -> bool:
    """An acronym of 4+ letters that British style writes title-cased ("Nato", "Farc", "Opec");
    shorter ones are left alone ("WHO" is not "Who")."""
    return name.isalpha() and name.isupper() and len(name) >= 4


def load_kb(dirs: Iterable[str | Path] = ()) -> KB:
    """The KB for these user folders, loaded once per process however the folders are spelt."""
    return _cached_kb(tuple(str(d) for d in dirs))


@lru_cache(maxsize=8)
def _cached_kb(dirs: tuple[str, ...]) -> KB:
    return KB([Path(d) for d in dirs])
