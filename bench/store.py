"""Cost of the corpus store: ingest against bare coding, growth to many articles, query times.

Prints one JSON line. Each part runs in its own process (so its peak RSS is its own):

- overhead: the corpus coded without storing (`code_corpus`) and ingested into a fresh
  DuckDB file, alternating `--repeat` times with one loaded pipeline; times are medians and
  `ingest_overhead` = ingest time / code time - 1. As that difference is within the noise of
  coding, `write_overhead` also gives the store's own cost: ingesting the articles already
  coded, over the code time.
- scale: `--articles N` articles made by repeating the corpus, copy k with ids suffixed
  `#k` and dates moved 2k days (so its events are new events, not reports merged into old
  ones), ingested into a fresh file: articles/s, file size, peak RSS and the RSS after
  each tenth (flat if memory does not grow with the store). 0 skips it; 10,000 takes
  about 23 minutes with one worker.
- queries: `--events N` synthetic events (and one mention each) inserted with SQL, actors,
  codes and dates drawn from a seeded hash, skewed so some dyads are busy; then the
  median of 5 runs of a monthly `dyads()` for the busiest country dyad, a filtered
  `events()` page (its source, CAMEO root 19, one year, page 3), a text search page and
  `actors()`.

    .venv/bin/python bench/store.py [--corpus CSV] [--repeat 3] [--articles 2000] [--events 1000000] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "wikinews_2019" / "wikinews_2019.csv"
QUERY_RUNS = 5
# busiest first: the synthetic actors' countries are drawn with a skew towards the start
COUNTRIES = ("USA RUS UKR CHN ISR PSE GBR FRA DEU IRN SYR TUR IND PAK AFG IRQ JPN KOR PRK SAU YEM EGY LBY "
             "NGA ETH SDN ZAF BRA VEN MEX COL CAN AUS ITA ESP POL BLR GEO ARM AZE KAZ LBN JOR QAT ARE "
             "MMR THA PHL IDN VNM").split()
SECTORS = ("", "GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "COP", "EDU")
MODALITIES = ("actual",) * 17 + ("planned", "negated", "hypothetical")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    """The current RSS (not the peak), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def file_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


# -- overhead --------------------------------------------------------------------

def run_overhead(corpus: str, repeat: int) -> dict[str, Any]:
    from newsgraph.nlp import get_pipeline
    from newsgraph.pipeline import code_corpus
    from newsgraph.read import iter_articles
    from newsgraph.ingest import ingest
    from newsgraph.store import Store

    articles = list(iter_articles([corpus]))
    nlp = get_pipeline()
    coded = list(code_corpus(articles, nlp))  # untimed: the first pass fills the pipeline's caches
    code_s, ingest_s, write_s = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in code_corpus(articles, nlp):
            pass
        code_s.append(time.perf_counter() - t0)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "store.duckdb"
            t0 = time.perf_counter()
            with Store(path) as store:
                summary = ingest(store, articles, nlp=nlp)
            ingest_s.append(time.perf_counter() - t0)
            size = file_mib(path)
        write_s.append(write_only(articles, coded))
    code, ingest, write = (statistics.median(x) for x in (code_s, ingest_s, write_s))
    return {"articles": len(articles), "events": summary.new_events, "mentions": summary.mentions,
            "code_s": round(code, 3), "ingest_s": round(ingest, 3), "ingest_overhead": round(ingest / code - 1, 4),
            "write_only_s": round(write, 3), "write_overhead": round(write / code, 4),
            "code_runs_s": [round(x, 2) for x in code_s], "ingest_runs_s": [round(x, 2) for x in ingest_s],
            "articles_per_s": round(len(articles) / ingest, 2), "file_mib": round(size, 2),
            "peak_rss_mib": round(peak_rss_mib())}


def write_only(articles: list[Any], coded: list[Any]) -> float:
    """Seconds of `newsgraph.ingest` given the articles already coded: the store's own cost, which
    the difference of two coding runs (each varying by seconds on a shared machine) blurs."""
    from newsgraph import pipeline
    from newsgraph.ingest import ingest
    from newsgraph.store import Store

    done = {c.article.id: c for c in coded}
    real = pipeline.code_corpus
    pipeline.code_corpus = lambda todo, *_, **__: (done[pipeline.article_id(a)] for a in todo)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            with Store(Path(tmp) / "store.duckdb") as store:
                ingest(store, articles)
            return time.perf_counter() - t0
    finally:
        pipeline.code_corpus = real


