"""Checks shared by the tests of acts of force and their victims: code an invented sentence and
read its events' roots and actor codes."""

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
