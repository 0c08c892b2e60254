"""Headline passives written without "was" ("Former president Salas [sentenced] to 14 years",
"Opposition leader [arrested] in Harare"), mended in the tree before the events stage reads it,
as misparsed_verbs.py mends other misread verbs: a verb of a legal act that is never used without
an object (`_OBJECT_ONLY`), with a subject but no object, auxiliary or clause of its own, is that
subject's passive; so is its participle hung on a verbless sentence's root noun. Only heads and
relations inside one sentence change, its one root kept."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..component import forget_tags
from .misparsed_verbs import _attach as attach
from .misparsed_verbs import _finite as finite
from .misparsed_verbs import _take_place as take_place

# verbs of a legal act on a person that take an object whenever active: with none, a headline's
# passive ("X sentenced to 14 years" is "X [was] sentenced", not X sentencing someone)
_OBJECT_ONLY = frozenset(
    {"sentence", "jail", "imprison", "convict", "indict", "detain", "arrest", "extradite", "deport", "acquit"}
)
# what an active verb of _OBJECT_ONLY has: its object, or a clause in its place
_OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "aux", "auxpass", "agent", "attr", "oprd"})


def mend_headline_passives(doc: Doc) -> None:
    """Mend, in place, every sentence's headline passive (`headline_passive`)."""
    for sent in doc.sents:
        headline_passive(sent)
    forget_tags(doc)  # the tags changed: component.words_tagged reads them anew


def headline_passive(sent: Span) -> None:
    """ "Former president Salas [sentenced] to 14 years": a headline drops the passive's "was",
    and the parser reads an active verb whose subject is the one sentenced. A verb of
    `_OBJECT_ONLY` with a subject and no object or clause of its own (`_OBJECT_DEPS`) cannot be
    active: its subject is the passive's. "Opposition leader [arrested] in Harare": in a
    sentence with no finite verb, such a participle hung on the root noun is its verb, the noun
    its passive subject."""
    root = sent.root
    if root.lemma_.lower() not in _OBJECT_ONLY:
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if root.pos_ not in ("NOUN", "PROPN") or verb is None or any(finite(t) for t in sent):
            return
        if verb.lemma_.lower() not in _OBJECT_ONLY or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            return
        take_place(verb, root, [c for c in root.children if c.dep_ == "punct" and c.i > verb.i])
        attach(root, verb, "nsubjpass")
        verb.tag_ = "VBN"
        return
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or any(c.dep_ in _OBJECT_DEPS for c in root.children):
        return
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects:
        return
    for c in subjects:
        c.dep_ = "nsubjpass"
    root.tag_ = "VBN"
