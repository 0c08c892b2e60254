"""Shared fixtures: one pipeline per test session, the founding article coded once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "putin-beijing-2023-10-16.txt"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def founding(nlp):
    """The founding article, coded as `newsgraph code --date 2023-10-16` would."""
    from newsgraph.model import ArticleInput
    from newsgraph.pipeline import code_article

    text = SAMPLE.read_text(encoding="utf-8")
    return code_article(ArticleInput(text=text, id="putin-beijing", date="2023-10-16", source="DN"), nlp=nlp)


@pytest.fixture(scope="session")
def code(nlp):
    """Code a short text: code("Putin visited China.", "2023-10-16")."""
    from newsgraph.model import ArticleInput
    from newsgraph.pipeline import code_article

    def run(text: str, date: str = "2023-10-16"):
        return code_article(ArticleInput(text=text, date=date), nlp=nlp)

    return run


@pytest.fixture(scope="session")
def gaz():
    """The bundled gazetteer (no user KB folder)."""
    from newsgraph.where import load_gazetteer

    return load_gazetteer()
