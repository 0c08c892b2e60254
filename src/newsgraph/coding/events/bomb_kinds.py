"""The kind of bombing a bomb's, bomber's or bombing's own words name. CAMEO splits its bombing
code (183) by kind: a suicide bombing 1831, a car bombing 1832, a roadside bombing 1833. News
names the kind on the weapon or the attacker, not on the verb ("a [suicide] bomber killed 12", "a
[car] bomb exploded", "a [roadside] bomb killed three soldiers"), so the kind is read off the
modifiers of the noun that names the weapon, blast, act or attacker (events.yaml bombing_kinds)."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import MODIFIER_DEPS, children

# what joins the words of a modifier ("vehicle-borne", "suicide car"): read through to its end
_INNER_DEPS = (*MODIFIER_DEPS, "npadvmod", "hyph", "advmod")


def _modifier_words(noun: Token) -> list[Token]:
    """The words of the noun's modifiers before it, nested ones too ("a [suicide car] bomb",
    "a [vehicle-borne] explosive"): never a clause or phrase after it."""
    found: list[Token] = []
    todo = [c for c in children(noun, *MODIFIER_DEPS) if c.i < noun.i]
    while todo:
        t = todo.pop()
        found.append(t)
        todo += [c for c in children(t, *_INNER_DEPS) if c.i < noun.i]
    return found


def bombing_kind(noun: Token, kinds: dict[str, str]) -> str | None:
    """The finer bombing code (1831, 1832, 1833) the noun or its modifiers name ("suicide bomber",
    "car bomb", "roadside bomb", "VBIED"), the first of `kinds` (events.yaml bombing_kinds) that
    is named; None when none is."""
    named = {t.lemma_.lower() for t in (noun, *_modifier_words(noun))} | {
        t.lower_ for t in (noun, *_modifier_words(noun))
    }
    return next((code for word, code in kinds.items() if word in named), None)


def refined(code: str, noun: Token | None, kinds: dict[str, str]) -> str:
    """A bombing's general code (183) made the kind its noun names ("a car bomb": 1832); any
    other code, or a noun that names no kind, as it is."""
    if noun is None or code != "183":
        return code
    return bombing_kind(noun, kinds) or code


def object_kind(verb: Token, code: str, kinds: dict[str, str]) -> str:
    """A verb of bombing coded 183 takes the kind its object names ("detonated a [roadside] bomb",
    "used a [car] bomb", "set off a [truck] bomb"), or a passive's subject ("a [car] bomb was
    rammed into X"): 1833, 1832; any other code as it is."""
    if code != "183":
        return code
    return next((k for o in children(verb, "dobj", "nsubjpass") if (k := bombing_kind(o, kinds))), code)
