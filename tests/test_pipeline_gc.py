"""Loading the pipeline leaves the collector as it found it, with the pipeline's long-lived objects
frozen out of its sight (nlp.get_pipeline): a full collection while coding no longer walks the
model, the KB and the gazetteer. The build itself runs with few young-generation collections."""

from __future__ import annotations

import gc

from newsgraph.coding import nlp as nlp_module


def test_the_build_runs_with_few_collections_and_leaves_the_pipeline_frozen(monkeypatch):
    seen: list[tuple[int, int, int]] = []
    built = object()

    def build(model, kb_dirs):
        seen.append(gc.get_threshold())
        return built

    monkeypatch.setattr(nlp_module, "build_pipeline", build)
    before = gc.get_threshold()
    gc.unfreeze()
    try:
        assert nlp_module._cached_pipeline.__wrapped__("any_model", ()) is built
        assert seen == [(nlp_module.LOAD_GC_THRESHOLD, *before[1:])]
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
