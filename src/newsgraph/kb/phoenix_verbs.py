"""Import PETRARCH verb dictionaries as newsgraph trigger entries (``triggers-phoenix.yaml``).

    import_verbs(paths, out) -> dict[str, int]

`newsgraph.phoenix.import_phoenix` (``newsgraph kb import-phoenix``) calls it for the files
whose name contains "verb" or that hold a ``--- NAME [CODE] ---`` block (`_is_verbs_file`). This module also holds the two helpers the
actor and agent importer shares with it, `_lines` (a dictionary's lines without comments)
and `_write_lines` (a file written whole or not at all): phoenix.py imports from here, never
the reverse, so there is no import cycle.

The returned dict has the number of entries written under ``TRIGGERS_FILE`` and the counts
``verbs`` and ``verb_patterns`` (lines read), ``verbs_skipped`` and ``verb_patterns_skipped``
(lines of a shape the trigger format cannot say), ``not_cameo`` (codes not in newsgraph's
CAMEO table), ``verb_null_code`` (``[---]``), ``verb_duplicates`` and ``verb_conflicts``
(see below). Every skip is logged as a warning naming file and line, on the logger
``newsgraph.phoenix.verbs`` (a child of ``newsgraph.phoenix``: configuring the importer's
logger configures both).

Verb dictionaries
-----------------
PETRARCH's format (both the PETRARCH-1 style of ``PETR.Validate.verbs.txt`` and the
PETRARCH-2 style with ``(PREP ...)`` and ``{NOUN PHRASE}`` of UniversalPetrarch):
``&NAME`` + ``+MEMBER`` lines define a synset (anywhere in the file; a final ``_`` on the
name is dropped); ``--- NAME [CODE] ---`` opens a block whose code is the default of its
verbs (``[---]`` or none: no default); the block's other lines are its verbs (``VERB
{IRREGULAR FORMS} [OWN CODE]``) and its patterns (``- WORDS * WORDS [CODE]``). As in
PETRARCH, every pattern of a block applies to every verb of the block.

Why only some of it: a trigger entry is a lemma plus conditions on its dependents
(``particle``, ``prep``, ``object``, the object's ``modifier``), so only patterns that say
"the verb followed by one word, one preposition, or a noun phrase (after a preposition or
not)" have a faithful equivalent. The rule:

- A verb gives ``{lemma, pos: verb, cameo}`` (+ ``pair`` for ``[032:033]``): the verb
  lowercased as written (PETRARCH lists surface forms: a block headed ``SAID`` gives
  lemma ``said``, which spaCy never produces; irregular forms are dropped, spaCy
  lemmatises). A multiword verb with ``+`` on its first word and one word after it is
  read like the pattern ``* WORD`` below (``+CORDON_OFF`` -> lemma ``cordon``, particle
  ``off``; ``+TAKE_NOTE`` -> object ``note``); ``LASH OUT`` (no ``_``) is read as
  ``+LASH_OUT``. Skipped (``verbs_skipped``): a word before the verb (``WIRE_+TAP``),
  several words after it, no ``+``, lines that are no word.
- A pattern, with ``_`` read as a blank, ``(PREP ...)`` as ``PREP ...`` and each synset
  expanded to one pattern per member (a member of several words is a noun phrase), maps
  when nothing stands before ``*`` and what follows it is one of:

  * a particle (up, down, off, out, away, back, ...): ``particle``;
  * a preposition (in, on, to, with, against, for, at, from, into, by, of, over, about,
    upon, ...), bare or as ``(PREP)``: ``prep: [p]``, ``target: [dobj, prep:p]``;
    followed by ``+``: ``target: [prep:p]``; ``* + PREP``: ``target: [dobj]``;
  * one other word or one ``{NOUN PHRASE}``: ``object`` = the word (for a phrase, its
    last word, the head PETRARCH-2 uses: ``{DIPLOMATIC TIES}`` -> ties, the modifiers are
    dropped) lowercased, plus its singular when it looks like a plain plural (``-ies`` ->
    ``-y``, ``-s`` not after s/u/i is dropped: ``TIES`` -> ``[tie, ties]``), and
    ``target: [dative, prep:with, prep:to, prep:against, prep:on, prep:for, prep:of]``;
  * two words that read as a modifier and a noun (the rule below): ``object`` from the
    second word as above, ``modifier`` = the first word lowercased, the same target:
    ``* HUNGER STRIKE`` -> ``object: [strike], modifier: [hunger]``;
  * a preposition followed by a noun: one word that reads as a noun, a ``{NOUN PHRASE}``
    (its head, as above) or two words that read as a modifier and a noun: ``prep: [p]``
    with the noun's ``object`` (and ``modifier``), ``target: [dobj, dative, prep:with,
    prep:to, prep:against, prep:on, prep:for, prep:of]`` (the noun itself is no actor:
    "called on X for a ceasefire", "went on strike against X"): ``* (FOR CEASEFIRE)`` ->
    ``prep: [for], object: [ceasefire]``; ``* (TO PEACE TREATY)`` -> ``prep: [to],
    object: [treaty], modifier: [peace]``.

  Reads as a noun / as a modifier and a noun (the importer has no lexicon, so the rule is
  on closed word classes): a word is no noun and no modifier when it is a function word
  (`_FUNCTION_WORDS`: prepositions, particles, determiners, pronouns, auxiliaries and
  modals, negation, conjunctions and a few adverbs such as very, really, also); the noun
  (the last bare word) also must not look like a past participle (ends in ``-ed``, not
  ``-eed``). So ``* NO EVIDENCE``, ``* WOULD VISIT``, ``* UP LICENSING``, ``* TALKS
  SUSPENDED``, ``* (TO THE END)`` stay skipped. After a preposition the last word of a
  ``{NOUN PHRASE}`` (the braces say it is one) only must not be a function word. A verb
  and its object after an elided "to" (``TRY`` ``* REPAIR TIES``) cannot be told apart
  from a modifier and a noun without a lexicon: such an entry is written but codes only
  where the first word modifies the noun in spaCy's parse ("compound"/"amod"), which a
  verb never does; likewise ``* TO RECONSIDER`` needs "reconsider" as the object of "to".

  A pattern on a multiword verb gets both conditions; two of one kind (``* OFF`` on
  ``BREAK_DOWN``) cannot be and that expansion is skipped. Everything else is skipped
  (``verb_patterns_skipped``, counted once per pattern line that gives no entry): words,
  ``+``, ``$`` or ``%`` before ``*``; ``$``, ``%`` or ``^`` after it; other sequences of
  words after it (a word before a preposition: ``* SUMMIT (WITH)``; a particle before a
  preposition or a noun: ``* DOWN FROM``, ``* OUT (AT CLAIM)``, ``* UP TIES``; a noun with
  a prepositional phrase of its own: ``* PURCHASE (OF FIGHTERS)``; three or more words:
  ``* LAY DOWN ARMS``); undefined synsets; patterns with nothing after ``*``.
- Codes: a code that is not in ``newsgraph.cameo.codes()`` (``[903]``, ``[1010]``,
  ``[075A]``, ``[def]``; also a non-CAMEO pair) gives no entry
  (``not_cameo``): newsgraph's output contract is CAMEO. A ``[---]`` verb gives no entry
  (``verb_null_code``); a ``[---]`` pattern (PETRARCH: "no event here") gives a veto entry,
  ``cameo: "none"``, that outranks the verb's default when its conditions hold
  (``verb_vetoes``).
- Entries with the same lemma and conditions are written once: the first in file order
  wins (``verb_duplicates`` when its codes are the same, ``verb_conflicts`` when not),
  except that an entry that says all its pattern says outranks one from a phrase reduced
  to its head (``* AID [070]`` over ``* {HUMANITARIAN AID} [073]``).

Every entry has a ``note`` naming the file, line and source text; the file starts with
a comment naming the dictionaries.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..coding.events import NO_EVENT

__all__ = ["import_verbs", "TRIGGERS_FILE", "VERB_KEYS"]

# a child of the importer's logger: whoever quiets "newsgraph.phoenix" quiets this too
log = logging.getLogger("newsgraph.phoenix.verbs")

TRIGGERS_FILE = "triggers-phoenix.yaml"
# counts returned by import_verbs (see the module doc)
VERB_KEYS = (
    "verbs",
    "verb_patterns",
    "verbs_skipped",
    "verb_patterns_skipped",
    "not_cameo",
    "verb_null_code",
    "verb_vetoes",
    "verb_duplicates",
    "verb_conflicts",
)

# words after the verb read as a preposition: a `prep` condition (spaCy's prep or prt child)
_PREPOSITIONS = frozenset(
    "about across after against along amid among amongst around as at before behind between beyond "
    "by despite during for from in inside into near of on onto over since through throughout to "
    "toward towards under until upon via with within without".split()
)
# words after the verb read as a phrasal-verb particle (spaCy's prt child)
_PARTICLES = frozenset("ahead apart aside away back down forth forward off out together up".split())
# closed-class words: never a noun or a noun's modifier, so "* NO EVIDENCE", "* WOULD VISIT",
# "* UP LICENSING" are no noun phrase (open-class words cannot be told apart without a lexicon)
_FUNCTION_WORDS = (
    _PREPOSITIONS
    | _PARTICLES
    | frozenset(
        "a an the this that these those no any some each every either neither both all another such what which "
        "whose who whom i me my mine we us our ours you your yours he him his she her hers it its they them their "
        "theirs be am is are was were been being have has had having do does did will would shall should can "
        "could may might must not never and or but nor if than because while whether very really also just even "
        "still already again then now here there so too quite rather almost ever".split()
    )
)
# where an object entry's target is ("restore ties with X", "present X credentials")
_OBJECT_TARGETS = ("dative", "prep:with", "prep:to", "prep:against", "prep:on", "prep:for", "prep:of")
# a preposition's noun is no actor: the target is the verb's object or one of the above
_PREP_OBJECT_TARGETS = ("dobj", *_OBJECT_TARGETS)
_WORD_RE = re.compile(r"^[a-z][a-z'.-]*$")
_LEMMA_RE = re.compile(r"^[a-z][a-z'-]*$")
_SYNSET_USE_RE = re.compile(r"&[A-Za-z0-9_'-]+")
_PATTERN_CODE_RE = re.compile(r"\[([^\[\]]*)\]\s*$")
_MAX_VARIANTS = 2000  # synset expansions of one pattern


# ------------------------------------------------------------ shared with phoenix.py


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) with comments removed; blank results are dropped.

    Leading whitespace is kept (it marks code lines)."""
    in_xml = False
    with open(path, encoding="utf-8-sig", errors="replace", newline=None) as fh:
        for no, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if in_xml:
                if "-->" not in line:
                    continue
                line = line.split("-->", 1)[1]
                in_xml = False
            while "<!" in line:
                a, _, b = line.partition("<!")
                if "-->" in b:
                    line = a + b.split("-->", 1)[1]
                else:
                    line, in_xml = a, True
            if line.lstrip().startswith("#"):
                continue
            line = line.split("#", 1)[0].split(";", 1)[0]
            if line.strip():
                yield no, line


