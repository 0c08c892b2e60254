"""A list of modifiers before a noun that names no actor itself names one doer per member
("rebel and FSA groups pressed on": the rebels and the FSA; "the army and police units": the
army and the police), as "Russia and China" do; a country's name hung as the noun's modifier
("US and Iraqi troops") counts like a demonym. A name that spans the list ("Trinidad and
Tobago police") is one doer. All sentences are invented."""

from __future__ import annotations

from .event_rows import coded


def _sources(code, text: str, trigger: str) -> list[str | None]:
    return sorted(s or "" for w, _, s, _, _ in coded(code, text) if w == trigger)


def test_each_member_of_a_listed_modifier_is_a_doer(code):
    assert _sources(code, "Rebel and FSA groups attacked the airport on Monday.", "attacked") == ["REB", "SYRREB"]
    # the first member a word the actors stage names no actor alone ("rebel"): the others still count
    text = "Turkish jets bombed the city as rebel and FSA groups attacked the airport."
    assert _sources(code, text, "attacked") == ["SYRREB"]
    found = _sources(code, "The army and police units stormed the building in Lagos.", "stormed")
    assert len(found) == 2 and {f[-3:] for f in found} == {"COP", "MIL"}


def test_a_country_name_before_the_noun_counts_like_a_demonym(code):
    assert _sources(code, "US and Iraqi troops raided the village.", "raided") == ["IRQMIL", "USAMIL"]


def test_one_name_over_the_list_is_one_doer(code):
    assert _sources(code, "Trinidad and Tobago police arrested three men.", "arrested") == ["TTOCOP"]


def test_modifiers_that_name_no_actor_add_none(code):
    assert _sources(code, "Kurdish and Arab fighters captured the village.", "captured") == ["REB"]
