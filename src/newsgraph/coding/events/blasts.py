"""The blast or strike a verb of harm reports the victims of: one act, told by two verbs. English
often makes a weapon the subject of the act and counts its victims with a second verb: a
participle ("a car bomb [exploded] in X, killing seven"; "the blast ripped through a market,
killing 49") or a passive with a clause of time ("ten were killed when a bomb [went] off in X").
The victims are the harm verb's; the act is the blast's, which CAMEO codes by its most specific
kind (the bombing 183x, not the killing 190 it caused: same source and target, so one act), and
the verb that names it is the event's trigger."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .bomb_kinds import bombing_kind, refined
from .casualties import REPORTS, harm_participle, harm_verbs
from .hazards import SET_OFF, controlled_words
from .lexicon import NO_EVENT, ModalityWords, Trigger
from .matching import Matcher
from .syntax import agent_objects, children, common_noun_forms, prep_objects
from .unnamed import unnamed_words

ANCHORS = "blast_anchors"  # doc.user_data: the blast verbs an event of harm was coded on


@dataclass(frozen=True, slots=True)
class Blast:
    """The verb naming the act a verb of harm reports the victims of, and that act's code."""

    verb: Token
    code: str
    entry: Trigger | None = None  # the blast verb's own entry (None: the verb of harm itself)


def _finer(code: str, other: str) -> bool:
    """Is `code` a more specific CAMEO code than `other` ("183" than "190", "1832" than "183")?"""
    return len(code) > len(other) or (len(code) == len(other) and other.endswith("0") and not code.endswith("0"))


def _doers(verb: Token) -> list[Token]:
    """The words that name what acted in a blast verb's clause: its subject, or a passive's
    subject and "by" phrase ("a truck [was] detonated by unknown men")."""
    found = children(verb, "nsubj", "nsubjpass")
    return found + agent_objects(verb)


def _told_by(tok: Token) -> tuple[list[Token], bool]:
    """The verbs that may name the act a verb of harm counts the victims of, and whether the
    harm verb is a participle on one: the verb its participle hangs on ("a bomb [exploded],
    killing ten"), or the clauses of time on its passive ("ten were killed and 16 injured [when
    ...]", "five died and 20 were wounded [when ...]": the clause hangs on either verb of the pair)."""
    if tok.lemma_.lower() not in harm_verbs():
        return [], False
    participle = harm_participle(tok.head)
    if participle is not None and participle.i == tok.i:
        return [tok.head], True
    if not (children(tok, "auxpass") or tok.dep_ in ("conj", "acl")):
        return [], False
    pair = [tok, *children(tok, "conj"), *([tok.head] if tok.dep_ == "conj" else [])]
    return [c for h in pair for c in children(h, "advcl") if _time_clause(c)], False


def accidental_blast(tok: Token) -> bool:
    """Does the verb of harm count the victims of something that blew up by accident: a clause
    of time or a verb its participle hangs on whose subject is one (events.yaml accidental_blasts:
    "two cooks were killed when a gas cylinder [exploded]", "a firework [went] off, injuring
    four")? Then the sentence tells an accident, no attack (GUIDELINE Scope)."""
    blasts = unnamed_words()[0]
    verbs, _ = _told_by(tok)
    return any(
        {d.lemma_.lower(), *(c.lemma_.lower() for c in d.subtree if c.i < d.i)} & blasts
        for v in verbs
        for d in children(v, "nsubj", "nsubjpass")
    )


