"""Import PETRARCH/Phoenix actor, agent and verb dictionaries into user-KB files.

    import_phoenix(paths, out_dir) -> dict[str, int]

Writes into `out_dir` (formats in docs/kb.md):

- ``people-phoenix.tsv``: one row per *dated* code of a person entry.
- ``orgs-phoenix.tsv``: one row per organisation entry.
- ``agents-phoenix.tsv``: one row per agent term.
- ``countries-phoenix.tsv``: one row per country of the dictionaries' own: an
  entry whose codes are all one bare 3-letter code that is no ISO or bundled
  country, CAMEO role, region, religion or IGO code (PETRARCH's toy ``ARNOR_ [ARN]``,
  ``GONDOR [GON]``): ``iso3`` the code, ``name`` the first entry's name, ``aliases``
  its ``+`` lines and the names of later entries with the same code; the other
  columns empty. These codes count as countries when the people, orgs and agents of
  the same import are split (``ARNGOV`` -> ARN, GOV). A single all-caps word of 3-5
  letters with a vowel kept as an acronym (``ARNOR``, ``BREE``, ``NATO``) also gets its
  title-cased form as an alias (``Arnor``): the KB matches names case-sensitively.

- ``triggers-phoenix.yaml``: trigger entries (``rules/triggers-*.yaml`` format, read
  by ``newsgraph.events.load_triggers``) from verb dictionaries.

The people and orgs files are written when at least one actor dictionary is among
`paths`, the agents file when at least one agents dictionary is (a file whose name
contains "agent"), the triggers file when at least one verb dictionary is (a file
whose name contains "verb", e.g. ``PETR.Validate.verbs.txt``); a file of a kind that
was not imported is left alone.

The returned dict has the number of rows written per file name, plus ``skipped``
(lines and entries that could not be used; each one is logged as a warning naming
file and line), ``places`` (country and territory entries, not written: countries
come from the bundled ``countries.tsv``), ``duplicates`` (repeated entries and
terms merged into an earlier one), ``null_code`` (entries coded ``[---]``,
PETRARCH's "not an actor", not written) and ``unmapped`` (agent terms whose code
has no sector of the KB vocabulary, e.g. ``[~BED]``, not written) and ``bundled``
(agent terms the bundled ``agents*.tsv`` already has, not written; see
`import_phoenix`).

For verb dictionaries it also has ``verbs`` and ``verb_patterns`` (lines read),
``verbs_skipped`` and ``verb_patterns_skipped`` (lines of a shape the trigger format
cannot say), ``not_cameo`` (codes not in newsgraph's CAMEO table), ``verb_null_code``
(``[---]``), ``verb_duplicates`` and ``verb_conflicts`` (see `newsgraph.phoenix_verbs`).

Every file written loads with `newsgraph.kb` (sectors are from its ``SECTORS``), and
the triggers file with `newsgraph.events.load_triggers` (codes are checked against
``newsgraph.cameo.codes()``).

Actor dictionaries
------------------
An entry line ``NAME_WITH_UNDERSCORES [CODE]`` (code optional), alias lines
``+ALIAS``, and code lines starting with whitespace: ``[CODE]``, ``[CODE >YYYYMMDD]``
(from that day on), ``[CODE <YYYYMMDD]`` (up to that day), ``[CODE YYYYMMDD-YYYYMMDD]``;
bounds are inclusive. Dates are ``YYYYMMDD`` or ``YYMMDD`` (``YY`` 00-30 is 20YY,
otherwise 19YY, as in PETRARCH). Comments: lines starting with ``#``, text after
``#`` or ``;``, ``<!-- ... -->`` (also over several lines). Several ``[...]`` may
stand on one line; a ``+`` inside an alias line separates two aliases; ``[CODE}``
is read as ``[CODE]``; code case is ignored. ``[---]`` is PETRARCH's null code and
gives no row.

As in PETRARCH, entry lines that have no code of their own share the codes of the
next entry that has some (``BORIS_YELTSIN_`` / ``BORIS_N._YELTSIN`` / ``YELTSIN`` /
then the code lines). Such a group is one person (the first name is the name, the
other names become aliases) or, for organisations, one org per name with the
shared code. An entry line with no code whose text looks like a note (``Source:
MNC.MLH.actors``: a colon followed by a blank) is skipped.

Skipped with a warning: dates that are not 6 or 8 digits or not real days, an
interval that ends before it starts, a date with no ``<``/``>``/``-``, codes that
are not letters and digits (``[+++]``), aliases or code lines before any entry,
entries with no usable code. Alternatives (``[ELR/GAL]``, ``[FRO/BIL/SAM]``) are
read as their first alternative (``ELR``, ``FRO``) and kept.

Which entries are people, organisations or places (the rule):

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

Codes: ``country`` is the first three letters when they are an ISO 3166-1 alpha-3
code (current, or a historical one such as ``SUN``, ``YUG``, ``DDR``), with CAMEO's own
``KSV`` -> ``XKX``, ``USR`` -> ``SUN``, ``TMP`` -> ``TLS``, ``FRY`` -> ``YUG``. ``sector`` is
the first 3-letter group of the rest that is a sector of the KB vocabulary
(``newsgraph.kb.SECTORS``): ``RUSGOV`` -> GOV, ``PSEGZAMIL`` -> MIL (``GZA`` is a
place), ``KSVGOVLEG`` -> GOV; a religion group (``CHR``, ``MUS``, ``HIN``...) gives
``REL`` when no other group is a sector; ``NGM`` is written ``NGO``; otherwise empty.
When the code starts with ``IGO``, ``NGO``, ``NGM``, ``IMG`` or ``MNC``, ``country`` is
empty and ``sector`` is that group. Codes of regions, religions and ethnic groups
(``MEAREB``, ``HINRAD``) have no country and the sector found in the rest.

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

Agents dictionaries
-------------------
``TERM [~CODE]`` or ``TERM [CODE~]``, optional ``{PLURAL}`` (dropped: the KB holds
lemmas), substitution sets ``!PERSON! = MAN, MEN, ...`` expanded where ``!PERSON!``
is used. ``term`` is lowercase with ``_`` and runs of spaces turned into one space;
``sector`` is the code without ``~``, reduced to the KB vocabulary like actor codes
(``~GOV`` -> GOV, ``NGO~`` -> NGO, ``~GOVFRM`` -> GOV, ``~MUSUAF`` -> UAF, ``~CHRCPT``
-> REL); ``person`` 0, ``role`` empty. A term seen again keeps its first sector. Lines with no code or an undefined
substitution set are skipped with a warning.

Verb dictionaries
-----------------
Read by `newsgraph.phoenix_verbs` (format, mapping rule and counts in its module doc and in
docs/kb.md, "Verb dictionaries"), which also holds the line reader `_lines` and the
file writer `_write_lines` used here.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from . import DATA_DIR
from .phoenix_verbs import TRIGGERS_FILE, _is_verbs_file, _lines, _write_lines, import_verbs

__all__ = ["import_phoenix", "PEOPLE_FILE", "ORGS_FILE", "AGENTS_FILE", "COUNTRIES_FILE", "TRIGGERS_FILE"]

log = logging.getLogger(__name__)

PEOPLE_FILE = "people-phoenix.tsv"
ORGS_FILE = "orgs-phoenix.tsv"
AGENTS_FILE = "agents-phoenix.tsv"
COUNTRIES_FILE = "countries-phoenix.tsv"

PEOPLE_COLUMNS = ["kb_id", "name", "aliases", "country", "role", "title", "sector", "start", "end", "org"]
ORGS_COLUMNS = ["kb_id", "name", "aliases", "kind", "country", "sector", "code"]
AGENTS_COLUMNS = ["term", "sector", "person", "role"]
COUNTRIES_COLUMNS = ["iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "government"]

# CAMEO's own country codes -> the codes the newsgraph KB uses
_CAMEO_COUNTRY = {"KSV": "XKX", "USR": "SUN", "TMP": "TLS", "FRY": "YUG"}
# codes that open with an international actor type instead of a country
_ORG_PREFIXES = {"IGO", "NGO", "NGM", "IMG", "MNC"}
# CAMEO role codes: never read as a country
_CAMEO_ROLES = {
    "COP",
    "GOV",
    "INS",
    "JUD",
    "MIL",
    "OPP",
    "REB",
    "SEP",
    "SPY",
    "UAF",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "DEV",
    "EDU",
    "ELI",
    "ENV",
    "HLH",
    "HRI",
    "LAB",
    "LEG",
    "MED",
    "REF",
    "MOD",
    "RAD",
    "PTY",
    "AMN",
    "IRC",
    "GRP",
    "UNO",
    "PKO",
    "SET",
    "IGO",
    "NGO",
    "NGM",
    "IMG",
    "MNC",
    "UIS",
    "OCC",
    "UNR",
    "REL",
}
# CAMEO codes of international organisations that stand bare: never a country
_CAMEO_IGOS = {"IMF", "IBR", "WBK", "WTO"}
# CAMEO region codes (Southern Africa SAF, Middle East MEA...): regions, never a country
_CAMEO_REGIONS = {
    "AFR",
    "ASA",
    "BLK",
    "CRB",
    "CAU",
    "CFR",
    "CAS",
    "CEU",
    "EIN",
    "EAF",
    "EEU",
    "EUR",
    "LAM",
    "MEA",
    "MDT",
    "NAF",
    "NMR",
    "PGS",
    "SCN",
    "SAM",
    "SAS",
    "SEA",
    "SAF",
    "WAF",
    "WST",
}
# CAMEO religion codes: written as sector REL when no role code comes with them
_RELIGIONS = {
    "ADR",
    "ALE",
    "ATH",
    "BAH",
    "BUD",
    "CHR",
    "CON",
    "CPT",
    "CTH",
    "DOX",
    "HIN",
    "ITR",
    "JAN",
    "JEW",
    "JHW",
    "LDS",
    "MOS",
    "MUS",
    "NRM",
    "PAG",
    "PRO",
    "SHI",
    "SHN",
    "SIK",
    "SUN",
    "TAO",
    "UDN",
    "ZRO",
}
# CAMEO codes written as another sector of the KB vocabulary
_SECTOR_ALIAS = {"NGM": "NGO"}
_FALLBACK_SECTORS = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS PTY BUS MED EDU CVL REF HLH NGO IGO SPY ELI CRM LAB "
    "AGR REL HRI UAF SEP ENV MNC IMG MOD RAD AMN DEV".split()
)
_KIND_BY_SECTOR = {
    "IGO": "igo",
    "NGO": "ngo",
    "NGM": "ngo",
    "IMG": "rebel",
    "REB": "rebel",
    "INS": "rebel",
    "SEP": "rebel",
    "UAF": "rebel",
    "MNC": "company",
    "BUS": "company",
    "PTY": "party",
    "MED": "media",
    "GOV": "gov",
    "MIL": "gov",
    "COP": "gov",
    "JUD": "gov",
    "LEG": "gov",
    "SPY": "gov",
}


def _kb_sectors() -> frozenset[str]:
    """The sector codes the KB loader accepts (newsgraph.kb.SECTORS)."""
    try:
        from . import SECTORS
    except ImportError:  # the loader is not there: its documented vocabulary
        return _FALLBACK_SECTORS
    return frozenset(SECTORS)


def _country_codes() -> set[str]:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries if getattr(c, "alpha_3", None)}
    codes |= set(_CAMEO_COUNTRY) | {"XKX"}
    return codes - _CAMEO_ROLES


_COUNTRIES: set[str] | None = None
_SECTORS: frozenset[str] | None = None


def _is_country(c: str) -> bool:
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = _country_codes()
    return c in _COUNTRIES


def _pick_sector(rest: str) -> str:
    """The KB sector of the role part of a code: its first 3-letter chunk that is a
    KB sector other than REL ("GZAMIL" -> MIL, "GOVFRM" -> GOV, "MUSUAF" -> UAF);
    else REL when a chunk is a religion ("CHRCPT"); else ""."""
    global _SECTORS
    if _SECTORS is None:
        _SECTORS = _kb_sectors()
    religion = False
    for i in range(0, len(rest) - 2, 3):
        chunk = rest[i : i + 3]
        chunk = _SECTOR_ALIAS.get(chunk, chunk)
        if chunk in _SECTORS and chunk != "REL":
            return chunk
        religion = religion or chunk in _RELIGIONS or chunk == "REL"
    return "REL" if religion and "REL" in _SECTORS else ""


@cache
def _split_code(code: str, extra: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(country, sector) of a CAMEO actor code, per the rule in the module doc.

    `extra`: the non-ISO country codes of the same import (``ARN``, ``GON``), read
    as countries too."""
    head = code[:3]
    if _is_country(head):
        return _CAMEO_COUNTRY.get(head, head), _pick_sector(code[3:])
    if head in extra:
        return head, _pick_sector(code[3:])
    if head in _ORG_PREFIXES or head == "UIS":
        return "", _pick_sector(head)
    return "", _pick_sector(code)


