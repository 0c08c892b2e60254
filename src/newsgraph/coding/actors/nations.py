"""A nation named by its demonym alone after "the" ("The British withdrew", "the French and
the Dutch protested", "talks with the Chinese"): the demonyms that make their plural without
an -s (British, French, Dutch, Chinese, Japanese, Swiss) stand for the whole nation when no
noun follows them. Coded as the country (like "the Russians" or "Iran denied"), which
GUIDELINE.md codes as its government when it acts as a state. Not "the British ambassador",
"the French and German governments" (a noun or a list of modifiers follows) nor "British
people" (no "the")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

# the endings of demonyms whose plural is the adjective itself ("the British", "the Chinese")
_PLURAL_AS_IS = ("sh", "ch", "ese", "ss")
# what may follow such a nation: a verb, an adverb, a preposition, a relative word, the sentence's end
_AFTER_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "PRON", "PART"})
_AFTER_PUNCT = frozenset({".", ";", ":", "?", "!", ")", '"', "'"})


def nation_named(ent: Span) -> bool:
    """Is a one-word demonym entity, opened by "the" and followed by no noun, the nation itself?"""
    if len(ent) != 1 or not ent.start:
        return False
    word = ent[0]
    if not word.lower_.endswith(_PLURAL_AS_IS) or ent.doc[ent.start - 1].lower_ != "the":
        return False
    if ent.end == len(ent.doc):
        return True
    nxt = ent.doc[ent.end]
    if nxt.pos_ == "PART" and nxt.lower_ in ("'s", "’s"):
        return True  # "the British's withdrawal"
    if nxt.pos_ == "CCONJ":
        # "the French and the Dutch": another nation, not a list of modifiers ("the French and Dutch fleets")
        return ent.end + 1 < len(ent.doc) and ent.doc[ent.end + 1].lower_ == "the"
    return nxt.pos_ in _AFTER_POS - {"PART"} or nxt.text in _AFTER_PUNCT


# the words that count a singular demonym as one person ("a Palestinian", "another Iraqi")
_ONE = frozenset({"a", "an", "another", "one"})
# the roles of a noun (not a modifier: "a Palestinian farmer" counts the farmer)
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})


def one_of_nation(ent: Span) -> bool:
    """Is a one-word singular demonym entity a noun counted as one person ("[a Palestinian] was
    shot dead", "stabbed [an Iraqi]", "[another Afghan] was killed")? A private person of that
    country, not the nation; not a modifier ("a Palestinian farmer": the article is the farmer's)."""
    if len(ent) != 1:
        return False
    word = ent[0]
    if word.tag_ != "NNP" or word.dep_ not in _NOUN_ROLES:
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE for c in word.children)


_HYPHENS = frozenset({"-", "‐", "‑"})


def widen_hyphenated_names(doc: Doc, is_title: Callable[[str], bool]) -> None:
    """A person's name whose hyphenated given name the NER left out ("Man-kei Tam" tagged "Tam",
    "Jean-Luc Martin" tagged "Martin"): the entity takes the given name written right before it,
    a capitalised word, a hyphen and a word with no space between them. Not a hyphenated word
    that is not a name ("pro-Beijing Tam", "ex-minister Tam": the first part is lowercase) nor
    a hyphenated title ("Secretary-General X", "Major-General Y": `is_title` knows a part)."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        s = ent.start
        if ent.label_ != "PERSON" or s < 3:
            continue
        first, hyphen, second = doc[s - 3], doc[s - 2], doc[s - 1]
        if hyphen.text not in _HYPHENS or first.whitespace_ or hyphen.whitespace_ or not second.whitespace_:
            continue
        if not (first.is_alpha and second.is_alpha and first.text[:1].isupper() and not first.is_upper):
            continue
        if is_title(first.lower_) or is_title(second.lower_):
            continue
        if any(t.ent_type_ for t in (first, hyphen, second)) or (s > 3 and doc[s - 4].text in _HYPHENS):
            continue
        ents[n] = Span(doc, s - 3, ent.end, label=ent.label_)
        changed = True
    if changed:
        doc.ents = ents
