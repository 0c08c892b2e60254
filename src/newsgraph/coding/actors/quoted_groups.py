"""Groups inside a speaker's own quoted words, once the context stage and the quotations'
"I"/"we" are resolved:

1. "they", "them", "their" inside a direct quotation whose speaker is named outside it never
   stand for the speaker nor for the speaker's own side: in English a speaker calls their own
   side "we" ("'They are shelling our homes,' the rebel commander said" is not the rebels; the
   "Afghan" of "Afghan Defence Minister X said" is the speaker's title, not a group he speaks
   of). A they the context stage bound to such an actor is bound again to the nearest other
   group it may stand for (the same search, without the speaker's side), else to no one.
2. "our X", "my X" (an agent phrase the first-person possessive opens) inside such a
   quotation belong to the speaker's country, even where the sentence or paragraph names
   another and the context stage gave the phrase that one ("'Our people will not bow to
   Washington,' the Iranian minister said": Iranian people, not American).
3. "this country", "this nation" (actors.yaml `quote_deictic_countries`) inside such a quotation
   is the country the speaker speaks in: the speaker's country as a government, where the
   text around the quotation is set in that country or names none ("'They attacked this
   country,' the Nigerian president said"); a visitor's "this country" is the host's, which
   the speaker's country does not give (no actor).
4. A first person plural with a quantifier (`quote_generic_quantifiers`: "we all know", "we
   must all stand together", "all of us", "each of us") speaks of everyone, not of the body
   the speaker speaks for: it is no actor.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...kb import actor_code
from ...model import Actor
from ..quotes import Quotation
from .context import ContextResolver, _Found, _found
from .mentions import Mentions
from .words import ActorWords

# the countries the context stage guesses from the text around a phrase (not its own words)
_GUESSED = frozenset({"sentence", "paragraph", "article"})


def settle_quoted_groups(
    doc: Doc, quotes: Sequence[Quotation], mentions: Mentions, rules: ActorWords, context: ContextResolver
) -> None:
    """Apply 1. to 4. to each quotation with a speaker named outside it."""
    found: list[_Found] = []
    for q in quotes:
        subj = q.subject
        if subj is None or q.start <= subj.idx < q.end:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        speaker = mentions.actors[mentions.at[subj.i]] if subj.i in mentions.at else None
        if speaker is not None and speaker.country:
            _own_phrases(span, speaker, mentions, rules)
            _this_country(doc, span, speaker.country, mentions, rules)
        _generic_we(span, mentions, rules)
        theirs = [t for t in span if t.lower_ in rules.plural_pronouns and t.pos_ == "PRON" and t.i in mentions.at]
        if theirs:
            found = found or _found(mentions)
            side = range(subj.left_edge.i, subj.right_edge.i + 1)
            _rebind(
                theirs,
                [f.actor for f in found if _speakers_side(f, side, speaker)],
                found,
                side,
                speaker,
                mentions,
                context,
            )


def _rebind(
    theirs: list[Token],
    own: list[Actor],
    found: list[_Found],
    side: range,
    speaker: Actor | None,
    mentions: Mentions,
    context: ContextResolver,
) -> None:
    """1.: each they the context stage bound to the speaker's side (`own`) -> the antecedent the
    context stage's own search finds among the other actors, else no one."""
    others = [f for f in found if not _speakers_side(f, side, speaker)]
    for tok in theirs:
        bound = mentions.actors[mentions.at[tok.i]]
        if bound.how != "context:pronoun" or not any(_same(bound, a) for a in own):
            continue
        ante = context._antecedent(tok.doc, tok, others, person=False, plural=True)  # the same search
        if ante is None or not (ante.country or ante.code):
            del mentions.at[tok.i]
        else:
            bound.kb_id, bound.name, bound.country = ante.kb_id, ante.name, ante.country
            bound.sector, bound.code = ante.sector, ante.code


def _speakers_side(f: _Found, side: range, speaker: Actor | None) -> bool:
    """Is a mention the speaker's own phrase (or a word of it), or an actor coded as the
    speaker (one KB id, or one country and sector)?"""
    if f.tokens[0] in side or f.tokens[-1] in side:
        return True
    if speaker is None or f.actor.how == "context:pronoun":
        return False
    a = f.actor
    if a is speaker or (a.kb_id is not None and a.kb_id == speaker.kb_id):
        return True
    return bool(speaker.country) and a.country == speaker.country and a.sector == speaker.sector


def _same(a: Actor, b: Actor) -> bool:
    """Does a pronoun's actor copy this mention's codes (the context stage copies them)?"""
    return (a.kb_id, a.name, a.country, a.sector, a.code) == (b.kb_id, b.name, b.country, b.sector, b.code)


def _own_phrases(span: Span, speaker: Actor, mentions: Mentions, rules: ActorWords) -> None:
    """2.: "our X"/"my X" whose country the context stage guessed from the text around it."""
    first = rules.speaker_pronouns | rules.speaker_group_pronouns
    for tok in span:
        if tok.dep_ != "poss" or tok.lower_ not in first or tok.i not in mentions.at:
            continue
        body = mentions.actors[mentions.at[tok.i]]
        if body.how != "context:agent" or body.span[0] != tok.idx or body.resolved_by not in _GUESSED:
            continue
        if body.country != speaker.country:
            body.country = speaker.country
            body.code = actor_code(speaker.country, body.sector) or body.code
            body.resolved_by = "pronoun"


def _this_country(doc: Doc, span: Span, country: str, mentions: Mentions, rules: ActorWords) -> None:
    """3.: "this country" as the speaker's country, where the setting agrees."""
    for tok in span:
        if tok.lemma_.lower() not in rules.deictic_countries or tok.pos_ != "NOUN" or tok.i in mentions.at:
            continue
        det = [c for c in tok.children if c.dep_ == "det"]
        if len(det) != 1 or det[0].lower_ != "this" or det[0].i in mentions.at:
            continue
        if doc._.setting.country_at(tok.i, tok.idx)[0] not in (None, country):
            continue  # "'I am glad to be in this country,' the visiting minister said"
        words = doc[det[0].i : tok.i + 1]
        mentions.add(
            Actor(
                words.text,
                [words.start_char, words.end_char],
                None,
                None,
                country,
                "GOV",
                actor_code(country, "GOV"),
                how="context:pronoun",
                resolved_by="pronoun",
            ),
            range(words.start, words.end),
        )


def _generic_we(span: Span, mentions: Mentions, rules: ActorWords) -> None:
    """4.: forget the actor of a quantified "we"/"us"."""
    for tok in span:
        if tok.i in mentions.at and tok.lower_ in rules.speaker_group_pronouns and _quantified(tok, rules):
            del mentions.at[tok.i]


def _quantified(tok: Token, rules: ActorWords) -> bool:
    """ "we all", "we must all ...", "all of us"."""
    words = rules.generic_quantifiers
    if any(c.lower_ in words for c in tok.children if c.dep_ in ("appos", "det", "predet", "quantmod")):
        return True
    if tok.dep_ == "nsubj" and any(c.lower_ in words and c.dep_ == "advmod" for c in tok.head.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in words
