"""Names the knowledge base does not know, counted over a corpus, for users to curate.

People and organisations the `actors` stage coded from context only (kb_id null) are
grouped by name, most frequent first, with the country and sector the context gave
most often, so a user can add the rows that matter to a `--kb` folder.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import CodedArticle

KINDS = {"context:person": "person", "context:org": "organisation"}


@dataclass
class UnknownName:
    name: str
    kind: str
    mentions: int
    articles: int
    country: str | None
    sector: str | None
    example: str


def unknown_names(coded: Iterable[CodedArticle]) -> list[UnknownName]:
    """Unknown people and organisations over `coded`, most mentioned first."""
    mentions: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    countries: dict[tuple[str, str], Counter[str]] = {}
    sectors: dict[tuple[str, str], Counter[str]] = {}
    example: dict[tuple[str, str], str] = {}
    for art in coded:
        seen = set()
        for a in art.actors:
            kind = KINDS.get(a.how)
            if kind is None or a.kb_id:
                continue
            name = a.name or a.text
            if name.lower().startswith("the "):
                name = name[4:]
            key = (name, kind)
            mentions[key] += 1
            if key not in seen:
                seen.add(key)
                articles[key] += 1
            if a.country:
                countries.setdefault(key, Counter())[a.country] += 1
            if a.sector:
                sectors.setdefault(key, Counter())[a.sector] += 1
            example.setdefault(key, art.article.id)
    order = sorted(mentions, key=lambda k: (-mentions[k], -articles[k], k[0]))
    return [
        UnknownName(name, kind, mentions[k], articles[k], _most(countries.get(k)), _most(sectors.get(k)), example[k])
        for k in order
        for name, kind in [k]
    ]


def _most(counts: Counter[str] | None) -> str | None:
    return counts.most_common(1)[0][0] if counts else None
