"""CAMEO actor codes of the dictionaries -> the KB's country and sector.

``country`` is the first three letters when they are an ISO 3166-1 alpha-3 code (current,
or a historical one such as ``SUN``, ``YUG``, ``DDR``), with CAMEO's own ``KSV`` -> ``XKX``,
``USR`` -> ``SUN``, ``TMP`` -> ``TLS``, ``FRY`` -> ``YUG``. ``sector`` is the first 3-letter
group of the rest that is a sector of the KB vocabulary (``newsgraph.kb.SECTORS``):
``RUSGOV`` -> GOV, ``PSEGZAMIL`` -> MIL (``GZA`` is a place), ``KSVGOVLEG`` -> GOV; a
religion group (``CHR``, ``MUS``, ``HIN``...) gives ``REL`` when no other group is a sector;
``NGM`` is written ``NGO``; otherwise empty. When the code starts with ``IGO``, ``NGO``,
``NGM``, ``IMG`` or ``MNC``, ``country`` is empty and ``sector`` is that group. Codes of
regions, religions and ethnic groups (``MEAREB``, ``HINRAD``) have no country and the
sector found in the rest.

Also here: which codes name a place (a country, or a country in a country) and which are
a country of the dictionaries' own (PETRARCH's toy ``ARN``, ``GON``), and the org kind a
code gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import DATA_DIR
from .tsv import COUNTRIES_FILE

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
# an organisation's `kind` (orgs TSV) by its code's first group, else by its sector
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


@dataclass(frozen=True, slots=True)
class _CodeParts:
    """A code's country and KB sector ("" for none)."""

    country: str
    sector: str


def _kb_sectors() -> frozenset[str]:
    """The sector codes the KB loader accepts (newsgraph.kb.SECTORS)."""
    try:
        from .. import SECTORS
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
def _split_code(code: str, extra: frozenset[str] = frozenset()) -> _CodeParts:
    """The country and sector of a CAMEO actor code, per the rule in the module doc.

    `extra`: the non-ISO country codes of the same import (``ARN``, ``GON``), read
    as countries too."""
    head = code[:3]
    if _is_country(head):
        return _CodeParts(_CAMEO_COUNTRY.get(head, head), _pick_sector(code[3:]))
    if head in extra:
        return _CodeParts(head, _pick_sector(code[3:]))
    if head in _ORG_PREFIXES or head == "UIS":
        return _CodeParts("", _pick_sector(head))
    return _CodeParts("", _pick_sector(code))


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
