"""A sentence's own setting: a place phrase it opens with ("In neighbouring Niger, the army
said ...", "Meanwhile in Bogota, police ...") says where everything in it happens. A body
named by a generic word in that sentence ("the army", "the government", "police") is that
place's country's, even when the article named such a body of another country before ("the
Malian army ... In Niger, the army": Niger's, not Mali's) and even when it is an armed one,
which otherwise takes only the article's main country (`context.py`).

Left alone: a body whose words give it a country ("In Paris, the Russian army said"), offices
held by one person ("the foreign minister": where a minister speaks is often a meeting's
place), and groups often foreign to where they are (embassies, envoys, refugees, aid
agencies: actors.yaml `located_in`). Only a phrase before the sentence's subject, closed by a
comma and naming one country, sets the sentence; a place later in the clause is where an act
happened ("killed 20 fighters in Niger"), not whose the actor is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...kb import actor_code
from ..component import char_tokens
from .mentions import Mentions
from .setting import Setting
from .titles import BodyMention
from .words import ActorWords


def fronted_country(sent: Span, setting: Setting, preps: frozenset[str]) -> str | None:
    """The one country named by a place phrase ("in"/"at" + place) the sentence opens with,
    before its subject with a comma between ("In neighbouring Niger, ...", "In Niamey on
    Wednesday, ..."), if any. Only the phrase's own place counts, or the place it is in ("In
    the north of Mali"), not one it is beside ("At the border with Nigeria": the other side)."""
    root, doc = sent.root, sent.doc
    subject = next((c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), root.i)
    for prep in root.lefts:
        if prep.i >= subject or prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        if not any(doc[i].text == "," for i in range(prep.right_edge.i + 1, subject)):
            continue
        named = {setting.named[t.i] for t in prep.subtree if t.i in setting.named and within_place(t, prep, preps)}
        if len(named) == 1:
            return next(iter(named))
    return None


def within_place(tok: Token, prep: Token, preps: frozenset[str]) -> bool:
    """Is `tok` the place of `prep`'s phrase, or of a place phrase inside it ("of", "in")?"""
    while tok.i != prep.i:
        if tok.dep_ == "prep" and tok.lower_ not in preps and tok.lower_ != "of":
            return False
        tok = tok.head
    return True


def fronted_bodies(
    doc: Doc,
    mentions: Mentions,
    bodies: list[BodyMention],
    setting: Setting,
    rules: ActorWords,
    not_local_words: frozenset[str],
    offices: frozenset[int],
) -> None:
    """Give each group or body named by generic words (no country of its own, or one carried
    over from an earlier mention of its word: `TitleLinker.fill_definites`) the country of its
    sentence's opening place phrase; run before the context fills the rest."""
    foreign = rules.not_local_sectors - rules.article_only_sectors  # refugees, IGOs, aid agencies
    definites = {id(mentions.actors[b.index]) for b in bodies}
    by_sentence: dict[int, str | None] = {}
    sents: list[Span] = []
    for a in mentions.actors:
        if a.how != "context:agent" or id(a) in offices or a.sector in foreign:
            continue
        if a.country is not None and (a.resolved_by != "pronoun" or id(a) not in definites):
            continue
        span = char_tokens(doc, a.span)
        if span is None or not generic_words(span, rules, not_local_words, setting):
            continue
        si = setting.sentence_of(span.start)
        if si not in by_sentence:
            sents = sents or list(doc.sents)
            by_sentence[si] = fronted_country(sents[si], setting, rules.located_preps)
        country = by_sentence[si]
        if country is not None and country != a.country:
            a.country, a.resolved_by = country, "sentence"
            a.code = actor_code(country, a.sector) or a.code


def generic_words(span: Span, rules: ActorWords, not_local_words: frozenset[str], setting: Setting) -> bool:
    """Do the phrase's words leave its country to the setting: no word marking it foreign
    ("foreign journalists", "the embassy"), no possessive ("its soldiers": whose, the text
    says), no people without a state ("Kurdish fighters": `peoples.py`), no place of its own
    ("police in Bogota") nor one it comes from ("smugglers from Nigeria")?"""
    if span[0].lower_ in rules.possessive_pronouns and span[0].dep_ == "poss":
        return False
    if any(
        t.lower_ in not_local_words or t.lemma_.lower() in not_local_words or t.lower_ in setting.homes for t in span
    ):
        return False
    own = rules.located_preps | rules.origin_preps
    return not any(c.dep_ == "prep" and c.lower_ in own for c in span.root.children)
