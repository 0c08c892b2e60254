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


# a body a person belongs to: "X of / for / from / at the agency"
_MEMBER_PREPS = frozenset({"of", "for", "from", "at"})
_COUNTRY_HOWS = frozenset({"kb:country"})
# what the NER made of a first name the KB ruler's country cut off ("Nikki" ORG, "Jim" PERSON)
_NAME_ENTS = frozenset({"PERSON", "ORG"})


def surnamed_speaker(subj: Token, actor: Actor) -> dict | None:
    """A speaker whose surname is a country's name ("Nikki Holland of the agency said", "Rep. Jim
    Jordan said"): the KB ruler read the surname as the country, but a first name before it (a
    capitalised word the subject's name compounds, no actor of its own) makes the two a person's
    name (the NER began a name at that word: "Air India" and "Lake Chad" are none). The person is the body an of/for/from/at phrase gives, else of the article's country;
    None when the subject is no such name."""
    if actor.how not in _COUNTRY_HOWS or subj.i == 0 or actor.span[0] != subj.idx:
        return None
    doc = subj.doc
    first = doc[subj.i - 1]
    at = doc._.actor_at
    if first.dep_ != "compound" or first.head.i != subj.i or first.pos_ != "PROPN" or not first.is_title:
        return None
    if first.ent_type_ not in _NAME_ENTS or (first.i in at and at[first.i].how not in PERSON_HOWS):
        return None  # "Air India", "Lake Chad", "Nazi Germany": no name the NER began there
    bodies = [
        at[o.i]
        for p in subj.children
        if p.dep_ == "prep" and p.lower_ in _MEMBER_PREPS
        for o in p.children
        if o.dep_ == "pobj" and o.i in at
    ]
    body = next((b for b in bodies if b.country and b.how not in PERSON_HOWS), None)
    setting = doc._.setting if doc.has_extension("setting") else None
    country = body.country if body else (setting.main if setting is not None else None)
    by = "appositive" if body else ("article" if country else None)
    text = doc[first.i : subj.i + 1].text
    return {
        "text": text,
        "kb_id": None,
        "name": None,
        "country": country,
        "sector": body.sector if body else None,
        "code": None,
        "resolved_by": by,
    }
