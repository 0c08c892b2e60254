"""Protests and protesters' demands in shapes other than "X protested" (issue 14):

1. a crowd given as an estimate: "what organisers estimated at 200,000 people marched" (the
   parser makes the free relative the verb's clausal subject; the crowd is the object of its
   "at"; events.yaml estimate_verbs);
2. who demands, when a demand noun (events.yaml demand_nouns) names no possessor actor: its
   "of" phrase ("the five demands of the protesters"), or, for "Their demands ..." opening a
   sentence, the crowd the previous sentence's subject names (events.yaml crowd_doers);
3. whom protesters' demands are aimed at: CAMEO codes a crowd's demand that names no one as
   made on the government of the crowd's own country (as a demonstration with no target is,
   coder._dyads); a demand by a state or party names its target or has none."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules
from ...ruleschemas import EventRules
from .policy_targets import government
from .syntax import children, prep_objects


def _names_protesters(w: Token, doers: Collection[str]) -> bool:
    """Is the word one of protest_doers ("protesters"; a capitalised one may be tagged a name)?"""
    low = w.lower_
    return w.lemma_.lower() in doers or low in doers or (low.endswith("s") and low[:-1] in doers)


def estimated_crowd(verb: Token, estimate_verbs: Collection[str]) -> Token | None:
    """ "what police estimated [at 50,000 people] marched": the crowd an estimate clause
    standing as the verb's subject gives; None when the subject is no "what ... estimated at"."""
    for c in children(verb, "csubj"):
        if c.lemma_.lower() not in estimate_verbs:
            continue
        if not any(w.lower_ == "what" for w in c.subtree if w.i < c.i):
            continue
        objs = prep_objects(c, "at")
        if objs:
            return objs[0]
    return None


def demand_speaker(noun: Token, demand_nouns: Collection[str], crowd_words: Collection[str]) -> Token | None:
    """The word naming who makes the demand a demand noun names: "the demands [of the
    protesters]" (not one a verb answers: "acceded to the demands of X"); "[Their] demands have included ..." at a sentence's start: the crowd subject of
    the previous sentence ("Protesters have ... . Their demands ..."). None otherwise."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in demand_nouns:
        return None
    of = prep_objects(noun, "of")
    # "acceded to [the demands of the rebels]": a verb's answer to a demand codes it (080, 120)
    answered = noun.head.pos_ in ("VERB", "AUX") or (noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"))
    if of and not answered:
        return of[0]
    if not any(p.lower_ == "their" for p in children(noun, "poss")):
        return None
    sent = noun.sent
    if sent.start == 0:
        return None
    prev = noun.doc[sent.start - 1].sent
    for s in children(prev.root, "nsubj"):
        if _names_protesters(s, crowd_words):
            return s
    return None


_OPPOSING = frozenset(load_rules(EventRules).opposing_sectors)


def _protesters(a: Actor | None, crowd_sector: str, doers: Collection[str]) -> bool:
    """A crowd (crowd_sector), actors the text calls protesters ("Protesters", "the students"), or
    the opposition's people the KB does not name ("opposition supporters": opposing_sectors)."""
    if a is None or not a.country:
        return False
    if a.sector in _OPPOSING and a.kb_id is None:
        return True
    last = a.text.split()[-1].lower() if a.text.split() else ""
    return a.sector == crowd_sector or last in doers or (last.endswith("s") and last[:-1] in doers)


def crowd_demand_targets(
    cameo: str,
    sources: Sequence[Actor | None],
    demand_codes: tuple[str, ...],
    crowd_sector: str,
    doers: Collection[str],
) -> list[Actor]:
    """The government of the protesters' own country, for a demand (demand_codes) every source
    of which is a crowd or protesters (protest_doers) of one country; none otherwise."""
    if not cameo.startswith(demand_codes) or not sources:
        return []
    if not all(_protesters(s, crowd_sector, doers) for s in sources):
        return []
    countries = {s.country for s in sources if s is not None and s.country}
    return [government(countries.pop(), "protesters")] if len(countries) == 1 else []


def protest_by_manner(verb: Token, crowd_codes: tuple[str, ...], cameo: str) -> Token | None:
    """ "Members of parliament [protested] by shouting ...": a demonstration verb (crowd_codes;
    they take no object) the parser hung under its subject noun as a participle, with a "by"
    phrase of a gerund saying how they protested, not who did it (a passive's agent is a noun):
    the sentence's report, its subject the noun. The noun, or None when it is no such clause."""
    if not cameo.startswith(crowd_codes) or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if children(verb, "dobj", "aux", "auxpass", "nsubj", "nsubjpass"):
        return None
    for b in children(verb, "prep", "agent"):
        if b.lower_ == "by" and any(p.tag_ == "VBG" for p in children(b, "pcomp")):
            return verb.head
    return None


