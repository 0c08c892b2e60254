"""The `kb_ruler` stage: every KB name found in the text becomes an entity, before the NER.

It does what spaCy's `entity_ruler` does with phrase patterns and `overwrite_ents` (the same
matches, the same choice between overlapping ones, `ent_id_` = the KB's "kind:key"), but
keeps its patterns as token texts compiled once into a cache. Why not the library's ruler:
`EntityRuler.add_patterns` tokenises every one of the KB's ~10,500 names and builds a
PhraseMatcher at each start (0.9 s of a 1.6 s start-up), and its `from_disk` re-adds the
patterns the same way, so it cannot be cached.

The cache (`cache.cache_dir()/kb-names-<key>.marshal`) is keyed by the patterns themselves
(what the KB files give), the model's tokenizer (name, version) and spaCy's version: a changed
KB file or model gives a new key, and a missing or read-only cache only costs the tokenising.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..cache import cache_dir, load_marshal, save_marshal
from ..kb import load_kb

CACHE_FORMAT = 1


@dataclass(frozen=True, slots=True)
class NamePattern:
    """One KB name as the tokenizer splits it, and the entity it makes."""

    words: tuple[str, ...]
    label: str
    ent_id: str


class KBRuler:
    """Marks KB names as entities (overwriting the model's where they overlap)."""

    def __init__(self, nlp: Language, patterns: list[dict[str, str]]) -> None:
        strings = nlp.vocab.strings
        # first word -> name length -> words -> match keys, so a token that starts no name costs
        # one dict miss
        self._index: dict[str, dict[int, dict[tuple[str, ...], list[int]]]] = {}
        self._entity: dict[int, tuple[str, str]] = {}
        for p in compile_patterns(nlp, patterns):
            if not p.words:
                continue
            key = strings.add(f"{p.label}||{p.ent_id}")  # the key spaCy's ruler gives a label with an id
            self._entity[key] = (p.label, p.ent_id)
            keys = self._index.setdefault(p.words[0], {}).setdefault(len(p.words), {}).setdefault(p.words, [])
            if key not in keys:
                keys.append(key)

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        n = len(words)
        found: list[tuple[int, int, int]] = []
        for i, w in enumerate(words):
            by_len = self._index.get(w)
            if by_len is None:
                continue
            for size, names in by_len.items():
                if i + size <= n:
                    keys = names.get(tuple(words[i : i + size]))
                    if keys:
                        found.extend((k, i, i + size) for k in keys)
        # the ruler's choice: longest first, then leftmost; a token goes to the first name over it
        matches = sorted(set(found), key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for key, start, end in matches:
            if start in seen or end - 1 in seen:
                continue
            label, ent_id = self._entity[key]
            new.append(Span(doc, start, end, label=label, span_id=ent_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


def compile_patterns(nlp: Language, patterns: list[dict[str, str]]) -> list[NamePattern]:
    """The patterns as token texts: from the cache when it matches, else tokenised (and cached)."""
    meta = nlp.meta
    recipe = json.dumps(
        [CACHE_FORMAT, spacy.__version__, meta.get("name"), meta.get("version"), patterns],
        sort_keys=True,
        ensure_ascii=False,
    )
    path = cache_dir() / f"kb-names-{hashlib.sha256(recipe.encode()).hexdigest()[:24]}.marshal"
    cached = load_marshal(path)
    if isinstance(cached, list) and len(cached) == len(patterns):
        return [NamePattern(tuple(w), p["label"], p["id"]) for w, p in zip(cached, patterns)]
    words = [tuple(t.text for t in nlp.make_doc(p["pattern"])) for p in patterns]
    save_marshal(path, words)
    return [NamePattern(w, p["label"], p["id"]) for w, p in zip(words, patterns)]


@Language.factory("newsgraph_kb_ruler", assigns=["doc.ents"], default_config={"kb_dirs": []})
def make_kb_ruler(nlp: Language, name: str, kb_dirs: list[str]) -> KBRuler:
    return KBRuler(nlp, load_kb(kb_dirs).entity_patterns())
