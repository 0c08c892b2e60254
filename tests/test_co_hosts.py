"""A coordinated subject that hosts, mediates or visits does so together, to a third party, not
to each other (events.yaml one_sided_codes, events/reciprocal.py): "Saudi Arabia and the United
States hosted the talks" is no Saudi visit to the United States. Joint acts ("Putin and Xi met",
"the two leaders held talks") stay each party's act on the other. All sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_co_hosts_are_not_each_others_hosts(code):
    rows = acts(code, "Saudi Arabia and the United States have hosted the talks since 2023.")
    assert ("043", "SAU", None) in rows and ("043", "USA", None) in rows
    assert not any(t in ("SAU", "USA") for _, _, t in rows)


def test_co_hosts_of_named_parties(code):
    rows = acts(code, "Norway and Cuba hosted peace talks between the Colombian government and the ELN rebels.")
    assert not any((s or "")[:3] in ("NOR", "CUB") and t in ("NOR", "CUB") for _, s, t in rows)
    assert not any(c.startswith("04") and s == "NOR" and t == "CUB" for c, s, t in rows)


def test_co_hosts_in_other_words(code):
    for text, pair in (
        ("Kenya and Uganda hosted the negotiations in 2024.", ("KEN", "UGA")),
        ("Qatar and Egypt have hosted several rounds of talks since January.", ("QAT", "EGY")),
    ):
        rows = acts(code, text)
        assert ("043", pair[0], None) in rows and ("043", pair[1], None) in rows
        assert not any(c in ("042", "043") and t in pair for c, _, t in rows)


def test_joint_acts_stay_mutual(code):
    # negatives: a meeting and talks are each party's act on the other
    rows = acts(code, "Lula and Milei met in Brasilia on Monday.")
    assert any(s == "ARGGOV" and t == "BRA" for _, s, t in rows)
    rows = acts(code, "India and Pakistan held talks in Geneva on Friday.")
    assert any(c.startswith("04") and s == "IND" and t == "PAK" for c, s, t in rows)
