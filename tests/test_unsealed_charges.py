"""Prosecutors who unseal charges or an indictment against someone make the charges public: the
person is charged (CAMEO 115, GUIDELINE: criminal charges 115); unsealed documents or records
charge no one (triggers-verbs.yaml, unseal): invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_unsealed_indictment_against_someone_is_a_charge(code):
    rows = acts(code, "On Monday, German prosecutors unsealed an indictment against the Russian businessman.")
    assert ("115", "DEUJUD", "RUS") in rows


def test_unsealed_charges_name_their_bringer(code):
    rows = acts(code, "Yesterday the United States Department of Justice unsealed further charges against the banker.")
    assert "115" in [c for c, s, _ in rows if s == "USAJUD"]


def test_unsealed_documents_or_records_are_no_charge(code):
    assert acts(code, "A federal judge in New York unsealed court documents in the case on Monday.") == []
    assert acts(code, "The German prosecutors unsealed the records of the Russian embassy.") == []
