"""What every newsgraph pipeline component shares: a failure marks the article, not the batch."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

C = TypeVar("C", bound=Callable[..., Doc])

MEMO_PREFIX = "newsgraph."  # doc.user_data keys of what a stage computes once per Doc (memos)
TEXT_MEMO = MEMO_PREFIX + "text"  # doc.user_data: (token count, the Doc's text)
LOWER_MEMO = MEMO_PREFIX + "lower"  # doc.user_data: (token count, each word's LOWER key)
TAGS_MEMO = MEMO_PREFIX + "tags"  # doc.user_data: (token count, each word's coarse tag id)
LEMMAS_MEMO = MEMO_PREFIX + "lemmas"  # doc.user_data: (token count, each word's lemma key)


def drop_memos(doc: Doc) -> None:
    """Forget the Doc's memos (keys under MEMO_PREFIX) once the last stage that reads them ran: a
    memo holding tokens keeps the Doc alive, and none belongs in what the Doc carries on."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(MEMO_PREFIX)]:
        del doc.user_data[key]


def line_start(doc: Doc, at: int) -> int:
    """Where the line (paragraph) holding character `at` of the Doc's text begins: the rules that
    read a story or a quotation stop at a line break."""
    return doc_text(doc).rfind("\n", 0, at) + 1


def char_tokens(doc: Doc, span: Sequence[int]) -> Span | None:
    """The tokens a character span covers ([start, end], as events, actors and phrases carry
    it), widened to whole tokens."""
    return doc.char_span(span[0], span[1], alignment_mode="expand")


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's `Doc.text` joins every token's text at each access,
    which rules that look at the text around a word (dates, quotations) would pay per word.
    The memo is checked against the token count and dropped by the last stage that reads it
    (quotes)."""
    memo = doc.user_data.get(TEXT_MEMO)
    if memo is None or memo[0] != len(doc):
        memo = (len(doc), doc.text)
        doc.user_data[TEXT_MEMO] = memo
    text: str = memo[1]
    return text


def known_text(doc: Doc, text: str) -> None:
    """Memo the text a Doc was made from (spaCy's tokenizer keeps every character, so it is the
    Doc's text): `doc_text` then never joins the tokens' texts."""
    doc.user_data[TEXT_MEMO] = (len(doc), text)


def entity_of(tok: Token) -> Span | None:
    """The named entity `tok` is part of (spaCy gives a token its entity's label, not its span)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end)  # not doc[start:end]: spaCy checks a slice's bounds in Python


def tokens_with(doc: Doc, attr: int, words: Iterable[str]) -> list[Token]:
    """The tokens whose `attr` (spacy.attrs LOWER, LEMMA ...) is one of `words`, in order, by one
    array read: a Python pass over a Doc makes a Token object per word, which a rule looking for
    a few words in every article would pay per word."""
    if isinstance(words, frozenset):
        keys = _word_keys(words)  # a rule's fixed word list: hashed and sorted once
    else:
        strings = doc.vocab.strings
        keys = np.unique(np.fromiter((strings[w] for w in words), dtype=np.uint64))
    if not len(keys) or not len(doc):
        return []
    # each value's place in the sorted keys (a binary search): `np.isin` sorts the keys and the
    # Doc's values together on every call, which for a list of thousands of words (the trigger
    # lemmas, the KB's surnames) costs a hundred times more
    values = _lower_keys(doc) if attr == LOWER else doc.to_array(attr)
    at = keys.searchsorted(values)
    np.minimum(at, len(keys) - 1, out=at)
    return [doc[int(i)] for i in np.flatnonzero(keys[at] == values)]


def words_tagged(sent: Span, tags: tuple[str, ...]) -> list[Token]:
    """The sentence's words whose coarse tag (`Token.pos_`) is one of `tags`, in order. The Doc's
    tags are read once into a list: a pass that acts only on verbs and nouns then makes no Token
    object for the other words. The events stage's mending of the parse (misparsed_verbs.py)
    changes tags: it calls `forget_tags` when done."""
    doc = sent.doc
    tagged = _column(doc, TAGS_MEMO, POS)
    ids = _tag_ids(tags)
    return [doc[i] for i in range(sent.start, sent.end) if tagged[i] in ids]


def words_lemmatized(sent: Span, lemma: str) -> list[Token]:
    """The sentence's words whose lemma is `lemma`, in order, like `words_tagged`: the Doc's
    lemmas are read once into a list (`forget_tags` drops it with the tags, as mending changes
    both), so a rule looking for one verb ("be") in every sentence makes no Token object for
    the other words."""
    doc = sent.doc
    lemmas = _column(doc, LEMMAS_MEMO, LEMMA)
    key = _STRINGS[lemma]
    return [doc[i] for i in range(sent.start, sent.end) if lemmas[i] == key]


def _column(doc: Doc, memo_key: str, attr: int) -> list[int]:
    """One attribute of every word of the Doc as a list, read once and kept in the Doc's
    user_data under `memo_key` (read again when the Doc's length changed)."""
    memo = doc.user_data.get(memo_key)
    if memo is None or memo[0] != len(doc):
        memo = (len(doc), doc.to_array(attr).tolist())
        doc.user_data[memo_key] = memo
    column: list[int] = memo[1]
    return column


_STRINGS = StringStore()  # a word's key is a hash of its text, the same in every vocab


@functools.lru_cache(maxsize=16)
def _tag_ids(tags: tuple[str, ...]) -> frozenset[int]:
    """The spacy.symbols ids of coarse tag names (what `Doc.to_array(POS)` holds)."""
    return frozenset(IDS[t] for t in tags)


def forget_tags(doc: Doc) -> None:
    """Drop the memos of `words_tagged` and `words_lemmatized` (after a stage changed the Doc's
    tags and lemmas)."""
    doc.user_data.pop(TAGS_MEMO, None)
    doc.user_data.pop(LEMMAS_MEMO, None)


def _lower_keys(doc: Doc) -> np.ndarray:
    """The Doc's lowercase forms as string-store keys, read once per Doc (most word lists are
    looked up by form; a word's form, unlike its tag, lemma or relation, never changes)."""
    memo = doc.user_data.get(LOWER_MEMO)
    if memo is None or memo[0] != len(doc):
        memo = (len(doc), doc.to_array(LOWER))
        doc.user_data[LOWER_MEMO] = memo
    keys: np.ndarray = memo[1]
    return keys


@functools.lru_cache(maxsize=64)
def _word_keys(words: frozenset[str]) -> np.ndarray:
    """The string-store keys of a word set (a hash of the text, the same in every vocab), sorted."""
    strings = StringStore()
    return np.unique(np.fromiter((strings[w] for w in words), dtype=np.uint64))


def guarded(name: str) -> Callable[[C], C]:
    """Wrap a component's `__call__`: an exception sets `doc._.error` and the doc goes on.

    spaCy's own error handler drops the Doc that failed from `nlp.pipe`'s output, which
    would pair later articles with the wrong documents; this keeps every Doc in place.
    """

    def wrap(call: C) -> C:
        @functools.wraps(call)
        def run(self, doc: Doc) -> Doc:  # type: ignore[no-untyped-def]
            if doc._.error:
                return doc  # an earlier stage failed: nothing to build on
            try:
                return call(self, doc)
            except Exception as e:  # noqa: BLE001 - any failure becomes the article's status
                doc._.error = f"{name}: {type(e).__name__}: {e}"
                return doc

        return run  # type: ignore[return-value]

    return wrap
