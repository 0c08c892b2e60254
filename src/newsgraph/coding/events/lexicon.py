"""The events stage's rule files, read and checked: the trigger entries (`rules/triggers-*.yaml`,
format in docs/kb.md), the act maps of announced refusals, intents and demands, and the
modality word lists (`rules/modality.yaml`, `rules/events.yaml`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, cast

from ...kb import DATA_DIR, cameo
from ...rulefile import RuleError, read_yaml

RULES_DIR = DATA_DIR / "rules"
TARGET_FORMS = ("dobj", "dative", "poss", "none", "nsubj")
TRIGGER_KEYS = {"lemma", "pos", "cameo", "pair", "target", "particle", "object", "xcomp", "prep", "modifier", "note"}
# the `cameo` of an entry that vetoes the word's other readings ("fought corruption": no event)
NO_EVENT = "none"
DEFAULT_TARGETS = {
    "verb": ("dobj",),
    "noun": ("prep:of", "prep:to", "prep:against", "prep:on", "prep:with"),
    "adj": ("prep:about", "prep:of", "prep:over", "prep:with"),  # "skeptical of X"
}


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


#: trigger entries by (lemma, pos), most specific first
TriggerTable = dict[tuple[str, str], list[Trigger]]


def _as_tuple(v: object) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v.lower(),)
    return tuple(str(x).lower() for x in cast(Iterable[object], v))


def load_triggers(paths: Iterable[Path]) -> TriggerTable:
    """Trigger entries by (lemma, pos), validated: every code must exist in CAMEO."""
    table: TriggerTable = {}
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
class ModalityWords:
    """The word lists of `rules/modality.yaml` (and `events.yaml`) the stage reads the parse with:
    the moods (planned, hypothetical, negated), and the words that steer source and target."""

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


def load_modality(path: Path) -> ModalityWords:
    data = read_yaml(path) or {}

    def words(*keys: str) -> frozenset[str]:
        out: set[str] = set()
        for k in keys:
            out.update(str(w).lower() for w in data.get(k) or [])
        return frozenset(out)

    return ModalityWords(
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
def modality() -> ModalityWords:
    """The modality words (`rules/modality.yaml` and `rules/events.yaml`), read once for every stage."""
    mod = load_modality(RULES_DIR / "modality.yaml")
    extra = RULES_DIR / "events.yaml"
    if extra.exists():
        more = load_modality(extra)
        mod = ModalityWords(*(a | b for a, b in zip(vars(mod).values(), vars(more).values())))
    return mod


class Rules(NamedTuple):
    """What `rules()` gives: a named tuple, so `table, words = rules(dirs)` still unpacks."""

    triggers: TriggerTable
    words: ModalityWords


@lru_cache(maxsize=4)
def rules(kb_dirs: tuple[Path, ...] = ()) -> Rules:
    """Triggers from the bundled and user rule folders, and the modality words."""
    # user folders first: at equal conditions the first entry wins, so a user's entry outranks ours
    paths = [p for d in kb_dirs for p in sorted(Path(d).glob("triggers-*.yaml"))]
    paths += sorted(RULES_DIR.glob("triggers-*.yaml"))
    return Rules(load_triggers(paths), modality())
