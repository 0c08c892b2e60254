"""A government word "of" a known leader or named by one ("the government of Nicolas Maduro",
"the Assad regime", phrases.py _leader_after, country_of) is that leader's country's government,
not the country the rest of the sentence names. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_the_government_of_a_leader_is_the_leaders_countrys(code):
    assert acts(code, "The government of Nicolas Maduro accused Colombia of plotting a coup.") == [
        ("112", "VENGOV", "COL")
    ]
    assert acts(code, "The regime of Bashar al-Assad accused Turkey of arming rebels.") == [("112", "SYRGOV", "TUR")]


def test_a_government_of_a_country_or_a_leader_as_target_keeps_its_own(code):
    assert acts(code, "The government of Colombia accused Nicolas Maduro of plotting a coup.") == [
        ("112", "COLGOV", "VEN")
    ]
    # a leader's relative is no government of theirs
    assert [s for _, s, _ in acts(code, "The wife of Nicolas Maduro criticised Colombia.")] != ["VENGOV"]


def test_a_government_named_by_its_leader_is_the_leaders_countrys(code):
    assert acts(code, "The Maduro government accused Colombia of plotting a coup.") == [("112", "VENGOV", "COL")]
    assert acts(code, "The Assad regime accused Turkey of arming rebels.") == [("112", "SYRGOV", "TUR")]
    # a government named by its country keeps it
    assert acts(code, "The Colombian government accused Maduro of plotting a coup.") == [("112", "COLGOV", "VEN")]
