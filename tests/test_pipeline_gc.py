"""Loading the pipeline leaves the collector as it found it, with the pipeline's long-lived objects
frozen out of its sight (nlp.get_pipeline): a full collection while coding no longer walks the
model, the KB and the gazetteer."""

from __future__ import annotations

import gc

from newsgraph.coding.nlp import get_pipeline


def test_the_loaded_pipeline_is_frozen_and_the_thresholds_restored(nlp):
    threshold = gc.get_threshold()
    assert get_pipeline() is nlp  # one pipeline per process
    assert gc.get_threshold() == threshold
    assert threshold[0] < 100_000  # the load's own threshold was put back
    assert gc.get_freeze_count() > 100_000