_BUNDLED_ISO3: frozenset[str] | None = None


def _bundled_iso3() -> frozenset[str]:
    """iso3 codes of the bundled ``countries*.tsv``."""
    global _BUNDLED_ISO3
    if _BUNDLED_ISO3 is None:
        codes: set[str] = set()
        for f in sorted((DATA_DIR / "kb").glob("countries*.tsv")):
            if f.name == COUNTRIES_FILE:
                continue
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#") or not line.strip():
                        continue
                    codes.add(line.split("\t", 1)[0].strip())
        codes.discard("iso3")
        _BUNDLED_ISO3 = frozenset(codes)
    return _BUNDLED_ISO3


def _is_new_country_code(code: str) -> bool:
    """A bare 3-letter code that is no ISO/bundled country and no CAMEO role,
    religion or international-actor type: a country of the dictionary's own
    (PETRARCH's toy ``ARN`` Arnor, ``GON`` Gondor)."""
    return (
        len(code) == 3
        and code.isalpha()
        and not _is_country(code)
        and code not in _bundled_iso3()
        and code not in _CAMEO_ROLES
        and code not in _RELIGIONS
        and code not in _ORG_PREFIXES
        and code not in _CAMEO_IGOS
        and code not in _CAMEO_REGIONS
    )


def _is_place_code(code: str) -> bool:
    if len(code) == 3:
        return _is_country(code)
    return len(code) == 6 and _is_country(code[:3]) and _is_country(code[3:6])


