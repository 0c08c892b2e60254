"""A subject "it" of a sentence's main clause carries on the subject of the sentence before when
that is a thing no actor holds (actors/context.py `_continues_thing`): "The draft was approved,
with Russia and China abstaining. It calls on ..." is the draft's call, not China's. An "it" after
an actor subject still stands for that actor. All sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_it_after_a_draft_is_no_abstaining_country(code):
    rows = acts(
        code,
        "The British-drafted text was approved by 13 votes in favour, with Russia and China abstaining. "
        "It calls on the RSF to lift its siege of the city.",
    )
    assert not any(s in ("CHN", "RUS", "CHNGOV", "RUSGOV") for _, s, _ in rows)


def test_it_after_a_resolution_is_no_drafting_country(code):
    rows = acts(
        code, "The resolution, drafted by France, was adopted unanimously. It demands that Israel allow aid into Gaza."
    )
    assert not any((s or "").startswith("FRA") and t == "ISR" for _, s, t in rows)


def test_it_after_an_actor_stays_the_actor(code):
    # negatives: "the foreign ministry ... It accused": the ministry
    rows = acts(
        code, "The Iranian foreign ministry summoned the British ambassador on Monday. It accused London of meddling."
    )
    assert ("112", "IRNGOV", "GBR") in rows or any(c.startswith("112") and s == "IRNGOV" for c, s, _ in rows)
