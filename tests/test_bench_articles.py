"""bench/articles.py: codes the gold's articles with the CLI and scores them with the gold's own scorer."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

GOLD_DIR = SHARED / "benchmarks" / "newsgraph-wikinews2019-gold"
pytestmark = pytest.mark.skipif(not GOLD_DIR.exists(), reason="../shared/benchmarks is not beside the repository")


def _gold_subset(tmp_path: Path, n: int) -> tuple[Path, list[dict]]:
    """The first `n` gold articles in a folder of their own, beside a copy of the shared scorer."""
    lines = (GOLD_DIR / "wikinews2019-gold.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    shutil.copy(GOLD_DIR / "score.py", tmp_path / "score.py")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, [json.loads(line) for line in lines]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "bench" / "articles.py"), *args], capture_output=True, text=True)


def test_scores_the_gold_articles_and_lists_the_misses(tmp_path: Path) -> None:
    gold, records = _gold_subset(tmp_path, 2)
    misses = tmp_path / "misses.txt"
    run = _run("--gold", str(gold), "--misses-file", str(misses))
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)

    def side(country: str | None, sector: str | None) -> str | None:  # GUIDELINE.md's scoring key
        return country or (sector if sector in ("IGO", "NGO") else None)

    slots = sum(
        len(
            {
                (
                    side(e["source_country"], e["source_sector"]),
                    side(e["target_country"], e["target_sector"]),
                    e["cameo_root"],
                )
                for e in r["events"]
            }
        )
        for r in records
    )
    assert figures["articles"] == 2
    assert figures["gold_slots"] == slots
    assert 0 <= figures["matched"] <= figures["gold_slots"]
    assert 0.0 <= figures["f1"] <= 1.0 and 0.0 <= figures["actors_without_country"] <= 1.0
    listing = misses.read_text(encoding="utf-8")
    assert listing.count("=== ") == 2
    assert listing.count("  HIT ") + listing.count("  MISS ") == figures["gold_slots"]
    quotes = figures["quotes"]  # who said what, from the same run
    assert quotes["gold"] == sum(len(r["quotes"]) for r in records) > 0
    assert 0 <= quotes["speaker_country_right"] <= quotes["found"] <= quotes["gold"]
    assert quotes["speaker_country_acc"] == round(quotes["speaker_country_right"] / quotes["gold"], 3)
    assert listing.count("  QUOTE ") == quotes["gold"] - quotes["speaker_country_right"]


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_articles", ROOT / "bench" / "articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quotes_are_found_by_their_opening_words_and_scored_by_speaker_country() -> None:
    """A gold quotation is the coded one opening with its words (spaces and quote marks evened
    out, or holding them); its speaker's country must be the gold's, null for null."""
    bench = _bench_module()
    gold = {
        "url": "u",
        "title": "T",
        "quotes": [
            {"speaker": "A", "speaker_country": "FRA", "quote_start": "We don\u2019t  accept   this deal"},
            {"speaker": "B", "speaker_country": None, "quote_start": "The council will meet"},
            {"speaker": "C", "speaker_country": "DEU", "quote_start": "a grave mistake by them"},
            {"speaker": "D", "speaker_country": "ITA", "quote_start": "Nobody said these words"},
        ],
    }
    coded = {
        "u": {
            "quotes": [
                {"text": "We don't accept this deal, ever.", "cue": "said", "speaker": {"text": "A", "country": "FRA"}},
                {"text": "The council will meet again.", "cue": "said", "speaker": {"text": "B", "country": None}},
                {"text": "It was \u201ca grave mistake by them\u201d", "cue": "said", "speaker": None},
            ]
        }
    }
    figures, lines = bench._quotes([gold], coded)
    assert figures == {"gold": 4, "found": 3, "speaker_country_right": 2, "speaker_country_acc": 0.5}
    assert [line.split(" | ")[1] for line in lines["T"]] == ["coded None None cue [said]", "not found"]


def test_a_gold_article_missing_from_the_corpus_is_named(tmp_path: Path) -> None:
    gold, records = _gold_subset(tmp_path, 1)
    record = dict(records[0], url="https://example.org/not-in-the-corpus")
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run = _run("--gold", str(gold))
    assert run.returncode != 0
    assert "not in the corpus" in run.stderr and "not-in-the-corpus" in run.stderr


AUDIT = ROOT / "bench" / "audit" / "wikinews2019-audit.jsonl"


def test_the_audit_set_is_valid_gold_and_is_scored_by_the_shared_scorer(tmp_path: Path) -> None:
    """The project's blind-coded audit set passes the shared gold's checker (sentences verbatim in the
    corpus, codes, dates) and bench/articles.py scores it though its folder has no score.py."""
    check = subprocess.run(
        [sys.executable, str(GOLD_DIR / "check.py"), str(AUDIT)], capture_output=True, text=True, cwd=tmp_path
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.strip().splitlines()[-1].endswith(" 0 errors")
    assert not (AUDIT.parent / "score.py").exists()
    urls = {json.loads(line)["url"] for line in AUDIT.read_text(encoding="utf-8").splitlines() if line.strip()}
    dev = {
        json.loads(line)["url"]
        for line in (GOLD_DIR / "wikinews2019-gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert len(urls) == 25 and not urls & dev  # other articles than the dev gold's
    one = tmp_path / "one.jsonl"
    one.write_text(AUDIT.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    run = _run("--gold", str(one))
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["articles"] == 1
