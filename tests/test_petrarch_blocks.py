"""Entries widened from PETRARCH's CAMEO verb dictionary (CAMEO.2.0.txt, MIT) and the listing
tool that finds them (tools/petrarch_blocks.py). Sentences are invented for these tests; each
entry has a negative beside it (a non-political sense of the same verb)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsgraph.kb import phoenix_verbs

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT.parent / "shared" / "dictionaries" / "phoenix" / "CAMEO.2.0.txt"
DAY = "2023-10-16"


def cameos(code, text: str, trigger: str) -> list[str]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e.cameo for e in c.events if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # block CHANT, '- * SLOGANS [141]': a demonstration
        ("Thousands of Kenyan students chanted slogans against the government in Nairobi.", ["141"]),
        ("Opposition supporters in Caracas chanted anti-government slogans outside the ministry.", ["141"]),
        # chanting a hymn, a song or a name is no protest
        ("Thousands of Kenyan students chanted hymns in Nairobi on Sunday.", []),
        ("The fans chanted the name of the striker after the goal.", []),
        # block CHANT, '- * DEATH [111]': a denunciation
        ('Iranian protesters chanted "Death to America" outside the embassy.', ["111"]),
    ],
)
def test_chant(code, text: str, expected: list[str]) -> None:
    assert cameos(code, text, "chanted") == expected


def test_chant_death_targets_the_denounced(code) -> None:
    c = code('Iranian protesters chanted "Death to America" outside the embassy.', DAY)
    (e,) = [e for e in c.events if e.trigger == "chanted"]
    assert e.cameo == "111"
    assert e.target is not None and e.target["code"].startswith("USA")


def _tool():
    spec = importlib.util.spec_from_file_location("petrarch_blocks", ROOT / "tools" / "petrarch_blocks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_listing_reuses_the_importer_parser() -> None:
    """No second parser: the tool reads the dictionary through the importer's `_read_verbs`."""
    tool = _tool()
    assert tool._read_verbs is phoenix_verbs._read_verbs


@pytest.mark.skipif(not DICTIONARY.exists(), reason="../shared/dictionaries/phoenix not available")
def test_listing_per_family() -> None:
    tool = _tool()
    by_code = tool.missing(DICTIONARY)
    # a lemma PETRARCH codes 051 that the bundled triggers lack is listed under 051 ...
    assert "extol" in by_code["051"]
    assert any(r["cameo"] == "051" and not r["condition"] for r in by_code["051"]["extol"])
    # ... a lemma we have (with any code) is not listed anywhere
    for lemma in ("praise", "criticize", "accuse", "threaten", "chant"):
        assert all(lemma not in lemmas for lemmas in by_code.values()), lemma
    by_root = tool.missing(DICTIONARY, "root")
    assert "extol" in by_root["05"] and "overrule" in by_root["12"]