# ------------------------------------------------------------------ names


_SMALL = {
    "of",
    "the",
    "and",
    "for",
    "in",
    "on",
    "at",
    "to",
    "de",
    "du",
    "des",
    "del",
    "della",
    "la",
    "le",
    "el",
    "al",
    "bin",
    "ibn",
    "von",
    "van",
    "der",
    "den",
    "y",
    "e",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "an",
    "by",
    "with",
    "ul",
    "ud",
}
_ROMAN = re.compile(r"^(?=[IVX])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_VOWELS = set("AEIOUY")
_ELISION_RE = re.compile(r"^([a-z])'([a-z].*)$")
_NON_LETTERS_RE = re.compile(r"[^A-Za-z]")
_CODE_REST_RE = re.compile(r"^(\S+)\s*(.*)$")


def _fix_mojibake(s: str) -> str:
    """Undo UTF-8 read as cp1252 ("PÃšBLICAS" -> "PÚBLICAS") when that round-trips."""
    if "Ã" not in s and "Â" not in s:
        return s
    for enc in ("cp1252", "latin-1"):
        try:
            return s.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return s


def _phrase(raw: str) -> str:
    """Dictionary phrase -> plain words: underscores and runs of blanks -> one space."""
    s = _fix_mojibake(raw).replace("_", " ")
    return re.sub(r"\s+", " ", s).strip(" ,")


def _cap_word(w: str) -> str:
    if _INITIALS.match(w) or _ROMAN.match(w):
        return w
    out = []
    for part in re.split(r"(-)", w):
        if not part or part == "-":
            out.append(part)
            continue
        low = part.lower()
        # O'BRIEN -> O'Brien, D'ALEMA -> D'Alema; QA'IDA -> Qa'ida, WOMEN'S -> Women's
        m = _ELISION_RE.match(low)
        if m and m[1] in "od":
            out.append(f"{m[1].upper()}'{m[2][:1].upper()}{m[2][1:]}")
            continue
        if low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:3].upper() + low[3:])
            continue
        i = next((k for k, ch in enumerate(low) if ch.isalpha()), None)
        out.append(low if i is None else low[:i] + low[i].upper() + low[i + 1 :])
    return "".join(out)


