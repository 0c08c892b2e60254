"""A victim's nationality is not the doer's: in "Police detained a Canadian woman" or
"Kidnappers released the Italian priest" English names the nationality of the party acted on
precisely because it is foreign to the doer. So a doer with no country of its own words does
not take its sentence's (or paragraph's) one country when every word naming that country there
is a demonym inside the object of the doer's own verb ("a Russian hacker", "two British
tourists"), or the country's name as that object itself ("the federal government condemned
Iran": no state acts so on itself), or the country named on an envoy or embassy that object is
("summoned [Russia's] ambassador", "expelled two [Russian] diplomats": a state summons and
expels other states' envoys; actors.yaml `located_in.not_terms`); it falls back to the
article's setting as usual.

Left alone: a state's own office, force or politician named with the demonym (actors.yaml
`context.own_state_sectors`: "clashed with Venezuelan police", "charged the former Kenyan
governor": the doer is as likely of that state), the doer's own words ("Venezuelan protesters"),
and a country named anywhere else in the scope ("In Venezuela, police detained a Canadian woman").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..component import entity_of
from .mentions import Mentions

if TYPE_CHECKING:
    from .setting import Setting

# the dependencies of the party a verb acts on: its object, or the object of its preposition
_OBJECTS = frozenset({"dobj", "dative"})


def doer_local_country(
    doc: Doc,
    tokens: list[int],
    setting: Setting,
    mentions: Mentions,
    state: frozenset[str],
    envoys: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None]:
    """`Setting.local_country` for the mention `tokens`, skipping a sentence's or paragraph's
    country named only by demonyms of the party its own verb acts on."""
    first = tokens[0]
    country, by = setting.local_country(first, doc[first].idx)
    if country is None:
        return None, None
    verb = _own_verb(doc, tokens)
    if verb is None:
        return country, by
    if by == "sentence":
        if not _acted_on_only(doc, verb, setting, mentions, country, setting.sentence_of(first), by, state, envoys):
            return country, by
        paragraph = setting.paragraph_country_at(doc[first].idx)
        if paragraph is None:
            return None, None
        country, by = paragraph, "paragraph"
    if by == "paragraph" and _acted_on_only(
        doc, verb, setting, mentions, country, setting.paragraph_of(doc[first].idx), by, state, envoys
    ):
        return None, None
    return country, by


def _own_verb(doc: Doc, tokens: list[int]) -> Token | None:
    """The verb the mention is the subject of, if it is one."""
    inside = set(tokens)
    heads = [doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i]
    if len(heads) != 1 or heads[0].dep_ != "nsubj" or heads[0].head.pos_ not in ("VERB", "AUX"):
        return None
    return heads[0].head


def _acted_on_only(
    doc: Doc,
    verb: Token,
    setting: Setting,
    mentions: Mentions,
    country: str,
    scope: int,
    by: str,
    state: frozenset[str],
    envoys: frozenset[str] = frozenset(),
) -> bool:
    """Is every word naming `country` in the scope (sentence or paragraph number) a demonym in
    the mention of a non-state party `verb` acts on?"""
    words = [
        i
        for i, iso in setting.named.items()
        if iso == country
        and (setting.sentence_of(i) if by == "sentence" else setting.paragraph_of(doc[i].idx)) == scope
    ]
    return bool(words) and all(
        _acted_on_demonym(doc[i], verb, mentions, state)
        or _acted_on_country(doc[i], verb)
        or _acted_on_envoy(doc[i], verb, envoys)
        for i in words
    )


def _acted_on_envoy(tok: Token, verb: Token, envoys: frozenset[str]) -> bool:
    """Is `tok` a word of a country's name or demonym on an envoy or embassy (`envoys`) that is
    the object of `verb` ("summoned [Russia's] ambassador", "expelled [Russian] diplomats")?"""
    if tok.ent_id_.partition(":")[0] not in ("country", "demonym"):
        return False
    ent = entity_of(tok)
    root = ent.root if ent is not None else tok
    head = root.head
    if root.dep_ not in ("poss", "amod", "compound", "nmod") or head.i == root.i:
        return False
    return head.lemma_.lower() in envoys and head.dep_ in _OBJECTS and head.head == verb


def _acted_on_country(tok: Token, verb: Token) -> bool:
    """Is `tok` a word of a country's name that is itself the object of `verb` ("condemned [North
    Korea]")?"""
    if tok.ent_id_.partition(":")[0] != "country":
        return False
    ent = entity_of(tok)
    root = ent.root if ent is not None else tok
    return root.dep_ in _OBJECTS and root.head == verb


def _acted_on_demonym(tok: Token, verb: Token, mentions: Mentions, state: frozenset[str]) -> bool:
    """Is `tok` a demonym inside the object of `verb`, not on a state's own office, force or
    politician (`state`: "the former Kenyan governor", "Venezuelan police")?"""
    if tok.ent_id_.partition(":")[0] != "demonym":
        return False
    for i in (tok.i, tok.head.i):
        k = mentions.at.get(i)
        if k is not None and mentions.actors[k].sector in state:
            return False
    for t in (tok, *tok.ancestors):
        if t.dep_ in _OBJECTS and t.head == verb:
            return True
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head == verb:
            return True
        if t == verb:
            return False
    return False
