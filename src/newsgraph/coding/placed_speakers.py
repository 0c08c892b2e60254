"""A quoted person the text gives no country speaks from where the story is (the `quotes` stage).

News writing quotes people of the story's place by name alone or by a common noun ("Voter Kitty
Mak told reporters", "the father said", "a source said"): a coder gives such a speaker the country
of their sentence, else of their paragraph, else the article's main country, as the actors stage
does for a titled person (`actors/context.py`). The actors stage leaves an untitled person without
one, since an event needs more than a name; a quotation's speaker needs only where they speak.
International bodies and actors the stage coded (with or without a country: an organisation the KB
knows and gives none is international) are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Actor
from .actors.mentions import PERSON_HOWS


def placed_speaker(speaker: dict, subj: Token, actor: Actor | None) -> dict:
    """`speaker` (the ref of `actor`, or the words of `subj` no actor covers) with the country
    of where it speaks when it is a person or unknown words with no country."""
    if speaker.get("country") or (actor is not None and (actor.how not in PERSON_HOWS or actor.sector)):
        return speaker
    doc = subj.doc
    setting = doc._.setting if doc.has_extension("setting") else None
    if setting is None:
        return speaker
    country, by = setting.country_at(subj.i, subj.idx)
    return speaker if country is None else {**speaker, "country": country, "resolved_by": by}