@lru_cache(maxsize=65536)
def _title(phrase: str, org: bool = False) -> str:
    """Title-case an all-caps dictionary phrase; keeps initials, Roman numerals and,
    for organisations, likely acronyms (``UN``, ``BBC``, ``NATO``)."""
    words = phrase.split(" ")
    letters = _NON_LETTERS_RE.sub("", phrase)
    if org and len(words) == 1 and 2 <= len(letters) <= 5 and phrase.upper() == phrase:
        return phrase
    out = []
    for k, w in enumerate(words):
        bare = _NON_LETTERS_RE.sub("", w)
        if w.startswith("(") and w.endswith(")") and bare.isupper():
            out.append(w)  # (AAIA)
        elif (
            org
            and bare.isupper()
            and ((len(bare) == 2 and bare.lower() not in _SMALL) or (2 <= len(bare) <= 5 and not _VOWELS & set(bare)))
        ):
            out.append(w)
        elif k > 0 and w.lower() in _SMALL:
            out.append(w.lower())
        else:
            out.append(_cap_word(w))
    return " ".join(out)


def _names(phrase: str, org: bool = False) -> list[str]:
    """The written name of a phrase, plus its title-cased form when `_title` kept a
    single all-caps word as an acronym (``ARNOR`` -> ``ARNOR``, ``Arnor``): the KB
    matches names case-sensitively. Not for 2-letter words or words with no vowel
    (``US``, ``UN``, ``IMF``: "Us", "Imf" would be noise)."""
    t = _title(phrase, org=org)
    out = [t]
    if org and t == phrase and " " not in phrase:
        letters = _NON_LETTERS_RE.sub("", phrase)
        if len(letters) >= 3 and letters.isupper() and _VOWELS & set(letters):
            low = _title(phrase)
            if low != t:
                out.append(low)
    return out