def counted_crowd(number: Token) -> Token | None:
    """ "the protesters, numbering in the millions, [who] have filled the streets": the relative
    clause's antecedent is the count of a crowd; the crowd is the noun the counting participle
    ("numbering in") follows. None for any other antecedent."""
    if number.dep_ != "pobj" or number.head.lower_ != "in" or number.head.head.lemma_.lower() != "number":
        return None
    i = number.head.head.left_edge.i - 1
    doc = number.doc
    while i >= 0 and doc[i].pos_ in ("PUNCT", "ADV"):
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") else None


def setting_crowd(word: Token, doers: Collection[str], sector: str) -> list[Actor]:
    """Protesters (protest_doers) no actor stands for ("Protesters have claimed ..."): a crowd
    (crowd_sector) of the country the piece is set in; none when it is set in none."""
    if not _names_protesters(word, doers):
        return []
    from .victims import setting_country  # victims.py imports participants.py, which imports this

    country = setting_country(word)[0]
    if not country:
        return []
    span = [word.idx, word.idx + len(word.text)]
    return [Actor(word.text, span, None, None, country, sector, actor_code(country, sector), how="implied:setting")]


def greeted_with(noun: Token, verbs: Collection[str]) -> Token | None:
    """ "[in X] the holiday was met with [protests]": the verb (greeted_verbs) whose "with" or
    "by" phrase a demonstration noun is, whose place is the protests' place. None otherwise."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "by"):
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs else None


# a protest noun reporting no protest: "accepted it without protest", "in protest of", "under protest"
_NO_PROTEST_PREPS = frozenset({"without", "under"})


def crowd_country(noun: Token, place_country: str | None, unplaced: bool) -> str | None:
    """The country of the protesters of a demonstration noun with no doer ("The bill sparked
    protests", "the city has been home to protests since June"): its place's country; with no
    place named, the country the sentence, paragraph or article is set in (victims.py), when the
    noun heads a phrase of its own (not "the protest movement", "accepted it without protest").
    None otherwise (a place of no country, "protests across Europe")."""
    if place_country or not unplaced:
        return place_country
    if noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ in _NO_PROTEST_PREPS):
        return None
    if (noun.dep_ == "pobj" or noun.dep_ == "dobj") and _subjects_own(noun):
        return None  # "he said at a rally", "the group postponed the march": that doer's act, not the people's
    from .victims import setting_country

    return setting_country(noun)[0]


def _subjects_own(noun: Token) -> bool:
    """ "resigned [in protest]", "he said at a rally", "she touts it in rallies": a demonstration
    noun framing the act of a named subject (a name or pronoun) is that subject's own, not the
    people's, as is one a named subject acts on ("the group postponed the march"); a bare "in
    protest" always is."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and not children(noun, "det", "poss", "amod", "nummod"):
        return True
    verb = prep.head if noun.dep_ == "pobj" else prep
    while verb.dep_ in ("conj", "advcl", "xcomp") and not children(verb, "nsubj"):
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(_named(s) for s in children(verb, "nsubj"))


def _named(subject: Token) -> bool:
    """A subject naming a doer: a pronoun or name, or a noun a name or demonym stands beside ("the
    Haitian group Lavi Nou"); not a thing owned by one ("Trump's plan")."""
    near = [subject, *children(subject, "compound", "amod", "appos")]
    return subject.pos_ in ("PRON", "PROPN") or any(w.ent_type_ in _DOER_ENTITIES for w in near)


_DOER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


# prepositions that place a demonstration at a building: "outside", "at", "in front of"
_AT_SITE = frozenset({"outside", "at", "near", "before", "opposite", "beside", "in", "to", "toward", "towards"})


def protested_site(trigger: Token, sites: Collection[str]) -> Token | None:
    """ "protested [outside] the Chinese embassy", "staged a rally in front of the US consulate",
    "marched to the Israeli embassy": the foreign post (events.yaml protest_sites) a demonstration is held
    at, whose country is the one protested against. None when it is held at no such place."""
    # "staged a protest [at] the US consulate": the noun's phrase
    for p in [c for t in (trigger, *children(trigger, "dobj")) for c in children(t, "prep")]:
        if p.lower_ not in _AT_SITE:
            continue
        for o in children(p, "pobj"):
            if o.lower_ == "front":  # "in front of"
                o = next(iter(prep_objects(o, "of")), o)
            if o.lemma_.lower() in sites or " ".join(w.lower_ for w in (*children(o, "compound"), o)) in sites:
                return o
    return None


# verbs of being in a state: "has been [on] hunger strike", "remained on strike"
_BEING = frozenset({"be", "remain", "stay"})


def strikers(noun: Token) -> list[Token]:
    """ "Prisoners have been [on hunger strike] since April", "doctors remain on strike": the
    subject of the verb of being whose "on" phrase the strike noun is, who strikes. None for any
    other noun's phrase (the caller asks only for a demonstration noun)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in _BEING or verb.pos_ not in ("VERB", "AUX"):
        return []
    return children(verb, "nsubj")
