"""An agent phrase whose word a list of countries modifies ("Indian and Pakistani troops", "US and
British officials", "the Russian and US navies"): one actor per country, as "Russia and China
condemned" names two doers (GUIDELINE: compound actors). The phrase's actor keeps its head word
and the first country; each other country word becomes an actor of the same sector, its text the
country word, with the agent word after it when no other country word stands between them
("Pakistani troops"). The first actor's text ends with its own country word ("Indian"), so no
text holds another country's word.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from ...kb import KB, actor_code
from ...model import Actor
from ..component import entity_of
from .mentions import Mentions
from .phrases import AgentPhrase

_MODIFIERS = ("amod", "compound", "nmod")


def _country(kb: KB, tok: Token) -> str | None:
    """The country a demonym or country name stands for ("Pakistani", "US"), else None."""
    kind, _, iso = tok.ent_id_.partition(":")
    return iso if kind in ("demonym", "country") and iso in kb.countries else None


def _words(tok: Token) -> Span:
    """The country word's own tokens: its entity without a leading "the" ("the United States")."""
    ent = entity_of(tok)
    if ent is None:
        return tok.doc[tok.i : tok.i + 1]
    return ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent


def _listed(kb: KB, first: Token, span: Span) -> list[Token]:
    """`first` and the country words coordinated with it inside the phrase, in the text's order; []
    when any member of the list is no country word ("Indian and foreign troops": one country)."""
    out = [first]
    todo = [c for c in first.children if c.dep_ == "conj"]
    while todo:
        c = todo.pop(0)
        if not span.start <= c.i < span.end or _country(kb, c) is None:
            return []
        out.append(c)
        todo += [g for g in c.children if g.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i) if len(out) > 1 else []


def _members(kb: KB, heads: Collection[Token], span: Span) -> list[Token]:
    """The country words a list before the agent word names: a modifier's conjuncts ("Indian and
    Pakistani"), with the country words before it that a comma sets off as members of the same
    list ("US, [British and French]", parsed as two modifiers); [] when no modifier has a conjunct
    ("British Pakistani doctors" is one kind of doctor, not a list)."""
    doc = span.doc
    mods = [m for h in heads for m in h.children if m.dep_ in _MODIFIERS and _country(kb, m)]
    for m in mods:
        listed = _listed(kb, m, span)
        if listed:
            commas = [
                o
                for o in mods
                if o.i < m.i and (end := _words(o).end) < len(doc) and doc[end].text == "," and end < m.i
            ]
            return sorted(commas, key=lambda t: t.i) + listed
    return []


def split_country_list(phrase: AgentPhrase, mentions: Mentions, kb: KB) -> None:
    """Make one actor per country of a list modifying the phrase's agent word (module docstring);
    nothing when the phrase's actor is not its own agent actor of the first country (a person, an
    office holder) or the modifier lists no other country."""
    head, span = phrase.head, phrase.span
    k = mentions.at.get(head.i)
    actor = mentions.actors[k] if k is not None else None
    if actor is None or actor.how != "context:agent" or actor.country is None or phrase.country != actor.country:
        return
    # "the Kenyan and Ugandan National Police": the body's last word heads the list too
    members = _members(kb, dict.fromkeys((head, span[-1])), span)
    if not members or _country(kb, members[0]) != actor.country:
        return
    first, listed = members[0], [c for c in members[1:] if _country(kb, c) != actor.country]
    if not listed:
        return
    doc = span.doc
    start = span.start
    if doc[start].dep_ == "det" and start + 1 == _words(first).start:
        start += 1  # "the Russian and US navies": "Russian", not "the Russian"
    own = doc[start : _words(first).end]
    actor.text, actor.span = own.text, [own.start_char, own.end_char]
    for c in listed:
        words = _words(c)
        last = c == listed[-1] and words.end <= head.i
        text = doc[words.start : span.end] if last else words
        country = _country(kb, c)
        other = Actor(
            text.text,
            [text.start_char, text.end_char],
            None,
            None,
            country,
            actor.sector,
            actor_code(country, actor.sector) or actor.sector,
            how="context:agent",
            resolved_by=actor.resolved_by,
        )
        idx = mentions.add(other, range(0))
        for i in range(words.start, words.end):
            mentions.at[i] = idx
