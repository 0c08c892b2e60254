"""newsgraph: turn news articles into political event data."""

from . import _compat
from .model import ArticleInput, CodedArticle

_compat.install()  # old flat module paths (newsgraph.events, newsgraph.query, ...) still import

__all__ = ["ArticleInput", "CodedArticle", "code_article", "code_corpus"]


def __getattr__(name: str):  # lazy: importing newsgraph must not load spaCy
    if name in ("code_article", "code_corpus"):
        from .coding import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
