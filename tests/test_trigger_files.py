"""The event-trigger dictionaries and the modality lexicon are well-formed data.

Checks the files the events stage reads (docs/kb.md, `rules/triggers-*.yaml`):
every entry names a lemma and a CAMEO code that exists in ontology/cameo.tsv, uses
only the documented keys and target forms, is not a duplicate of another entry, and
together the entries reach all twenty CAMEO roots.  Errors name the file and line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "data"
RULES = DATA / "rules"
CAMEO_TSV = DATA / "ontology" / "cameo.tsv"
TRIGGER_FILES = {"verb": RULES / "triggers-verbs.yaml", "noun": RULES / "triggers-nouns.yaml"}
MODALITY = RULES / "modality.yaml"

ALLOWED_KEYS = {
    "lemma", "pos", "cameo", "target", "particle", "object", "xcomp", "prep", "modifier", "predicate", "clause", "subject", "pair", "note",
    "attack",
}
# object words standing for a named place, person or armed actor, or a name taken as ground (matching.py object_named)
# "@act": any act noun of force or protest; "@igo": any international organisation; "@crowd": a number of a thousand or more; "@aid_team": a team of rescue or medical aid
ENTITY_OBJECTS = {"@place", "@person", "@armed", "@ground", "@act", "@igo", "@crowd", "@aid_team"}
TARGET_RE = re.compile(r"^(dobj|dative|poss|none|prep:[a-z]+)$")
MODALITY_KEYS = {"planned", "hypothetical", "negated", "reported_speech", "unlikely"}
ROOTS = {f"{i:02d}" for i in range(1, 21)}


def is_lemma(value) -> bool:
    """A lower-case word (letters, possibly accented, apostrophe or hyphen): a YAML boolean
    such as an unquoted `off` fails here."""
    return isinstance(value, str) and value == value.lower() and re.fullmatch(r"[^\W\d_][\w'\-]*", value) is not None


def cameo_codes() -> dict[str, str]:
    """code -> root, from the project's CAMEO table."""
    codes = {}
    for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "code":
            continue
        codes[cells[0]] = cells[3]
    return codes


def load_entries(path: Path) -> list[tuple[int, dict]]:
    """The entries of a trigger file with the 1-based line each starts on."""
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    data = yaml.safe_load(text)
    assert isinstance(data, list), f"{path.name}: top level must be a list of entries"
    assert node is not None and len(node.value) == len(data)
    return [(n.start_mark.line + 1, entry) for n, entry in zip(node.value, data)]


def where(path: Path, line: int) -> str:
    return f"{path.name}:{line}"


def condition_key(entry: dict) -> tuple:
    return (
        entry["lemma"],
        entry.get("pos", "verb"),
        entry.get("particle"),
        frozenset(entry.get("object") or ()),
        frozenset(entry.get("xcomp") or ()),
        frozenset(entry.get("predicate") or ()),
        frozenset(entry.get("modifier") or ()),
        frozenset(entry.get("prep") or ()),
        bool(entry.get("clause")),
        frozenset(entry.get("subject") or ()),
    )


@pytest.fixture(scope="module")
def codes() -> dict[str, str]:
    return cameo_codes()


@pytest.fixture(scope="module")
def triggers() -> dict[str, list[tuple[int, dict]]]:
    return {pos: load_entries(path) for pos, path in TRIGGER_FILES.items()}


