"""A definite singular "the country" or "the nation", with no words naming a country of its own
("the country", "the West African country", "the oil-rich nation"), names again the country the
story is about: wire reports use it so ("Soldiers seized power in Niger ... The African Union
suspended [the country's] membership"). It stands for the article's main country (setting.py),
as a named mention of it would, where

- the sentence names no other country (one that does may mean either: "Kenya's president visited
  Uganda and praised the country's progress"), and
- a main country the dateline gave is named at least as often as any other country (a dateline
  from a neighbouring capital names no topic: "DAKAR - Soldiers in Guinea-Bissau ...").

"A country", "the countries", "the country of X" and "this country" in a quotation (the
speaker's: quoted_groups.py) are not such a pointer back.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ...kb import KB
from ...model import Actor
from ..component import tokens_with
from .mentions import Mentions
from .setting import Setting

# how a mention names a state as such (not a person or body of it)
_STATE_HOWS = frozenset({"kb:country", "kb:capital", "kb:government", "kb:demonym"})
# the words before the noun that may only describe it ("the [West African] country")
_DESCRIBING = frozenset({"det", "amod", "compound", "advmod", "npadvmod", "punct"})


def resolve_story_country(doc: Doc, mentions: Mentions, setting: Setting, kb: KB, nouns: frozenset[str]) -> None:
    """Code each such "the country" as the article's main country (module docstring)."""
    main = setting.main
    if main is None or not nouns or (country := kb.countries.get(main)) is None:
        return
    at, actors = mentions.at, mentions.actors
    if setting.main_by == "dateline":
        named = Counter(a.country for k in set(at.values()) if (a := actors[k]).how in _STATE_HOWS and a.country)
        if max(named.values(), default=0) > named[main]:
            return  # a dateline from a capital the story names less than another country
    for noun in tokens_with(doc, LOWER, nouns):
        if not _pointer(noun, at):
            continue
        sent = noun.sent
        if any(
            (a := actors[at[i]]).how in _STATE_HOWS and a.country and a.country != main
            for i in range(sent.start, sent.end)
            if i in at
        ):
            continue  # "visited Uganda and praised the country's progress": which one
        phrase = doc[noun.left_edge.i : noun.i + 1]
        actor = Actor(
            phrase.text,
            [phrase.start_char, phrase.end_char],
            f"country:{main}",
            country.name,
            main,
            None,
            main,
            how="kb:country",
            resolved_by="article",
        )
        mentions.add(actor, range(phrase.start, phrase.end))


def _pointer(noun: Token, at: dict[int, int]) -> bool:
    """Is the noun a bare definite singular ("the [West African] country") no mention covers,
    with no of/from phrase naming whose it is?"""
    if noun.tag_ != "NN" or noun.i in at:
        return False
    lefts = list(noun.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return False
    if any(c.dep_ not in _DESCRIBING for c in lefts):
        return False  # "the country's", "the host country's": another word decides
    if any(i in at for i in range(noun.left_edge.i, noun.i)):
        return False  # "the Malian nation" names its own
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in") for c in noun.rights)
