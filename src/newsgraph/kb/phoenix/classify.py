"""Groups of an actor dictionary -> the KB's countries, people and organisations, written
to ``countries-phoenix.tsv``, ``people-phoenix.tsv`` and ``orgs-phoenix.tsv``.

Which entries are people, organisations or places (the rule); a group whose codes are all
a country code of the dictionaries' own is that **country** (see the package doc):

1. **place**: one of its codes is a bare country code (``[AFG]``, ``[ARM >911221]``)
   or a country followed by another country (``[USAASM]`` American Samoa,
   ``[USRARM <900823]``). Not written.
2. **person**: it has at least one date-bounded code, and its undated (default)
   codes, if any, are not organisation codes (``IGO``, ``NGO``, ``NGM``, ``IMG``,
   ``MNC`` first). The Phoenix files give dated codes to office holders (they come
   from CountryInfo leader lists); organisations almost never have them.
3. **organisation**: everything else, i.e. entries with only undated codes
   (``THE_UNITED_NATIONS_ [IGOUNO]``, ``HAMAS [PSEREBHMS]``, ``REUTERS [MED]``) and
   dated entries whose default code is an organisation's (``ABN_AMRO_
   [NLDGOVBUS >081004][MNCNLD]``).

   Known limit: a person listed with undated codes only (many of the NGO and
   media people in Phoenix.International) is imported as an organisation.

People rows: ``kb_id`` = ``phoenix_`` + the lowercase ASCII name with underscores;
``name`` the entry name title-cased; ``aliases`` the ``+`` lines; ``role`` and ``title``
empty; ``start``/``end`` from the date bounds (``<D`` has no start, ``>D`` no end).
Undated (default) codes of a person give no row. A person's IGO/NGO code gives
``sector`` IGO/NGO and ``org`` = the ``kb_id`` of the imported organisation with the
same code (or, failing that, the same first six letters), if any.
Entries of the same name are merged into one person (rows and aliases unioned);
codes that differ only after the sector (``RUSGOV`` / ``RUSGOVFRM`` over the same
dates) give one row.

Organisation rows: ``kind`` from the code: IGO -> igo; NGO, NGM -> ngo; IMG and
REB/INS/SEP/UAF sectors -> rebel; MNC and BUS -> company; PTY -> party; MED -> media;
GOV, MIL, COP, JUD, LEG, SPY -> gov; else empty. ``code`` is the dictionary code as
written. A repeated name keeps the first code; aliases are merged when the code is the
same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .actors import _Group, _read_actors
from .codes import _KIND_BY_SECTOR, _ORG_PREFIXES, _is_new_country_code, _is_place_code, _split_code
from .names import _add_aliases, _kb_id, _names, _title
from .stats import _Stats, log
from .tsv import (
    COUNTRIES_COLUMNS,
    COUNTRIES_FILE,
    ORGS_COLUMNS,
    ORGS_FILE,
    PEOPLE_COLUMNS,
    PEOPLE_FILE,
    _list_cell,
    _write_tsv,
)


@dataclass(frozen=True, slots=True)
class _PersonRow:
    """One dated code a person held: a row of the people file before its org is looked up."""

    country: str
    sector: str
    start: str
    end: str
    code: str


@dataclass
class _Person:
    """A person of the import: the entries of one name merged."""

    kb_id: str
    name: str
    aliases: list[str]
    rows: list[_PersonRow]


@dataclass
class _Country:
    """A country of the dictionaries' own: the first name, the later names as aliases."""

    iso3: str
    name: str
    aliases: list[str]


@dataclass
class _Org:
    """An organisation of the import: one per entry name, with its group's code."""

    kb_id: str
    name: str
    aliases: list[str]
    code: str


def _new_country(g: _Group) -> str:
    """The dictionary's own country code of a group (see `_is_new_country_code`):
    when every code of the group is one (``GONDOR [GON]``, ``ONODOHER [ONO <911226]``):
    its first undated code, else its first code; else "" (``[HOB]`` next to
    ``[HOBGOV 19950601-19990815]`` is a person)."""
    if g.codes and all(_is_new_country_code(c.code) for c in g.codes):
        undated = [c.code for c in g.codes if not c.dated]
        return (undated or [g.codes[0].code])[0]
    return ""


def _classify(g: _Group) -> str:
    """ "place", "country", "person" or "org": the rule in the module doc."""
    if any(_is_place_code(c.code) for c in g.codes):
        return "place"
    if _new_country(g):
        return "country"
    dated = [c for c in g.codes if c.dated]
    default = [c for c in g.codes if not c.dated]
    if dated and not any(c.code[:3] in _ORG_PREFIXES for c in default):
        return "person"
    return "org"


