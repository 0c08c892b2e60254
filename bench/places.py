"""Where events happened (issue 14): single news sentences annotated with one event verb and its place.

Codes the sentences of ``../shared/benchmarks/ahalterman-event_location-dev/`` (the half of
ahalterman/event_location kept apart for development, MIT) with ``newsgraph code --json`` (the
CLI, as a user runs it) and prints one JSON line:

- ``event_on_verb``: sentences where an event's trigger overlaps the annotated verb;
- ``place_coverage``: of those, the share where such an event carries a place of its own (a
  place of ``precision: "article"`` — the article's, a fallback — never counts);
- ``place_accuracy``: of the sentences whose verb event has a place and whose annotation gives
  one, the share where the place's text overlaps the annotated span;
- ``geocoded``: of the events with a place, the share whose place has coordinates;
- ``misses``: the sentences by why they fall short (no event on the verb, no place, a place
  elsewhere than the annotated one, a place where the annotation gives none).

With ``--misses-file F`` each sentence that falls short is written to F with its kind.

    .venv/bin/python bench/places.py
    .venv/bin/python bench/places.py --limit 500 --misses-file /tmp/places.txt

Measurement only: no rule reads these files.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "benchmarks" / "ahalterman-event_location-dev" / "event_location_dev.jsonl"


def _spans(record: dict, label: str) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in record.get("spans", []) if s["label"] == label]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _place_spans(text: str, place: str) -> list[tuple[int, int]]:
    """Where the place's words stand in the sentence (the output gives the text, not a span)."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(place), text)] if place else []


def _own_place(event: dict) -> dict | None:
    loc = event.get("location")
    return loc if loc and loc.get("precision") != "article" else None


def judge(record: dict, events: list[dict]) -> tuple[str, dict | None]:
    """The sentence's kind ("ok", or why it falls short) and the event on the verb, if any."""
    text = record["text"]
    verbs = _spans(record, "VERB")
    gold = _spans(record, "LOCATION")
    on_verb = [e for e in events if any(_overlaps(tuple(e["span"]), v) for v in verbs)]
    if not on_verb:
        return "no event on the verb", None
    placed = [e for e in on_verb if _own_place(e)]
    if not placed:
        return ("no place" if gold else "ok: no place, none annotated"), on_verb[0]
    event = placed[0]
    place = _own_place(event) or {}
    if not gold:
        return "place where none is annotated", event
    where = _place_spans(text, place.get("text", ""))
    if any(_overlaps(w, g) for w in where for g in gold):
        return "ok", event
    return "another place", event


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences (0: all)")
    ap.add_argument("--misses-file", type=Path, help="write each sentence that falls short, with its kind")
    args = ap.parse_args()
    if not args.dev.is_file():
        sys.exit(f"{args.dev}: not found (is ../shared beside the repository?)")
    records = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        records = records[: args.limit]
    start = time.perf_counter()
    src = Path(tempfile.mkdtemp(prefix="ng-places-")) / "sentences.jsonl"
    with src.open("w", encoding="utf-8") as f:
        # The dataset's own ids repeat (several sentences of one story) and some end in a space,
        # so each sentence is coded under its line number.
        for i, r in enumerate(records):
            f.write(json.dumps({"id": f"s{i}", "text": r["text"]}) + "\n")
    run = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "code", str(src), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if run.returncode != 0:
        sys.exit(f"newsgraph code failed ({run.returncode}):\n{run.stderr[-2000:]}")
    coded = {}
    for line in run.stdout.splitlines():
        if line.strip():
            art = json.loads(line)
            coded[art["article"]["id"]] = art["events"]
    missing = [i for i in range(len(records)) if f"s{i}" not in coded]
    if missing:
        sys.exit(f"newsgraph code gave no row for {len(missing)} sentences (first: line {missing[0] + 1})")
    kinds: Counter[str] = Counter()
    placed = geocoded = 0
    listing = []
    for i, r in enumerate(records):
        events = coded.get(f"s{i}", [])
        kind, event = judge(r, events)
        kinds[kind] += 1
        place = _own_place(event) if event else None
        if place:
            placed += 1
            geocoded += place.get("lat") is not None and place.get("lon") is not None
        if not kind.startswith("ok"):
            got = f" [{place.get('text')}]" if place else ""
            verb = " ".join(r["text"][a:b] for a, b in _spans(r, "VERB"))
            listing.append(f"{kind}{got} | verb [{verb}] | {r['text'].strip()}")
    n = len(records)
    on_verb = n - kinds["no event on the verb"]
    annotated_placed = kinds["ok"] + kinds["another place"]
    out = {
        "bench": "places",
        "sentences": n,
        "event_on_verb": round(on_verb / n, 3) if n else 0.0,
        "place_coverage": round(placed / on_verb, 3) if on_verb else 0.0,
        "place_accuracy": round(kinds["ok"] / annotated_placed, 3) if annotated_placed else 0.0,
        "geocoded": round(geocoded / placed, 3) if placed else 0.0,
        "misses": {k: v for k, v in kinds.most_common() if not k.startswith("ok")},
        "seconds": round(time.perf_counter() - start, 1),
    }
    print(json.dumps(out))
    if args.misses_file:
        args.misses_file.write_text("\n".join(listing) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