@pytest.mark.parametrize("pos", sorted(TRIGGER_FILES))
def test_entries_are_well_formed(pos, triggers, codes):
    path = TRIGGER_FILES[pos]
    errors = []
    for line, e in triggers[pos]:
        at = where(path, line)
        if not isinstance(e, dict):
            errors.append(f"{at}: entry is not a mapping")
            continue
        unknown = set(e) - ALLOWED_KEYS
        if unknown:
            errors.append(f"{at}: unknown keys {sorted(unknown)}")
        lemma = e.get("lemma")
        if not is_lemma(lemma):
            errors.append(f"{at}: lemma must be a lower-case string, got {lemma!r}")
        cameo = e.get("cameo")
        if not isinstance(cameo, str):
            errors.append(f"{at}: cameo must be a quoted string, got {cameo!r}")
        elif cameo == "none":
            pass  # a veto: the word's other entries do not apply
        elif cameo not in codes:
            errors.append(f"{at}: cameo {cameo!r} is not in cameo.tsv")
        elif codes[cameo] != cameo[:2]:
            errors.append(f"{at}: cameo {cameo!r} has root {codes[cameo]} in cameo.tsv")
        if e.get("pos", "verb") != pos:
            errors.append(f"{at}: pos {e.get('pos')!r} in the {pos} file (pos must be verb or noun)")
        target = e.get("target")
        if target is not None:
            if not isinstance(target, list) or not target:
                errors.append(f"{at}: target must be a non-empty list")
            else:
                for t in target:
                    if not isinstance(t, str) or not TARGET_RE.match(t):
                        errors.append(f"{at}: target {t!r} is not dobj, dative, poss, none or prep:X")
                if "none" in target and len(target) > 1:
                    errors.append(f"{at}: target 'none' cannot be combined with other places")
        if "particle" in e and not is_lemma(e["particle"]):
            errors.append(f"{at}: particle must be a quoted lower-case string, got {e['particle']!r}")
        if pos == "noun" and "particle" in e:
            errors.append(f"{at}: nouns have no particle")
        if "clause" in e and e["clause"] is not True:
            errors.append(f"{at}: clause is `true` or absent")
        if "attack" in e and e["attack"] is not True:
            errors.append(f"{at}: attack is `true` or absent")
        for key in ("object", "xcomp", "prep", "predicate"):
            if key in e:
                values = e[key]
                if not isinstance(values, list) or not values:
                    errors.append(f"{at}: {key} must be a non-empty list")
                    continue
                for v in values:
                    if key == "object" and v in ENTITY_OBJECTS:
                        continue
                    if not is_lemma(v) and not (key in ("xcomp", "object") and values == ["*"]):
                        errors.append(f"{at}: {key} value {v!r} is not a lower-case lemma (or a lone '*')")
                if len(set(values)) != len(values):
                    errors.append(f"{at}: {key} repeats a lemma")
        if "note" in e and not isinstance(e["note"], str):
            errors.append(f"{at}: note must be a string")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("pos", sorted(TRIGGER_FILES))
def test_no_duplicate_entries(pos, triggers):
    path = TRIGGER_FILES[pos]
    seen: dict[tuple, int] = {}
    errors = []
    for line, e in triggers[pos]:
        key = condition_key(e)
        if key in seen:
            errors.append(f"{where(path, line)}: same lemma/pos/particle/object/xcomp as line {seen[key]}")
        else:
            seen[key] = line
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("pos", sorted(TRIGGER_FILES))
def test_conditions_do_not_overlap(pos, triggers):
    """Two entries of one lemma must not both claim the same object (or xcomp) lemma:
    the 'most conditions wins' rule could not choose between them. One that also names a
    preposition ("battled [with] cancer") has one condition more, so it is another claim."""
    path = TRIGGER_FILES[pos]
    claims: dict[tuple, int] = {}
    errors = []
    for line, e in triggers[pos]:
        base = (
            e["lemma"],
            e.get("pos", "verb"),
            e.get("particle"),
            tuple(e.get("modifier") or ()),
            tuple(e.get("predicate") or ()),
            bool(e.get("clause")),
            tuple(e.get("subject") or ()),
            tuple(e.get("prep") or ()),
        )
        objs = e.get("object") or [None]
        xcomps = e.get("xcomp") or [None]
        for o in objs:
            for x in xcomps:
                key = base + (o, x)
                if key in claims and claims[key] != line:
                    errors.append(
                        f"{where(path, line)}: {e['lemma']!r} object={o!r} xcomp={x!r} already claimed at line {claims[key]}"
                    )
                claims.setdefault(key, line)
    assert not errors, "\n".join(errors)


def test_all_roots_reached(triggers, codes):
    roots_by_pos = {pos: {codes[e["cameo"]] for _, e in entries if e["cameo"] != "none"} for pos, entries in triggers.items()}
    assert not ROOTS - roots_by_pos["verb"], f"roots without a verb trigger: {sorted(ROOTS - roots_by_pos['verb'])}"
    reached = set().union(*roots_by_pos.values())
    assert not ROOTS - reached, f"roots without any trigger: {sorted(ROOTS - reached)}"


def test_enough_entries(triggers):
    assert len(triggers["verb"]) >= 250
    assert len(triggers["noun"]) >= 100


def test_modality_lexicon():
    data = yaml.safe_load(MODALITY.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "modality.yaml must be a mapping"
    assert set(data) >= MODALITY_KEYS, f"missing keys: {sorted(MODALITY_KEYS - set(data))}"
    errors = []
    for key, words in data.items():
        if not isinstance(words, list) or not words:
            errors.append(f"modality.yaml: {key} must be a non-empty list")
            continue
        for w in words:
            if not isinstance(w, str) or w != w.lower() or not w.strip():
                errors.append(f"modality.yaml: {key} has {w!r} (lower-case strings only; quote 'no')")
        if len(set(words)) != len(words):
            errors.append(f"modality.yaml: {key} repeats a word")
    placed = defaultdict(list)
    for key in ("planned", "hypothetical", "negated", "unlikely"):
        for w in data.get(key) or []:
            placed[w].append(key)
    clashes = {w: ks for w, ks in placed.items() if len(ks) > 1}
    if clashes:
        errors.append(f"modality.yaml: words in more than one modality: {clashes}")
    assert not errors, "\n".join(errors)
