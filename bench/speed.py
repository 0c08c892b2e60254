"""Speed and memory of `newsgraph code` against a bare spaCy parse of the same texts.

Prints one JSON line. Each measurement runs in its own process (so peak RSS is its own),
alternating bare/code runs `--repeat` times; times are medians. The ratio compares
processing time only (pipeline loading is reported apart).

    .venv/bin/python bench/speed.py [--corpus CSV] [--repeat 3] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
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
    }))


if __name__ == "__main__":
    main()
