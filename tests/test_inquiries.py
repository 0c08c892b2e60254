"""An investigation that a police or court act follows is the acting body's (events/inquiries.py,
noun_doers.yaml inquiry_nouns, inquiry_preps): "were arrested after an investigation" reports the
inquiry (09) beside the arrest (17). An investigation demanded, or one with a doer of its own, is
not. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import coded


def inquiries(code, text: str):
    """(trigger, cameo, source code) of the investigations coded."""
    return [e[:3] for e in coded(code, text) if e[1].startswith("09")]


def test_an_arrest_after_an_investigation_names_the_police_inquiry(code):
    text = "Three Kenyan officials were arrested after a two-year investigation into fraud."
    # fraud looked into: an investigation of crime (091, events/investigated.py)
    assert inquiries(code, text) == [("investigation", "091", "KENCOP")]
    assert inquiries(code, "Forty Peruvian traders were detained in Lima following a probe of the port.") == [
        ("probe", "090", "PERCOP")
    ]
    # not after another act: a resignation implies no body that investigated
    assert inquiries(code, "Three Kenyan officials resigned after an investigation into fraud.") == []
    # nor after a verb that alone is no legal act: weapons found are no court's finding
    assert inquiries(code, "Weapons were found in a Nairobi house after an investigation.") == []


def test_the_named_arrester_made_the_inquiry(code):
    text = "Kenyan police arrested three officials after an investigation."
    assert inquiries(code, text) == [("investigation", "090", "KENCOP")]
    # the investigation's own "by" phrase names its doer, not the arrester
    text = "Kenyan police arrested three men after a long investigation by the Ethics Commission."
    assert ("investigation", "090", "KENCOP") not in inquiries(code, text)


def test_a_demanded_investigation_is_no_inquiry_done(code):
    assert inquiries(code, "Kenyan protesters demanded an investigation of the shooting in Nairobi.") == []
    text = "Three Kenyan officials were arrested after protesters demanded an investigation."
    assert inquiries(code, text) == []
