"""A similar act is aimed at whom the act of its kind reported just before was (events/earlier.py
`similar_targets`, events.yaml similar_adjectives): "X attributed the bombing to Y. Similar
attributions were made by Z" is Z's accusation of Y. Negatives: an earlier act of another kind
gives nothing, nor does an act not marked similar. Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def target_code(e) -> str | None:
    return e.target.get("code") if e.target else None


def test_similar_attributions_blame_the_same_side(code):
    text = (
        "Kenya's interior minister attributed the bombing to Somali militants. "
        "Similar attributions of responsibility were made by the state broadcaster."
    )
    (e,) = events(code, text, "attributions")
    assert e.cameo.startswith("11") and target_code(e) == "SOMREB"


def test_similar_accusations_made_by_others(code):
    text = (
        "The Kenyan opposition leader accused the police of torture on Monday. "
        "Similar accusations were made by Kenyan lawyers."
    )
    (e,) = events(code, text, "made")
    assert e.cameo.startswith("11") and target_code(e) == "KENCOP"


def test_an_earlier_act_of_another_kind_gives_no_target(code):
    # criticism (111) may lack a target, so an event is left to show it takes none from the praise
    text = "The Kenyan opposition leader praised the police on Monday. Similar criticisms were made by Kenyan lawyers."
    (e,) = events(code, text, "criticisms")
    assert e.target is None


def test_accusations_not_marked_similar_keep_their_own_target(code):
    text = (
        "The Kenyan opposition leader accused the police of torture on Monday. "
        "Kenyan lawyers made accusations against the army."
    )
    (e,) = events(code, text, "made")
    assert e.target["sector"] == "MIL"
