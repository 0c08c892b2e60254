"""A refusal that names nothing refused answers the request just made of its doer: its target is
who asked (refused_asks.py, through earlier.py). Invented sentences, with the look-alikes that
keep no target: a refusal by another than the one asked, one with no request told, a request two
sentences back, a refusal of a thing named."""

from __future__ import annotations

from tests.event_rows import acts


def _refusals(code, text: str) -> list[tuple[str, str | None, str | None]]:
    return [a for a in acts(code, text) if a[0].startswith("12")]


def test_a_bare_refusal_is_aimed_at_who_asked(code):
    text = "The Peruvian government asked Chile to extradite the suspect, but Chile declined."
    assert _refusals(code, text) == [("120", "CHL", "PER")]
    text = "The Kenyan president urged the Ugandan government to reopen the border, but it refused."
    assert _refusals(code, text) == [("120", "UGAGOV", "KEN")]
    text = "The Peruvian government asked Chile to extradite the suspect, but Chile refused to do so."
    assert _refusals(code, text) == [("120", "CHL", "PER")]


def test_the_ask_may_be_told_in_the_sentence_before(code):
    text = "The Peruvian government asked the Chilean president to extradite the suspect. He declined."
    assert _refusals(code, text) == [("120", "CHLGOV", "PER")]


def test_no_asker_when_no_ask_was_made_of_the_refuser(code):
    assert _refusals(code, "Chile asked Peru to extradite the suspect, but Bolivia refused.") == [
        ("120", "BOL", None)
    ]
    assert _refusals(code, "Chile declined.") == [("120", "CHL", None)]
    text = (
        "The Peruvian government asked Chile to extradite the suspect. Chile held talks with Bolivia. "
        "The Chilean president refused."
    )
    assert _refusals(code, text) == [("120", "CHLGOV", None)]
    text = "The Peruvian government asked Chile to extradite the suspect. Days later, Bolivia's exports declined."
    assert _refusals(code, text) == []


def test_a_refusal_of_something_named_keeps_its_own_reading(code):
    assert acts(code, "The Peruvian president declined to comment.") == [("011", "PERGOV", None)]


def test_resisting_an_ask_is_refusing_it(code):
    text = "The Peruvian government asked Chile to extradite the suspect, but Chile resisted."
    assert _refusals(code, text) == [("120", "CHL", "PER")]
    assert _refusals(code, "The Chilean president resisted calls to resign.") == [("120", "CHLGOV", None)]


def test_resisting_anything_else_is_no_refusal(code):
    assert acts(code, "The Chilean suspect resisted arrest.") == []
    assert _refusals(code, "The Syrian army resisted the rebel offensive.") == []
    assert _refusals(code, "The Syrian rebels resisted for weeks.") == []
    assert acts(code, "The Chilean company resisted the urge to expand.") == []
