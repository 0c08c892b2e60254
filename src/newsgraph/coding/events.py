"""The `events` stage: triggers over the dependency parse -> coded events.

A trigger is a verb or noun listed in `rules/triggers-*.yaml` (format in docs/kb.md).
Its source and target come from the parse (subject, passive agent, objects,
prepositions, possessors), mapped to actors by the `actors` stage. Modality
(actual / planned / negated / hypothetical) comes from the words in
`rules/modality.yaml`; dates and places from the `when` and `where` stages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..kb import DATA_DIR, actor_code, cameo, load_kb
from ..model import Actor, Event, TimeRef
from ..rulefile import RuleError, read_yaml
from . import when, where
from .actors import MIN_CITY_POPULATION, country_actor
from .component import guarded

RULES_DIR = DATA_DIR / "rules"
# two reference days far apart: a date resolving alike against both is written out in full
ABSOLUTE_PROBES = (dt.date(1990, 3, 14), dt.date(2031, 9, 2))
TARGET_FORMS = ("dobj", "dative", "poss", "none", "nsubj")
TRIGGER_KEYS = {"lemma", "pos", "cameo", "pair", "target", "particle", "object", "xcomp", "prep", "modifier", "note"}
# the `cameo` of an entry that vetoes the word's other readings ("fought corruption": no event)
NO_EVENT = "none"
# the dependents that modify a noun: "[air] strikes", "[joint] [military] exercises"
MODIFIER_DEPS = ("compound", "amod", "nmod")
# prepositions after a verb's event noun that name the target ("launched strikes on X")
NOUN_OBJECT_PREPS = (
    "on",
    "against",
    "with",
    "between",
    "to",
    "at",
    "for",
    "over",
    "of",
    "about",
    "regarding",
    "toward",
    "towards",
)
PARTNER_PREPS = ("with", "between")  # the other parties of a joint act ("talks with X")
# prepositions that name who an act governed by the trigger is done to ("threatened to close
# borders [with] X"); not "for" ("agreed to answer questions for the BBC")
ACTED_ON_PREPS = (*PARTNER_PREPS, "against", "on", "to")
DEFAULT_TARGETS = {
    "verb": ("dobj",),
    "noun": ("prep:of", "prep:to", "prep:against", "prep:on", "prep:with"),
    "adj": ("prep:about", "prep:of", "prep:over", "prep:with"),  # "skeptical of X"
}
# the parts of speech a trigger can be; an adjective only as a predicate ("X is skeptical")
POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    target: tuple[str, ...]
    particle: str | None
    objects: tuple[str, ...]
    xcomp: tuple[str, ...]
    preps: tuple[str, ...]
    origin: str
    pair: str | None = None  # the target's event back to the source ("visit" -> "receive a visit")
    modifiers: tuple[str, ...] = ()  # words modifying the noun (the trigger's or its object's)

    @property
    def specificity(self) -> float:
        # a named xcomp or object outranks the wildcard "*" ("ask X to send aid" is 023, not plain 020)
        xcomp = 0.5 if self.xcomp == ("*",) else float(bool(self.xcomp))
        objects = 0.5 if self.objects == ("*",) else float(bool(self.objects))
        return bool(self.particle) + objects + xcomp + bool(self.preps) + bool(self.modifiers)

    @property
    def name(self) -> str:
        extra = "".join(f"+{x}" for x in (self.particle, *self.modifiers[:1], *self.objects[:1], *self.xcomp[:1]) if x)
        return f"{self.pos}:{self.lemma}{extra}->{self.cameo}"


def _as_tuple(v: object) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v.lower(),)
    return tuple(str(x).lower() for x in cast(Iterable[object], v))


def load_triggers(paths: Iterable[Path]) -> dict[tuple[str, str], list[Trigger]]:
    """Trigger entries by (lemma, pos), validated: every code must exist in CAMEO."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    known = cameo.codes()
    for path in paths:
        entries = read_yaml(path) or []
        if not isinstance(entries, list):
            raise RuleError(f"{path}: must be a YAML list of trigger entries")
        for n, e in enumerate(entries, 1):
            where_ = f"{path}: entry {n}"
            if not isinstance(e, dict) or "lemma" not in e or "cameo" not in e:
                raise RuleError(f"{where_}: needs `lemma` and `cameo`: {e!r}")
            code = str(e["cameo"])
            pair = str(e["pair"]) if e.get("pair") is not None else None
            for c in (code, pair):
                if c is not None and c not in known and not (c == NO_EVENT and c is code):
                    raise RuleError(f"{where_} ({e['lemma']}): unknown CAMEO code {c!r}")
            pos = e.get("pos", "verb")
            if pos not in DEFAULT_TARGETS:
                raise RuleError(f"{where_} ({e['lemma']}): pos must be verb, noun or adj, got {pos!r}")
            targets = _as_tuple(e.get("target")) or DEFAULT_TARGETS[pos]
            for t in targets:
                if t not in TARGET_FORMS and not t.startswith("prep:"):
                    raise RuleError(f"{where_} ({e['lemma']}): bad target {t!r}")
            unknown = set(e) - TRIGGER_KEYS
            if unknown:
                raise RuleError(f"{where_} ({e['lemma']}): unknown key(s) {sorted(unknown)}")
            modifiers = _as_tuple(e.get("modifier"))
            if modifiers and pos != "noun" and not e.get("object"):
                raise RuleError(f"{where_} ({e['lemma']}): `modifier` needs a noun: pos noun, or an `object`")
            trig = Trigger(
                str(e["lemma"]).lower(),
                pos,
                code,
                targets,
                (e.get("particle") or None),
                _as_tuple(e.get("object")),
                _as_tuple(e.get("xcomp")),
                _as_tuple(e.get("prep")),
                where_,
                pair,
                modifiers,
            )
            table.setdefault((trig.lemma, pos), []).append(trig)
    for entries in table.values():
        entries.sort(key=lambda t: -t.specificity)
    return table


