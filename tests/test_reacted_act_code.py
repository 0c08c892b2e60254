"""A reaction to a definite act noun with no owner ("criticised the visit", "condemned the
strikes") is aimed at the doer of the latest earlier act of the noun's own word or CAMEO code
(events/earlier.py reacted_act_doers), before one only of its root: the visitor (042), not the
host (043) who came after; the side that struck, not the one that fired back. With no act of the
word or code, the latest act of the root as before; with none at all, no target. Articles are
invented for these tests."""

from __future__ import annotations

from tests.event_rows import acts


def criticised(code, text: str):
    """(source code, target country or code) of the criticisms (11)."""
    return [(s, t) for c, s, t in acts(code, text) if c.startswith("11")]


def test_a_visit_is_the_visitors_not_the_hosts(code):
    text = (
        "Chilean President Ana Rojas arrived in Lima on Monday. Peruvian President Luis Vega hosted Rojas "
        "at the palace. Opposition lawmakers in Santiago criticised the visit."
    )
    assert [t[:3] for _, t in criticised(code, text)] == ["CHL"]


def test_the_strikes_are_the_strikers_not_the_later_fire(code):
    text = (
        "Turkish warplanes struck militant camps in Syria on Sunday. Syrian militants fired rockets at "
        "a Turkish base. Greece condemned the strikes."
    )
    assert [t[:3] for _, t in criticised(code, text)] == ["TUR"]


def test_with_no_act_of_the_word_or_code_the_root_decides_as_before(code):
    # "hosted" (043) is the only earlier act of root 04: the visit is aimed at the host as before
    text = "Peruvian President Luis Vega hosted Chilean President Ana Rojas at the palace on Monday. Opposition lawmakers in Santiago criticised the visit."
    assert [t[:3] for _, t in criticised(code, text)] == ["PER"]


def test_no_earlier_act_gives_no_target(code):
    text = "Parliament passed a budget in Lima on Monday. Opposition lawmakers in Santiago criticised the visit."
    assert [t for _, t in criticised(code, text)] in ([], [None])
    # a law no earlier sentence reports an act of is no earlier actor's
    text = "Peru's economy grew last year. Opposition lawmakers in Santiago criticised the law."
    assert not [t for _, t in criticised(code, text) if (t or "").startswith("PER")]
