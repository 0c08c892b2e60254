"""Verbs the small parser misread, mended in the tree before the events stage reads it, so every
rule after (subject, object, prepositions, mood) sees the clause a reader sees. A sentence states
its act through a finite verb; where the parse leaves it none, or splits the verb, the word a
reader takes for the verb is made the verb:

- a verb written with a hyphenated prefix, which the tokenizer splits ("co - sponsored",
  "re - opened") and the parser then hangs anywhere: the verb after the hyphen heads the three
  words (the lemma "cosponsor" when the lexicon has that verb, else the plain one), and "was
  co-sponsored by X" is a passive;
- a sentence's only verb tagged an adjective of the noun after it: on the root noun with its
  subject a sibling before it ("The British [relinquished] control of X to Y"), or opening the
  object's phrase after a verbless subject ("Rebels led by X, [captured] towns");
- "have" right before a participle hung as an adjective of its object: the perfect ("the raid
  had [targeted] fishermen");
- a root noun coordinated with a finite verb ("a bomb [hit] and wrecked"), and a verb's subject
  hung on it as a compound ("a mortar [hit] ...");
- a past form hung as a clause of a noun after a verbless subject and the participle or time
  word between them ("Insurgents riding motorcycles [shot] at the soldiers", "Some 50 women
  today [protested] in X"), when it acts on something or a time word stands before it;
- a word tagged a noun that the parser made a clause with a subject of its own ("While the
  Syrian Armed Forces [target] X, ..."): a verb of the present, when the lexicon has that verb;
- a past tense (VBD, never a noun's modifier) hung as a modifier of the name after it, after a
  root noun ("Croatian forces on Saturday [captured] Knin, ... and set ..."): the verb;
- a verbless sentence's participle of a bomb going off hung on its root noun as a reduced
  relative ("A car bomb [detonated] near a US convoy"): the verb, the noun its subject;
- a sentence's opening gerund the parser made an auxiliary ("[Shelling] hit a trolleybus"): the
  subject noun of the verb, when the lexicon has that noun; and a gerund subject with no object,
  subject or auxiliary of its own ("[Fighting] between troops and rebels killed 20"): a noun too,
  also when the parser made its adjective the subject ("Heavy [shelling] killed 20");
- a passive whose auxiliary a time phrase parts from its participle ("A car bomb was on Monday
  [rammed] into a base"), the participle hung on "be" as a clause: the passive verb;
- a fronted phrase the parser split, its preposition left with no object and its noun made the
  verb's subject ("then [at] the government's request returned"; also with "at" made a
  subordinator): the noun is the preposition's object again, so the verb's subject is its
  clause's ("the troops left X, then ... returned") and the phrase conditions the entry
  ("returned at X's request");
- a plural noun of an act the parser read as a verb with the noun before it as its subject, the
  clause hung on a verb that has no object ("imposed [asset] [freezes] and travel bans on X"):
  the object noun, when the lexicon has it as a noun, the word before it a compound;
- a participle set off by commas after the subject ("The Kremlin, [asked] about the case,
  declined to comment") that the parser made a clause of its own with the subject for its own,
  leaving the main verb none: the subject is the main verb's again, the participle its modifier;
- the Latin "persona non grata", which the parser reads as a clause ("declared [the attache]
  [persona] ... grata", "persona" a verb) or scatters over the objects: its three words are the
  predicate of the "declare" verb that governs them, and the diplomats it names are that verb's
  object (or stay its passive subject), as in "declared the group a terrorist organisation".

Each repair only moves heads inside one sentence and keeps its one root, so sentence bounds and
token indices (which the actors stage has already keyed) stay as they were."""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..component import forget_tags, tokens_with
from .elsewhere import stranded_prep
from .syntax import children