@dataclass(frozen=True)
class Modality:
    planned: frozenset[str]
    hypothetical: frozenset[str]
    negated: frozenset[str]
    speech: frozenset[str]
    light_verbs: frozenset[str]
    planned_preps: frozenset[str]
    symmetric_codes: frozenset[str]
    group_nouns: frozenset[str]
    subject_control: frozenset[str]
    kept_from: frozenset[str]
    speaker_pronouns: frozenset[str]
    light_nouns: frozenset[str]
    place_target_codes: frozenset[str]
    place_target_preps: frozenset[str]


def load_modality(path: Path) -> Modality:
    data = read_yaml(path) or {}

    def words(*keys: str) -> frozenset[str]:
        out: set[str] = set()
        for k in keys:
            out.update(str(w).lower() for w in data.get(k) or [])
        return frozenset(out)

    return Modality(
        planned=words("planned"),
        hypothetical=words("hypothetical", "unlikely"),
        negated=words("negated"),
        speech=words("reported_speech"),
        light_verbs=words("light_verbs"),
        planned_preps=words("planned_preps"),
        symmetric_codes=words("symmetric_codes"),
        group_nouns=words("group_nouns"),
        subject_control=words("subject_control"),
        kept_from=words("kept_from"),
        speaker_pronouns=words("speaker_pronouns"),
        light_nouns=words("light_nouns"),
        place_target_codes=words("place_target_codes"),
        place_target_preps=words("place_target_preps"),
    )


