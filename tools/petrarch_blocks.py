"""List, per CAMEO family, the PETRARCH verb-dictionary lemmas the bundled verb triggers lack.

    .venv/bin/python tools/petrarch_blocks.py                    # every family, 3-digit codes
    .venv/bin/python tools/petrarch_blocks.py --by root          # 12x, 13x ... as one family
    .venv/bin/python tools/petrarch_blocks.py --family 051 --family 111
    .venv/bin/python tools/petrarch_blocks.py --json

The dictionary (default ``../shared/dictionaries/phoenix/CAMEO.2.0.txt``, PETRARCH2's CAMEO
verb pattern dictionary, MIT, (c) 2015 Open Event Data Alliance) is read by the importer's own
parser (`newsgraph.kb.phoenix_verbs._read_verbs`, what ``newsgraph kb import-phoenix`` writes
``triggers-phoenix.yaml`` from), so a listed entry is exactly what the importer would map. A
lemma is *missing* when ``rules/triggers-verbs.yaml`` has no entry at all for it (a lemma we
have with another code is not listed). A lemma's family is the code of its plain entry (the
verb line's code); a lemma PETRARCH only codes with a condition (an object, preposition or
particle) is listed under the code of each conditioned entry, with the condition. Lemmas that
``rules/modality.yaml`` lists as reported-speech cues are marked ``(speech cue)``: as triggers
they would turn quotes into events.

A tool for choosing what to add by hand: nothing reads its output.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from pathlib import Path

from newsgraph.coding.events.lexicon import load_triggers, modality
from newsgraph.kb.cameo import codes
from newsgraph.kb.phoenix_verbs import _read_verbs, _Stats, _VerbEntry
from newsgraph.rulefile import RULES_DIR

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT.parent / "shared" / "dictionaries" / "phoenix" / "CAMEO.2.0.txt"


def _condition(e: _VerbEntry) -> str:
    """The entry's condition in the trigger format's words ('' for the verb's plain reading)."""
    c = e.cond
    parts = []
    if c.particle:
        parts.append(f"particle:{c.particle}")
    if c.prep:
        parts.append(f"prep:{c.prep}")
    if c.modifier:
        parts.append(f"modifier:{c.modifier}")
    if c.objects:
        parts.append("object:" + "|".join(c.objects))
    return " ".join(parts)


def family_of(code: str, by: str) -> str:
    """The family key of a code: its first three digits ("0231" -> "023") or its root ("12")."""
    return code[:2] if by == "root" else code[:3]


def missing(dictionary: Path, by: str = "code3") -> dict[str, dict[str, list[dict]]]:
    """{family: {lemma: [{cameo, condition, line}]}} of the dictionary's entries whose lemma the
    bundled verb triggers do not have; a lemma with a plain entry is listed under that entry's
    family only (with its conditioned entries beside it), a lemma without one under each
    conditioned entry's family."""
    have = {lemma for lemma, pos in load_triggers([RULES_DIR / "triggers-verbs.yaml"]) if pos == "verb"}
    logging.getLogger("newsgraph.phoenix").setLevel(logging.ERROR)  # the importer's skips
    by_lemma: dict[str, list[_VerbEntry]] = defaultdict(list)
    for e in _read_verbs(dictionary, _Stats()):
        if e.lemma not in have:
            by_lemma[e.lemma].append(e)
    out: dict[str, dict[str, list[dict]]] = defaultdict(dict)
    for lemma, entries in by_lemma.items():
        rows = [
            {"cameo": e.cameo, "condition": _condition(e), "line": e.note.split(" ", 1)[0].rsplit(":", 1)[-1]}
            for e in entries
        ]
        plain = [r for r in rows if not r["condition"] and r["cameo"] != "none"]
        fams = (
            {family_of(plain[0]["cameo"], by)}
            if plain
            else {family_of(r["cameo"], by) for r in rows if r["cameo"] != "none"}
        )
        for fam in fams:
            out[fam][lemma] = rows
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--dictionary", type=Path, default=DICTIONARY)
    ap.add_argument("--by", choices=["code3", "root"], default="code3", help="family: 3-digit code or root")
    ap.add_argument("--family", action="append", default=[], help="only these families (repeatable)")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of the listing")
    args = ap.parse_args(argv)
    if not args.dictionary.exists():
        sys.exit(f"{args.dictionary}: not found (is ../shared beside the repository?)")
    table = missing(args.dictionary, args.by)
    fams = sorted(f for f in table if not args.family or f in args.family)
    if args.json:
        print(json.dumps({f: table[f] for f in fams}, indent=1, sort_keys=True))
        return 0
    speech = modality().speech
    names = codes()
    for fam in fams:
        name = names[fam.ljust(3, "0")[:3]].name if fam.ljust(3, "0")[:3] in names else ""
        print(f"== {fam}{'x' if len(fam) == 2 else ''} {name}: {len(table[fam])} lemmas missing")
        # lemmas with a plain entry first, then those PETRARCH codes only with a condition
        for lemma in sorted(table[fam], key=lambda k: (not any(not r["condition"] for r in table[fam][k]), k)):
            rows = table[fam][lemma]
            plain = [r for r in rows if not r["condition"]]
            head = f"[{plain[0]['cameo']}] (line {plain[0]['line']})" if plain else "(conditioned only)"
            cue = " (speech cue)" if lemma in speech else ""
            print(f"  {lemma} {head}{cue}")
            for r in rows:  # a conditioned-only lemma: its entries of this family only
                if r["condition"] and (plain or family_of(r["cameo"], args.by) == fam):
                    print(f"      {r['condition']} [{r['cameo']}] (line {r['line']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
