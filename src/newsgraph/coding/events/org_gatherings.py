"""A named gathering of an organisation is that organisation: its assembly, congress or
conference is named by the organisation's name with the gathering noun in place of the name's
head ("the World Health [Assembly]" of the World Health [Organization], "the International
Labour [Conference]" of the International Labour [Organization]); the members meet in it, so it
acts and is attended as the organisation (GUIDELINE: an assembly of an IGO is that IGO).

Only names whose head is an organisation noun (events.yaml org_name_heads) and of three words
or more, so that the words before the head name one organisation ("the World Health Summit",
a gathering noun the list leaves out, and a prefix two organisations share name none)."""

from __future__ import annotations

from functools import cache
from weakref import WeakKeyDictionary

from spacy.tokens import Token

from ...kb import KB
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules

# one table per KB object, dropped with it (an id() key could be reused by a later KB)
_TABLES: WeakKeyDictionary[KB, dict[tuple[str, ...], str | None]] = WeakKeyDictionary()


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """events.yaml org_gathering_nouns and org_name_heads."""
    ev = load_rules(EventRules)
    return lowered(ev.org_gathering_nouns), lowered(ev.org_name_heads)


def _table(kb: KB) -> dict[tuple[str, ...], str | None]:
    """The words before the head of each KB organisation name of an organisation noun head ->
    its kb_id (None when two organisations share them); built once per KB."""
    table = _TABLES.get(kb)
    if table is None:
        heads = _words()[1]
        table = {}
        for org in kb.orgs.values():
            for name in (org.name, *org.aliases):
                words = name.lower().split()
                if words and words[0] == "the":
                    words = words[1:]
                if len(words) < 3 or words[-1] not in heads:
                    continue
                key = tuple(words[:-1])
                table[key] = org.kb_id if table.get(key, org.kb_id) == org.kb_id else None
        _TABLES[kb] = table
    return table


def gathering_org(t: Token, kb: KB) -> Actor | None:
    """The organisation a named gathering at `t` ("the World Health Assembly") is of, if any."""
    if t.pos_ != "PROPN" or t.lemma_.lower() not in _words()[0]:
        return None
    name = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not name or name[-1].i != t.i - 1 or name[-1].i - name[0].i != len(name) - 1:
        return None  # the name's words right before the noun, one run
    kb_id = _table(kb).get(tuple(w.lower_ for w in name))
    if kb_id is None:
        return None
    org = kb.orgs[kb_id]
    span = [name[0].idx, t.idx + len(t.text)]
    text = t.doc.text[span[0] : span[1]]
    return Actor(text, span, kb_id, org.name, org.country, org.sector or None, org.code or org.sector or None, "kb:org")
