"""Speed of the knowledge base's slow parts: the Phoenix importer and the gazetteer.

Prints one JSON line (medians of `--repeat` runs). The tests check what these return; how
long they take is measured here, not in timed unit tests.

- phoenix: importing all of PETRARCH2's Phoenix dictionaries (`newsgraph kb import-phoenix`)
  into a fresh folder, and the countries file alone (the largest: a quadratic step shows
  there first), with the people rows written;
- gazetteer: building a `Gazetteer` from its cache file in a process that has not loaded it
  (the cost each new worker pays), and one `lookup` of a place name, in microseconds.

    .venv/bin/python bench/kb.py [--dir ../shared/dictionaries/phoenix] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.kb import KB
from newsgraph.kb.phoenix import PEOPLE_FILE, import_phoenix
from newsgraph.where import Gazetteer, geonames

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "dictionaries" / "phoenix"


def _median_import(files: list[Path], repeat: int) -> tuple[float, dict[str, int]]:
    """Median seconds of `repeat` imports of `files`, and the counts of the last one."""
    times, counts = [], {}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            t = time.perf_counter()
            counts = import_phoenix(files, Path(out))
            times.append(time.perf_counter() - t)
    return statistics.median(times), counts


def _gazetteer(repeat: int) -> tuple[float, float]:
    """Median seconds of a `Gazetteer` built from its cache, and microseconds of one lookup."""
    kb = KB([])
    Gazetteer(kb)  # writes the cache if there is none
    loads = []
    for _ in range(repeat):
        geonames._BASE = None  # as in a new process
        t = time.perf_counter()
        gaz = Gazetteer(kb)
        loads.append(time.perf_counter() - t)
    names = ["Beijing", "the Arctic", "Kiev", "Paris", "Nowhere Land", "China's"] * 2000
    lookups = []
    for _ in range(repeat):
        t = time.perf_counter()
        for n in names:
            gaz.lookup(n)
        lookups.append((time.perf_counter() - t) / len(names))
    return statistics.median(loads), statistics.median(lookups) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of Phoenix.*.txt files")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted(args.dir.glob("Phoenix.*.txt"))
    countries = args.dir / "Phoenix.Countries.actors.txt"
    if not files or not countries.exists():
        sys.exit(f"bench/kb.py: no Phoenix.*.txt files in {args.dir}; pass --dir")
    all_s, all_counts = _median_import(files, args.repeat)
    one_s, one_counts = _median_import([countries], args.repeat)
    load_s, lookup_us = _gazetteer(args.repeat)
    print(
        json.dumps(
            {
                "bench": "kb",
                "files": len(files),
                "repeat": args.repeat,
                "all_seconds": round(all_s, 2),
                "people": all_counts.get(PEOPLE_FILE, 0),
                "countries_alone_seconds": round(one_s, 2),
                "countries_alone_people": one_counts.get(PEOPLE_FILE, 0),
                "gazetteer_from_cache_seconds": round(load_s, 3),
                "gazetteer_lookup_us": round(lookup_us, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
