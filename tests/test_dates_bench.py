"""bench/articles.py's DATE lines: whether the scorer paired a coded event with the gold event of its
own sentence (a date rule can make those agree) or of another (it cannot)."""

from __future__ import annotations

import importlib.util

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_articles", ROOT / "bench" / "articles.py")
assert _spec is not None and _spec.loader is not None
articles = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(articles)

LISTING = "=== A title (2021-03-12)\n  HIT   ('USA', 'RUS', '11') actual | X condemned Y.\n"


def _marked(coded_sentence: str) -> str:
    coded = {"date": "2021-03-12", "date_precision": None, "date_text": None, "trigger": "condemned"}
    coded["sentence"] = coded_sentence
    gold = {"date": "2021-03-08", "date_text": "On Monday", "sentence": "On Monday, X condemned Y."}
    dates = {("A title", "('USA', 'RUS', '11')"): (False, coded, gold)}
    return articles._mark_dates(LISTING, dates)


def test_date_line_says_same_sentence_with_a_dateline_glued_on():
    assert "DATE same coded 2021-03-12" in _marked("Friday, March 12, 2021\n\n\nOn Monday, X  condemned Y.")


def test_date_line_says_other_sentence():
    assert "DATE other coded 2021-03-12" in _marked("Later, X condemned Z.")
