"""Events of a coded invented text as plain tuples, shared by the rule tests (each takes the
`code` fixture of conftest.py)."""

from __future__ import annotations

from pathlib import Path

DAY = "2023-10-16"
ARTICLES = Path(__file__).parent / "data" / "articles"  # the invented whole articles (README there)


def acts(code, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target country or code) of every event."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [
        (e.cameo, (e.source or {}).get("code"), (e.target or {}).get("country") or (e.target or {}).get("code"))
        for e in c.events
    ]


def coded(code, text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(trigger, cameo, source code, target code, modality) of every event."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [
        (e.trigger, e.cameo, (e.source or {}).get("code"), (e.target or {}).get("code"), e.modality) for e in c.events
    ]


PERU = "LIMA - "  # a dateline: the article is set in Peru


def events_in_peru(code, text: str, trigger: str):
    """The events on one trigger word of a text under a Peruvian dateline."""
    c = code(PERU + text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def dyad(e) -> tuple[str | None, str | None]:
    """(source country, target code) of an event."""
    return (e.source or {}).get("country"), (e.target or {}).get("code")


def quote(code, text: str, opening: str):
    """The one coded quotation of an invented text that opens with `opening`."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    found = [q for q in c.quotes if q.text.startswith(opening)]
    assert len(found) == 1, [q.text for q in c.quotes]
    return found[0]


def article_events(code, name: str, day: str) -> list:
    """The events of one invented whole article of tests/data/articles, coded as of `day`."""
    c = code((ARTICLES / name).read_text(encoding="utf-8"), day)
    assert c.article.status == "ok", c.article.error
    return c.events


# (trigger, source country or code, target country or code, root, modality, date)
Row = tuple[str, str | None, str | None, str, str, str | None]


def rows_of(events) -> list[Row]:
    """An article's events as rows the article tests compare (`has_row`)."""
    out: list[Row] = []
    for e in events:
        s, t = e.source or {}, e.target or {}
        out.append(
            (
                e.trigger,
                s.get("country") or s.get("code"),
                t.get("country") or t.get("code"),
                e.cameo_root,
                e.modality,
                e.date,
            )
        )
    return out


def has_row(
    rows: list[Row],
    trigger: str,
    source: str | None,
    target: str | None,
    root: str,
    modality: str = "actual",
    date: str | None = None,
) -> bool:
    """Is there an event on `trigger` between these two sides, with this root and modality (and date)?"""
    return any(
        r[0] == trigger
        and r[1] == source
        and r[2] == target
        and r[3] == root
        and r[4] == modality
        and (date is None or r[5] == date)
        for r in rows
    )


def cameo_rows(code, name: str, day: str) -> list[tuple[str, str, str | None, str | None, str, str | None]]:
    """(trigger, full CAMEO code, source code, target country or code, modality, date) of an article."""
    return [
        (
            e.trigger,
            e.cameo,
            (e.source or {}).get("code"),
            (e.target or {}).get("country") or (e.target or {}).get("code"),
            e.modality,
            e.date,
        )
        for e in article_events(code, name, day)
    ]


def slot_rows(code, name: str, day: str) -> list[tuple[str, str | None, str | None, str, str, str | None]]:
    """(trigger, source code, target country, cameo root, modality, date) of an article."""
    return [
        (e.trigger, (e.source or {}).get("code"), (e.target or {}).get("country"), e.cameo_root, e.modality, e.date)
        for e in article_events(code, name, day)
    ]
