"""A named private person in a story set in one country is of that country (GUIDELINE: CVL,
private persons).

A person the text names (a PERSON of two capitalised words or more) whom nothing else has
placed (no KB entry, title, nationality, body or side of their own: `context:person` with no
country and no sector) is, in an article about one country, one of that country's people: a
careful coder codes "Baloch was murdered" in a Pakistani story PAK CVL. The guess is made only
when the story is plainly about one country: its main country (`setting.Setting.main`) is given
by its dateline or title and named by at least `MIN_SHARE` of the article's mentions that name
a country by their own words; when the text gives the person no role no stage read (a title
before the name, a noun in apposition that is no kin word); and when no mention of the person stands in a sentence naming another country or a paragraph set in one
("Osama was killed by US forces in Pakistan" in a US story: where he was killed is not where he
is from, and the story's country need not be his).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ...kb import actor_code
from ...model import CONTEXT_ONLY, RESOLVED_BY
from ..component import char_tokens
from .entities import RepeatedName
from .kin import kin_noun
from .mentions import Mentions
from .setting import Setting

# the main country's share of the article's own-word country mentions for a one-country story
MIN_SHARE = 0.75
# the sector of a private person (GUIDELINE: "CVL protesters, victims, private persons")
PRIVATE = "CVL"
_OWN_WORDS = frozenset(RESOLVED_BY) - frozenset(CONTEXT_ONLY)
# the story says where it is set: a dateline or its title (the most mentioned country alone is
# often only where the people of an obituary or a science story worked)
_STATED = frozenset({"dateline", "title"})


def resident_persons(doc: Doc, mentions: Mentions, setting: Setting, later: list[RepeatedName]) -> None:
    """Give each unplaced named private person the story's one country, in place."""
    main = setting.main
    if main is None or setting.main_by not in _STATED or not _one_country(mentions, main):
        return
    actors, at = mentions.actors, mentions.at
    first_token: dict[int, int] = {}
    for i, k in at.items():
        if i < first_token.get(k, len(doc)):
            first_token[k] = i
    index = {id(a): k for k, a in enumerate(actors)}
    groups: dict[int, list[int]] = {}  # the first mention's actor -> every mention's actor
    for r in later:
        if id(r.first) in index and id(r.mention) in index:
            groups.setdefault(index[id(r.first)], []).append(index[id(r.mention)])
    repeats = {k for ks in groups.values() for k in ks}
    named: dict[int, set[str]] = {}  # a sentence -> the countries it names
    for i, country in setting.named.items():
        named.setdefault(setting.sentence_of(i), set()).add(country)
    for k, a in enumerate(actors):
        if k in repeats or k not in first_token or a.how != "context:person" or not _full_name(doc, a.span):
            continue
        group = [k, *groups.get(k, [])]
        if any(actors[g].country or actors[g].sector or _described(doc, actors[g].span) for g in group):
            continue
        starts = [first_token[g] for g in group if g in first_token]
        places = {setting.local_country(i, doc[i].idx)[0] for i in starts}
        places.update(c for i in starts for c in named.get(setting.sentence_of(i), ()))
        if places - {None, main}:
            continue  # a mention in a sentence naming, or a paragraph set in, another country
        for g in group:
            b = actors[g]
            b.country, b.sector, b.resolved_by = main, PRIVATE, "article"
            b.code = actor_code(main, PRIVATE)


def _one_country(mentions: Mentions, main: str) -> bool:
    """Is `main` named by at least `MIN_SHARE` of the actors that name a country by their own words?"""
    counts = Counter(a.country for a in mentions.actors if a.country and a.resolved_by in _OWN_WORDS)
    total = sum(counts.values())
    return total > 0 and counts[main] >= MIN_SHARE * total


def _full_name(doc: Doc, span: list[int]) -> bool:
    """A name of two capitalised PERSON words or more (one word alone is often a NER slip)."""
    words = char_tokens(doc, span)
    if words is None:
        return False
    name = [t for t in words if t.ent_type_ == "PERSON" and t.text[:1].isupper()]
    return len(name) >= 2


def _described(doc: Doc, span: list[int]) -> bool:
    """Does the text give the person a title or role no stage read? A capitalised word of no name
    right before it inside its sentence ("Detective Inspector [Darren Gough]", "Chief Justice [John
    Roberts]"), or a noun in apposition that is no kin word ("the head physician of the centre,
    [X]"; "X, brother of Y" is private): they may hold an office or speak for a body."""
    words = char_tokens(doc, span)
    if words is None:
        return False
    if words.start > 0:
        before = doc[words.start - 1]
        if not before.is_sent_start and before.text[:1].isupper() and before.ent_type_ != "PERSON" and before.is_alpha:
            return True
    root = words.root
    beside = [root.head] if root.dep_ == "appos" else []
    beside += [c for c in root.children if c.dep_ == "appos"]
    return any(b.pos_ == "NOUN" and not kin_noun(b) for b in beside)