def blast_of(tok: Token, code: str, words: ModalityWords, matcher: Matcher) -> Blast | None:
    """The blast or strike whose victims the verb of harm `tok` (coded `code`) counts: the verb its
    participle hangs on ("a bomb [exploded], killing ten"), or the verb of a clause of time on its
    passive ("were killed when a bomb [exploded]", events.yaml harm_clause_links), when that verb
    has an entry of force and its subject is a weapon or blast (instrument_codes), an act noun of
    force ("the explosion ripped"), or an unnamed attacker ("a suicide bomber [blew] up his car").
    Not a blast of something that blows up by accident ("a gas cylinder exploded", events.yaml
    accidental_blasts; accident_words in the sentence). Its code is the finer of the two."""
    verbs, participle_of = _told_by(tok)
    blasts, accidents, weapons, attackers, _ = unnamed_words()
    if any(t.lemma_.lower() in accidents for t in tok.sent):
        return None
    for verb in verbs:
        if any(t.i in tok.doc._.actor_at for d in _doers(verb) for t in d.subtree):
            continue  # "after an attack was carried out by [IS]": a named doer's act, not an unnamed blast
        entries = matcher.triggers.get((verb.lemma_.lower(), "verb"), [])
        entry = matcher.match(verb, entries) if verb.pos_ == "VERB" else None
        if entry is None or entry.cameo == NO_EVENT or not entry.cameo.startswith(words.null_source_codes):
            continue
        for d in _doers(verb):
            d = (
                next((o for o in prep_objects(d, "of") if o.pos_ == "NOUN"), d)
                if d.lemma_.lower() in words.light_nouns
                else d
            )
            forms = common_noun_forms(d)  # a tuple, tried in order (a set of strings: in a per-run order)
            force = matcher.force_act_noun(d, words.null_source_codes)
            if not ((weapons | attackers).intersection(forms) or force):
                continue
            if {d.lemma_.lower(), *(c.lemma_.lower() for c in d.subtree if c.i < d.i)} & blasts:
                return None  # "a gas cylinder [exploded]": an accident, no act of force
            own = next((words.instrument_codes[f] for f in forms if f in words.instrument_codes), entry.cameo)
            # "a [car] bomb exploded", "a [suicide] bomber blew up": the kind of bombing (bomb_kinds.py)
            own = refined(own, d, words.bombing_kinds)
            if own == entry.cameo and (kind := bombing_kind(d, words.bombing_kinds)) and own.startswith("18"):
                own = kind
            best = own if _finer(own, entry.cameo) else entry.cameo
            # the participle keeps the event ("..., killing ten": the act reported with its
            # victims, casualties.py); a clause of time gives it its own verb, to the verb of harm
            # it hangs on ("ten were killed and 15 [wounded] when ...": the others keep their word)
            own_word = participle_of or (verb.head.i != tok.i and verb.head.lemma_.lower() in harm_verbs())
            return Blast(verb, best if _finer(best, code) else code, None if own_word else entry)
    return None


def _time_clause(c: Token) -> bool:
    """Is an adverbial clause one of time that tells when the harm came ("when", "after", "as")?"""
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in c.children)


def anchored(tok: Token, blast: Blast, hit: bool) -> Token:
    """The word an event of harm is written on: the blast verb that names its act, once per
    verb (a second verb of harm on it keeps its own word: no two events share an id), and not
    when that verb names an actor it hit itself (`hit`: "a bomb struck [a US convoy]" is coded
    there). A casualty report's mark (casualties.py) moves with it."""
    verb, doc = blast.verb, tok.doc
    used = doc.user_data.setdefault(ANCHORS, set())
    if verb.i == tok.i or verb.i in used or hit:
        return tok
    used.add(verb.i)
    marks = doc.user_data.get(REPORTS)
    if marks is not None and tok.idx in marks:
        marks.add(verb.idx)
    return verb


def set_off_weapon(tok: Token, words: ModalityWords) -> Token | None:
    """The bomb of a passive of setting one off with no agent ("a car [bomb] was detonated near
    the headquarters"): someone set it off on purpose, an unnamed attacker's bombing. The bomb is
    the subject or modifies it (events.yaml instrument_codes of 18x); none in a controlled
    detonation (controlled_detonations). Not yet "two explosive devices were detonated": an
    adjective is no weapon noun to unnamed.targetless_blast."""
    if tok.lemma_.lower() not in SET_OFF or not children(tok, "auxpass") or children(tok, "agent"):
        return None
    bombs = [
        w
        for s in children(tok, "nsubjpass")
        for w in (s, *children(s, "compound", "amod"))
        if words.instrument_codes.get(w.lemma_.lower(), "").startswith("18")
    ]
    if not bombs or any(controlled_words(t) for t in tok.sent):
        return None
    return bombs[0]