# prefixes written with a hyphen before a verb ("co-sponsored", "re-elected", "pre-empted", "counter-attacked")
VERB_PREFIXES = frozenset({"co", "re", "pre", "counter"})
_HAVE = frozenset({"have"})
# finite verb tags: a sentence that has one of these has its verb
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# relations of a clause's head: a noun hung so with a subject of its own is a verb ("While X [target] Y")
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "ccomp", "relcl"})
# a subject the parser may have made of a fronted phrase's noun ("then at X's [request] returned")
_SUBJECT = frozenset({"nsubj"})
# prepositions that never open a clause: as a subordinator ("mark") before a subject noun they are
# a fronted phrase the parser split ("then [at] the government's request returned")
_PREPOSITIONS_ONLY = frozenset({"at", "upon", "per"})
# a noun phrase's own dependents: a word that has one is a noun ("[the] target")
_NOUN_DEPS = frozenset({"det", "poss", "amod", "nummod", "case"})
# an auxiliary the parser may have made of a sentence's opening gerund ("[Shelling] hit a bus")
_AUX = frozenset({"aux"})
# verbs of a bomb going off, whose bomb is their subject ("a car bomb detonated", "exploded") or
# their passive's ("was detonated"): either way an unnamed bombing (_blast_fragment)
_GOING_OFF = frozenset({"detonate", "explode"})
# relations of a noun's left dependent that a misread subject takes ("[Rebels] seized ...")
_SUBJECT_SLOTS = frozenset({"nsubj", "amod", "compound", "nmod", "poss"})
# the Latin predicate of a diplomat's expulsion, and the verbs that state it ("declared X persona non grata")
_GRATA = frozenset({"grata"})
_DECLARE = frozenset({"declare"})


def mend_misparsed_verbs(doc: Doc, lexicon: Container[tuple[str, str]]) -> None:
    """Mend, in place, the misparses described in the module docstring (`lexicon`: the trigger
    keys, (lemma, pos), for the joined lemma of a prefixed verb). Words are found by one array
    read (`tokens_with`), a sentence's root by the parse: no pass over every word."""
    for prefix in tokens_with(doc, LOWER, VERB_PREFIXES):
        _join_prefixed(prefix, lexicon)
    for have in tokens_with(doc, LEMMA, _HAVE):
        _perfect(have)
    for clause in tokens_with(doc, DEP, _CLAUSE_DEPS):
        _noun_with_subject(clause, lexicon)
        _plural_object_read_as_verb(clause, lexicon)
    for subject in tokens_with(doc, DEP, _SUBJECT):
        _fronted_phrase(subject)
        _gerund_noun(subject, lexicon)
    for aux in tokens_with(doc, DEP, _AUX):
        _gerund_subject(aux, lexicon)
    for grata in tokens_with(doc, LOWER, _GRATA):
        _persona_non_grata(grata)
    for sent in doc.sents:
        _adjective_verb(sent)
        _blast_fragment(sent)
        _noun_joined_to_verb(sent)
        _verb_after_participle(sent)
        _verb_opening_participle_object(sent)
        _past_tense_modifier(sent)
        _split_passive(sent)
        _parenthetical_participle(sent)
    forget_tags(doc)  # the tags changed: component.words_tagged reads them anew


def _attach(tok: Token, head: Token, dep: str) -> None:
    """Hang `tok` on `head` (itself for a root) unless that would close a cycle."""
    if head.i != tok.i and tok.is_ancestor(head):
        return
    tok.head = head
    tok.dep_ = dep


def _fronted_phrase(noun: Token) -> None:
    """ "then [at] the government's request returned": the split phrase's noun back under its
    preposition (elsewhere.stranded_prep, or one the parser made a subordinator though it never
    opens a clause: _PREPOSITIONS_ONLY), as its object."""
    prep = stranded_prep(noun)
    if prep is None and noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and noun.i not in noun.doc._.actor_at:
        p = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if p is not None and p.dep_ == "mark" and p.lower_ in _PREPOSITIONS_ONLY and p.head.i == noun.head.i:
            prep = p
            prep.dep_ = "prep"
    if prep is not None:
        _attach(noun, prep, "pobj")


def _persona_non_grata(grata: Token) -> None:
    """ "declared three diplomats [persona non grata]": the three words, however the parser hung
    them, are one predicate (an "oprd" noun "persona" with "non" and "grata" on it) of the
    "declare" verb above them; the words that leaned on them hang on that verb, a subject the
    parser gave "persona" ("[the attache] persona") as its object, unless the verb is passive
    ("the envoy was declared persona non grata") and so has its subject already."""
    doc, i = grata.doc, grata.i
    if i < 2 or doc[i - 1].lower_ != "non" or doc[i - 2].lower_ != "persona":
        return
    persona, non = doc[i - 2], doc[i - 1]
    phrase = (persona, non, grata)
    verb = next((a for a in persona.ancestors if a not in phrase and a.lemma_.lower() in _DECLARE), None)
    if verb is None:
        verb = next((a for a in grata.ancestors if a not in phrase and a.lemma_.lower() in _DECLARE), None)
    if verb is None or verb.sent.start != persona.sent.start:
        return
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    for c in [c for t in phrase for c in t.children if c not in phrase]:
        dep = "dobj" if c.dep_ in ("nsubj", "dobj") and not passive else c.dep_
        _attach(c, verb, dep)
    _attach(persona, verb, "oprd")
    _attach(non, persona, "amod")
    _attach(grata, persona, "amod")
    persona.pos_, persona.tag_ = "NOUN", "NN"
    grata.pos_, grata.tag_ = "NOUN", "NN"
    non.pos_, non.tag_ = "ADJ", "JJ"


