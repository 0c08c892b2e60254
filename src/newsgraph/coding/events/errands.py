"""Who went on an errand: a meeting or visit noun (a trigger of meetings.yaml errand_codes) that
is the purpose of a verb of going or being ("Merkel flew to Washington [for talks] with Trump",
"the premier is [on a three-day visit] to Germany", "X was in Moscow [for talks]") is done by that
verb's subject: the noun names no doer of its own, the traveller is the one who meets."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import MeetingRules
from .lexicon import TriggerTable
from .syntax import children


def errand_doers(noun: Token, triggers: TriggerTable) -> list[Token]:
    """The subject of the verb of going or being (meetings.yaml errand_verbs) whose purpose phrase
    (errand_preps) the meeting noun is; none for a noun of another act, or under another verb
    ("voted for talks", "insisted on a meeting"), or when it names no one it is with."""
    verb = errand_verb(noun, triggers)
    return children(verb, "nsubj") if verb is not None else []


def errand_verb(noun: Token, triggers: TriggerTable) -> Token | None:
    """The verb of going or being whose errand the meeting noun is (errand_doers), else None: the
    meeting happens when and as surely as the going ("will fly to X on Friday [for talks]": planned,
    on Friday), so the events stage reads the noun's mood through it."""
    verb = going_verb(noun)
    if verb is None:
        return None
    codes = _words()[2]
    entries = [t for t in triggers.get((noun.lemma_.lower(), "noun"), ()) if t.cameo.startswith(codes)]
    # the noun names whom it is with ("talks [with Trump]", "a visit [to Germany]"): a bare "on a
    # visit" after "arrived in Berlin" is the verb's own visit, told twice
    if not any(f"prep:{p.lower_}" in t.target for t in entries for p in children(noun, "prep")):
        return None
    return verb


def going_verb(noun: Token) -> Token | None:
    """The verb of going or being (errand_verbs) whose purpose phrase (errand_preps) a noun is
    ("flew to Tokyo [for talks]", "is [on a visit]"), whatever act the noun names, else None: the
    when stage dates the errand by the going."""
    verbs, preps, _ = _words()
    if noun.dep_ != "pobj" or noun.head.lower_ not in preps:
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb


@cache
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """meetings.yaml errand_verbs, errand_preps, errand_codes, read once."""
    r = load_rules(MeetingRules)
    return lowered(r.errand_verbs), lowered(r.errand_preps), tuple(r.errand_codes)