@dataclass(frozen=True)
class ActMap:
    """`rules/refusals.yaml` / `rules/intents.yaml`: the CAMEO code an announced refusal or
    intent of an act takes, by the act's code, and the words that make one."""

    words: frozenset[str]
    codes: dict[str, str]

    def code_for(self, code: str) -> str | None:
        """The refusal code of the longest listed prefix of `code`, if any."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.codes:
                return self.codes[code[:n]]
        return None


@lru_cache(maxsize=2)
def load_act_map(name: str) -> ActMap:
    """`rules/<name>.yaml`: `codes` (act code prefix -> CAMEO code) and its word list."""
    path = RULES_DIR / f"{name}.yaml"
    data = read_yaml(path) or {}
    codes = {str(k): str(v) for k, v in (data.get("codes") or {}).items()}
    known = cameo.codes()
    for k, v in codes.items():
        if v not in known:
            raise RuleError(f"{path}: {k}: unknown CAMEO code {v!r}")
    words = data.get("modal_auxiliaries") or data.get("announcers") or data.get("demand_auxiliaries") or []
    return ActMap(frozenset(str(w).lower() for w in words), codes)


@lru_cache(maxsize=1)
def modality() -> Modality:
    """The modality words (`rules/modality.yaml` and `rules/events.yaml`), read once for every stage."""
    mod = load_modality(RULES_DIR / "modality.yaml")
    extra = RULES_DIR / "events.yaml"
    if extra.exists():
        more = load_modality(extra)
        mod = Modality(*(a | b for a, b in zip(vars(mod).values(), vars(more).values())))
    return mod


@lru_cache(maxsize=4)
def rules(kb_dirs: tuple[Path, ...] = ()) -> tuple[dict[tuple[str, str], list[Trigger]], Modality]:
    """Triggers from the bundled and user rule folders, and the modality words."""
    # user folders first: at equal conditions the first entry wins, so a user's entry outranks ours
    paths = [p for d in kb_dirs for p in sorted(Path(d).glob("triggers-*.yaml"))]
    paths += sorted(RULES_DIR.glob("triggers-*.yaml"))
    return load_triggers(paths), modality()


# -- parse helpers ------------------------------------------------------------------
def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of `prep` under `tok` ("arrived in Beijing"); multiword preps like "ahead of"."""
    out = []
    for p in tok.children:
        if p.dep_ in ("prep", "agent", "dative") and p.lower_ == prep:
            out += children(p, "pobj")
    return out


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Putin and Xi").

    Coordinated actors are of one kind; a person coordinated with a country is a
    misparse ("the invasion of Ukraine, Putin and Xi declared") and is left out.
    """
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and (not c.ent_type_ or not tok.ent_type_ or c.ent_type_ == tok.ent_type_):
            out += conjuncts(c)
        elif c.dep_ == "appos" and c.ent_id_.startswith("country:") and tok.ent_id_.startswith("country:"):
            out += conjuncts(c)  # "Russia, the awful Belarus, and Ukraine": a list parsed as apposition
    return out


def is_infinitive(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def is_purpose(t: Token) -> bool:
    """ "will meet Putin to discuss ...": an infinitive adverbial clause of purpose."""
    return t.dep_ == "advcl" and is_infinitive(t)


def governors(tok: Token, speech: frozenset[str]) -> list[Token]:
    """Verbs whose mood the trigger shares: through control (xcomp), coordination, and
    clausal complements of non-speech verbs ("I don't expect them to form ...")."""
    out = []
    t = tok
    while (t.dep_ in ("xcomp", "conj", "acomp", "ccomp") or is_purpose(t)) and t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in speech:
            break  # "Putin said he will talk": the report's tense is not the event's
        t = t.head
        out.append(t)
    return out


def phrases(t: Token) -> set[str]:
    """The ways a governing word can appear in the modality lists: its lemma, a phrasal
    verb ("call off"), and copular frames ("be set to", "be due to", "be going to")."""
    lemma = t.lemma_.lower()
    out = {lemma, t.lower_}
    out |= {f"{lemma} {c.lower_}" for c in t.children if c.dep_ == "prt"}
    if any(c.lemma_ == "be" for c in t.children if c.dep_ in ("aux", "auxpass")) or t.dep_ == "acomp":
        out |= {f"be {t.lower_} to", f"be {lemma} to"}
    if lemma == "be" and any(c.dep_ == "xcomp" for c in t.children):
        out.add("be to")  # "Putin is to visit", not "Russia is concerned"
    return out


NP_INTERNAL = ("compound", "amod", "poss", "nmod", "appos", "conj", "det", "nummod", "flat", "cc")


def noun_phrase_head(t: Token, stop: Token) -> Token:
    """The head of the largest noun phrase around `t` below `stop` (the trigger): up through
    modifiers, coordination and "of"/"from"-phrases of nouns."""
    while t.head.i != t.i and t.head.i != stop.i:
        h = t.head
        if t.dep_ in NP_INTERNAL and h.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            t = h
        elif t.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i != stop.i:
            t = h.head
        else:
            break
    return t


def phrase(head: Token) -> dict[str, Any]:
    """{text, span} of the noun phrase `head` heads: its subtree up to a clause after it
    ("the decision [to recognise ...]", "a man [who crossed ...]")."""
    doc = head.doc
    a, b = head.left_edge.i, head.i
    for c in head.rights:
        if c.dep_ in ("relcl", "advcl", "ccomp") or (c.dep_ == "acl" and (is_infinitive(c) or children(c, "mark"))):
            break  # "the decision [to recognise ...]", "a suggestion [that ...]"
        if c.dep_ == "prep" and children(c, "pcomp"):
            break  # "accused the government [of attacking ...]": the verb's, not the phrase's
        if c.dep_ == "appos" and "PERSON" not in (c.ent_type_, head.ent_type_):
            break  # "148 students, [an attack that ...]"; a person's apposition stays ("its president, X")
        if c.dep_ == "conj" and c.ent_type_ and head.ent_type_ and c.ent_type_ != head.ent_type_:
            break  # "the invasion of [Ukraine], Putin and Xi declared": a misparse, as in `conjuncts`
        if c.dep_ != "punct":
            b = c.right_edge.i
    while a < b and doc[a].is_punct:
        a += 1
    while b > a and doc[b].is_punct:
        b -= 1
    span = doc[a : b + 1]
    return {"text": span.text, "span": [span.start_char, span.end_char]}


class EventCoder:
    """spaCy component filling `doc._.events` (a list of `Event`)."""

    def __init__(self, kb_dirs: list[str]) -> None:
        dirs = tuple(Path(d) for d in kb_dirs)
        self.triggers, self.mod = rules(dirs)
        self.refusals = load_act_map("refusals")
        self.intents = load_act_map("intents")
        self.demands = load_act_map("demands")
        self.kb = load_kb(dirs)
        self.gazetteer = where.load_gazetteer(tuple(map(str, self.kb.dirs[1:])))

    @guarded("newsgraph_events")
    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        seen: set[tuple] = set()
        for si, sent in enumerate(doc.sents):
            for tok in sent:
                pos = POS.get(tok.pos_)
                if pos is None or (pos == "adj" and tok.dep_ not in ("acomp", "ROOT")):
                    continue
                cands = self.triggers.get((tok.lemma_.lower(), pos))
                if not cands:
                    continue
                if pos == "noun" and self._part_of_verb_trigger(tok):
                    note(doc, tok, cands, "skipped: a modifier, or the object a verb entry already codes")
                    continue
                if pos == "noun" and self._in_a_title(tok):
                    note(doc, tok, cands, "skipped: part of a title in apposition to a name")
                    continue
                for ev in self._code(doc, si, sent, tok, cands):
                    key = (
                        ev.span[0],
                        ev.cameo,
                        ev.source.get("kb_id"),
                        ev.source.get("code"),
                        (ev.target or {}).get("kb_id"),
                        (ev.target or {}).get("code"),
                    )
                    if key not in seen:
                        seen.add(key)
                        events.append(ev)
        doc._.events = events
        return doc

    def _part_of_verb_trigger(self, noun: Token) -> bool:
        """ "aid workers", or "imposed sanctions": the noun is a modifier or a verb entry's object."""
        lemma = noun.lemma_.lower()
        if noun.dep_ == "compound":
            if noun.head.lemma_.lower() not in self.mod.light_nouns:
                return True
            noun = noun.head  # "launched a [mediation] effort": the effort stands in for the act
        if noun.dep_ in ("dobj", "nsubjpass"):
            verb: Token | None = noun.head
        else:  # "sanctions imposed on Russia"
            verb = next((c for c in noun.children if c.dep_ == "acl"), None)
        if verb is None:
            return False
        entries = self.triggers.get((verb.lemma_.lower(), "verb"), [])
        return any(lemma in t.objects for t in entries)

    @staticmethod
    def _in_a_title(noun: Token) -> bool:
        """ "Kurt Volker, the special envoy for Ukraine negotiations": an event noun in the modifiers
        of a title set beside a name names the person's office, not an event."""
        t = noun
        while t.dep_ in ("pobj", "prep", "compound", "amod", "nmod", "conj") and t.head.i != t.i:
            t = t.head
        return t.i != noun.i and t.dep_ == "appos" and t.head.pos_ == "PROPN"

    def _site(self, tok: Token) -> Token:
        """Where a noun trigger sits in its clause: a light noun it modifies ("launched a mediation
        [effort] between X and Y") takes its place, so source and target are found from there."""
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.mod.light_nouns:
            return tok.head
        return tok

    # -- actors ------------------------------------------------------------------
    def actors_of(self, tok: Token, owner: bool = False) -> list[Actor]:
        """Actors a (possibly coordinated) phrase headed by `tok` names; with `owner`, also
        the actor a thing belongs to ("an arms depot of the Syrian army", "a request from X"):
        the target of an act on a thing is its owner."""
        at = tok.doc._.actor_at
        out: list[Actor] = []
        for t in conjuncts(tok):
            a = self._named(t)
            if a is None:  # "the missiles fired by the Israeli military", "a plan proposed by X"
                for o in (
                    o for acl in children(t, "acl") for ag in children(acl, "agent") for o in children(ag, "pobj")
                ):
                    a = self._named(o)
                    break
            if a is None and self._event_noun(t):
                for o in prep_objects(t, "by"):  # "a bombing by the Islamic State group killed ..."
                    a = self._named(o)
                    break
            if a is None and owner:
                # "of" after an event noun may be the doer or the one done to ("the attack of X"): left out
                of = prep_objects(t, "of") if not self._event_noun(t) else []
                for o in of + prep_objects(t, "from") + prep_objects(t, "by"):
                    a = self._named(o)
                    if a is not None:
                        break
            if a is None and t.tag_ in ("WDT", "WP") and t.head.dep_ == "relcl":
                a = at.get(t.head.head.i)
            if a is None and t.lemma_.lower() in self.mod.group_nouns:
                # "members of the European Union", "some of the rebels"
                for o in prep_objects(t, "of") + prep_objects(t, "from"):
                    a = self._named(o)  # "a group of Saudi hackers"
                    if a is not None:
                        break
            if (
                a is not None
                and t.i != tok.i
                and a.how == "context:agent"
                and a.country is None
                and out
                and out[0].country
                and any(country_actor(self.kb, c) for c in children(tok, "amod", "compound"))
            ):
                # "Danish media and government": the demonym before the first is the others' too
                a = Actor(
                    a.text,
                    a.span,
                    None,
                    None,
                    out[0].country,
                    a.sector,
                    actor_code(out[0].country, a.sector) or a.code,
                    how="context:agent",
                )
            if a is not None and a not in out:
                out.append(a)
            if a is not None and a.how == "context:agent":
                out += [x for x in self._coordinated_countries(t, a) if x not in out]
        return out

    def _coordinated_countries(self, t: Token, a: Actor) -> list[Actor]:
        """ "the ambassadors of France, Italy and Spain", "the Russian and US navies": one actor per
        country, same sector."""
        out = []
        located = [o for o in prep_objects(t, "in") if (it := country_actor(self.kb, o)) and it.country == a.country]
        # "the [Russian] and [US] navies": a demonym and a country name may be coordinated here
        mods = [c for m in children(t, "amod", "compound") for c in m.subtree if c.dep_ == "conj"]
        listed = [
            c
            for o in prep_objects(t, "of") + prep_objects(t, "from") + located  # "lawmakers in A and B"
            for c in conjuncts(o)[1:]
        ]
        for c in listed + mods:
            other = country_actor(self.kb, c)
            if other is not None and other.country != a.country:
                out.append(
                    Actor(
                        c.text,
                        [c.idx, c.idx + len(c.text)],
                        None,
                        None,
                        other.country,
                        a.sector,
                        actor_code(other.country, a.sector) or other.code,
                        how="context:agent",
                    )
                )
        return out

    def _event_noun(self, t: Token) -> bool:
        """Is the word a noun with trigger entries ("attack", "request")?"""
        return (t.lemma_.lower(), "noun") in self.triggers

    def _codes_itself(self, t: Token) -> bool:
        """Does one of the word's own trigger entries match ("urged X to", "pledged to")?"""
        pos = POS.get(t.pos_)
        trig = self._match(t, self.triggers.get((t.lemma_.lower(), pos), [])) if pos else None
        return trig is not None and trig.cameo != NO_EVENT

    def _reports_an_act(self, tok: Token) -> bool:
        """ "announced a suspension of aid", "declared that it will withdraw": a plain statement
        (010) whose object or complement is an act we code only reports that act, which is the
        event; coding both would put the announcement first and count one act twice."""
        heads = children(tok, "dobj", "ccomp")
        heads += [x for h in heads for x in children(h, "xcomp")]  # "announced it will [return] ..."
        for h in heads:
            for t in conjuncts(h):
                inner = [t] + [c for c in children(t, "compound", "prep") if t.lemma_.lower() in self.mod.light_nouns]
                inner += [o for c in inner if c.dep_ == "prep" and c.lower_ == "of" for o in children(c, "pobj")]
                if any(self._codes_itself(x) for x in inner if x.dep_ != "prep"):
                    return True
        return False

    def _named(self, t: Token) -> Actor | None:
        """The actor a word is part of, or one named before it in its noun phrase."""
        return t.doc._.actor_at.get(t.i) or self._modifier_actor(t)

    def _modifier_actor(self, t: Token) -> Actor | None:
        """An actor named inside the noun phrase before its head: "the Islamic State terrorist
        group", "Azerbaijani hackers" (a demonym before a plural gives the country)."""
        at = t.doc._.actor_at
        mods = children(t, "appos", "compound", "amod", "poss", "nmod")
        for c in mods:
            if c.i in at:
                return at[c.i]
        for c in mods:  # one level down: "[Islamic State] terrorist" under "group"
            for g in children(c, "compound", "amod", "poss", "nmod"):
                if g.i in at:
                    return at[g.i]
        if t.tag_ in ("NNS", "NNPS") and not self._event_noun(t):
            # plural people of a country ("Kyrgyz politicians"), not an event ("the Russian strikes")
            for c in mods:
                a = country_actor(self.kb, c)
                if a is not None:
                    phrase = t.doc[t.left_edge.i : t.i + 1]
                    return Actor(
                        phrase.text,
                        [phrase.start_char, phrase.end_char],
                        a.kb_id,
                        a.name,
                        a.country,
                        None,
                        a.code,
                        how="context:demonym",
                    )
        return None

    def _speaker_of(self, pron: Token, clause: Token) -> list[Actor]:
        """ "Houthi rebels claimed that they had attacked": a pronoun subject of a reported
        clause is the reporter when nothing else resolved it."""
        if pron.pos_ != "PRON" or pron.lower_ not in self.mod.speaker_pronouns:
            return []
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.mod.speech:
            return []
        subj = children(clause.head, "nsubj")
        return self.actors_of(subj[0]) if subj else []

    def _subject(self, tok: Token) -> tuple[list[Actor], bool]:
        """(source actors, passive?) for a verb trigger, climbing control and coordination."""
        agents = [o for a in children(tok, "agent") for o in children(a, "pobj")]
        if agents:  # passive: the "by" phrase is the doer
            return self.actors_of(agents[0]), True
        t = tok
        while True:
            subj = children(t, "nsubj", "csubj")
            if subj:
                found = self.actors_of(subj[0]) or self._speaker_of(subj[0], t)
                if not found and t.i == tok.i and subj[0].pos_ in ("NOUN", "PROPN"):
                    found = self._adjacent_subject(tok)  # subject misparsed onto another noun
                return found, False
            passive = children(t, "nsubjpass")
            if (passive or children(t, "auxpass")) and t.i == tok.i:
                return [], True  # a passive with no agent ("..., but was arrested in 1963")
            if (
                t.dep_ == "conj"
                and t.tag_ == "VBN"
                and children(t.head, "nsubjpass", "auxpass")
                and not children(t, "dobj")
            ):
                return [], True  # "was arrested and imprisoned": passive too, the doer unnamed
            if passive:  # "Putin is expected to meet": the raised subject is the doer
                return self.actors_of(passive[0]), False
            if t.dep_ == "relcl":
                return self.actors_of(t.head), False
            if t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and children(t, "dobj"):
                # a verbless sentence with a participle that has an object is a misparsed main
                # clause: "The Iraqi air force [carried out] air strikes" (ROOT "force")
                return self.actors_of(t.head), False
            if t.dep_ == "acl" and t.tag_ == "VBG":
                # "protesters demanding X", "a resolution criticising X" (whose author is the
                # subject of the verb that adopted it)
                found = self.actors_of(t.head)
                if not found and t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB":
                    found = self._subject(t.head.head)[0]
                return found, False
            if t.dep_ == "xcomp" and t.head.lemma_.lower() not in self.mod.subject_control:
                objs = children(t.head, "dobj")
                if objs:  # object control: "urged Israel to halt" -> Israel halts
                    return self.actors_of(objs[0]), False
            if t.dep_ in ("xcomp", "conj", "advcl", "acomp") and t.head.i != t.i:
                t = t.head  # "Sudan is willing to withdraw": through the adjective to its subject
                continue
            if self._kept_from(t):
                # "barred the company from releasing": the company would release; "Russia was
                # banned from attending": Russia would attend
                kept = children(t.head.head, "dobj") or children(t.head.head, "nsubjpass")
                if kept:
                    return self.actors_of(kept[0]), False
            if t.dep_ == "pcomp" and t.head.lower_ == "as" and (objs := children(t.head.head, "dobj")):
                # "cited an audit as prohibiting him", "described Russia as attacking Ukraine":
                # the object is the doer, whether or not it is an actor
                return self.actors_of(objs[0]), False
            if t.dep_ == "pcomp" and t.head.head.i != t.head.i:
                t = t.head.head  # "China helps by donating", "guilty of violating"
                if children(t, "nsubjpass"):
                    return [], False  # "Lam was interrupted by protesting legislators": not Lam
                continue
            return [], False

    def _kept_from(self, t: Token) -> bool:
        """A gerund under "from" of a verb that keeps someone from it ("barred X from releasing")."""
        return (
            t.dep_ == "pcomp"
            and t.head.lower_ == "from"
            and t.head.head.i != t.head.i
            and t.head.head.lemma_.lower() in self.mod.kept_from
        )

    def _adjacent_subject(self, tok: Token) -> list[Actor]:
        """Fallback for a misparsed subject: the actors ("Putin and Xi") directly before the verb.

        English puts the subject before the verb; when the parser attached it elsewhere,
        a run of actor names and "and" ending right before the verb is taken as the subject.
        """
        at = tok.doc._.actor_at
        found: list[Actor] = []
        i, start = tok.i - 1, tok.sent.start  # Token.sent walks the doc: compute it once
        while i >= start and tok.doc[i].pos_ in ("ADV", "AUX", "PART"):
            i -= 1
        while i >= start:
            t = tok.doc[i]
            if t.i in at and t.dep_ in ("pobj", "dobj", "dative"):
                break  # an object of something earlier, not part of the subject
            if t.i in at:
                if at[t.i] not in found:
                    found.insert(0, at[t.i])
            elif t.lower_ not in ("and", ",") and t.pos_ != "PUNCT":
                break
            i -= 1
        return found

    def _noun_source(self, tok: Token) -> list[Actor]:
        found = self.actors_of_children(tok, "poss", "amod", "nmod")
        # "the Astana talks", "the Geneva negotiations": a city before the noun is where, not who
        found += [
            a
            for a in self.actors_of_children(tok, "compound")
            if a.how not in ("kb:capital", "place:city") and a not in found
        ]
        if found:
            return found
        for c in children(tok, "amod", "compound"):  # "the Russian invasion"
            a = country_actor(self.kb, c)
            if a is not None:
                return [a]
        agents = [o for p in children(tok, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
        if agents:
            return self.actors_of(agents[0])
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.mod.light_verbs:
            # before an "of" phrase: "Nigeria announced the deployment of troops to Liberia"
            found = self._subject(tok.head)[0]
            if found:
                return found
        has_target = any(p.lower_ in ("to", "against", "on", "with", "in") for p in children(tok, "prep"))
        of = prep_objects(tok, "of")
        if of and has_target:  # "the visit of Putin to India": the "of" phrase is the doer
            return self.actors_of(of[0])
        return []

    def actors_of_children(self, tok: Token, *deps: str) -> list[Actor]:
        out: list[Actor] = []
        for c in children(tok, *deps):
            for a in self.actors_of(c):
                if a not in out:
                    out.append(a)
        return out

    def _targets(self, tok: Token, trig: Trigger, passive: bool) -> tuple[list[Actor], Token | None]:
        """Target actors and the phrase they come from (with no actor: the first object, "killed
        [dozens of civilians]", so the event still shows what was acted on)."""
        if passive:
            subj = children(tok, "nsubjpass")
            if subj:
                return self.actors_of(subj[0]), subj[0]
            if tok.dep_ == "advcl":  # "Asked by journalists, Putin said": the asked is the main subject
                main = children(tok.head, "nsubj")
                return self._subject(tok.head)[0], main[0] if main else None
        first: Token | None = None
        place_codes = tuple(self.mod.place_target_codes)
        for form in trig.target:
            if form == "none":
                # no one is acted on, but a named owner of the object is ("rejected May's offer")
                objs = children(tok, "dobj")
                if objs and objs[0].i not in tok.doc._.actor_at:
                    return self.actors_of(objs[0], owner=True), objs[0]
                return [], None
            if form.startswith("prep:"):
                objs = prep_objects(tok, form[5:])
                for o in children(tok, "dobj"):  # "imposed [sanctions on Russia]"
                    objs += prep_objects(o, form[5:])
            else:
                objs = children(tok, form)
            for o in objs:
                if o.ent_type_ in ("DATE", "TIME"):
                    continue  # "lifted the ban on [Tuesday]"
                found = self.actors_of(o, owner=True)
                if found and form[5:] in self.mod.place_target_preps and trig.cameo.startswith(place_codes):
                    # "a curfew in Bangkok": the city, not THAGOV (a visit to Bangkok is hosted by THAGOV)
                    found = [self._as_place(a) for a in found if a.how != "place:city" or self._sure_place(a)]
                if found:
                    return found, o
                if o.lemma_.lower() not in trig.objects:  # "issued [a statement]" names the act, not a target
                    first = first or o
        for x in children(tok, "xcomp"):  # "refused to meet the Swedish prime minister"
            for o in children(x, "dobj"):
                found = self.actors_of(o)
                if found:
                    return found, o
        for o in children(tok, "dobj"):
            # "launched an attack on X", "welcomed the resumption of ties with X"
            found, where = self._actor_in_object(o, 3, o.lemma_.lower() in trig.objects)
            if found:
                return found, where
        # "expressed hope that [the new government] will ...", "is skeptical [the program] would":
        # a comment's target is the subject of what it comments on
        if trig.cameo.startswith("01"):
            for c in children(tok, "ccomp") + [c for o in children(tok, "dobj") for c in children(o, "acl", "ccomp")]:
                for commented in children(c, "nsubj", "nsubjpass"):
                    found = self.actors_of(commented, owner=True)
                    if found:
                        return found, commented
        # "donated ventilators to assist [Ethiopia]": the one a purpose clause acts on
        for x in children(tok, "advcl", "xcomp"):
            if is_infinitive(x):
                for o in children(x, "dobj"):
                    found = self.actors_of(o, owner=True)
                    if found:
                        return found, o
        # "called for [sanctions against X]", "threatened to close [borders with X]": inside the
        # object of the entry's preposition, or of the act it governs
        for x in children(tok, "xcomp"):  # not "agreed to answer questions [for] X"
            for o in [o for p in ACTED_ON_PREPS for o in prep_objects(x, p)]:
                found = self.actors_of(o, owner=True)
                if found:
                    return found, o
        inner: list[tuple[Token, tuple[str, ...]]] = [
            (o, NOUN_OBJECT_PREPS) for p in trig.preps for o in prep_objects(tok, p)
        ]
        inner += [(o, ACTED_ON_PREPS) for x in children(tok, "xcomp") for o in children(x, "dobj")]
        for o, preps in inner:  # not "agreed to answer [questions for X]"
            found, where_ = self._actor_in_object(o, 2, named=True)
            if found and where_ is not None and where_.head.lower_ in preps:
                return found, where_
        # "declared a curfew in [Bangkok]", "withdrew its troops from [Mali]": with no one else
        # acted on, the place of an act on a place (events.yaml place_target_*)
        if trig.cameo.startswith(place_codes):
            for p in self.mod.place_target_preps:
                objs = prep_objects(tok, p) + [x for d in children(tok, "dobj") for x in prep_objects(d, p)]
                # one level down: "blockades around towns [in the West Bank]"
                objs += [x for o in objs for q in self.mod.place_target_preps for x in prep_objects(o, q)]
                for o in objs:
                    found = [self._as_place(a) for a in self.actors_of(o) if self._sure_place(a)]
                    if found:
                        return found, o
        return [], first

    def _sure_place(self, a: Actor) -> bool:
        """A country or capital, or a city large enough that its name is not a small town's
        elsewhere ("a state of siege in Pando", Bolivia, is not Pando, Uruguay)."""
        if a.how == "place:city":
            return self.gazetteer.population(a.text) >= MIN_CITY_POPULATION
        return a.how in ("kb:country", "kb:capital")

    @staticmethod
    def _as_place(a: Actor) -> Actor:
        """A capital named as a place is its country, not its government ("Moscow said" is RUSGOV)."""
        return replace(a, sector=None, code=a.country) if a.how == "kb:capital" else a

    def _actor_in_object(self, o: Token, depth: int, named: bool = False) -> tuple[list[Actor], Token | None]:
        """Actors named in the prepositional phrases of an object noun phrase, nearest first;
        `named`: the object is the trigger entry's own noun ("launched [an attack on X]")."""
        # inside an event noun only its partners count ("the resumption of talks with X"): "the
        # bombing of X" may name the bomber or the bombed, "the attack on X" names the victim
        event_noun = self._event_noun(o) and not named
        take = PARTNER_PREPS if event_noun else NOUN_OBJECT_PREPS
        descend = (*PARTNER_PREPS, "of") if event_noun else NOUN_OBJECT_PREPS  # "resumption of [ties with X]"
        # and those of a participle describing it: "restrictions [imposed on X]"
        preps = list(o.children) + [p for a in children(o, "acl") if a.tag_ == "VBN" for p in a.children]
        for p in preps:
            if p.dep_ != "prep" or p.lower_ not in descend:
                continue
            for po in children(p, "pobj"):
                found = self.actors_of(po) if p.lower_ in take else []
                if found:
                    return found, po
                if depth > 1:
                    found, where = self._actor_in_object(po, depth - 1)
                    if found:
                        return found, where
        return [], None

    def _phrase_of(self, actor: Actor, tok: Token) -> dict[str, Any] | None:
        """The noun phrase of the trigger's clause an actor was found in ("Putin and Xi",
        "an arms depot of the Syrian army"); a pronoun's actor: the subject as written."""
        doc = tok.doc
        span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
        sent = tok.sent
        if span is not None and sent.start <= span.start < sent.end:
            return phrase(noun_phrase_head(span.root, tok))
        subj = children(tok, "nsubj", "nsubjpass")
        return phrase(subj[0]) if subj else None

    # -- matching -------------------------------------------------------------------
    def _match(self, tok: Token, cands: list[Trigger]) -> Trigger | None:
        for trig in cands:  # most specific first
            if trig.particle and not any(c.dep_ == "prt" and c.lower_ == trig.particle for c in tok.children):
                continue
            if trig.objects:
                # an object, a passive subject, or a complement ("pleaded [guilty]")
                objs = children(tok, "dobj", "nsubjpass", "oprd", "acomp")
                # "withdrew some of its troops": the object is the group's members
                objs += [o for g in objs if g.lemma_.lower() in self.mod.group_nouns for o in prep_objects(g, "of")]
                # "ended mediation efforts": a light noun's modifier names the act
                objs += [
                    c
                    for g in objs
                    if g.lemma_.lower() in self.mod.light_nouns
                    for c in children(g, "compound") + prep_objects(g, "of")
                ]
                if tok.dep_ == "acl":
                    objs.append(tok.head)  # "sanctions imposed on Russia"
                # with a `prep` condition the object may be that preposition's ("went on [strike]")
                objs += [o for p in trig.preps for o in prep_objects(tok, p)]
                objs = [o for o in objs if o.lemma_.lower() in trig.objects or "*" in trig.objects]
                if not objs or (trig.modifiers and not any(self._modified(o, trig.modifiers) for o in objs)):
                    continue
            elif trig.modifiers and not self._modified(tok, trig.modifiers):
                continue
            xcomps = children(tok, "xcomp")
            if trig.xcomp and not any(x.lemma_.lower() in trig.xcomp or "*" in trig.xcomp for x in xcomps):
                continue
            if trig.preps and not any(c.lower_ in trig.preps for c in children(tok, "prep", "prt")):
                continue
            return trig
        return None

    @staticmethod
    def _modified(noun: Token, words: tuple[str, ...]) -> bool:
        """Does one of `words` modify the noun ("[hunger] strike", "[joint] military exercises")?"""
        return any(c.lemma_.lower() in words or c.lower_ in words for c in children(noun, *MODIFIER_DEPS))

    def modality(self, tok: Token) -> str:
        """negated > hypothetical > planned > actual, from the trigger and the words governing it."""
        chain = [tok, *governors(tok, self.mod.speech)]
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            chain.append(tok.head)  # "Putin's visit will be ...", "cancelled the visit"
        found: set[str] = set()
        for t in chain:
            for c in t.children:
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and t.i == tok.i):
                    found.add("negated")
                elif c.dep_ in ("aux", "auxpass", "mark") or (t.i == tok.i and c.dep_ in ("amod", "advmod")):
                    found |= self._mood({c.lower_, c.lemma_.lower()})  # will, would, if, "the planned visit"
            if t.i != tok.i:
                found |= self._mood(phrases(t))
                if t.pos_ == "VERB" and t.i == tok.head.i and tok.dep_ in ("xcomp", "ccomp") and self._codes_itself(t):
                    found.add("hypothetical")  # "urged Russia to withdraw": asked for, not done
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.mod.hypothetical for c in t.children):
                found.add("hypothetical")
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in self.mod.negated:
            found.add("negated")  # "gave equipment without demanding payment"
        if self._kept_from(tok):
            found.add("negated")  # "barred the company from releasing them"
        if tok.pos_ == "VERB" and any(
            c.dep_ == "det" and c.lower_ == "no" for o in children(tok, "dobj", "nsubjpass") for c in o.children
        ):
            found.add("negated")  # "released no details", "no cause was released"
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in self.mod.planned_preps
        ):
            found.add("planned")  # "ahead of Putin's visit"
        if found == {"hypothetical"} and self._reported_future(tok):
            return "planned"
        for state in ("negated", "hypothetical", "planned"):
            if state in found:
                return state
        return "actual"

    def _announcers(self, tok: Token) -> list[Actor]:
        """The subject of the nearest reported-speech verb or announcing word governing the
        trigger ("the rebels said ...", "Sudan is willing to ...")."""
        for t in governors(tok, frozenset()):
            if self._codes_itself(t):
                return []  # "pledged to release": the pledge codes the intent itself
            if t.lemma_.lower() in self.mod.speech or t.lemma_.lower() in self.intents.words:
                return self._subject(t)[0]
        return []

    def _demanders(self, tok: Token) -> list[Actor]:
        """The speaker who says the trigger's actor must or should act ("the EU said Russia
        must withdraw"): a demand auxiliary on the act's clause, reported by a speech verb."""
        clause = tok
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        if not any(c.dep_ == "aux" and c.lower_ in self.demands.words for c in [*tok.children, *clause.children]):
            return []
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.mod.speech:
            return []
        return self._subject(clause.head)[0]

    def _announced_refusal(self, tok: Token) -> bool:
        """ "will not lift", "cannot accept", "won't allow X to": a negation with a modal
        auxiliary on the act or a verb controlling it that is no trigger itself."""
        for t in [tok, *governors(tok, self.mod.speech)]:
            if t.i != tok.i and (t.lemma_.lower(), "verb") in self.triggers:
                return False  # "refused to meet": the refusal verb codes itself
            kids = list(t.children)
            if any(c.dep_ == "neg" for c in kids):
                return any(c.dep_ == "aux" and c.lower_ in self.refusals.words for c in kids)
        return False

    def _reported_future(self, tok: Token) -> bool:
        """ "The Kremlin said Putin would travel": a past report's "would" is its future tense."""
        clause = tok
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        return (
            aux == {"would"}
            and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in self.mod.speech
            and clause.head.tag_ == "VBD"
            and not self._conditional(clause)
        )

    def _conditional(self, clause: Token) -> bool:
        """An "if"/"unless" on the clause or on an adverbial clause under it."""
        marks = [c for c in clause.children if c.dep_ == "mark"]
        marks += [m for c in clause.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        return any(m.lower_ in self.mod.hypothetical for m in marks)

    def _mood(self, words: set[str]) -> set[str]:
        out = set()
        for state, lexicon in (
            ("negated", self.mod.negated),
            ("hypothetical", self.mod.hypothetical),
            ("planned", self.mod.planned),
        ):
            if words & lexicon:
                out.add(state)
        return out

    @staticmethod
    def _time(sent: Span, tok: Token, published: dt.date | None, future: bool) -> TimeRef | None:
        """The event's date; with no publication date, only a date the text fixes by itself
        ("on 24 February 2022"): one that resolves the same against two far-apart days."""
        if published is not None:
            return when.resolve(sent, tok, published, future=future)
        a, b = (when.resolve(sent, tok, ref, future=future) for ref in ABSOLUTE_PROBES)
        return a if a.date_text and (a.date, a.date_end) == (b.date, b.date_end) else None

    def _code(self, doc: Doc, si: int, sent: Span, tok: Token, cands: list[Trigger]) -> list[Event]:
        trig = self._match(tok, cands)
        if trig is None:
            note(doc, tok, cands, "no entry's conditions hold")
            return []
        if trig.cameo == NO_EVENT:
            note(doc, tok, cands, "no event: the matching entry says so", trig)
            return []
        if trig.cameo == "010" and not trig.specificity and self._reports_an_act(tok):
            note(doc, tok, cands, "left to the act it announces", trig)
            return []
        site = self._site(tok) if trig.pos == "noun" else tok
        if trig.pos in ("verb", "adj"):
            sources, passive = self._subject(tok)
        else:
            sources, passive = self._noun_source(site), False
        # a person or named organisation the KB lacks still acted; other uncoded phrases are no actors
        sources = [s for s in sources if s.country or s.code or s.how in ("context:person", "context:org")]
        if not sources:
            note(doc, tok, cands, f"{trig.name} matched, but no source actor was found", trig)
            return []
        targets, target_head = self._targets(site, trig, passive)
        modality = self.modality(site)
        published = doc._.published
        tref = self._time(sent, tok, published, modality == "planned")
        loc = where.locate(sent, tok, self.gazetteer)
        code = cameo.lookup(trig.cameo)
        refused = self.refusals.code_for(code.code) if modality == "negated" and self._announced_refusal(tok) else None
        if refused:  # "will not lift the ban": CAMEO's refusal (1241), which did happen
            code, modality = cameo.lookup(refused), "actual"
        pairs: list[tuple[Actor, Actor | None]] = []
        for s in sources:
            ts = [t for t in targets if t is not s]
            if not ts and len(sources) > 1 and not targets and code.code.startswith(tuple(self.mod.symmetric_codes)):
                ts = [o for o in sources if o is not s]  # "Putin and Xi met": each other
            pairs += [(s, t) for t in ts] or [(s, None)]
        t_phrase = phrase(target_head) if target_head is not None else None
        coded = [(s, t, code, modality, self._phrase_of(s, tok), t_phrase) for s, t in pairs]
        if trig.pair:  # "Bree's president arrived in Gondor": Gondor received the visit
            back = cameo.lookup(trig.pair)
            coded += [(t, s, back, modality, tp, sp) for s, t, _, _, sp, tp in coded if t is not None]
        intent = self.intents.code_for(code.code) if modality in ("planned", "hypothetical") and not refused else None
        if intent:  # "the rebels said they will release X": the intent (0353) happened, first
            announcers = self._announcers(tok)
            ic = cameo.lookup(intent)
            coded = [
                (s, t, ic, "actual", sp, tp) for s, t, c, _, sp, tp in coded if c is code and s in announcers
            ] + coded
        demand = self.demands.code_for(code.code) if modality == "hypothetical" else None
        if demand:  # "the EU said Russia must withdraw": the EU demanded a withdrawal (1056)
            dc = cameo.lookup(demand)
            # not of oneself: "Putin said Russia must withdraw" is Russia's own plan
            coded = [
                (sp, s, dc, "actual", None, s_ph)
                for sp in self._demanders(tok)
                for s, t, c, _, s_ph, _ in coded
                if c is code and sp.code != s.code and not (sp.country and s.code == sp.country)
            ] + coded
        out: list[Event] = []
        out_pairs: list[tuple[Actor, Actor | None, str]] = []
        for s, t, c, mod, s_phrase, t_phrase in coded:
            if t is not None and (t is s or (t.kb_id or t.text.lower(), t.code) == (s.kb_id or s.text.lower(), s.code)):
                # one actor named twice ("Putin ... the Russian president"; Sudan withdrawing
                # from a Sudanese town): no dyad, but the act still happened
                if any(o[0] is s and o[1] is None and o[2] == c.code for o in out_pairs):
                    continue
                t, t_phrase = None, None
            out_pairs.append((s, t, c.code))
            conf = 0.5 + 0.2 * (t is not None) + 0.15 * bool(s.kb_id) + 0.15 * bool(t is not None and t.kb_id)
            # the offset in the whole article, so pieces of a long text never share an id
            ident = f"{doc._.article_id}|{doc._.offset + tok.idx}|{s.kb_id or s.code}|{t.kb_id or t.code if t else ''}"
            ident += f"|{c.code}" if mod != modality else ""
            out.append(
                Event(
                    event_id=hashlib.sha1(ident.encode()).hexdigest()[:16],
                    sentence_index=si,
                    sentence=sent.text.strip(),
                    trigger=tok.text,
                    span=[tok.idx, tok.idx + len(tok.text)],
                    source=s.ref(),
                    target=t.ref() if t else None,
                    cameo=c.code,
                    cameo_name=c.name,
                    cameo_root=c.root,
                    plover=c.plover,
                    quad_class=c.quad_class,
                    goldstein=c.goldstein,
                    modality=mod,  # type: ignore[arg-type]
                    date=tref.date if tref else None,
                    date_end=tref.date_end if tref else None,
                    date_text=tref.date_text if tref else None,
                    date_precision=tref.date_precision if tref else None,
                    location=asdict(loc) if loc else None,
                    confidence=round(conf, 2),
                    rule=(trig.name if c is code or mod != modality else f"{trig.name}<-{c.code}")
                    + (
                        "!refusal"
                        if refused
                        else ""
                        if mod == modality
                        else "!demand"
                        if c.code.startswith("10")
                        else "!intent"
                    ),
                    source_phrase=s_phrase,
                    target_phrase=t_phrase,
                )
            )
        note(doc, tok, cands, f"coded {len(out)} event(s)", trig)
        return out


def note(doc: Doc, tok: Token, cands: list[Trigger], outcome: str, trig: Trigger | None = None) -> None:
    """Record why a trigger word did or did not give an event, when the doc asks (`explain`)."""
    if doc._.trace is None:
        return
    doc._.trace.append(
        {
            "token": tok.text,
            "i": tok.i,
            "lemma": tok.lemma_.lower(),
            "pos": tok.pos_,
            "entries": [t.name for t in cands],
            "rule": trig.name if trig else None,
            "outcome": outcome,
        }
    )


@Language.factory(
    "newsgraph_events", assigns=["doc._.events"], requires=["doc._.actor_at"], default_config={"kb_dirs": []}
)
def make_event_coder(nlp: Language, name: str, kb_dirs: list[str]) -> EventCoder:
    return EventCoder(kb_dirs)
