"""More events on the verb a conflict report uses (issue 14). All sentences are invented.

- a place the public gathers in (a market, a cafe, a bus station) hit by an act of force whose
  doer is unnamed is its civilians' (CVL of the place's country; events.yaml body_sectors); a
  building the list does not name (a barracks) stays no target, so no event;
"""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c.events


def of(evs, root: str):
    return [e for e in evs if e.cameo_root == root]


def tcode(e):
    return e.target.get("code") if e.target else None


def scode(e):
    return e.source.get("code") if e.source else None


# -- public places hit -------------------------------------------------------------------------
def test_explosion_at_a_market_hits_the_towns_civilians(code):
    evs = of(events(code, "An explosion occurred at a market in Kano on Monday."), "18")
    assert [tcode(e) for e in evs] == ["NGACVL"]
    assert evs[0].source is None


def test_explosion_at_a_barracks_names_no_body(code):
    assert not of(events(code, "An explosion occurred at a barracks in Kano on Monday."), "18")


def test_bomb_at_a_cafe_hits_civilians(code):
    evs = of(events(code, "A bomb exploded at a cafe in Kabul."), "18")
    assert [tcode(e) for e in evs] == ["AFGCVL"]