def _write_lines(path: Path, head: Iterable[str], lines: Iterable[str]) -> int:
    """Write `head` then `lines` (each one line) through a temporary file, so a failed
    import never leaves half a file; returns how many of `lines` were written."""
    n = 0
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for line in head:
            fh.write(line + "\n")
        for line in lines:
            fh.write(line + "\n")
            n += 1
    tmp.replace(path)
    return n


# ------------------------------------------------------------------ verbs


class _Stats:
    """Counts by result key (`VERB_KEYS`); each drop is logged with file and line."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def drop(self, key: str, where: str, why: str) -> None:
        """Count a verb line or pattern not written under `key`, with a warning."""
        self.counts[key] += 1
        log.warning("%s: %s; skipped", where, why)


class _Unmappable(ValueError):
    """A verb line or pattern newsgraph's trigger entries cannot say faithfully."""


@dataclass(frozen=True)
class _Cond:
    """What a verb line or pattern adds to a trigger entry."""

    particle: str = ""
    prep: str = ""
    objects: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    modifier: str = ""  # a word that must modify the object ("[diplomatic] ties")

    def merge(self, other: _Cond) -> _Cond:
        """Both conditions at once ("break down" + "* DEADLOCK"); two of a kind cannot be."""
        if (self.particle and other.particle) or (self.prep and other.prep) or (self.objects and other.objects):
            raise _Unmappable("the verb and the pattern both set a particle, preposition or object")
        return _Cond(
            self.particle or other.particle,
            self.prep or other.prep,
            self.objects or other.objects,
            other.target or self.target,
            self.modifier or other.modifier,
        )


