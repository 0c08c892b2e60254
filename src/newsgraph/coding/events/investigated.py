"""What an investigation looks into gives its CAMEO subcode (09x): "launched a probe into
[corruption]" 091, "investigated allegations of [torture]" 092, "an inquiry into the [shelling]" 093,
"a [war] crimes investigation" 094 (events.yaml `investigated_kinds`). The thing is the object of
a verb of investigating, the "into"/"of" phrase of an investigation noun (also one a verb
launches or opens), or the "of" phrase of a claim noun in either place ("allegations of torture";
modality.yaml `claim_nouns`); a modifier of it names its kind before its own word ("[war] crimes").
The GUIDELINE asks for the most specific code the text justifies; a thing of no listed kind leaves
the parent code (090)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules, ModalityRules
from .lexicon import Trigger
from .syntax import children, prep_objects

INVESTIGATE = "090"
_INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe"})


@cache
def _kinds() -> tuple[dict[str, str], frozenset[str]]:
    """events.yaml investigated_kinds as word -> code, and modality.yaml claim_nouns."""
    kinds = {w.lower(): code for code, words in load_rules(EventRules).investigated_kinds.items() for w in words}
    return kinds, lowered(load_rules(ModalityRules).claim_nouns)


def investigated_kind(tok: Token, trig: Trigger) -> Trigger:
    """The investigation's entry with the subcode of what it looks into, when the entry is the bare
    090 and the thing is of a listed kind; the entry otherwise."""
    if trig.cameo != INVESTIGATE:
        return trig
    kinds, claims = _kinds()
    for thing in _things(tok, claims):
        mods = [c.lemma_.lower() for c in thing.children if c.dep_ in ("compound", "amod")]
        code = next((kinds[m] for m in mods if m in kinds), None) or kinds.get(thing.lemma_.lower())
        if code:
            return replace(trig, cameo=code)
    return trig


def _things(tok: Token, claims: frozenset[str]) -> list[Token]:
    """What the investigation at `tok` looks into, claim nouns opened to what they claim."""
    if tok.pos_ == "NOUN":
        nouns = [tok]
        found = [c for c in tok.children if c.dep_ == "compound"]  # "a [corruption] probe"
    else:
        nouns = [o for o in children(tok, "dobj") if o.lemma_.lower() in _INQUIRY_NOUNS]
        found = [o for o in children(tok, "dobj", "nsubjpass") if o.lemma_.lower() not in _INQUIRY_NOUNS]
        # the phrase the parser hangs on the verb ("launched a probe [into] X", "investigated Y [for] X")
        found += prep_objects(tok, "into") + prep_objects(tok, "for")
    for n in nouns:
        found += [c for c in n.children if c.dep_ == "compound"]
        found += prep_objects(n, "into") + prep_objects(n, "of")
    out: list[Token] = []
    for t in found:
        out.append(t)
        if t.lemma_.lower() in claims:
            out += prep_objects(t, "of")  # "allegations of [torture]"
    return out
