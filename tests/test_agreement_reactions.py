"""A reaction to a bare definite agreement noun ("welcomed the deal", "rejected the accord",
"the pact was rejected by X"; events.yaml agreement_nouns) is aimed at the doers of the latest
earlier act on an agreement the article reports ("X and Y signed a peace treaty"), as CAMEO aims
praise, criticism and rejection at the doer of the act (events/earlier.py agreement_parties).
Negatives: no such act reported, a deal the phrase names as someone else's. Articles are invented
for these tests."""

from __future__ import annotations

from tests.event_rows import acts


def reacted(code, text: str, root: str):
    """The target country or code of each event of a CAMEO root."""
    return sorted((t or "")[:3] for c, _, t in acts(code, text) if c.startswith(root))


SIGNED = "Ghana and Togo signed a border treaty in Accra on Friday. "


def test_praise_of_the_deal_is_aimed_at_its_signers(code):
    assert reacted(code, SIGNED + "Nigeria welcomed the deal.", "051") == ["GHA", "TGO"]
    # a passive signing names its doers in the "by" phrase
    text = "A border treaty was signed by Ghana and Togo on Friday. Nigeria praised the agreement."
    assert reacted(code, text, "051") == ["GHA", "TGO"]


def test_rejection_of_the_accord_is_aimed_at_its_signers(code):
    assert reacted(code, SIGNED + "Burkina Faso rejected the accord.", "12") == ["GHA", "TGO"]
    assert reacted(code, SIGNED + "The accord was rejected by Burkina Faso.", "12") == ["GHA", "TGO"]


def test_no_agreement_reported_gives_no_target(code):
    text = "Ghana's parliament passed a budget in Accra on Friday. Nigeria welcomed the deal."
    assert reacted(code, text, "051") in ([], [""])


def test_a_deal_the_phrase_names_is_not_the_earlier_one(code):
    # another party named with the deal: not the treaty signed before
    assert "GHA" not in reacted(code, SIGNED + "Nigeria welcomed the deal with Benin.", "051")
    assert reacted(code, SIGNED + "Nigeria welcomed Benin's deal.", "051") == ["BEN"]