def _gerund_subject(aux: Token, lexicon: Container[tuple[str, str]]) -> None:
    """ "[Shelling] hit a trolleybus": a sentence's opening "-ing" word the parser made the
    auxiliary of a past or present verb that has no subject is that verb's subject, a noun, when
    the lexicon has it as one ("shelling", "fighting"). No auxiliary ends in "-ing" before a
    finite verb ("being" and "having" come before a participle)."""
    verb = aux.head
    if aux.i != aux.sent.start or not aux.lower_.endswith("ing") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    if children(verb, "nsubj", "nsubjpass", "expl") or (aux.lower_, "noun") not in lexicon:
        return
    aux.pos_, aux.tag_, aux.lemma_ = "NOUN", "NN", aux.lower_
    _attach(aux, verb, "nsubj")


def _gerund_noun(subject: Token, lexicon: Container[tuple[str, str]]) -> None:
    """ "[Fighting] between troops and rebels killed 20": a finite verb's "-ing" subject with no
    object, subject or auxiliary of its own (not "[shelling] the town killed 20", a clause) is the
    noun the lexicon has ("fighting", "shelling"), whose act the verb reports. So too when the
    parser made its adjective the subject and the gerund that adjective's clause ("[Heavy]
    shelling in X killed 20"): the gerund is the subject, the adjective its modifier."""
    verb, adjective = subject.head, None
    if subject.pos_ == "ADJ" and subject.i + 1 < len(subject.doc):
        adjective, subject = subject, subject.doc[subject.i + 1]
        if subject.dep_ != "acl" or subject.head.i != adjective.i:
            return
    if subject.tag_ != "VBG" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    if children(subject, "dobj", "nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp"):
        return
    if (subject.lower_, "noun") in lexicon:
        subject.pos_, subject.tag_, subject.lemma_ = "NOUN", "NN", subject.lower_
        if adjective is not None:
            _attach(subject, verb, "nsubj")
            _attach(adjective, subject, "amod")


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


