"""The CAMEO event ontology: codes, names, Goldstein values, PLOVER categories, QuadClass.

Facts come from the project's own tables in data/ontology (see docs/kb.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import DATA_DIR, read_tsv

ONTOLOGY_DIR = DATA_DIR / "ontology"

# PLOVER drops CAMEO's "make public statement" (01) and folds "appeal" (02) into its
# REQUEST category; the 2021 crosswalk lists neither, so 02x is mapped here and 01 stays None.
PLOVER_BY_ROOT_FALLBACK = {"02": "REQUEST"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    root: str
    plover: str | None

    @property
    def quad_class(self) -> int:
        """1 verbal cooperation (01-05), 2 material cooperation (06-08),
        3 verbal conflict (09-13), 4 material conflict (14-20)."""
        r = int(self.root)
        return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4

    def event_fields(self) -> dict[str, Any]:
        """The fields an `Event` takes from its code: written once, for the coder and for the
        steps that recode an event."""
        return {
            "cameo": self.code,
            "cameo_name": self.name,
            "cameo_root": self.root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
        }


@lru_cache(maxsize=1)
def codes() -> dict[str, CameoCode]:
    """Every CAMEO code by its zero-padded string."""
    plover = {r["cameo"]: r["plover"] for _, r in read_tsv(ONTOLOGY_DIR / "plover.tsv", ("cameo", "plover"))}
    out: dict[str, CameoCode] = {}
    for _, r in read_tsv(ONTOLOGY_DIR / "cameo.tsv", ("code", "name", "goldstein", "root")):
        code = r["code"]
        # the crosswalk may list a parent code only: walk up to it, then to the root
        cat = plover.get(code) or plover.get(code[:3]) or plover.get(code[:2]) or PLOVER_BY_ROOT_FALLBACK.get(r["root"])
        out[code] = CameoCode(code, r["name"], float(r["goldstein"]), r["root"], cat)
    return out


def lookup(code: str) -> CameoCode:
    """The CAMEO code; KeyError names it when the table has no such code."""
    try:
        return codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None