@dataclass(frozen=True)
class _Verb:
    lemma: str
    cond: _Cond
    code: str  # the verb line's own code, else the block's


# a verb block's header line ("---  ACCELERATE   [---]  ---"); actor and agent dictionaries have none
_BLOCK_RE = re.compile(r"^---\s+\S.*\[[^\]]*\]\s*---\s*$")


def _is_verbs_file(path: Path) -> bool:
    """A verb dictionary is told by its name ("PETR.Validate.verbs.txt"), else by a verb block's
    header line in it (PETRARCH's own ``CAMEO.2.0.txt`` names no kind): the formats overlap
    otherwise, and an actor reading of a verb dictionary writes thousands of junk names."""
    if "verb" in path.name.lower():
        return True
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return any(_BLOCK_RE.match(line) for line in f)
    except OSError:
        return False  # the importer reports the unreadable file itself


def _object_forms(word: str) -> tuple[str, ...]:
    """A direct-object condition: the word and, when it looks like a plain plural, its
    singular ("TIES" -> tie, ties; "ALLIES" -> ally, allies): spaCy compares lemmas."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return (w[:-3] + "y", w)
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return (w[:-1], w)
    return (w,)


def _word_cond(word: str) -> _Cond:
    """The condition one word after the verb gives: particle, preposition or object."""
    w = word.lower()
    if not _WORD_RE.match(w):
        raise _Unmappable(f"{word!r} is not a word")
    if w in _PARTICLES:
        return _Cond(particle=w)
    if w in _PREPOSITIONS:
        return _Cond(prep=w, target=("dobj", f"prep:{w}"))
    return _Cond(objects=_object_forms(w), target=_OBJECT_TARGETS)


def _content_word(word: str) -> str:
    """`word` lowercased when it can be a noun or a noun's modifier: a word and no function
    word (the rule in the module doc)."""
    w = word.lower()
    if not _WORD_RE.match(w):
        raise _Unmappable(f"{word!r} is not a word")
    if w in _FUNCTION_WORDS:
        raise _Unmappable(f"{word!r} is a function word, not part of a noun phrase")
    return w


def _noun_cond(els: list[tuple]) -> tuple[_Cond, bool]:
    """The object condition of a noun after the verb or its preposition: a ``{NOUN PHRASE}``
    (its head, the last word; False: not all it says), or one word, or two words read as a
    modifier and a noun (``HUNGER STRIKE``); raises _Unmappable for anything else."""
    if len(els) == 1 and els[0][0] == "np":
        words = els[0][1]
        return _Cond(objects=_object_forms(_content_word(words[-1])), target=_OBJECT_TARGETS), len(words) == 1
    if len(els) > 2 or any(e[0] != "word" for e in els):
        raise _Unmappable("more than one noun phrase, or more than two words, after the preposition")
    words = [_content_word(e[1]) for e in els]
    noun, modifier = words[-1], (words[0] if len(words) == 2 else "")
    if len(noun) > 4 and noun.endswith("ed") and not noun.endswith("eed"):  # "* TALKS SUSPENDED"
        raise _Unmappable(f"{noun!r} looks like a participle, not a noun")
    return _Cond(objects=_object_forms(noun), target=_OBJECT_TARGETS, modifier=modifier), True


def _verb_code(raw: str) -> tuple[str, str | None] | str:
    """(cameo, pair) of a ``[CODE]`` / ``[CODE:CODE]`` body, or the result key that
    counts it when it cannot be written: ``verb_null_code`` or ``not_cameo``."""
    from .cameo import codes

    main, _, pair = raw.strip().upper().partition(":")
    main, pair = main.strip(), pair.strip()
    if not main or main.startswith("---"):
        return "verb_null_code"
    if pair.startswith("---"):
        pair = ""
    known = codes()
    if main not in known or (pair and pair not in known):
        return "not_cameo"
    return main, pair or None


def _read_synsets(path: Path) -> dict[str, list[str]]:
    """``&NAME`` blocks of ``+MEMBER`` lines, from anywhere in the file. The name's final
    ``_`` (PETRARCH: no plurals) is dropped; a name defined twice gets both lists."""
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for _, line in _lines(path):
        s = line.strip()
        if s.startswith("&"):
            name = s[1:].split()[0].rstrip("_").upper() if s[1:].split() else ""
            current = synsets.setdefault(name, []) if name else None
        elif s.startswith("+") and current is not None:
            member = s[1:].strip().rstrip("_").strip()
            if member and member not in current:
                current.append(member)
        else:
            current = None
    return synsets


def _expand_synsets(text: str, synsets: dict[str, list[str]], depth: int = 0) -> list[str]:
    """The pattern once per member of its first synset, recursively (a member may be a
    synset). A member of several words becomes a noun phrase ``{W1 W2}`` (head last)."""
    m = _SYNSET_USE_RE.search(text)
    if m is None:
        return [text]
    if depth > 8:
        raise _Unmappable("synsets nested too deep")
    raw = m[0][1:]
    parts = raw.split("_")
    # the longest defined name: &FIGHT_OF_WORDS is one synset, &TIETYPES_RELATIONS is &TIETYPES + RELATIONS
    for k in range(len(parts), 0, -1):
        name = "_".join(parts[:k]).upper()
        if name in synsets:
            break
    else:
        raise _Unmappable(f"synset &{parts[0]} is not defined")
    end = m.start() + 1 + len("_".join(parts[:k]))
    out: list[str] = []
    for member in synsets[name]:
        words = member.replace("_", " ").split()
        rep = "{" + " ".join(words) + "}" if len(words) > 1 and not re.search(r"[(){}&]", member) else member
        out += _expand_synsets(f"{text[: m.start()]} {rep} {text[end:]}", synsets, depth + 1)
        if len(out) > _MAX_VARIANTS:
            raise _Unmappable("synsets expand to too many patterns")
    return out


def _pattern_elements(text: str) -> list[tuple]:
    """Tokens of a pattern: ("verb",), ("mark", c) for + $ % ^, ("word", w), ("np", words)
    for ``{...}`` and ("pp", elements) for ``(...)``. ``_`` joins words: read as a blank."""
    text = text.replace("_", " ")
    for ch in "*(){}":
        text = text.replace(ch, f" {ch} ")
    toks = text.split()

    def parse(i: int, close: str) -> tuple[list[tuple], int]:
        out: list[tuple] = []
        while i < len(toks):
            t = toks[i]
            if t == close:
                return out, i + 1
            if t in (")", "}"):
                raise _Unmappable(f"unbalanced {t!r}")
            if t == "*":
                out.append(("verb",))
            elif t in ("+", "$", "%", "^"):
                out.append(("mark", t))
            elif t == "{":
                inner, i = parse(i + 1, "}")
                if not inner or any(e[0] not in ("word", "np") for e in inner):
                    raise _Unmappable("a {noun phrase} holds more than words")
                out.append(("np", [w for e in inner for w in ([e[1]] if e[0] == "word" else e[1])]))
                continue
            elif t == "(":
                inner, i = parse(i + 1, ")")
                out.append(("pp", inner))
                continue
            else:
                out.append(("word", t))
            i += 1
        if close:
            raise _Unmappable(f"no closing {close!r}")
        return out, i

    return parse(0, "")[0]


def _pattern_cond(text: str) -> tuple[_Cond, bool]:
    """The condition of one synset-free pattern, per the rule in the module doc, and
    whether it says all the pattern says (False: a noun phrase reduced to its head)."""
    els = _pattern_elements(text)
    stars = [i for i, e in enumerate(els) if e[0] == "verb"]
    if len(stars) != 1:
        raise _Unmappable("no single * (the verb)")
    if stars[0] > 0:
        raise _Unmappable("words or actors before the verb")
    post: list[tuple] = []
    for e in els[1:]:  # (PREP ...) reads as PREP ...: "* (WITH)" is "* WITH"
        if e[0] == "pp":
            if not e[1] or e[1][0][0] != "word":
                raise _Unmappable("a (prepositional phrase) does not start with a word")
            post += e[1]
        else:
            post.append(e)
    if any(e[0] == "verb" for e in post):
        raise _Unmappable("a second *")
    marks = {e[1] for e in post if e[0] == "mark"}
    if marks - {"+"}:
        found = " ".join(sorted(marks - {"+"}))
        raise _Unmappable(f"{found} after the verb (source, compound actor or skipped phrase)")
    kinds = [e[0] if e[0] != "word" else ("prep" if e[1].lower() in _PREPOSITIONS else "word") for e in post]
    if not post or kinds == ["mark"]:
        raise _Unmappable("nothing but the verb: not told apart from the verb's own code")
    if kinds in (["word"], ["prep"]):
        return _word_cond(post[0][1]), True
    if kinds == ["np"]:  # "{DIPLOMATIC TIES}": its head, the last word
        words = post[0][1]
        return _word_cond(words[-1]), len(words) == 1
    if kinds == ["prep", "mark"]:  # "* FOR +": the target is the preposition's object
        p = post[0][1].lower()
        return _Cond(prep=p, target=(f"prep:{p}",)), True
    if kinds == ["mark", "prep"]:  # "* + IN": the target is the direct object
        return _Cond(prep=post[1][1].lower(), target=("dobj",)), True
    if kinds == ["word", "word"]:  # "* DIPLOMATIC TIES": a modifier and a noun
        return _noun_cond(post)
    if kinds[0] == "prep" and "mark" not in kinds:  # "* (FOR CEASEFIRE)", "* INTO {SPECIAL PROSECUTOR}"
        noun, exact = _noun_cond(post[1:])
        return replace(noun, prep=post[0][1].lower(), target=_PREP_OBJECT_TARGETS), exact
    raise _Unmappable(
        "words after the verb that are no particle, preposition, noun phrase or preposition "
        "and noun phrase (or a word with + that is no preposition)"
    )


def _parse_verb_line(s: str) -> tuple[str, _Cond, str | None]:
    """(lemma, condition, own code or None) of a verb line: ``SAY {SAID SAYING} [010]``,
    ``+CORDON_OFF {...}``, ``WIRE_+TAP``, ``LASH OUT``."""
    s = re.sub(r"\{[^}]*\}?", " ", s)  # irregular forms: spaCy gives the lemma
    m = re.search(r"\[([^\]]*)\]", s)
    own = m[1] if m else None
    if m:
        s = s[: m.start()] + " " + s[m.end() :]
    words = s.split()
    if not words:
        raise _Unmappable("no verb")
    if len(words) == 2 and "_" not in words[0] and "+" not in words[1]:
        words = ["+" + words[0] + "_" + words[1]]  # "LASH OUT": the verb and its particle
    if len(words) > 1:
        raise _Unmappable(f"{' '.join(words)!r} is more than one verb")
    parts = [p for p in words[0].split("_") if p]
    if len(parts) == 1:
        lemma, cond = parts[0].lstrip("+").lower(), _Cond()
    else:
        plus = [i for i, p in enumerate(parts) if p.startswith("+")]
        if not plus:
            raise _Unmappable(f"multiword verb {words[0]!r} has no '+' on its verb")
        if plus[0] != 0:
            raise _Unmappable(f"multiword verb {words[0]!r} has words before the verb")
        if len(parts) > 2:
            raise _Unmappable(f"multiword verb {words[0]!r} has more than one word after the verb")
        lemma, cond = parts[0][1:].lower(), _word_cond(parts[1])
    if not _LEMMA_RE.match(lemma):
        raise _Unmappable(f"verb {lemma!r} is not a word")
    return lemma, cond, own


@dataclass
class _VerbEntry:
    lemma: str
    cond: _Cond
    cameo: str
    pair: str | None
    note: str
    exact: bool = True  # False: from a noun phrase reduced to its head

    @property
    def key(self) -> tuple:
        """Its conditions: two entries with the same key compete for the same words."""
        return (self.lemma, self.cond.particle, self.cond.prep, self.cond.objects, self.cond.modifier)

    def yaml(self) -> str:
        q = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731 - a JSON string is a YAML scalar
        parts = [f"lemma: {q(self.lemma)}", "pos: verb", f"cameo: {q(self.cameo)}"]
        if self.pair:
            parts.append(f"pair: {q(self.pair)}")
        if self.cond.particle:
            parts.append(f"particle: {q(self.cond.particle)}")
        if self.cond.objects:
            parts.append(f"object: [{', '.join(map(q, self.cond.objects))}]")
        if self.cond.modifier:
            parts.append(f"modifier: [{q(self.cond.modifier)}]")
        if self.cond.prep:
            parts.append(f"prep: [{q(self.cond.prep)}]")
        if self.cond.target:
            parts.append(f"target: [{', '.join(map(q, self.cond.target))}]")
        parts.append(f"note: {q(self.note)}")
        return "- {" + ", ".join(parts) + "}"


def _read_verbs(path: Path, stats: _Stats) -> Iterator[_VerbEntry]:
    """Trigger entries of a PETRARCH verb dictionary, in file order (duplicates included)."""
    synsets = _read_synsets(path)
    block: list[_Verb] | None = None  # the verbs of the current block
    block_code = "---"
    in_synset = False
    for no, line in _lines(path):
        where = f"{path.name}:{no}"
        s = line.strip()
        if s.startswith("---"):
            m = re.search(r"\[([^\]]*)\]", s)
            block, block_code, in_synset = [], (m[1] if m else "---"), False
            continue
        if s.startswith("&"):
            in_synset = True
            continue
        if s.startswith("+") and in_synset:
            continue
        if s.startswith("-"):
            stats.counts["verb_patterns"] += 1
            yield from _pattern_entries(s, block, synsets, where, stats)
            continue
        in_synset = False
        stats.counts["verbs"] += 1
        if block is None:
            stats.drop("verbs_skipped", where, f"verb line {s!r} before any '--- NAME [CODE] ---' block")
            continue
        try:
            lemma, cond, own = _parse_verb_line(s)
        except _Unmappable as exc:
            stats.drop("verbs_skipped", where, f"verb line {s!r}: {exc}")
            continue
        verb = _Verb(lemma, cond, own if own is not None else block_code)
        block.append(verb)
        code = _verb_code(verb.code)
        if isinstance(code, str):
            why = "null code [---]: no event" if code == "verb_null_code" else f"[{verb.code.strip()}] is no CAMEO code"
            stats.drop(code, where, f"verb {s!r}: {why}")
            continue
        yield _VerbEntry(lemma, cond, code[0], code[1], f"{where} {' '.join(s.split())}")


def _pattern_entries(
    s: str, block: list[_Verb] | None, synsets: dict[str, list[str]], where: str, stats: _Stats
) -> Iterator[_VerbEntry]:
    """One entry per verb of the block and synset member for pattern line `s`."""
    m = _PATTERN_CODE_RE.search(s)
    if m is None:
        stats.drop("verb_patterns_skipped", where, f"pattern {s!r} has no [CODE] at its end")
        return
    code = _verb_code(m[1])
    if code == "verb_null_code":  # PETRARCH's "no event here": a veto entry (cameo "none")
        code = (NO_EVENT, None)
        stats.counts["verb_vetoes"] += 1
    if isinstance(code, str):
        stats.drop(code, where, f"pattern {s!r}: [{m[1].strip()}] is no CAMEO code")
        return
    if not block:
        stats.drop("verb_patterns_skipped", where, f"pattern {s!r} has no verb of its block to attach to")
        return
    body = s[1 : m.start()]
    try:
        variants = _expand_synsets(body, synsets)
    except _Unmappable as exc:
        stats.drop("verb_patterns_skipped", where, f"pattern {s!r}: {exc}")
        return
    conds: list[tuple[_Cond, bool]] = []
    errors: list[tuple[str, str]] = []  # (which expansion, why not)
    for v in variants:
        try:
            c = _pattern_cond(v)
        except _Unmappable as exc:
            errors.append((" ".join(v.split()), str(exc)))
            continue
        if c not in conds:
            conds.append(c)
    entries: list[_VerbEntry] = []
    for verb in block:
        for cond, exact in conds:
            try:
                merged = verb.cond.merge(cond)
            except _Unmappable as exc:
                errors.append((f"on verb {verb.lemma}", str(exc)))
                continue
            entries.append(_VerbEntry(verb.lemma, merged, code[0], code[1], f"{where} {' '.join(s.split())}", exact))
    if not entries:
        stats.drop("verb_patterns_skipped", where, f"pattern {s!r}: {errors[0][1]}")
        return
    if errors:  # some synset members or verbs of the block could not take it
        log.warning(
            "%s: pattern %r: %d of its %d expansions skipped, e.g. %r: %s",
            where,
            s,
            len(errors),
            len(errors) + len(entries),
            *errors[0],
        )
    yield from entries


def import_verbs(paths: list[Path], out: Path) -> dict[str, int]:
    """Write the trigger entries of the verb dictionaries `paths` to the file `out`; first
    entry of the same conditions wins (a later one with the same codes is a duplicate, with
    other codes a conflict). Returns entries written under ``TRIGGERS_FILE`` and the
    `VERB_KEYS` counts."""
    stats = _Stats()
    kept: dict[tuple, _VerbEntry] = {}
    for path in paths:
        for e in _read_verbs(path, stats):
            first = kept.get(e.key)
            if first is None:
                kept[e.key] = e
            elif (first.cameo, first.pair) == (e.cameo, e.pair):
                stats.counts["verb_duplicates"] += 1
                if e.exact and not first.exact:
                    kept[e.key] = e
            else:
                if e.exact and not first.exact:  # "* AID" outranks "* {HUMANITARIAN AID}" read as "aid"
                    kept[e.key] = e
                    first, e = e, first
                where = first.note.split(" ", 1)[0]
                stats.drop(
                    "verb_conflicts",
                    e.note.split(" ", 1)[0],
                    f"{e.lemma!r} with the same conditions is already {first.cameo} ({where})",
                )
    head = [
        "# Trigger entries imported by `newsgraph kb import-phoenix` from the PETRARCH verb dictionaries:",
        *(f"#   {p.name}" for p in paths),
        '# Mapping rules: docs/kb.md, "Verb dictionaries". Each note names the source line.',
    ]
    written = _write_lines(out, head, (e.yaml() for e in kept.values()))
    return {TRIGGERS_FILE: written, **{key: stats.counts[key] for key in VERB_KEYS}}
