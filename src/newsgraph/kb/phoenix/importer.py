"""`import_phoenix`: sorts the given dictionaries by kind and runs the importer of each."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..phoenix_verbs import TRIGGERS_FILE, _is_verbs_file, import_verbs
from .agents import _import_agents, _is_agents_file
from .classify import _import_actors
from .stats import _Stats, log
from .tsv import AGENTS_FILE


def _is_discards_file(path: Path) -> bool:
    """PETRARCH's discards list (Phoenix.discards.txt): phrases whose sentences it skips, no actors."""
    return "discard" in path.name.lower()


def import_phoenix(paths: Iterable[Path], out_dir: Path, *, skip_bundled_agents: bool = True) -> dict[str, int]:
    """Convert Phoenix/PETRARCH actor and agent dictionaries into user-KB TSV files.

    Returns rows written per file name plus "skipped", "places", "duplicates",
    "null_code", "unmapped" and "bundled" (see the package doc). Raises
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
        result.update(_import_actors(actor_files, out_dir, stats))
    if agent_files:
        result[AGENTS_FILE] = _import_agents(agent_files, out_dir, stats, skip_bundled_agents)
    if verb_files:
        result.update(import_verbs(verb_files, out_dir / TRIGGERS_FILE))

    result["skipped"] = stats.skipped
    result["places"] = stats.places
    result["duplicates"] = stats.duplicates
    result["null_code"] = stats.null
    result["unmapped"] = stats.unmapped
    result["bundled"] = stats.bundled
    return result
