"""Accuracy on whole real articles (issue 13): the Wikinews 2019 dev gold, scored by its own scorer.

Codes the articles of ``../shared/benchmarks/newsgraph-wikinews2019-gold/`` with
``newsgraph code --json`` (the CLI, as a user runs it) and scores them with that folder's
``score.py`` (the shared scorer, not a copy), then prints one JSON line: precision, recall, F1,
macro F1, modality and date accuracy on matches, and the misses by class. With ``--misses``
the scorer's per-article HIT/MISS/EXTRA list goes to stderr (or ``--misses-file``), with a DATE
line under each HIT whose date is wrong (``same``/``other``: whether the coded event is in the gold
event's sentence). The same run measures who said what: each gold quotation is looked up among the
coded ones by its opening words, and ``quotes`` in the JSON line counts the gold quotations, those
found and those whose speaker's country is the gold's (``speaker_country_acc``: right / gold); the
listing gives a QUOTE line under its article for each one not found or with another country.

    .venv/bin/python bench/articles.py
    .venv/bin/python bench/articles.py --misses-file /tmp/misses.txt
    .venv/bin/python bench/articles.py --gold bench/audit/wikinews2019-audit.jsonl   # the audit set
    .venv/bin/python bench/articles.py --gold OTHER.jsonl --corpus OTHER.csv   # a held-out set

Measurement only: no rule reads these files.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib.util
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT.parent / "shared" / "benchmarks" / "newsgraph-wikinews2019-gold"
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019" / "wikinews_2019.csv"


def _scorer(gold_dir: Path):
    """The gold's own score.py, imported from its folder (it is not a package); a gold folder
    without one (the project's audit set) is scored by the shared gold's."""
    if not (gold_dir / "score.py").exists():
        gold_dir = GOLD_DIR
    spec = importlib.util.spec_from_file_location("gold_score", gold_dir / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"{gold_dir / 'score.py'}: not found (is ../shared beside the repository?)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_articles(gold: Path, corpus: Path) -> tuple[list[dict], Path]:
    """The gold records and a CSV of just their articles (the corpus rows whose url they name)."""
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {g["url"] for g in golds}
    csv.field_size_limit(sys.maxsize)
    with corpus.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [row for row in reader if row.get("url") in wanted]
        fields = reader.fieldnames or []
    missing = wanted - {r["url"] for r in rows}
    if missing:
        sys.exit(f"{corpus}: {len(missing)} gold articles are not in the corpus, e.g. {sorted(missing)[0]}")
    out = Path(tempfile.mkdtemp(prefix="ng-articles-")) / "articles.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return golds, out


def _watch_dates(score) -> dict:
    """Record, for each date the scorer compares, the coded and gold events it compared.

    The scorer's own ``same_date`` is wrapped: it is called on each HIT whose gold event has a
    date, from the loop whose locals name the article (``g``), the slot (``s_, t_, r_``), the gold
    event (``ge``) and the coded one (``sysd[hit]``). The matching stays the scorer's; this only
    reads what it compared, keyed by (article title, slot) as the listing prints them."""
    seen: dict = {}
    same_date = score.same_date

    def watched(sysd, gold):
        ok = same_date(sysd, gold)
        f = sys._getframe(1).f_locals
        if "ge" in f and "g" in f:
            coded_ev = f["sysd"][f["hit"]]
            slot = repr((f["s_"], f["t_"], f["r_"]))
            seen[(f["g"]["title"], slot)] = (ok, coded_ev, f["ge"])
        return ok

    score.same_date = watched
    return seen


def _one_sentence(coded: str, gold: str) -> bool:
    """Whether the coded event's sentence is the gold event's (one holds the other once spaces are
    evened out: a dateline glued on, a quotation the gold gives whole)."""
    a, b = " ".join(coded.split()), " ".join(gold.split())
    return bool(a and b) and (a in b or b in a)


def _mark_dates(listing: str, dates: dict) -> str:
    """The listing with a DATE line under each HIT whose coded date the scorer found wrong:
    whether the scorer paired the coded event with the gold event of its own sentence ("same") or
    of another ("other": a date rule cannot make those agree), coded date and words, gold date and
    words, and the coded trigger and sentence."""
    out, title = [], None
    for line in listing.splitlines():
        out.append(line)
        if line.startswith("=== "):
            title = line[4:].rsplit(" (", 1)[0]
        elif line.startswith("  HIT   ") and title is not None:
            slot = line[8:].split(")", 1)[0] + ")"
            got = dates.get((title, slot))
            if got and not got[0]:
                _, e, ge = got
                pair = "same" if _one_sentence(e.get("sentence") or "", ge.get("sentence") or "") else "other"
                out.append(
                    f"        DATE {pair} coded {e.get('date')} {e.get('date_precision')} [{e.get('date_text')}] "
                    f"gold {ge.get('date')} [{ge.get('date_text')}] | trigger [{e.get('trigger')}] "
                    f"{(e.get('sentence') or '')[:120]}"
                )
    return "\n".join(out) + ("\n" if listing.endswith("\n") else "")


# quote marks and apostrophes, curly or straight, compared as one
_MARKS = str.maketrans(
    {c: "'" for c in "\u2018\u2019\u201a\u201b`\u00b4"} | {c: '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"}
)
# the opening words compared: a gold `quote_start` is the first 40 characters of the quoted words
_OPENING = 25


def _norm_quote(text: str) -> str:
    """Quoted words with spaces evened out and quote marks straightened, without marks around them."""
    return " ".join(text.translate(_MARKS).split()).strip("\"' ")


def _coded_quote(gold_start: str, coded: list[dict]) -> dict | None:
    """The coded quotation opening with the gold one's opening words, else one holding them (a
    coded quotation may run on from an earlier mark)."""
    head = _norm_quote(gold_start)[:_OPENING]
    if not head:
        return None
    texts = [(_norm_quote(q.get("text") or ""), q) for q in coded]
    return next((q for t, q in texts if t.startswith(head)), None) or next((q for t, q in texts if head in t), None)


def _quotes(golds: list[dict], coded: dict) -> tuple[dict, dict[str, list[str]]]:
    """Who said what: per gold quotation, the coded one with its opening words and whether its
    speaker's country is the gold's (null for null: an IGO's or an unknown speaker). Returns the
    figures and, by article title, a QUOTE line for each quotation missed or given another country."""
    n = found = right = 0
    lines: dict[str, list[str]] = {}
    for g in golds:
        qs = (coded.get(g["url"]) or {}).get("quotes") or []
        for gq in g.get("quotes") or []:
            n += 1
            q = _coded_quote(gq["quote_start"], qs)
            speaker = (q or {}).get("speaker") or {}
            ok = q is not None and speaker.get("country") == gq["speaker_country"]
            found += q is not None
            right += ok
            if not ok:
                got = (
                    f"coded {speaker.get('text')!r} {speaker.get('country')} cue [{q.get('cue')}]"
                    if q is not None
                    else "not found"
                )
                lines.setdefault(g["title"], []).append(
                    f"  QUOTE gold {gq['speaker']!r} {gq['speaker_country']} | {got} | {gq['quote_start'][:40]}"
                )
    figures = {"gold": n, "found": found, "speaker_country_right": right}
    figures["speaker_country_acc"] = round(right / n, 3) if n else 0.0
    return figures, lines


def _mark_quotes(listing: str, lines: dict[str, list[str]]) -> str:
    """The listing with each article's QUOTE lines at the end of its block."""
    out: list[str] = []
    title = None
    for line in listing.splitlines():
        if line.startswith("=== "):
            out += lines.get(title, []) if title is not None else []
            title = line[4:].rsplit(" (", 1)[0]
        out.append(line)
    out += lines.get(title, []) if title is not None else []
    return "\n".join(out) + ("\n" if out else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD_DIR / "wikinews2019-gold.jsonl")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--misses", action="store_true", help="the per-article HIT/MISS/EXTRA list on stderr")
    ap.add_argument("--misses-file", type=Path, help="write that list to this file instead")
    ap.add_argument("--coded", type=Path, help="also keep the coded JSON Lines here")
    args = ap.parse_args()

    score = _scorer(args.gold.parent)
    golds, articles = _gold_articles(args.gold, args.corpus)
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "code", str(articles), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    if run.returncode != 0:
        sys.exit(f"newsgraph code failed ({run.returncode}):\n{run.stderr[-2000:]}")
    if args.coded:
        args.coded.write_text(run.stdout, encoding="utf-8")
    coded = {}
    for line in run.stdout.splitlines():
        if line.strip():
            a = json.loads(line)
            coded[str((a.get("article") or {}).get("id"))] = a

    listing = io.StringIO()
    want_misses = args.misses or bool(args.misses_file)
    dates = _watch_dates(score) if want_misses else {}
    with contextlib.redirect_stdout(listing):
        figures = score.score(golds, coded, misses=want_misses)
    quotes, quote_lines = _quotes(golds, coded)
    text = _mark_quotes(_mark_dates(listing.getvalue(), dates), quote_lines) if want_misses else ""
    if args.misses_file:
        args.misses_file.write_text(text, encoding="utf-8")
    elif args.misses:
        sys.stderr.write(text)
    coded_actors = [
        a for art in coded.values() for e in art.get("events") or [] for a in (e.get("source"), e.get("target")) if a
    ]
    figures = {
        "bench": "articles",
        "gold": args.gold.name,
        **figures,
        "actors_without_country": round(sum(1 for a in coded_actors if not a.get("country")) / len(coded_actors), 3)
        if coded_actors
        else 0.0,
        "quotes": quotes,
        "seconds": round(seconds, 1),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
