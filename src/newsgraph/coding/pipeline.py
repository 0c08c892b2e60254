"""`code_article()` and `code_corpus()`: the one entry point the CLI, API and cluster runner share.

Articles stream through `nlp.pipe`; each comes out as a `CodedArticle` with a status.
A bad article (empty, not English, a component error) gets "skipped"/"failed" and a
reason; the batch goes on. Texts longer than `CHUNK_CHARS` are coded in pieces split
at paragraph breaks, with spans and sentence numbers mapped back to the whole text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..model import ArticleInput, ArticleMeta, CodedArticle, Event, Location, Status
from ..read import detect_language, normalize_date
from .component import known_text
from .events.casualties import HITS, REPORTS, drop_restated, is_marked
from .events.hazards import tells_of_disaster
from .nlp import DEFAULT_MODEL, get_pipeline
from .where.fallback import article_place, fill

T = TypeVar("T")

CHUNK_CHARS = 20_000
BATCH_SIZE = 16
# spaCy's memory grows with the text in one nlp.pipe batch (16 docs of 20,000 characters
# peak near 1 GB); batches are cut at this many tokens so long texts stay flat
BATCH_TOKENS = 8_000


def article_id(article: ArticleInput) -> str:
    """The given id, else a hash of the text: re-runs name the article the same way, and two
    different texts never share an id, whatever file, row or stream they came from."""
    return article.id or "sha1:" + hashlib.sha1(article.text.encode("utf-8", "replace")).hexdigest()[:16]


def _meta(article: ArticleInput, language: str | None, status: Status, error: str | None) -> ArticleMeta:
    day = _published(article)
    return ArticleMeta(
        article_id(article),
        article.title,
        day.isoformat() if day else None,
        article.source,
        article.url,
        language,
        status,
        error,
        article.origin or None,
    )  # type: ignore[arg-type]


def _published(article: ArticleInput) -> dt.date | None:
    """The publication date in any form the reader accepts; an unreadable one is dropped."""
    iso = normalize_date(article.date) if article.date else None
    return dt.date.fromisoformat(iso) if iso else None


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs, each at most about `size` characters, cut at paragraph or line breaks."""
    if len(text) <= size:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            # the last paragraph break in the window's last three quarters, else a line break
            # or a space in its second half; a piece ends after its separator
            for sep, lo in (("\n\n", start + size // 4), ("\n", start + size // 2), (" ", start + size // 2)):
                cut = text.rfind(sep, lo, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def _prepare(article: ArticleInput) -> CodedArticle | None:
    """The finished result for an article that cannot be coded (unread, empty, not English)."""
    if article.status != "ok":
        failed_at = "read" if article.status == "failed" else None
        return CodedArticle(_meta(article, None, article.status, article.error), failed_at=failed_at)
    if not article.text.strip():
        return CodedArticle(_meta(article, None, "skipped", "empty text"))
    lang = detect_language(article.text)
    if lang is not None and lang != "en":
        return CodedArticle(_meta(article, lang, "skipped", f"language is {lang!r}, not English"))
    return None


@dataclass(frozen=True, slots=True)
class DocContext:
    """What the components read of the article a piece comes from: the publication date
    (dates resolve against it), the article's id and its title (the actors stage reads the
    article's main country from it). Worked out once per article."""

    published: dt.date | None
    article_id: str
    title: str | None = None

    @classmethod
    def of(cls, article: ArticleInput) -> DocContext:
        return cls(_published(article), article_id(article), article.title)


def new_doc(nlp: Language, piece: str, context: DocContext, offset: int = 0) -> Doc:
    """A piece of an article as an unparsed Doc carrying its context and its offset in the text."""
    doc = nlp.make_doc(piece)
    known_text(doc, piece)
    doc._.published = context.published
    doc._.article_id = context.article_id
    doc._.title = context.title
    doc._.offset = offset
    return doc


def _docs(nlp: Language, todo: list[tuple[ArticleInput, list[tuple[int, str]]]]) -> Iterator[Doc]:
    """The pieces of each article as Docs with their context, made lazily (a long text is many)."""
    for article, pieces in todo:
        context = DocContext.of(article)
        for offset, piece in pieces:
            yield new_doc(nlp, piece, context, offset)


def merge_docs(article: ArticleInput, docs: Iterator[Doc]) -> CodedArticle:
    """One article's results from its pieces, spans and sentence numbers made whole-text."""
    out = CodedArticle(_meta(article, "en", "ok", None))
    sent_base = 0
    place: Location | None = None
    reports: list[Event] = []  # bare casualty reports (events/casualties.py)
    hits: list[Event] = []  # unnamed blasts on property (events/casualties.py)
    disaster = False  # the article tells of a disaster or an accident (events/hazards.py)
    for doc in docs:
        if doc._.error and out.article.status == "ok":
            out = CodedArticle(_meta(article, "en", "failed", doc._.error), failed_at="code")
        if out.article.status != "ok":
            continue  # drain the article's other pieces
        off = doc._.offset
        if not off:
            place = article_place(doc._.setting)
        disaster = disaster or tells_of_disaster(doc)
        for a in doc._.actors:
            a.span = [a.span[0] + off, a.span[1] + off]
            out.actors.append(a)
        for e in doc._.events:
            if is_marked(doc, e, REPORTS):
                reports.append(e)
            if is_marked(doc, e, HITS):
                hits.append(e)
            e.span = [e.span[0] + off, e.span[1] + off]
            e.source_phrase = _shift_phrase(e.source_phrase, off)
            e.target_phrase = _shift_phrase(e.target_phrase, off)
            e.sentence_index += sent_base
            out.events.append(e)
        for q in doc._.quotes:
            q.span = [q.span[0] + off, q.span[1] + off]
            q.sentence_index += sent_base
            out.quotes.append(q)
        for f in doc._.flags:
            f.span = [f.span[0] + off, f.span[1] + off]
            out.flags.append(f)
        sent_base += sum(1 for _ in doc.sents)
    if out.article.status == "ok":
        # a casualty count that restates an act of force the article codes is not coded twice
        out.events = drop_restated(out.events, reports, disaster, hits)
        fill(out.events, place)  # the article's place, last, for events with none of their own
    return out


def _shift_phrase(phrase: dict[str, Any] | None, off: int) -> dict[str, Any] | None:
    """A source or target phrase with its span made whole-text (a new dict: events of one piece
    may share a phrase)."""
    if not phrase or not off:
        return phrase
    return {**phrase, "span": [phrase["span"][0] + off, phrase["span"][1] + off]}


def code_corpus(
    articles: Iterable[ArticleInput],
    nlp: Language | None = None,
    *,
    model: str = DEFAULT_MODEL,
    kb_dirs: Iterable[str] = (),
    workers: int = 1,
) -> Iterator[CodedArticle]:
    """Code articles in input order, a batch at a time; `workers` > 1 spreads batches over processes.

    Docs stream through the pipeline a few at a time and are dropped once their results are
    taken, so memory stays flat whatever the corpus or article size.
    """
    if workers > 1:
        yield from _code_parallel(articles, model, tuple(map(str, kb_dirs)), workers)
        return
    nlp = nlp or get_pipeline(model, kb_dirs)
    for batch in _batches(articles, BATCH_SIZE):
        done = [_prepare(a) for a in batch]
        todo = [(a, chunks(a.text)) for a, d in zip(batch, done) if d is None]
        parsed = _parse(nlp, _docs(nlp, todo))
        pieces = iter(todo)
        for finished in done:
            if finished is not None:
                yield finished
            else:
                article, parts = next(pieces)
                yield merge_docs(article, (next(parsed) for _ in parts))


def _token_batches(docs: Iterator[Doc]) -> Iterator[list[Doc]]:
    """Groups of at most `BATCH_SIZE` docs and, past one doc, `BATCH_TOKENS` tokens."""
    group: list[Doc] = []
    tokens = 0
    for doc in docs:
        if group and (len(group) == BATCH_SIZE or tokens + len(doc) > BATCH_TOKENS):
            yield group
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        yield group


def _parse(nlp: Language, docs: Iterator[Doc]) -> Iterator[Doc]:
    """Run the pipeline over docs, `BATCH_SIZE` at a time; if a statistical component fails on
    a batch, run its docs one component at a time so only the bad one is marked failed."""
    for group in _token_batches(docs):
        try:
            yield from list(nlp.pipe(group, batch_size=len(group)))
            continue
        except Exception:  # noqa: BLE001 - isolate the article and the component that broke it
            pass
        for doc in group:
            for name, proc in nlp.pipeline:
                try:
                    doc = proc(doc)
                except Exception as e:  # noqa: BLE001
                    doc._.error = f"{name}: {type(e).__name__}: {e}"
                    break
            yield doc


def code_article(
    article: ArticleInput | str, date: str | None = None, nlp: Language | None = None, **kw: object
) -> CodedArticle:
    """Code one article (an `ArticleInput` or plain text with an optional publication date)."""
    if isinstance(article, str):
        article = ArticleInput(text=article, date=date)
    return next(code_corpus([article], nlp, **kw))  # type: ignore[arg-type]


_WORKER: dict = {}


def _init_worker(model: str, kb_dirs: tuple[str, ...]) -> None:
    _WORKER["nlp"] = get_pipeline(model, kb_dirs)


def _code_batch(batch: list[ArticleInput]) -> list[CodedArticle]:
    return list(code_corpus(batch, _WORKER["nlp"]))


def _batches(items: Iterable[T], n: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def _code_parallel(
    articles: Iterable[ArticleInput], model: str, kb_dirs: tuple[str, ...], workers: int
) -> Iterator[CodedArticle]:
    import spacy

    # a worker that cannot load the model would be respawned by the pool forever: check first
    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise OSError(f"cannot find spaCy pipeline {model!r}: not an installed package or a folder")
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model, kb_dirs)) as pool:
        for coded in pool.imap(_code_batch, _batches(articles, BATCH_SIZE)):
            yield from coded
