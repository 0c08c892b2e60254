"""py3langid's model is kept decompressed in the cache folder (langid_model.py): the first load
writes it, a second load reads it back without decompressing, a damaged or missing file is
rebuilt (not a crash), a read-only folder still gives the identifier, and the identifier decides
every text as py3langid's own does."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from py3langid.langid import LanguageIdentifier

from newsgraph import langid_model
from newsgraph.langid_model import cache_folder, load_identifier, model_path
from newsgraph.read import detect_language

TEXTS = [
    "The foreign ministers of both countries met on Tuesday to discuss the border dispute and trade.",
    "Le président a rencontré hier son homologue pour parler de la frontière et du commerce.",
    "Der Minister hat gestern in Berlin über die Grenze und den Handel gesprochen.",
    "两国外交部长周二举行会谈，讨论了边界争端和贸易问题。",
    "Министр иностранных дел встретился вчера с коллегой.",
    "Lavrov met Wang Yi",
    "",
    "1234 5678 !!!",
]


@pytest.fixture(scope="module")
def reference():
    """py3langid's own identifier, its model read by py3langid."""
    return LanguageIdentifier.from_modelpath(model_path(), norm_probs=True)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """A cache folder with the model written in it, made once for the tests that damage a copy."""
    folder = tmp_path_factory.mktemp("langid") / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSGRAPH_CACHE_DIR", str(folder))
        load_identifier()
    return folder


@pytest.fixture
def built(built_once, cache):
    """This test's own copy of the written cache folder."""
    shutil.copytree(built_once, cache)
    return cache


def _same(identifier, reference) -> None:
    for text in TEXTS:
        assert identifier._decide(text).tobytes() == reference._decide(text).tobytes()
        assert identifier.classify(text) == reference.classify(text)
        assert identifier.rank(text) == reference.rank(text)


def _no_decompressing(monkeypatch) -> None:
    def fail(model):
        raise AssertionError("the model was decompressed again")

    monkeypatch.setattr(langid_model, "_decompress", fail)


def test_the_first_load_writes_the_cache_and_the_second_reads_it(cache, reference, monkeypatch):
    _same(load_identifier(), reference)
    folder = cache_folder(model_path())
    assert folder.parent == cache
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.npy" for n in langid_model._ARRAYS)
    _no_decompressing(monkeypatch)
    _same(load_identifier(), reference)


@pytest.mark.parametrize(
    "name, damage",
    [
        ("ptc", lambda p: p.write_bytes(b"not an array at all")),
        ("out_feat", lambda p: p.write_bytes(p.read_bytes()[:1000])),
        ("nextmove", lambda p: p.unlink()),
    ],
    ids=["garbage", "cut short", "missing"],
)
def test_a_damaged_cache_file_is_rebuilt_not_a_crash(built, reference, monkeypatch, name, damage):
    damage(cache_folder(model_path()) / f"{name}.npy")
    _same(load_identifier(), reference)
    _no_decompressing(monkeypatch)  # rebuilt: the next load reads the cache again
    _same(load_identifier(), reference)


def test_arrays_that_do_not_fit_together_are_rebuilt(built, reference):
    folder = cache_folder(model_path())
    np.save(folder / "out_feat.npy", np.full(10, 5, dtype=np.int32))  # a well-formed file of another model
    _same(load_identifier(), reference)
    assert np.load(folder / "out_feat.npy").shape == (len(reference.tk_output),)


def test_a_cache_folder_that_cannot_be_written_still_gives_the_identifier(tmp_path, reference, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker / "cache"))
    _same(load_identifier(), reference)
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_cache_folder_is_named_for_the_model_file_s_size_and_time(tmp_path):
    copy = tmp_path / "model.npz.xz"
    copy.write_bytes(model_path().read_bytes())
    stat = model_path().stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert cache_folder(copy) == cache_folder(model_path())
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert cache_folder(copy) != cache_folder(model_path())


def test_the_language_check_decides_as_before():
    assert detect_language(TEXTS[0]) == "en"
    assert detect_language(TEXTS[1]) == "fr"
    assert detect_language(TEXTS[3]) == "zh"
    assert detect_language(TEXTS[5]) is None
    assert detect_language("") is None
