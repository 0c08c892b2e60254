"""Ingest: code articles, then write them to the store — the one step that needs both layers.

The store (`newsgraph.store`) knows nothing of coding; the coder (`newsgraph.pipeline`) nothing
of the store. `ingest()` reads which articles are stored already, codes the others in input
order and writes them a batch per transaction (`Store.write`), so a run killed at any point
leaves whole batches and a re-run finishes the job. The CLI's `ingest`, the web server's
`POST /api/articles` and the benches call it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .coding import DEFAULT_MODEL, pipeline
from .model import ArticleInput, CodedArticle
from .store import BATCH_ARTICLES, IngestSummary, Refused, Store

__all__ = ["ingest"]


def ingest(
    store: Store,
    articles: Iterable[ArticleInput],
    *,
    model: str | None = None,
    kb_dirs: Iterable[str] = (),
    workers: int = 1,
    nlp: Any = None,
    batch: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
    on_batch: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code and store articles, `batch` per transaction. An article is known by its id (its own,
    else its url, else the hash of its text): one stored with the same text is skipped before
    coding; one stored with another text is refused (`summary.refused`: never dropped silently,
    never overwritten), unless the stored one failed or was skipped: then the input was fixed,
    and the new one is coded and replaces that record. `on_article()` is called for every input
    article once it is stored, skipped or refused (a progress bar), `on_batch(summary)` after
    each committed batch."""
    summary = IngestSummary()
    with store.guard("; nothing was stored"):
        stored = store.stored_statuses()
    digests: dict[str, str] | None = None  # stored texts' md5, read at the first id that comes again
    this_run: dict[str, str] = {}  # md5 of the text of each id met in this run
    kept: dict[str, ArticleInput] = {}  # the inputs being coded: their text and origin
    retried: set[str] = set()  # stored as failed/skipped, coded again: the old record is replaced

    def counted(a: ArticleInput, ident: str, refused: bool) -> None:
        if refused:
            summary.refused.append(Refused(ident, a.origin))
        else:
            summary.already += 1
        if on_article:
            on_article()

    def new_inputs() -> Iterator[ArticleInput]:
        nonlocal digests
        for a in articles:
            summary.read += 1
            ident = pipeline.article_id(a)
            digest = hashlib.md5(a.text.encode("utf-8", "surrogatepass")).hexdigest()
            if ident in this_run:
                counted(a, ident, this_run[ident] != digest)
                continue
            this_run[ident] = digest
            status = stored.get(ident)
            if status is not None:
                if digests is None:
                    with store.guard("; nothing more was stored"):
                        digests = store.stored_digests()
                if digests.get(ident) == digest or status == "ok":
                    counted(a, ident, digests.get(ident) != digest)
                    continue
                retried.add(ident)  # a failed or skipped record whose input has been fixed
            kept[ident] = a
            yield a

    pending: list[CodedArticle] = []
    coded_articles = pipeline.code_corpus(
        new_inputs(), nlp, model=model or DEFAULT_MODEL, kb_dirs=kb_dirs, workers=workers
    )
    for coded in coded_articles:
        pending.append(coded)
        if len(pending) >= batch:
            store.write(pending, kept, summary, on_article, retried)
            pending = []
            if on_batch:
                on_batch(summary)
    if pending:
        store.write(pending, kept, summary, on_article, retried)
        if on_batch:
            on_batch(summary)
    return summary
