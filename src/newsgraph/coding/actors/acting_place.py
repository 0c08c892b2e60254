"""Police, courts and crowds act where they are: "Police arrested a British man in Dubai" are
the Emirati police, "Judges sentenced two Australians in Bali" Indonesian judges, "Protesters
attacked the American embassy in Baghdad" Iraqi protesters. Such a group (actors.yaml
`located_in.acting_sectors` / `acting_terms`) named by generic words, with no country of its
own (none, or only the setting's guess: a sentence's one country is often the other party's
nationality, "a British man"), takes the country of the one place its own act happened: an
"in"/"at" phrase of the verb it is the subject (or passive agent) of, or of that verb's object;
for a group that reports its own act ("Police said [they] detained a Canadian woman in Lagos"),
the reported clause whose subject pronoun stands for it is that act.

Left alone: a group whose words give it a country ("British police", "police in London", whose
own place wins), groups often foreign to where they are (armed men, IGOs: "Interpol"), and a
clause naming no place or places of several countries.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import actor_code
from ...model import CONTEXT_ONLY
from ..component import char_tokens
from ..quotes import speech_verbs
from .fronted import generic_words, within_place
from .mentions import Mentions
from .setting import Setting
from .words import ActorWords

# how a mention that names a place is found (a country, its capital, a city or town)
_PLACE_HOWS = frozenset({"kb:country", "kb:capital", "place:city"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})


def acting_places(doc: Doc, mentions: Mentions, setting: Setting, rules: ActorWords, not_local: frozenset[str]) -> None:
    """Give each police, court or crowd subject with no country of its own words the country
    of the place its verb's clause says the act happened in."""
    for a in mentions.actors:
        if a.how != "context:agent" or (a.country is not None and a.resolved_by not in CONTEXT_ONLY):
            continue
        if a.resolved_by == "pronoun":
            continue
        span = char_tokens(doc, a.span)
        if span is None:
            continue
        head = span.root
        if a.sector not in rules.acting_sectors and not _acting_term(head, rules.acting_terms):
            continue
        if not generic_words(span, rules, not_local, setting):
            continue
        pronouns = rules.plural_pronouns | rules.thing_pronouns
        country = _act_country(head, mentions, rules.acting_preps, pronouns)
        if country is not None and country != a.country:
            a.country, a.resolved_by = country, "place"
            a.code = actor_code(country, a.sector) or a.code


def _acting_term(head: Token, terms: frozenset[str]) -> bool:
    """Is the group's head word ("protesters"), or the head with one of its modifiers
    ("[security] forces", "[government] troops"), one of the acting terms?"""
    lemma = head.lemma_.lower()
    return lemma in terms or any(
        f"{c.lemma_.lower()} {lemma}" in terms for c in head.children if c.dep_ in ("compound", "amod")
    )


def _act_country(head: Token, mentions: Mentions, preps: frozenset[str], pronouns: frozenset[str]) -> str | None:
    """The one country of the in/at phrases of the verb `head` is the subject or "by" agent of
    (and of its object's phrase: "arrested a man in Dubai"), if they name exactly one. A verb of
    speech stands for the clause it reports when that clause's subject is a they/it: the group
    telling its own act ("Police said they detained a woman in Lagos")."""
    if head.dep_ == "nsubj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [verb]
    if verb.lemma_.lower() in speech_verbs():
        verbs += [c for c in verb.children if c.dep_ == "ccomp" and _pronoun_subject(c, pronouns)]
    holders = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in _OBJECTS)]
    found: set[str] = set()
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps):
        for t in prep.subtree:
            k = mentions.at.get(t.i)
            if k is None or not within_place(t, prep, preps):
                continue
            place = mentions.actors[k]
            if place.how in _PLACE_HOWS and place.country:
                found.add(place.country)
    return next(iter(found)) if len(found) == 1 else None


def _pronoun_subject(verb: Token, pronouns: frozenset[str]) -> bool:
    """Is the subject of `verb` a they/it pronoun (the one who said it, bound by the grammar)?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in pronouns for c in verb.children)