# -- scale -----------------------------------------------------------------------

def copies(corpus: str, n: int) -> Iterator[Any]:
    """n articles: the corpus again and again, copy k with new ids and dates 2k days later."""
    from newsgraph.read import iter_articles

    base = list(iter_articles([corpus]))
    for i in range(n):
        k, j = divmod(i, len(base))
        a = base[j]
        day = (date.fromisoformat(a.date) + timedelta(days=2 * k)).isoformat() if k and a.date else a.date
        yield a if k == 0 else replace(a, id=f"{a.id}#{k}", date=day)


def run_scale(corpus: str, n: int, workers: int) -> dict[str, Any]:
    from newsgraph.nlp import get_pipeline
    from newsgraph.ingest import ingest
    from newsgraph.store import Store

    nlp = get_pipeline() if workers == 1 else None
    done = 0
    samples: list[int] = []

    def progress() -> None:
        nonlocal done
        done += 1
        if done % max(1, n // 10) == 0:
            samples.append(round(rss_mib()))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.duckdb"
        t0 = time.perf_counter()
        with Store(path) as store:
            summary = ingest(store, copies(corpus, n), nlp=nlp, workers=workers, on_article=progress)
            stats = store.stats()
        seconds = time.perf_counter() - t0
        size = file_mib(path)
    return {"articles": summary.stored, "events": stats["events"], "mentions": stats["mentions"],
            "workers": workers, "ingest_s": round(seconds, 1), "articles_per_s": round(summary.stored / seconds, 2),
            "file_mib": round(size, 2), "peak_rss_mib": round(peak_rss_mib()),
            "workers_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "rss_by_tenth_mib": samples}


# -- queries over synthetic events -------------------------------------------------

def synthetic_store(path: Path, n: int) -> float:
    """Fill a fresh store with n events and a mention each by SQL; returns the seconds taken."""
    import pyarrow as pa

    from newsgraph import cameo
    from newsgraph.ingest import ingest
    from newsgraph.store import Store

    codes = sorted(cameo.codes().values(), key=lambda c: c.code)
    cams = pa.table({"ci": list(range(len(codes))), "cameo": [c.code for c in codes], "root": [c.root for c in codes],
                     "cname": [c.name for c in codes], "plover": [c.plover for c in codes],
                     "quad": [c.quad_class for c in codes], "goldstein": [c.goldstein for c in codes]})
    acts = [(c, s) for c in COUNTRIES for s in SECTORS]  # by country first, so the skew favours countries
    actors = pa.table({"ai": list(range(len(acts))), "code": [c + s for c, s in acts], "country": [c for c, _ in acts],
                       "sector": [s or None for _, s in acts],
                       "aid": [f"country:{c}" if not s else (c + s).lower() for c, s in acts],
                       "aname": [c if not s else f"{c} {s.lower()}" for c, s in acts]})
    mods = pa.table({"mi": list(range(len(MODALITIES))), "modality": list(MODALITIES)})
    t0 = time.perf_counter()
    with Store(path) as store:
        con = store.con
        con.execute("SET enable_progress_bar = false")
        for name, table in (("cams", cams), ("acts", actors), ("mods", mods)):
            con.register(f"_{name}", table)
            con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM _{name}")
        na, nc = len(acts), len(codes)
        # u(i, salt) is a seeded uniform draw in [0, 1); powers of it skew towards small indexes
        con.execute(f"""
            CREATE TEMP TABLE draws AS
            SELECT i,
                   CAST(floor({na} * pow((hash(i, 1) % 1000000) / 1e6, 3)) AS INTEGER) AS s,
                   CAST(floor({na} * pow((hash(i, 2) % 1000000) / 1e6, 3)) AS INTEGER) AS t0,
                   CAST(floor({nc} * pow((hash(i, 3) % 1000000) / 1e6, 2)) AS INTEGER) AS ci,
                   CAST(hash(i, 4) % {len(MODALITIES)} AS INTEGER) AS mi,
                   DATE '2019-01-01' + CAST(hash(i, 5) % 1826 AS INTEGER) AS day,
                   CAST(1 + hash(i, 6) % 3 AS INTEGER) AS n
            FROM range({n}) r(i)""")
        k = len(SECTORS)  # a target of the source's own country moves to the next country
        con.execute(f"UPDATE draws SET t0 = (t0 + {k}) % {na} WHERE t0 // {k} = s // {k}")
        con.execute("BEGIN")
        con.execute("""
            INSERT INTO events (event_key, date, cameo, cameo_root, cameo_name, plover, quad_class, goldstein,
                                modality, source_id, source_code, source_country, source_sector, source_name,
                                target_id, target_code, target_country, target_sector, target_name,
                                confidence, num_mentions, num_sources, num_articles, first_article)
            SELECT printf('%016x', d.i), d.day, c.cameo, c.root, c.cname, c.plover, c.quad, c.goldstein, m.modality,
                   sa.aid, sa.code, sa.country, sa.sector, sa.aname, ta.aid, ta.code, ta.country, ta.sector, ta.aname,
                   0.8, d.n, d.n, d.n, 'synthetic:' || d.i
            FROM draws d JOIN cams c USING (ci) JOIN mods m USING (mi)
                 JOIN acts sa ON sa.ai = d.s JOIN acts ta ON ta.ai = d.t0""")
        con.execute("""
            INSERT INTO mentions (mention_id, event_key, article_id, sentence_index, sentence, cameo, modality, date)
            SELECT 'synthetic:' || e.event_key, e.event_key, e.first_article, 0,
                   e.source_name || ' ' || lower(e.cameo_name) || ' ' || e.target_name || ' on ' || e.date, e.cameo,
                   e.modality, e.date
            FROM events e""")
        con.execute("COMMIT")
    return time.perf_counter() - t0


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Median seconds of QUERY_RUNS calls, and the last result."""
    times = []
    for _ in range(QUERY_RUNS):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def run_queries(n: int) -> dict[str, Any]:
    from newsgraph import query
    from newsgraph.ingest import ingest
    from newsgraph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.duckdb"
        build_s = synthetic_store(path, n)
        size = file_mib(path)
        with Store(path, read_only=True) as store:
            src, tgt, _ = store.con.execute(
                "SELECT source_country, target_country, count(*) FROM events GROUP BY ALL ORDER BY 3 DESC LIMIT 1"
            ).fetchone()
            dyad_s, series = timed(lambda: query.dyads(store, src, tgt, by="month"))
            page_s, page = timed(lambda: query.events(store, source=src, root="19", date_from="2021-01-01",
                                                      date_to="2021-12-31", page=3, size=50))
            search_s, found = timed(lambda: query.events(store, q=f"{tgt} mil", page=3, size=50))
            actors_s, _ = timed(lambda: query.actors(store, limit=20))
    return {"events": n, "build_s": round(build_s, 1), "file_mib": round(size, 1), "dyad": f"{src}->{tgt}",
            "dyad_events": sum(r["events"] for r in series), "dyad_periods": len(series),
            "dyads_month_s": round(dyad_s, 4), "events_page_total": page["total"],
            "events_page_rows": len(page["events"]), "events_page_s": round(page_s, 4),
            "search_total": found["total"], "search_page_s": round(search_s, 4), "actors_s": round(actors_s, 4),
            "peak_rss_mib": round(peak_rss_mib())}


# -- driver ------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=3, help="alternating code/ingest runs of the corpus")
    ap.add_argument("--articles", type=int, default=2000, help="articles for the scale run (0: skip it)")
    ap.add_argument("--workers", type=int, default=1, help="coding processes for the scale run")
    ap.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the query times (0: skip)")
    ap.add_argument("--part", choices=["overhead", "scale", "queries"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.part == "overhead":
        print(json.dumps(run_overhead(args.corpus, args.repeat)))
        return
    if args.part == "scale":
        print(json.dumps(run_scale(args.corpus, args.articles, args.workers)))
        return
    if args.part == "queries":
        print(json.dumps(run_queries(args.events)))
        return
    out: dict[str, Any] = {"bench": "store", "corpus": Path(args.corpus).name, "repeat": args.repeat}
    parts = [("overhead", [])]
    if args.articles:
        parts.append(("scale", ["--articles", str(args.articles), "--workers", str(args.workers)]))
    if args.events:
        parts.append(("queries", ["--events", str(args.events)]))
    for part, extra in parts:
        cmd = [sys.executable, __file__, "--part", part, "--corpus", args.corpus, "--repeat", str(args.repeat), *extra]
        res = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout  # stderr shows errors
        out[part] = json.loads(res.strip().splitlines()[-1])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
