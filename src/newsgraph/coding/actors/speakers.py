"""First person inside a direct quotation stands for its speaker: "I", "me", "my" are the
speaker ("'I thank the minister,' the president said"); "we", "us", "our" are the body or
country the speaker speaks for, coded as the speaker's actor is (a fair approximation: a
minister's "we" is the government, a spokesman's the body he speaks for), with
`resolved_by` "pronoun"; so does a body the quote calls "our" or "my" ("our embassy": the
speaker's country's). Only quotations whose cue has a subject the stage coded with a
country or code; "we" in narration and in a quote with no speaker stay uncoded.

A speaker named by a surname alone that no earlier mention carries, but that is one letter
off the surname of exactly one coded person named before it (a transliteration spelled two
ways in one article: "Yusuf Karimi ... 'we will ...,' Karimy said"), is that person."""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from ...kb import actor_code
from ...model import Actor
from ..quotes import Quotation
from .mentions import PERSON_HOWS, Mentions
from .words import ActorWords

# the speaker's own kinds: a person's "we" is not the person ("my government" is)


def resolve_quoted(doc: Doc, quotes: list[Quotation], mentions: Mentions, rules: ActorWords) -> None:
    """Give the first-person pronouns inside each quotation its speaker's actor."""
    actors, at = mentions.actors, mentions.at
    singular, plural = rules.speaker_pronouns, rules.speaker_group_pronouns
    for q in quotes:
        subj = q.subject
        if subj is None or q.start <= subj.idx < q.end:
            continue
        if subj.i not in at:  # a surname the article spelled otherwise before
            if subj.pos_ != "PROPN" or (found := _respelled(subj.text, subj.idx, actors)) is None:
                continue
            span0 = [subj.idx, subj.idx + len(subj.text)]
            mentions.add(replace(found, text=subj.text, span=span0), range(subj.i, subj.i + 1))
        k = at[subj.i]
        speaker = actors[k]
        if not (speaker.country or speaker.code) and speaker.how in PERSON_HOWS and " " not in speaker.text:
            found = _respelled(speaker.text, speaker.span[0], actors)
            if found is not None:
                speaker = actors[k] = replace(found, text=speaker.text, span=speaker.span)
        if not (speaker.country or speaker.code):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        group: int | None = None  # one "we" actor per quotation
        for tok in span:
            if tok.pos_ != "PRON":
                continue
            low = tok.lower_
            if tok.i in at:
                if tok.dep_ == "poss" and (low in singular or low in plural):
                    _own_body(actors[at[tok.i]], tok.idx, speaker)
                continue
            if low in singular:
                at[tok.i] = k
            elif low in plural and not tok.text.isupper():  # "US" is a country, not "us"
                if group is None:
                    person = speaker.how in PERSON_HOWS
                    group = mentions.add(
                        Actor(
                            tok.text,
                            [tok.idx, tok.idx + len(tok.text)],
                            None if person else speaker.kb_id,
                            None if person else speaker.name,
                            speaker.country,
                            speaker.sector,
                            speaker.code,
                            how="context:pronoun",
                            resolved_by="pronoun",
                        ),
                        range(0),
                    )
                at[tok.i] = group


def _own_body(body: Actor, start: int, speaker: Actor) -> None:
    """ "our embassy", "my government" (an agent phrase the possessive opens, with no country of
    its own): the speaker's country's."""
    if body.how != "context:agent" or body.country or not speaker.country or body.span[0] != start:
        return
    body.country = speaker.country
    body.code = actor_code(speaker.country, body.sector) or body.code
    body.resolved_by = "pronoun"


def _respelled(word: str, start: int, actors: list[Actor]) -> Actor | None:
    """The one coded person named before `start` whose surname the uncoded one-word name spells
    with one letter changed, added or dropped (at least five letters, the first two alike)."""
    name = word.lower()
    if len(name) < 5 or not name.isalpha():
        return None
    found: Actor | None = None
    for a in actors:
        if a.span[0] >= start or a.how not in PERSON_HOWS or not (a.country or a.code):
            continue
        last = a.text.lower().rsplit(" ", 1)[-1]
        if last == name:
            return None  # spelled alike: the linker's to judge
        if last[:2] == name[:2] and Levenshtein.distance(last, name) == 1:
            if found is not None and found.kb_id != a.kb_id and found.code != a.code:
                return None  # two candidates: no guess
            found = found or a
    return found
