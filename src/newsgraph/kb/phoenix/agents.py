"""Agents dictionaries -> ``agents-phoenix.tsv``.

``TERM [~CODE]`` or ``TERM [CODE~]``, optional ``{PLURAL}`` (dropped: the KB holds
lemmas), substitution sets ``!PERSON! = MAN, MEN, ...`` expanded where ``!PERSON!``
is used. ``term`` is lowercase with ``_`` and runs of spaces turned into one space;
``sector`` is the code without ``~``, reduced to the KB vocabulary like actor codes
(``~GOV`` -> GOV, ``NGO~`` -> NGO, ``~GOVFRM`` -> GOV, ``~MUSUAF`` -> UAF, ``~CHRCPT``
-> REL); ``person`` 0, ``role`` empty. A term seen again keeps its first sector. Lines with no code or an undefined
substitution set are skipped with a warning.
Terms the bundled ``agents*.tsv`` already has are left out unless asked (see `import_phoenix`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import DATA_DIR
from ..phoenix_verbs import _lines
from .brackets import _BRACKET_RE, _CODE_RE
from .codes import _pick_sector
from .names import _phrase
from .stats import _Stats, log
from .tsv import AGENTS_COLUMNS, AGENTS_FILE, _write_tsv


@dataclass(frozen=True, slots=True)
class _AgentTerm:
    """An agent phrase of a dictionary line, substitutions expanded, and where it stands."""

    term: str
    sector: str
    where: str  # "file:line"


def _is_agents_file(path: Path) -> bool:
    return "agent" in path.name.lower()


def _read_agents(path: Path, stats: _Stats) -> Iterator[_AgentTerm]:
    """Every agent phrase of a dictionary, substitutions expanded."""
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
            yield _AgentTerm(term, sector, where)


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


def _import_agents(paths: list[Path], out_dir: Path, stats: _Stats, skip_bundled: bool) -> int:
    """Read the agents dictionaries and write the agents file; rows written. A term seen
    again keeps its first sector."""
    agents: dict[str, str] = {}
    bundled = _bundled_agent_terms() if skip_bundled else set()
    bundled_seen: set[str] = set()
    for path in paths:
        for found in _read_agents(path, stats):
            term, sector = found.term, found.sector
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
                        found.where,
                        term,
                        agents[term],
                        sector,
                    )
                continue
            agents[term] = sector
    return _write_tsv(out_dir / AGENTS_FILE, AGENTS_COLUMNS, ([t, s, "0", ""] for t, s in sorted(agents.items())))
