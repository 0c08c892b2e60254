"""The KB ruler marks the same entities spaCy's entity_ruler would, from a cache of its patterns."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from spacy.pipeline import EntityRuler

from newsgraph.cache import save_marshal
from newsgraph.coding.kb_ruler import KBRuler, compile_patterns
from newsgraph.kb import load_kb
from newsgraph.nlp import COMPONENTS

from .conftest import SAMPLE, SHARED

WIKINEWS = SHARED / "corpora" / "wikinews_2019" / "wikinews_2019.csv"


def _texts() -> list[str]:
    texts = [SAMPLE.read_text(encoding="utf-8")]
    if WIKINEWS.exists():
        csv.field_size_limit(sys.maxsize)
        with WIKINEWS.open(encoding="utf-8", newline="") as f:
            texts += [row["text"] for row, _ in zip(csv.DictReader(f), range(40))]
    return texts


def _ents(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_same_entities_as_spacys_entity_ruler(nlp) -> None:
    """On real articles, after the model's own NER (so overwriting is exercised too)."""
    reference = EntityRuler(nlp, "reference", overwrite_ents=True, validate=False)
    with nlp.select_pipes(enable=[]):
        reference.add_patterns(load_kb().entity_patterns())
    ours = nlp.get_pipe("kb_ruler")
    assert isinstance(ours, KBRuler)
    compared = 0
    with nlp.select_pipes(disable=["kb_ruler", *COMPONENTS]):
        for doc in nlp.pipe(_texts()):
            want = _ents(reference(doc.copy()))
            got = _ents(ours(doc.copy()))
            assert got == want
            compared += len(want)
    # the articles do name KB entities: ~97 in the founding article alone, ~1,900 with the 40
    # Wikinews articles (a clone without ../shared beside it has only the founding article)
    assert compared > (1000 if WIKINEWS.exists() else 90)


def test_kb_names_win_over_the_model(code) -> None:
    article = code("Lavrov met Wang Yi in Beijing.")
    assert {a.get("code") for e in article.events for a in (e.source, e.target) if a} >= {"RUSGOV", "CHNGOV"}


PATTERNS = [
    {"label": "PERSON", "pattern": "Jane Q. Doe-Smith", "id": "person:doe"},
    {"label": "ORG", "pattern": "U.N.", "id": "org:un"},
]


def test_patterns_are_cached_and_reread(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    first = compile_patterns(nlp, PATTERNS)
    assert [p.words for p in first] == [tuple(t.text for t in nlp.tokenizer(p["pattern"])) for p in PATTERNS]
    files = list(tmp_path.glob("kb-names-*.marshal"))
    assert len(files) == 1

    # what is in the file is what comes back: it is read, not tokenised again
    save_marshal(files[0], [["Jane", "Doe"], ["UN"]])
    assert [p.words for p in compile_patterns(nlp, PATTERNS)] == [("Jane", "Doe"), ("UN",)]


def test_a_changed_kb_file_gives_a_new_cache(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    compile_patterns(nlp, PATTERNS)
    changed = [*PATTERNS, {"label": "GPE", "pattern": "New Freedonia", "id": "country:FRE"}]
    assert compile_patterns(nlp, changed)[-1].words == ("New", "Freedonia")
    assert len(list(tmp_path.glob("kb-names-*.marshal"))) == 2


def test_works_without_a_writable_cache(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker / "cache"))
    assert [p.words for p in compile_patterns(nlp, PATTERNS)][1] == ("U.N.",)


def test_a_damaged_cache_is_rebuilt(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    good = compile_patterns(nlp, PATTERNS)
    (path,) = tmp_path.glob("kb-names-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert compile_patterns(nlp, PATTERNS) == good