def _import_actors(paths: list[Path], out_dir: Path, stats: _Stats) -> dict[str, int]:
    """Read the actor dictionaries and write the countries, people and orgs files; rows
    written per file name."""
    people: dict[str, _Person] = {}
    orgs: dict[str, _Org] = {}
    countries: dict[str, _Country] = {}
    groups = [g for path in paths for g in _read_actors(path, stats)]
    # the dictionaries' own countries first: their codes split people's, orgs' codes
    extra = frozenset(c for c in (_new_country(g) for g in groups if g.codes) if c)
    for g in groups:
        if not g.codes and g.null:
            stats.null += 1
            continue
        if not g.codes:
            for e in g.entries:
                stats.skip(f"{e.file}:{e.line}", f"entry {e.name!r} has no usable code")
            continue
        kind = _classify(g)
        if kind == "place":
            stats.places += 1
        elif kind == "country":
            _add_country(g, countries, stats)
        elif kind == "person":
            _add_person(g, people, extra, stats)
        else:
            _add_orgs(g, orgs, stats)
    return {
        COUNTRIES_FILE: _write_tsv(out_dir / COUNTRIES_FILE, COUNTRIES_COLUMNS, _country_rows(countries)),
        PEOPLE_FILE: _write_tsv(out_dir / PEOPLE_FILE, PEOPLE_COLUMNS, _people_rows(people, orgs)),
        ORGS_FILE: _write_tsv(out_dir / ORGS_FILE, ORGS_COLUMNS, _org_rows(orgs, extra)),
    }


def _add_country(g: _Group, countries: dict[str, _Country], stats: _Stats) -> None:
    """One country per code: the first name is the name, later names aliases."""
    iso3 = _new_country(g)
    names = [n for e in g.entries for x in (e.name, *e.aliases) for n in _names(x, org=True)]
    c = countries.get(iso3)
    if c is None:
        c = countries[iso3] = _Country(iso3, names[0], [])
    else:
        stats.duplicates += 1
    _add_aliases(c.aliases, names, c.name)


def _add_person(g: _Group, people: dict[str, _Person], extra: frozenset[str], stats: _Stats) -> None:
    """One person: the first name is the name, the other entry names aliases; a row per dated code."""
    first = g.entries[0]
    name = _title(first.name)
    key = _kb_id(first.name)
    aliases = [_title(a) for e in g.entries for a in ([e.name] if e is not first else []) + e.aliases]
    aliases += _names(first.name)[1:]
    person = people.get(key)
    if person is None:
        person = people[key] = _Person(key, name, [], [])
    else:
        stats.duplicates += 1
    _add_aliases(person.aliases, aliases, person.name)
    for held in g.codes:
        if not held.dated:
            continue
        parts = _split_code(held.code, extra)
        row = _PersonRow(parts.country, parts.sector, held.start, held.end, held.code)
        if row not in person.rows:
            person.rows.append(row)


def _add_orgs(g: _Group, orgs: dict[str, _Org], stats: _Stats) -> None:
    """Every entry name is its own org with the group's code (its first undated one)."""
    code = next((c.code for c in g.codes if not c.dated), g.codes[0].code)
    for e in g.entries:
        name, *aliases = _names(e.name, org=True)
        key = _kb_id(e.name)
        aliases += [n for a in e.aliases for n in _names(a, org=True)]
        o = orgs.get(key)
        if o is None:
            orgs[key] = _Org(key, name, [], code)
            _add_aliases(orgs[key].aliases, aliases, name)
        else:
            stats.duplicates += 1
            if o.code == code:
                _add_aliases(o.aliases, aliases, o.name)
            else:
                log.warning(
                    "%s:%d: %r already imported with code %s, not %s; kept the first",
                    e.file,
                    e.line,
                    e.name,
                    o.code,
                    code,
                )


def _country_rows(countries: dict[str, _Country]) -> Iterator[list[str]]:
    for c in sorted(countries.values(), key=lambda x: x.iso3):
        yield [c.iso3, c.name, _list_cell(c.aliases), "", "", "", ""]


def _people_rows(people: dict[str, _Person], orgs: dict[str, _Org]) -> Iterator[list[str]]:
    """A row per distinct dated code; a person's IGO/NGO code names the org imported with it."""
    by_code: dict[str, str] = {}
    by_prefix: dict[str, str] = {}
    for o in orgs.values():
        by_code.setdefault(o.code, o.kb_id)
        if len(o.code) == 6:
            by_prefix.setdefault(o.code, o.kb_id)
    for p in sorted(people.values(), key=lambda x: x.kb_id):
        aliases = _list_cell(p.aliases)
        seen: set[tuple[str, ...]] = set()
        for r in sorted(p.rows, key=lambda r: (r.start, r.end, r.code)):
            org = ""
            if r.code[:3] in ("IGO", "NGO", "NGM"):
                org = by_code.get(r.code) or by_prefix.get(r.code[:6], "")
            # codes that differ only after the sector (RUSGOV, RUSGOVFRM) give one row
            key = (r.country, r.sector, r.start, r.end, org)
            if key in seen:
                continue
            seen.add(key)
            yield [p.kb_id, p.name, aliases, r.country, "", "", r.sector, r.start, r.end, org]


def _org_rows(orgs: dict[str, _Org], extra: frozenset[str]) -> Iterator[list[str]]:
    for o in sorted(orgs.values(), key=lambda x: x.kb_id):
        parts = _split_code(o.code, extra)
        kind = _KIND_BY_SECTOR.get(o.code[:3]) or _KIND_BY_SECTOR.get(parts.sector, "")
        yield [o.kb_id, o.name, _list_cell(o.aliases), kind, parts.country, parts.sector, o.code]
