"""Speed and memory of `newsgraph code` against a bare spaCy parse of the same texts.

Prints one JSON line. Each measurement runs in its own process (so peak RSS is its own),
alternating bare/code runs `--repeat` times; times are medians. The ratio compares
processing time only (pipeline loading is reported apart).

`startup_s`, `bare_startup_s`, `startup_ratio`: medians of `--repeat` runs of
`echo "Putin visited China." | newsgraph code -` (the whole command) against
`python -c "import spacy; spacy.load(MODEL)"` (issue 12's goal: a ratio of at most 2).

`long_text_*`: one run of `newsgraph code --json` (the command, output to /dev/null) on a
single article of `--long-text-mib` MiB with no line break (the corpus's texts on one
line, repeated): its peak RSS and seconds, and the same for a text with neither line
breaks nor sentence ends (its words shuffled, no punctuation). `--long-text-mib 0` skips it.

    .venv/bin/python bench/speed.py [--corpus CSV] [--repeat 3] [--limit N] [--long-text-mib 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "wikinews_2019" / "wikinews_2019.csv"


def run_one(mode: str, corpus: str, limit: int | None) -> dict:
    from newsgraph.nlp import DEFAULT_MODEL, get_pipeline
    from newsgraph.pipeline import code_corpus
    from newsgraph.read import iter_articles

    articles = list(iter_articles([corpus]))[:limit]
    t0 = time.perf_counter()
    if mode == "bare":
        import spacy

        nlp = spacy.load(DEFAULT_MODEL)
        nlp.max_length = 2_000_000
    else:
        nlp = get_pipeline()
    t1 = time.perf_counter()
    events = 0
    if mode == "bare":
        for _ in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
    else:
        for coded in code_corpus(articles, nlp):
            events += len(coded.events)
    t2 = time.perf_counter()
    return {
        "load_s": t1 - t0, "run_s": t2 - t1, "events": events, "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def long_texts(corpus: str, mib: float, folder: Path) -> dict[str, Path]:
    """Two one-line texts of `mib` MiB from the corpus: its prose, and its words without punctuation."""
    import random

    from newsgraph.read import iter_articles

    prose = " ".join(" ".join(a.text.split()) for a in iter_articles([corpus]) if a.status == "ok")
    size = int(mib * 2**20)
    words = [w.strip(".,;:!?\"'()") for w in prose.split()]
    random.Random(0).shuffle(words)
    texts = {"prose": (prose + " ") * (size // len(prose) + 1), "no_sentences": " ".join(w for w in words if w)}
    paths = {}
    for name, text in texts.items():
        while len(text) < size:
            text += " " + text
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text[:size].rsplit(" ", 1)[0], encoding="utf-8")
    return paths


def code_peak(path: Path) -> dict[str, float]:
    """Peak RSS (MiB) and seconds of `newsgraph code PATH --json` in a process of its own."""
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "newsgraph.cli", "code", str(path), "--date", "2019-06-01", "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: status {status}")
    return {"peak_rss_mib": round(usage.ru_maxrss / 1024), "s": round(time.perf_counter() - t0, 1)}


def startup(repeat: int) -> dict[str, float]:
    """Seconds of the whole `newsgraph code -` command on one sentence against a bare model load."""
    from newsgraph.nlp import DEFAULT_MODEL

    bare_cmd = [sys.executable, "-c", f"import spacy; spacy.load({DEFAULT_MODEL!r})"]
    code_cmd = [sys.executable, "-m", "newsgraph.cli", "code", "-"]
    bare, code = [], []
    for _ in range(repeat):
        for cmd, times in ((bare_cmd, bare), (code_cmd, code)):
            t0 = time.perf_counter()
            subprocess.run(cmd, input="Putin visited China.\n", text=True, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
    code_s, bare_s = statistics.median(code), statistics.median(bare)
    return {"startup_s": round(code_s, 2), "bare_startup_s": round(bare_s, 2), "startup_ratio": round(code_s / bare_s, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--long-text-mib", type=float, default=5.0, help="size of the one-line texts; 0 skips them")
    ap.add_argument("--mode", choices=["bare", "code"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mode:
        print(json.dumps(run_one(args.mode, args.corpus, args.limit)))
        return
    runs: dict[str, list[dict]] = {"bare": [], "code": []}
    for _ in range(args.repeat):
        for mode in ("bare", "code"):
            cmd = [sys.executable, __file__, "--mode", mode, "--corpus", args.corpus]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            runs[mode].append(json.loads(out.strip().splitlines()[-1]))
    code, bare = runs["code"], runs["bare"]
    long: dict[str, object] = {}
    if args.long_text_mib:
        with tempfile.TemporaryDirectory() as tmp:
            for name, path in long_texts(args.corpus, args.long_text_mib, Path(tmp)).items():
                long[name] = code_peak(path)
        long = {"long_text_mib": args.long_text_mib, "long_text": long}
    code_s = statistics.median(r["run_s"] for r in code)
    bare_s = statistics.median(r["run_s"] for r in bare)
    print(json.dumps({
        "bench": "speed", "corpus": Path(args.corpus).name, "repeat": args.repeat,
        "articles": code[0]["articles"], "words": code[0]["words"], "events": code[0]["events"],
        "code_s": round(code_s, 3), "bare_parse_s": round(bare_s, 3), "ratio": round(code_s / bare_s, 3),
        "articles_per_s": round(code[0]["articles"] / code_s, 2), "words_per_s": round(code[0]["words"] / code_s),
        "load_s": round(statistics.median(r["load_s"] for r in code), 2),
        "bare_load_s": round(statistics.median(r["load_s"] for r in bare), 2),
        "peak_rss_mib": round(max(r["peak_rss_mib"] for r in code)),
        "bare_peak_rss_mib": round(max(r["peak_rss_mib"] for r in bare)),
        **startup(args.repeat),
        **long,
    }))


if __name__ == "__main__":
    main()
