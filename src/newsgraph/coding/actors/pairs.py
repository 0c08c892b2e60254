"""A definite plural that names a pair again ("the two leaders", "both countries", "the two
sides"): English uses it for two actors the text has just named together, so it stands for
them, as "Duque and Sanchez" would ("Duque met Sanchez. The two leaders signed an agreement":
each leader's act on the other). The pair is the two actors of two countries, of the kind the
noun means (actors.yaml pair_nouns), named in the nearest earlier sentence of the Doc (at most
`LOOK_BACK` back) that names any of that kind from another country than the rest; a sentence
naming such actors of three countries, or more than two people of two, makes it unclear which two
are meant, and nothing is resolved. The phrase's noun then holds the first actor and its "both"
or "two" the second (events/phrase_actors.py `paired_with` gives both as the phrase's actors).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ...kb import KB, actor_code
from ...model import Actor
from ..component import tokens_with
from .mentions import PERSON_HOWS, Mentions
from .words import ActorWords

# how many sentences back the pair may have been named
LOOK_BACK = 4
# countries only guessed from the setting are no evidence of a second party
_GUESSED = frozenset({"article", "paragraph", "sentence"})
# the modifiers and prepositions by which a phrase names its own actors ("the two Korean leaders",
# "both leaders of the party"): then it is no mere pointer back
_OWN_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
_OWN_PREPS = frozenset({"of", "from"})
# how a city or capital is found: after a preposition it is a place, not a party
_PLACE_HOWS = frozenset({"kb:capital", "place:city"})
# the sectors of a state's own organs: "Tajik and Kyrgyz border guards clashed ... The two
# governments signed" names the two states whose forces were named, as their countries would
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP"})


def resolve_pairs(doc: Doc, mentions: Mentions, kb: KB, words: ActorWords) -> None:
    """Give each "the two X" / "both X" phrase whose X is a pair noun the two actors it stands
    for (module docstring); phrases that name their own actors, or find no pair, are left as
    they are."""
    _plural_states(doc, mentions, kb, words.plural_states)
    for marker in tokens_with(doc, LOWER, words.pair_words):
        noun = marker.head
        kind = words.pair_nouns.get(noun.lemma_.lower())
        if kind is None or marker.dep_ not in ("nummod", "det", "predet") or noun.tag_ not in ("NNS", "NNPS"):
            continue
        if marker.lower_ != "both" and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue  # "two leaders" is two new people, not a pair named before
        if _names_own(noun, mentions):
            continue
        pair = _pair_before(noun, mentions, kind)
        if pair is None:
            continue
        phrase = doc[min(noun.left_edge.i, marker.i) : noun.i + 1]
        held = mentions.actors[mentions.at[noun.i]] if noun.i in mentions.at else None
        standing = [_standing_for(a, kind, phrase, kb) for a in pair]
        _place(phrase, noun, marker, standing, mentions)
        if held is not None and noun.dep_ in ("nsubj", "nsubjpass"):
            _carry(noun, held, standing, mentions, words.plural_pronouns)
        owner = _owner(noun)
        k = mentions.at.get(owner.i) if owner is not None else None
        agent = mentions.actors[k] if owner is not None and k is not None else None
        if owner is not None and agent is not None and _split_agent(owner, agent):
            # "the leaders of the two countries", "officials from both sides": each country's
            whole = doc[min(owner.left_edge.i, noun.left_edge.i) : max(owner.i, noun.i) + 1]
            text, span = whole.text, [whole.start_char, whole.end_char]
            agents = [
                replace(
                    agent,
                    text=text,
                    span=span,
                    country=a.country,
                    code=actor_code(a.country, agent.sector),
                    resolved_by="pronoun",
                )
                for a in pair
            ]
            _place(whole, owner, marker, agents, mentions)


def _plural_states(doc: Doc, mentions: Mentions, kb: KB, plurals: dict[str, tuple[str, str]]) -> None:
    """ "the two Koreas", "both Koreas", "the Koreas" (actors.yaml plural_states): the plural of a
    name two states share names both, one country actor each; the noun holds the first, its
    "two", "both" or "the" the second (events/phrase_actors.py `paired_with`)."""
    for noun in tokens_with(doc, LOWER, frozenset(plurals)):
        if noun.tag_ not in ("NNPS", "NNS"):
            continue
        markers = [c for c in noun.children if c.dep_ in ("nummod", "det", "predet")]
        marker = next((c for c in markers if c.lower_ in ("two", "both")), None) or next(
            (c for c in markers if c.lower_ == "the"), None
        )
        if marker is None:
            continue  # "Koreas" with no determiner is not a name used for the pair
        phrase = doc[min(noun.left_edge.i, marker.i) : noun.i + 1]
        pair = []
        for iso in plurals[noun.lower_]:
            country = kb.countries.get(iso)
            name = country.name if country is not None else None
            text, span = phrase.text, [phrase.start_char, phrase.end_char]
            pair.append(
                Actor(text, span, f"country:{iso}", name, iso, None, iso, how="kb:country", resolved_by="pronoun")
            )
        _place(phrase, noun, marker, pair, mentions)


def _place(phrase: Span, head: Token, marker: Token, pair: list[Actor], mentions: Mentions) -> None:
    """Put the pair's first actor on the phrase's head and on the words that named what the
    phrase was before ("the two leaders" as an agent phrase), its second on the marker."""
    at = mentions.at
    before = {at[i] for i in range(phrase.start, phrase.end) if i in at}
    k = mentions.add(pair[0], range(0))
    for i in range(phrase.start, phrase.end):
        if i == head.i or at.get(i, -1) in before:
            at[i] = k
    at[marker.i] = mentions.add(pair[1], range(0))


def _carry(noun: Token, held: Actor, pair: list[Actor], mentions: Mentions, pronouns: frozenset[str]) -> None:
    """A plural subject pronoun after a pair phrase that is a subject ("The two presidents called
    for a ceasefire. [They] also condemned the attacks"), in the rest of its sentence or the next,
    that the context resolver took for that phrase (the same actor as it held before it was known
    for a pair) stands for the pair too: its first actor on the pronoun, its second as the
    pronoun's partner (events/phrase_actors.py `paired_with`)."""
    doc = noun.doc
    end = noun.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    for t in doc[noun.i + 1 : end]:
        if t.lower_ not in pronouns or t.pos_ != "PRON" or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        k = mentions.at.get(t.i)
        if k is None:
            continue
        a = mentions.actors[k]
        if a.how != "context:pronoun" or (a.country, a.code, a.name) != (held.country, held.code, held.name):
            continue  # the pronoun stands for someone else
        span = [t.idx, t.idx + len(t.text)]
        first, second = (replace(p, text=t.text, span=span, resolved_by="pronoun") for p in pair)
        mentions.at[t.i] = mentions.add(first, range(0))
        mentions.partners[t.i] = mentions.add(second, range(0))


def _owner(noun: Token) -> Token | None:
    """The word a pair phrase says whose it is: "the leaders [of the two countries]", "officials
    [from both sides]", "[the two countries'] ministers"."""
    if noun.dep_ == "poss":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _OWN_PREPS:
        return noun.head.head
    return None


def _split_agent(owner: Token, agent: Actor) -> bool:
    """Is the owner a plural agent phrase with a sector and no country of its own (none, or
    one only guessed from the setting), so that it names each country's people of that sector?"""
    return (
        owner.tag_ in ("NNS", "NNPS")
        and agent.how == "context:agent"
        and agent.sector is not None
        and (not agent.country or agent.resolved_by in _GUESSED)
    )


def _names_own(noun: Token, mentions: Mentions) -> bool:
    """Does the phrase name actors of its own: a KB name, a modifier that is an actor or a
    nationality ("both Korean leaders"), an "of"/"from" phrase ("the two leaders of X")?"""
    k = mentions.at.get(noun.i)
    if k is not None and mentions.actors[k].how.startswith("kb:"):
        return True
    for c in noun.children:
        if c.dep_ in _OWN_MODIFIERS and (c.i in mentions.at or c.ent_type_ in ("NORP", "GPE")):
            return True
        if c.dep_ == "prep" and c.lower_ in _OWN_PREPS:
            return True
    return False


def _pair_before(noun: Token, mentions: Mentions, kind: str) -> tuple[Actor, Actor] | None:
    """The two actors of the kind an earlier sentence names together (module docstring)."""
    doc = noun.doc
    before = [s for s in doc.sents if s.end <= noun.sent.start][-LOOK_BACK:]
    for sent in reversed(before):
        found: dict[int, Actor] = {}
        for i in range(sent.start, sent.end):
            k = mentions.at.get(i)
            if (
                k is not None
                and k not in found
                and _of_kind(mentions.actors[k], kind)
                and not _venue(doc[i], mentions.actors[k])
            ):
                found[k] = mentions.actors[k]
        people = list({_who(a): a for a in found.values()}.values())
        countries = {a.country: a for a in people}
        if len(countries) < 2:
            continue  # none, or all of one country: the pair may be named further back
        if len(countries) > 2 or (kind in ("persons", "sides") and len(people) > 2):
            return None  # which two is unclear
        first, second = sorted(countries.values(), key=lambda a: a.span[0])
        return first, second
    return None


def _venue(tok: Token, a: Actor) -> bool:
    """Is the actor a city or capital named as where something happened ("talks in [Vienna]",
    "arrived at [Paris]"): a place, not one of a pair of parties ("Washington and Beijing")?"""
    return a.how in _PLACE_HOWS and tok.dep_ == "pobj"


def _who(a: Actor) -> tuple[str | None, str | None]:
    """One actor however often named: a KB entry, else its name or words, with its country."""
    return a.kb_id or a.name or a.text.lower(), a.country


def _of_kind(a: Actor, kind: str) -> bool:
    """Is the actor, with a country the text gives, one the pair noun's kind may mean: a person
    for "leaders", a state or one of its organs (government, army, police) for "countries" and "governments", an armed force or
    a state for "armies", any for "sides"?"""
    if not a.country or a.resolved_by in _GUESSED:
        return False
    if kind == "persons":
        return a.how in PERSON_HOWS
    if kind in ("states", "governments"):
        return a.sector in _STATE_SECTORS
    if kind == "military":
        return a.sector == "MIL" or a.how == "kb:country"
    return True


def _standing_for(a: Actor, kind: str, phrase: Span, kb: KB) -> Actor:
    """The actor the phrase stands for, with the phrase's words: the person or side itself; for
    states the country, for governments and armies the country's GOV or MIL."""
    text, span = phrase.text, [phrase.start_char, phrase.end_char]
    if kind in ("persons", "sides"):
        return replace(a, text=text, span=span, resolved_by="pronoun")
    iso = a.country
    country = kb.countries.get(iso) if iso else None
    name = country.name if country is not None else None
    if kind == "states":
        return Actor(text, span, f"country:{iso}", name, iso, None, iso, how="kb:country", resolved_by="pronoun")
    sector = "GOV" if kind == "governments" else "MIL"
    return Actor(
        text, span, None, name, iso, sector, actor_code(iso, sector), how="context:agent", resolved_by="pronoun"
    )