def _split_passive(sent: Span) -> None:
    """ "A car bomb was on Monday [rammed] into a base": a passive whose auxiliary a time phrase
    parts from its participle, which the parser made the root "be" (with the subject) and hung
    the participle on it as a clause with no subject or auxiliary of its own: the participle is
    the passive verb, "be" its auxiliary, the subject its passive subject."""
    be = sent.root
    if be.lemma_ != "be" or be.pos_ != "AUX" or not any(c.dep_ == "nsubj" for c in be.children):
        return
    verb = next((c for c in be.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD") and c.i > be.i), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return
    between = list(sent.doc[be.i + 1 : verb.i])
    if not between or not all(be.i <= t.head.i <= verb.i for t in between):
        return  # only a phrase of time or manner lies between them ("was [on Monday] rammed")
    if not all(t.dep_ in ("prep", "npadvmod", "advmod") for t in between if t.head.i in (be.i, verb.i)):
        return
    _take_place(verb, be, [c for c in be.children if c.i != verb.i])
    _attach(be, verb, "auxpass")
    verb.tag_ = "VBN"  # a past form after "was" (tagged VBD as often): the participle
    for c in [c for c in verb.children if c.dep_ == "nsubj"]:
        c.dep_ = "nsubjpass"


def _parenthetical_participle(sent: Span) -> None:
    """ "The Kremlin, [asked] about the case on Thursday, declined to comment": the sentence's verb
    has no subject, and a past participle before it, set off by a comma after the subject, took
    that subject as a clause (parataxis) of its own: the subject is the verb's, the participle a
    modifier of the subject (as "The embassy, contacted by Reuters, declined" is parsed)."""
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return
    # a past form (VBD as often as VBN, "asked" being both) with no auxiliary, object or subject after it
    part = next((c for c in root.children if c.dep_ == "parataxis" and c.i < root.i and c.tag_ in ("VBN", "VBD")), None)
    if part is None or any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in part.children):
        return
    subj = [c for c in part.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].i > part.i:
        return
    if sent.doc[part.i - 1].text != ",":
        return  # set off: the comma right before the participle (the parser may hang it on the subject)
    _attach(subj[0], root, "nsubj")
    _attach(part, subj[0], "acl")


def _blast_fragment(sent: Span) -> None:
    """ "A car bomb [detonated] near a US convoy in X": a sentence with a noun for its root and no
    finite verb whose participle of a bomb going off (`_GOING_OFF`) the parser hung on that noun as
    a reduced relative ("a bomb [that was] detonated") is its verb, the noun its subject. Either
    reading tells the same act (a bomb that went off), so the verb is active, as "exploded" is."""
    root = sent.root
    if root.pos_ != "NOUN" or any(_finite(t) for t in sent):
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if verb is None or verb.lemma_.lower() not in _GOING_OFF or any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return
    _take_place(verb, root, [c for c in root.children if c.dep_ == "punct" and c.i > verb.i])
    _attach(root, verb, "nsubj")
    verb.tag_ = "VBD"


def _adjective_verb(sent: Span) -> None:
    """A sentence with a noun for its root and no finite verb whose one past form is hung as an
    adjective of a noun after it: that past form is the sentence's verb. Either on the root noun
    itself, after a noun phrase that is that noun's dependent ("The British [relinquished]
    control of X to Y in 1997": the phrase before it the subject, the noun the object, the
    prepositions after the noun but "of" the verb's), or opening a noun phrase inside the root's
    ("Rebels led by X, [captured] towns in Y": the root the subject, that phrase the object)."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(_finite(t) for t in sent):
        return
    verbs = [t for t in sent if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].head.i < verbs[0].i:
        return
    verb = verbs[0]
    if verb.head.i != root.i:
        _verb_inside_subject(root, verb)
        return
    subject = next((c for c in root.lefts if c.i < verb.i and c.right_edge.i == verb.i - 1), None)
    if subject is None or subject.dep_ not in _SUBJECT_SLOTS or not _nominal(subject):
        return
    moved = [c for c in root.children if c.i not in (verb.i, subject.i) and (c.i < verb.i or _verb_dependent(c))]
    _take_place(verb, root, [c for c in moved if c.dep_ != "det"])
    _attach(subject, verb, "nsubj")
    for c in moved:  # "[The] British relinquished control": the article hung on the object is the subject's
        if c.dep_ == "det":
            _attach(c, subject, "det")
    _attach(root, verb, "dobj")
    verb.tag_ = "VBD"


def _verb_inside_subject(root: Token, verb: Token) -> None:
    """ "Rebels led by X, [captured] towns": the past form opens the object's phrase (nothing of
    that phrase before it) after the root noun, which is its subject."""
    obj = verb.head
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # "shot [rubber] tapper X": the name heads the object
    if obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != verb.left_edge.i or verb.left_edge.i <= root.i:
        return
    moved = [c for c in root.children if c.i > obj.right_edge.i]
    _take_place(verb, root, moved)
    _attach(root, verb, "nsubj")
    _attach(obj, verb, "dobj")
    verb.tag_ = "VBD"


def _verb_after_participle(sent: Span) -> None:
    """ "Insurgents riding motorcycles [shot] at the soldiers", "Some 50 women today [protested] in
    X": a sentence whose root is a noun (the parser found no verb) and whose past form after it
    is hung as a clause of that noun or of the object of the participle between them ("riding
    [motorcycles]"). English puts the verb after its subject and what describes it, so that past
    form is the sentence's verb, the root noun its subject, when it reads as active: it has an
    object or an "at" phrase (aimed at someone), a time word before it, or it is tagged a past
    tense (not a participle) hung on the root noun with no "by" agent ("Thousands [protested]
    outside the embassy"). A reduced relative
    ("Soldiers killed in an ambush", "Militants riding motorcycles killed in a raid") has neither
    and stays as it is."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(_finite(t) and t.dep_ != "acl" for t in sent):
        return
    participles = [c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBG"]
    hosts = [root] + [o for p in participles for o in p.children if o.dep_ in ("dobj", "npadvmod")]
    verb = next(
        (c for h in hosts for c in h.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.pos_ == "VERB"),
        None,
    )
    if verb is None:
        return
    # a past tense (VBD; a participle is VBN) with no "by" agent on the root noun itself is no
    # reduced relative: "Thousands [protested] outside the embassy"
    past = verb.tag_ == "VBD" and verb.head.i == root.i and not any(c.dep_ == "agent" for c in verb.children)
    if verb.head.i == root.i and not participles and not _timed(verb) and not past:
        return
    acts = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at") for c in verb.children)
    if not acts and not _timed(verb) and not past:
        return
    _take_place(verb, root, [c for c in root.children if c.i > verb.i])
    _attach(root, verb, "nsubj")
    verb.tag_ = "VBD"


def _verb_opening_participle_object(sent: Span) -> None:
    """ "Herdsmen numbering about 20 [attacked] mourners and killed four", "Gunmen riding on a
    motorcycle [opened] fire": in a sentence whose root is a noun, a past form hung as an adjective
    of a noun in the phrase of the participle after the root, with a word of that phrase before
    it ("20", "motorcycle"), splits the phrase: the word before it ends the participle's phrase,
    the past form is the verb (the root its subject, its noun its object) and the verbs
    coordinated after it are its own. A participle before a noun with nothing of the phrase
    before it ("riding [armoured] vehicles") stays an adjective."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    participles = [c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBG"]
    if len(participles) != 1:
        return
    part = participles[0]
    slots = [o for o in part.children if o.dep_ == "dobj"]
    slots += [o for p in part.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    verb = next((c for n in slots for c in n.lefts if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")), None)
    if verb is None or verb.pos_ != "VERB" or verb.i - 1 <= part.i:
        return
    noun, prev = verb.head, sent.doc[verb.i - 1]
    if prev.head.i not in (noun.i, verb.i) or prev.pos_ not in ("NOUN", "PROPN", "NUM"):
        return
    if any(_finite(t) and not (t.dep_ == "conj" and t.head.i in (root.i, part.i)) for t in sent):
        return
    moved = [c for h in (root, part) for c in h.children if c.i > noun.i and c.dep_ in ("cc", "conj", "punct")]
    slot_head, slot_dep = noun.head, noun.dep_
    _take_place(verb, root, [])
    _attach(root, verb, "nsubj")
    _attach(prev, slot_head, slot_dep)  # "numbering [about 20]", "riding on [a motorcycle]"
    for c in [c for c in noun.lefts if c.i < prev.i]:
        _attach(c, prev, c.dep_)
    _attach(noun, verb, "dobj")
    for c in moved:
        _attach(c, verb, c.dep_)
    verb.tag_ = "VBD"


def _past_tense_modifier(sent: Span) -> None:
    """ "Croatian armed forces midday Saturday [captured] Knin, ..., and set the flag ...": the
    tagger read a past tense (VBD: a participle, VBN, may modify a noun, a past tense never does),
    the parser hung it as a compound or adjective of the name after it, in a sentence whose root
    is a noun before it and whose only other finite verbs are coordinated with that noun or the
    name. The past tense is the verb: the root noun its subject, the name its object, the time
    words between them and the verbs coordinated after it ("and set ...") its own."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next((t for t in root.subtree if t.tag_ == "VBD" and t.dep_ in ("compound", "amod")), None)
    if verb is None:
        return
    obj = verb.head
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # "[captured] Port Harcourt": the name's head
    if obj.i < verb.i or obj.pos_ not in ("NOUN", "PROPN"):
        return
    # (not "Croatian [troops] midday Saturday captured [Knin]", the subject a compound of the name:
    # the actors stage took the whole phrase for one actor, which the verb would then act on)
    subject = root if root.i < verb.i and obj.head.i == root.i else None
    if subject is None or any(_finite(t) and t.i != verb.i and t.head.i not in (root.i, obj.i) for t in sent):
        return
    between = [t for t in sent[subject.i + 1 : verb.i] if t.head.i in (subject.i, obj.i, root.i)]
    after = [c for h in (root, obj) for c in h.children if c.i > obj.i and c.dep_ in ("cc", "conj", "punct")]
    after = [c for c in after if c.dep_ != "punct" or c.i == sent.end - 1]  # the closing stop, not the name's commas
    _take_place(verb, root, [])
    _attach(subject, verb, "nsubj")
    _attach(obj, verb, "dobj")
    for t in between:
        _attach(t, verb, "npadvmod")  # "midday Saturday captured": the time of the act
    for c in after:
        _attach(c, verb, c.dep_)  # "..., and [set] the flag": coordinated with the verb
    verb.pos_ = "VERB"


def _noun_with_subject(t: Token, lexicon: Container[tuple[str, str]]) -> None:
    """ "While the Syrian Armed Forces [target] X, ...": a word tagged a noun that heads a clause
    (the root, or an adverbial, complement or relative clause) with a subject before it and none
    of a noun phrase's own words (no article, possessive, adjective or number) is a verb of the
    present, when the lexicon has that verb; its tense from its form ("targets" VBZ, "target" VBP)."""
    if t.pos_ != "NOUN" or t.tag_ not in ("NN", "NNS") or (t.lemma_.lower(), "verb") not in lexicon:
        return
    if not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) or any(c.dep_ in _NOUN_DEPS for c in t.children):
        return
    t.pos_, t.tag_ = "VERB", "VBZ" if t.tag_ == "NNS" else "VBP"


def _plural_object_read_as_verb(t: Token, lexicon: Container[tuple[str, str]]) -> None:
    """ "imposed [asset freezes] on X": a clause verb in "-s" (VBZ) with nothing of a clause but a
    bare singular noun right before it as its subject, hung as the complement of a verb with no
    object, is that verb's plural object noun when the lexicon has it as a noun ("freeze"); the
    noun before it is its compound. "said inflation [rises]" stays a clause: "rise" is no noun
    of the lexicon."""
    if t.dep_ != "ccomp" or t.tag_ != "VBZ" or (t.lemma_.lower(), "noun") not in lexicon:
        return
    head = t.head
    if head.pos_ != "VERB" or head.i > t.i or any(c.dep_ in ("dobj", "ccomp") and c.i != t.i for c in head.children):
        return
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].i != t.i - 1 or subj[0].tag_ != "NN" or list(subj[0].children):
        return
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg", "mark", "nsubjpass", "ccomp", "xcomp") for c in t.children):
        return
    t.pos_, t.tag_ = "NOUN", "NNS"
    _attach(t, head, "dobj")
    _attach(subj[0], t, "compound")


def _timed(verb: Token) -> bool:
    """A time word right before the verb ("women [today] protested"): a clause's, not a noun's."""
    return any(c.dep_ == "npadvmod" and c.i == verb.i - 1 for c in verb.children)


def _finite(t: Token) -> bool:
    """A finite verb that states the sentence's act (not one inside a relative clause)."""
    return t.tag_ in _FINITE and t.dep_ != "amod" and "relcl" not in (t.dep_, t.head.dep_)


def _perfect(have: Token) -> None:
    """ "The raid had [targeted] fishermen": "have" right before a past participle the parser hung
    as an adjective of the object of "have" is the perfect tense: the participle is the verb, "have"
    its auxiliary, the noun its object."""
    if have.pos_ not in ("VERB", "AUX") or have.i + 1 >= have.sent.end:
        return
    verb = have.doc[have.i + 1]
    obj = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.left_edge.i != verb.i or obj.head.i != have.i:
        return
    if obj.dep_ != "dobj" or obj.i < verb.i:
        return
    moved = [c for c in have.children if c.i != obj.i]
    _take_place(verb, have, moved)
    _attach(have, verb, "aux")
    _attach(obj, verb, "dobj")
    verb.pos_, have.pos_ = "VERB", "AUX"


def _noun_joined_to_verb(sent: Span) -> None:
    """ "On Tuesday, a bomb [hit] and wrecked a bus": a root noun coordinated with a finite verb
    that has no subject of its own is a verb of that tense (coordination joins like with like);
    the noun right before it, hung as its compound, is its subject, as it is before a root verb
    with no subject ("a mortar [hit] and destroyed ...", "mortar" a compound of the verb)."""
    root = sent.root
    subject = root.doc[root.i - 1] if root.i > sent.start else None
    if subject is None or subject.head.i != root.i or subject.dep_ != "compound" or not _nominal(subject):
        return
    if root.pos_ == "NOUN" and root.tag_ in ("NN", "NNS"):
        conj = next((c for c in root.rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in _FINITE), None)
        if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return
        root.pos_, root.tag_ = "VERB", conj.tag_
    elif (
        root.pos_ != "VERB" or root.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    ):
        return
    subject.dep_ = "nsubj"
    for c in [c for c in root.lefts if c.i < subject.i and c.dep_ in ("det", "amod", "poss", "nummod")]:
        _attach(c, subject, c.dep_)  # "[a] bomb hit": the article is the subject's


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
