"""Verbs the small parser misread, mended in the tree before the events stage reads it, so every
rule after (subject, object, prepositions, mood) sees the clause a reader sees:

- a sentence's only verb tagged an adjective of the noun after it, its subject a sibling before
  it ("The British [relinquished] control of X to Y": "control" the root, "relinquished" its
  amod): a sentence states its act through a finite verb, so a participle-looking word that is
  the sentence's only verb candidate, with a noun phrase before it, is that verb;
- a verb written with a hyphenated prefix, which the tokenizer splits ("co - sponsored",
  "re - elected") and the parser then hangs anywhere: the verb after the hyphen is the word, its
  prefix a part of it (the lemma "cosponsor" when the lexicon has that verb, else the plain one).

Each repair only moves heads inside one sentence and keeps its one root, so sentence bounds and
token indices (which the actors stage has already keyed) stay as they were."""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.tokens import Doc, Span, Token

# prefixes written with a hyphen before a verb ("co-sponsored", "re-elected", "pre-empted")
VERB_PREFIXES = frozenset({"co", "re", "pre"})
# finite verb tags: a sentence that has one of these has its verb
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# relations of a noun's left dependent that a misread subject takes ("[Rebels] seized ...")
_SUBJECT_SLOTS = frozenset({"nsubj", "amod", "compound", "nmod", "poss"})


def mend_misparsed_verbs(doc: Doc, lexicon: Container[tuple[str, str]]) -> None:
    """Mend, in place, the misparses described in the module docstring (`lexicon`: the trigger
    keys, (lemma, pos), for the joined lemma of a prefixed verb)."""
    for sent in doc.sents:
        for verb in [t for t in sent if t.lower_ in VERB_PREFIXES]:
            _join_prefixed(verb, lexicon)
        _adjective_verb(sent)


def _attach(tok: Token, head: Token, dep: str) -> None:
    """Hang `tok` on `head` (itself for a root) unless that would close a cycle."""
    if head.i != tok.i and tok.is_ancestor(head):
        return
    tok.head = head
    tok.dep_ = dep


def _take_place(verb: Token, top: Token, moved: Iterable[Token]) -> None:
    """Put `verb` where `top` stands in the tree (its head and relation, the root included) and
    hang `moved` (the words that leaned on the misread ones) on it."""
    if top.head.i == top.i:
        _attach(verb, verb, "ROOT")
    else:
        _attach(verb, top.head, top.dep_)
    for t in moved:
        _attach(t, verb, t.dep_)


def _join_prefixed(prefix: Token, lexicon: Container[tuple[str, str]]) -> None:
    """ "co - sponsored": the verb after the hyphen heads the three words, prefix and hyphen
    under it; its lemma is the joined verb's when the lexicon has it ("cosponsor")."""
    doc, i = prefix.doc, prefix.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or prefix.whitespace_ or doc[i + 1].whitespace_:
        return
    verb = doc[i + 2]
    if not verb.tag_.startswith("VB") or verb.sent.start != prefix.sent.start:
        return
    group = (prefix, doc[i + 1], verb)
    if verb.dep_ == "amod" and verb.head.i > verb.i and prefix.head.i == verb.head.i:
        top = None  # "a co-sponsored bill": a modifier all along
    else:
        tops = [t for t in group if t.head.i == t.i or t.head not in group]
        top = next((t for t in tops if t.dep_ == "ROOT"), tops[0] if tops else None)
    if top is not None and top.i != verb.i:
        moved = [c for t in group[:2] for c in t.children if c not in group]
        _take_place(verb, top, moved)
        verb.pos_ = "VERB"
        for c in moved:  # "Senator Smith co-sponsored": the name before, hung as a compound, is the subject
            if c.i < prefix.i and c.dep_ == "compound" and _nominal(c):
                c.dep_ = "nsubj"
    _attach(prefix, verb, "dep")
    _attach(doc[i + 1], verb, "punct")
    prefix.pos_, doc[i + 1].pos_, doc[i + 1].tag_ = "X", "PUNCT", "HYPH"
    joined = prefix.lower_ + verb.lemma_.lower()
    if (joined, "verb") in lexicon:
        verb.lemma_ = joined
    _passive(verb)


def _passive(verb: Token) -> None:
    """ "was co-sponsored by X": the participle the split left as an adjective of "be" is a
    passive verb when an agent ("by X") hangs on it: "be" its auxiliary, the subject passive
    (also when the parser hung the subject on the auxiliary instead)."""
    be = verb.head
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and be.lemma_ == "be" and be.pos_ == "AUX":
        if any(c.dep_ == "agent" for c in verb.children):
            moved = [c for c in be.children if c.i != verb.i]
            _take_place(verb, be, moved)
            _attach(be, verb, "auxpass")
    if verb.tag_ != "VBN":
        return
    for aux in [c for c in verb.children if c.dep_ == "auxpass"]:
        for c in [c for c in aux.children if c.dep_ == "nsubj"]:
            _attach(c, verb, "nsubjpass")
    for c in [c for c in verb.children if c.dep_ == "nsubj" and any(a.dep_ == "auxpass" for a in verb.children)]:
        c.dep_ = "nsubjpass"


def _adjective_verb(sent: Span) -> None:
    """ "The British [relinquished] control of X to Y in 1997": a past form hung as an adjective
    on the root noun after it, in a sentence with no finite verb, after a noun phrase that is a
    dependent of that same noun: the verb of the sentence, the phrase before it its subject,
    the noun its object, and the prepositions after the noun (but "of") its own."""
    noun = sent.root
    if noun.pos_ not in ("NOUN", "PROPN") or any(t.tag_ in _FINITE and t.dep_ != "amod" for t in sent):
        return
    verbs = [c for c in noun.lefts if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.pos_ == "VERB"]
    if len(verbs) != 1:
        return
    verb = verbs[0]
    subject = next((c for c in noun.lefts if c.i < verb.i and c.right_edge.i == verb.i - 1), None)
    if subject is None or subject.dep_ not in _SUBJECT_SLOTS or not _nominal(subject):
        return
    moved = [c for c in noun.children if c.i not in (verb.i, subject.i) and (c.i < verb.i or _verb_dependent(c))]
    _take_place(verb, noun, [c for c in moved if c.dep_ != "det"])
    _attach(subject, verb, "nsubj")
    for c in moved:  # "[The] British relinquished control": the article hung on the object is the subject's
        if c.dep_ == "det":
            _attach(c, subject, "det")
    _attach(noun, verb, "dobj")
    verb.tag_ = "VBD"


def _nominal(t: Token) -> bool:
    """A noun phrase that can be a subject: a noun, name or pronoun, or a people named by its
    adjective after "the" ("the British")."""
    if t.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    return t.pos_ == "ADJ" and t.ent_type_ == "NORP" and t.i > 0 and t.doc[t.i - 1].lower_ == "the"


def _verb_dependent(c: Token) -> bool:
    """A dependent after the object noun that belongs to the verb: a preposition but "of" (the
    noun's own), a time word, or the closing punctuation."""
    return (c.dep_ == "prep" and c.lower_ != "of") or c.dep_ in ("npadvmod", "punct", "advmod")
