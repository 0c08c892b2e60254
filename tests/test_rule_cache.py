"""A long rule file's parse is kept in the cache folder (rulefile.read_yaml): read again it is the
same document, an edited file is parsed anew, a short file or a value marshal cannot write is
parsed each time, and a broken file is still an error naming its line."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.rulefile import RULES_DIR, RuleError, read_yaml


def _entries(n: int, code: str) -> str:
    return "".join(f"- lemma: word{i}\n  pos: verb\n  cameo: '{code}'\n" for i in range(n))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(folder))
    return folder


def test_a_long_file_is_parsed_once_and_read_back_the_same(tmp_path, cache):
    p = tmp_path / "triggers-long.yaml"
    p.write_text(_entries(400, "111"), encoding="utf-8")
    first = read_yaml(p)
    assert len(list(cache.glob("yaml-*.marshal"))) == 1
    assert read_yaml(p) == first
    assert first[399] == {"lemma": "word399", "pos": "verb", "cameo": "111"}


def test_an_edited_file_is_parsed_anew(tmp_path, cache):
    p = tmp_path / "triggers-long.yaml"
    p.write_text(_entries(400, "111"), encoding="utf-8")
    read_yaml(p)
    p.write_text(_entries(400, "112"), encoding="utf-8")
    assert {e["cameo"] for e in read_yaml(p)} == {"112"}


def test_short_files_and_dates_are_not_cached(tmp_path, cache):
    short = tmp_path / "short.yaml"
    short.write_text("words: [a, b]\n", encoding="utf-8")
    dated = tmp_path / "dated.yaml"
    dated.write_text(_entries(400, "111") + "- since: 2019-01-04\n", encoding="utf-8")
    assert read_yaml(short) == {"words": ["a", "b"]}
    assert read_yaml(dated)[-1] == {"since": dt.date(2019, 1, 4)}
    assert not list(cache.glob("yaml-*.marshal"))


def test_a_broken_long_file_names_its_line(tmp_path, cache):
    p = tmp_path / "triggers-broken.yaml"
    p.write_text(_entries(400, "111") + "- lemma: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"triggers-broken\.yaml:\d+: not valid YAML"):
        read_yaml(p)


def test_the_bundled_files_read_the_same_from_the_cache(cache):
    for p in sorted(RULES_DIR.glob("*.yaml")):
        assert read_yaml(p) == read_yaml(p)