def _kb_id(phrase: str) -> str:
    s = unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return "phoenix_" + (s or "unnamed")


_BREAKS_RE = re.compile(r"[\t\r\n]+")


def _cell(s: str) -> str:
    """A TSV cell: no tabs or line breaks."""
    if "\t" in s or "\n" in s or "\r" in s:
        s = _BREAKS_RE.sub(" ", s)
    return s.strip()


def _list_cell(items: Iterable[str]) -> str:
    """A list cell: items joined by "|" (a "|" inside an item becomes a space)."""
    return "|".join(x for x in (re.sub(r"\s*\|\s*", " ", _cell(i)) for i in items) if x)


# ------------------------------------------------------------------- dates


class _DateError(ValueError):
    pass


def _parse_date(s: str) -> str:
    s = s.strip()
    if not s.isdigit() or len(s) not in (6, 8):
        raise _DateError(f"date {s!r} is not YYYYMMDD or YYMMDD")
    if len(s) == 6:
        yy = int(s[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), int(s[2:4]), int(s[4:6])
    else:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    try:
        return date(y, m, d).isoformat()
    except ValueError as exc:
        raise _DateError(f"date {s!r}: {exc}") from None


@dataclass
class _Code:
    code: str
    start: str = ""
    end: str = ""
    dated: bool = False


_CODE_RE = re.compile(r"^[A-Z0-9]+$")
_BRACKET_RE = re.compile(r"\[([^\[\]{}]*)[\]}]")


def _parse_bracket(inner: str) -> _Code | None:
    """One ``[...]`` body -> _Code, None for the null code; raises ValueError."""
    inner = inner.strip()
    if not inner:
        raise ValueError("empty code []")
    m = _CODE_REST_RE.match(inner)
    if m is None:
        raise ValueError(f"unreadable code [{inner}]")
    code, rest = m[1].upper(), m[2].strip()
    if "/" in code:  # alternatives [ELR/GAL], [FRO/BIL/SAM]: the first one
        code = code.split("/", 1)[0]
    if code.startswith("---"):
        return None
    if not _CODE_RE.match(code):
        raise ValueError(f"code {code!r} is not letters and digits")
    if not rest:
        return _Code(code)
    if rest[0] in "<>":
        when = _parse_date(rest[1:])
        return _Code(code, end=when, dated=True) if rest[0] == "<" else _Code(code, start=when, dated=True)
    if "-" in rest:
        a, _, b = rest.partition("-")
        start, end = _parse_date(a), _parse_date(b)
        if end < start:
            raise ValueError(f"interval ends ({end}) before it starts ({start})")
        return _Code(code, start=start, end=end, dated=True)
    raise ValueError(f"date restriction {rest!r} has no '<', '>' or '-'")


# ------------------------------------------------------------------ actors


@dataclass
class _Entry:
    name: str
    file: str
    line: int
    aliases: list[str] = field(default_factory=list)


class _Stats:
    def __init__(self) -> None:
        self.skipped = 0
        self.places = 0
        self.duplicates = 0
        self.null = 0
        self.unmapped = 0
        self.bundled = 0

    def skip(self, where: str, why: str) -> None:
        self.skipped += 1
        log.warning("%s: %s; skipped", where, why)


def _codes_in(text: str, where: str, stats: _Stats, group: _Group | None) -> None:
    found = _BRACKET_RE.findall(text)
    if not found:
        stats.skip(where, f"no [CODE] in {text.strip()!r}")
        return
    if group is None:
        stats.skip(where, "code line before any entry")
        return
    for inner in found:
        try:
            c = _parse_bracket(inner)
        except ValueError as exc:
            stats.skip(where, f"[{inner.strip()}]: {exc}")
            continue
        if c is None:
            group.null = True
        else:
            group.codes.append(c)


@dataclass
class _Group:
    """Entries that share one code list (PETRARCH: consecutive entry lines with no
    code of their own take the codes of the next entry that has some)."""

    entries: list[_Entry]
    codes: list[_Code] = field(default_factory=list)
    null: bool = False  # had PETRARCH's null code [---]


def _read_actors(path: Path, stats: _Stats) -> Iterator[_Group]:
    group: _Group | None = None
    for no, line in _lines(path):
        where = f"{path.name}:{no}"
        entry = group.entries[-1] if group else None
        if line[0] in " \t":
            _codes_in(line, where, stats, group)
        elif line[0] == "+":
            if entry is None:
                stats.skip(where, "alias before any entry")
                continue
            body = line[1:]
            if "[" in body:  # a code on an alias line belongs to the entry
                _codes_in(body[body.index("[") :], where, stats, group)
                body = body[: body.index("[")]
            for alias in body.split("+"):
                a = _phrase(alias)
                if a:
                    entry.aliases.append(a)
        else:
            name_part = line.split("[", 1)[0]
            name = _phrase(name_part)
            if not name or not re.search(r"[A-Za-z0-9]", name):
                stats.skip(where, f"entry line without a name: {line.strip()!r}")
                continue
            if "[" not in line and re.search(r":\s", name_part):
                stats.skip(where, f"{line.strip()!r} looks like a note, not a name")
                continue
            new = _Entry(name=name, file=path.name, line=no)
            if group is not None and not group.codes and not group.null:
                group.entries.append(new)  # shares the codes still to come
            else:
                if group is not None:
                    yield group
                group = _Group([new])
            if "[" in line:
                _codes_in(line[len(name_part) :], where, stats, group)
    if group is not None:
        yield group


@dataclass
class _Person:
    kb_id: str
    name: str
    aliases: list[str]
    rows: list[tuple[str, str, str, str, str]]  # country, sector, start, end, code


@dataclass
class _Country:
    iso3: str
    name: str
    aliases: list[str]


@dataclass
class _Org:
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
    if any(_is_place_code(c.code) for c in g.codes):
        return "place"
    if _new_country(g):
        return "country"
    dated = [c for c in g.codes if c.dated]
    default = [c for c in g.codes if not c.dated]
    if dated and not any(c.code[:3] in _ORG_PREFIXES for c in default):
        return "person"
    return "org"


def _add_aliases(target: list[str], new: Iterable[str], name: str) -> None:
    seen = set(target) | {name}  # case-sensitive: "Arnor" next to "ARNOR" (the KB matches case)
    for a in new:
        if a not in seen:
            seen.add(a)
            target.append(a)


# ------------------------------------------------------------------ agents


def _read_agents(path: Path, stats: _Stats) -> Iterator[tuple[str, str, str]]:
    """(term, sector, where) for every agent phrase, substitutions expanded."""
    subs: dict[str, list[str]] = {}
    for no, line in _lines(path):
        where = f"{path.name}:{no}"
        s = line.strip()
        m = re.match(r"^!([^!\s]+)!\s*=\s*(.*)$", s)
        if m:
            items = [x.strip() for x in m[2].split(",") if x.strip()]
            if not items:
                stats.skip(where, f"empty substitution set !{m[1]}!")
            subs[m[1].upper()] = items
            continue
        brackets = _BRACKET_RE.findall(s)
        if not brackets:
            stats.skip(where, f"no [CODE] in {s!r}")
            continue
        code = brackets[0].strip().replace(" ", "").upper().replace("~", "").split("/", 1)[0]
        if not code or not _CODE_RE.match(code):
            stats.skip(where, f"agent code [{brackets[0].strip()}] is not letters and digits")
            continue
        sector = _pick_sector(code)
        if not sector:
            stats.unmapped += 1
            log.warning("%s: agent code [%s] has no KB sector; skipped", where, brackets[0].strip())
            continue
        phrase_part = s[: s.index("[")]
        if "{" in phrase_part:
            phrase_part = phrase_part[: phrase_part.index("{")]
        phrases = [phrase_part]
        ok = True
        while ok and any("!" in p for p in phrases):
            nxt = []
            for p in phrases:
                m2 = re.search(r"!([^!\s]*)!", p)
                if m2 is None:
                    if "!" in p:
                        stats.skip(where, f"bad substitution marker in {p.strip()!r}")
                        ok = False
                        break
                    nxt.append(p)
                    continue
                key = m2[1].upper()
                if key not in subs:
                    stats.skip(where, f"substitution set !{m2[1]}! not defined")
                    ok = False
                    break
                nxt.extend(p[: m2.start()] + item + p[m2.end() :] for item in subs[key])
            phrases = nxt
        if not ok:
            continue
        for p in phrases:
            term = _phrase(p).lower()
            if not term:
                stats.skip(where, f"agent line without a term: {s!r}")
                continue
            yield term, sector, where


# ------------------------------------------------------------------ writing


def _write_tsv(path: Path, columns: list[str], rows: Iterable[list[str]]) -> int:
    return _write_lines(path, ["\t".join(columns)], ("\t".join(_cell(c) for c in row) for row in rows))


def _is_agents_file(path: Path) -> bool:
    return "agent" in path.name.lower()


def _is_discards_file(path: Path) -> bool:
    """PETRARCH's discards list (Phoenix.discards.txt): phrases whose sentences it skips, no actors."""
    return "discard" in path.name.lower()


def _bundled_agent_terms() -> set[str]:
    """Terms of the bundled ``agents*.tsv`` (not an earlier agents-phoenix.tsv)."""
    terms: set[str] = set()
    for f in sorted((DATA_DIR / "kb").glob("agents*.tsv")):
        if f.name == AGENTS_FILE:
            continue
        header: list[str] | None = None
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.rstrip("\r\n").split("\t")
                if header is None:
                    header = cells
                    col = header.index("term") if "term" in header else 0
                    continue
                if col < len(cells) and cells[col].strip():
                    terms.add(cells[col].strip().lower())
    return terms


def import_phoenix(paths: Iterable[Path], out_dir: Path, *, skip_bundled_agents: bool = True) -> dict[str, int]:
    """Convert Phoenix/PETRARCH actor and agent dictionaries into user-KB TSV files.

    Returns rows written per file name plus "skipped", "places", "duplicates",
    "null_code", "unmapped" and "bundled" (see the module doc). Raises
    FileNotFoundError for a missing input file.

    With `skip_bundled_agents` (the default) agent terms that the bundled
    ``agents*.tsv`` already has are not written: a user KB row replaces the bundled
    row of the same term, and the bundled rows carry ``person``/``role`` (``president``
    -> head of state) that Phoenix has not.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.is_file():
            raise FileNotFoundError(f"no such dictionary file: {p}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stats = _Stats()
    result: dict[str, int] = {}

    for p in paths:
        if _is_discards_file(p):
            log.warning(
                "%s: PETRARCH's discards list (phrases whose sentences it skips), not actors, agents or "
                "verbs; not imported",
                p.name,
            )
    paths = [p for p in paths if not _is_discards_file(p)]
    verb_files = [p for p in paths if _is_verbs_file(p)]
    actor_files = [p for p in paths if not _is_agents_file(p) and not _is_verbs_file(p)]
    agent_files = [p for p in paths if _is_agents_file(p) and not _is_verbs_file(p)]

    if actor_files:
        people: dict[str, _Person] = {}
        orgs: dict[str, _Org] = {}
        countries: dict[str, _Country] = {}
        groups = [g for path in actor_files for g in _read_actors(path, stats)]
        # the dictionaries' own countries first: their codes split people's, orgs' codes
        extra = frozenset(c for c in (_new_country(g) for g in groups if g.codes) if c)
        if True:
            for g in groups:
                first = g.entries[0]
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
                    continue
                if kind == "country":
                    # one country per code: the first name is the name, later names aliases
                    iso3 = _new_country(g)
                    names = [n for e in g.entries for x in (e.name, *e.aliases) for n in _names(x, org=True)]
                    c = countries.get(iso3)
                    if c is None:
                        c = countries[iso3] = _Country(iso3, names[0], [])
                    else:
                        stats.duplicates += 1
                    _add_aliases(c.aliases, names, c.name)
                    continue
                if kind == "person":
                    # one person: the first name is the name, the other entry names aliases
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
                        country, sector = _split_code(held.code, extra)
                        row = (country, sector, held.start, held.end, held.code)
                        if row not in person.rows:
                            person.rows.append(row)
                    continue
                # organisations: every entry name is its own org with the shared code
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

        # org lookup for people holding IGO/NGO offices
        by_code: dict[str, str] = {}
        by_prefix: dict[str, str] = {}
        for o in orgs.values():
            by_code.setdefault(o.code, o.kb_id)
            if len(o.code) == 6:
                by_prefix.setdefault(o.code, o.kb_id)

        def people_rows() -> Iterator[list[str]]:
            for p in sorted(people.values(), key=lambda x: x.kb_id):
                aliases = _list_cell(p.aliases)
                seen: set[tuple[str, ...]] = set()
                for country, sector, start, end, code in sorted(p.rows, key=lambda r: (r[2], r[3], r[4])):
                    org = ""
                    if code[:3] in ("IGO", "NGO", "NGM"):
                        org = by_code.get(code) or by_prefix.get(code[:6], "")
                    # codes that differ only after the sector (RUSGOV, RUSGOVFRM) give one row
                    key = (country, sector, start, end, org)
                    if key in seen:
                        continue
                    seen.add(key)
                    yield [p.kb_id, p.name, aliases, country, "", "", sector, start, end, org]

        def org_rows() -> Iterator[list[str]]:
            for o in sorted(orgs.values(), key=lambda x: x.kb_id):
                country, sector = _split_code(o.code, extra)
                kind = _KIND_BY_SECTOR.get(o.code[:3]) or _KIND_BY_SECTOR.get(sector, "")
                aliases = _list_cell(o.aliases)
                yield [o.kb_id, o.name, aliases, kind, country, sector, o.code]

        result[COUNTRIES_FILE] = _write_tsv(
            out_dir / COUNTRIES_FILE,
            COUNTRIES_COLUMNS,
            (
                [c.iso3, c.name, _list_cell(c.aliases), "", "", "", ""]
                for c in sorted(countries.values(), key=lambda x: x.iso3)
            ),
        )
        result[PEOPLE_FILE] = _write_tsv(out_dir / PEOPLE_FILE, PEOPLE_COLUMNS, people_rows())
        result[ORGS_FILE] = _write_tsv(out_dir / ORGS_FILE, ORGS_COLUMNS, org_rows())

    if agent_files:
        agents: dict[str, str] = {}
        bundled = _bundled_agent_terms() if skip_bundled_agents else set()
        bundled_seen: set[str] = set()
        for path in agent_files:
            for term, sector, where in _read_agents(path, stats):
                if term in bundled:
                    if term not in bundled_seen:
                        bundled_seen.add(term)
                        stats.bundled += 1
                    continue
                if term in agents:
                    stats.duplicates += 1
                    if agents[term] != sector:
                        log.warning(
                            "%s: agent %r already imported as %s, not %s; kept the first",
                            where,
                            term,
                            agents[term],
                            sector,
                        )
                    continue
                agents[term] = sector
        result[AGENTS_FILE] = _write_tsv(
            out_dir / AGENTS_FILE,
            AGENTS_COLUMNS,
            ([t, s, "0", ""] for t, s in sorted(agents.items())),
        )

    if verb_files:
        result.update(import_verbs(verb_files, out_dir / TRIGGERS_FILE))

    result["skipped"] = stats.skipped
    result["places"] = stats.places
    result["duplicates"] = stats.duplicates
    result["null_code"] = stats.null
    result["unmapped"] = stats.unmapped
    result["bundled"] = stats.bundled
    return result
