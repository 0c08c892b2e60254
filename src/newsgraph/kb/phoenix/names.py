"""Dictionary phrases -> the KB's names, aliases and ids: plain words, title case (keeping
initials, Roman numerals and organisations' acronyms), ``phoenix_`` ids."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_SMALL = {
    "of",
    "the",
    "and",
    "for",
    "in",
    "on",
    "at",
    "to",
    "de",
    "du",
    "des",
    "del",
    "della",
    "la",
    "le",
    "el",
    "al",
    "bin",
    "ibn",
    "von",
    "van",
    "der",
    "den",
    "y",
    "e",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "an",
    "by",
    "with",
    "ul",
    "ud",
}
_ROMAN = re.compile(r"^(?=[IVX])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_VOWELS = set("AEIOUY")
_ELISION_RE = re.compile(r"^([a-z])'([a-z].*)$")
_NON_LETTERS_RE = re.compile(r"[^A-Za-z]")


def _fix_mojibake(s: str) -> str:
    """Undo UTF-8 read as cp1252 ("PÃšBLICAS" -> "PÚBLICAS") when that round-trips."""
    if "Ã" not in s and "Â" not in s:
        return s
    for enc in ("cp1252", "latin-1"):
        try:
            return s.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return s


def _phrase(raw: str) -> str:
    """Dictionary phrase -> plain words: underscores and runs of blanks -> one space."""
    s = _fix_mojibake(raw).replace("_", " ")
    return re.sub(r"\s+", " ", s).strip(" ,")


def _cap_word(w: str) -> str:
    if _INITIALS.match(w) or _ROMAN.match(w):
        return w
    out = []
    for part in re.split(r"(-)", w):
        if not part or part == "-":
            out.append(part)
            continue
        low = part.lower()
        # O'BRIEN -> O'Brien, D'ALEMA -> D'Alema; QA'IDA -> Qa'ida, WOMEN'S -> Women's
        m = _ELISION_RE.match(low)
        if m and m[1] in "od":
            out.append(f"{m[1].upper()}'{m[2][:1].upper()}{m[2][1:]}")
            continue
        if low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:3].upper() + low[3:])
            continue
        i = next((k for k, ch in enumerate(low) if ch.isalpha()), None)
        out.append(low if i is None else low[:i] + low[i].upper() + low[i + 1 :])
    return "".join(out)


@lru_cache(maxsize=65536)
def _title(phrase: str, org: bool = False) -> str:
    """Title-case an all-caps dictionary phrase; keeps initials, Roman numerals and,
    for organisations, likely acronyms (``UN``, ``BBC``, ``NATO``)."""
    words = phrase.split(" ")
    letters = _NON_LETTERS_RE.sub("", phrase)
    if org and len(words) == 1 and 2 <= len(letters) <= 5 and phrase.upper() == phrase:
        return phrase
    out = []
    for k, w in enumerate(words):
        bare = _NON_LETTERS_RE.sub("", w)
        if w.startswith("(") and w.endswith(")") and bare.isupper():
            out.append(w)  # (AAIA)
        elif (
            org
            and bare.isupper()
            and ((len(bare) == 2 and bare.lower() not in _SMALL) or (2 <= len(bare) <= 5 and not _VOWELS & set(bare)))
        ):
            out.append(w)
        elif k > 0 and w.lower() in _SMALL:
            out.append(w.lower())
        else:
            out.append(_cap_word(w))
    return " ".join(out)


def _names(phrase: str, org: bool = False) -> list[str]:
    """The written name of a phrase, plus its title-cased form when `_title` kept a
    single all-caps word as an acronym (``ARNOR`` -> ``ARNOR``, ``Arnor``): the KB
    matches names case-sensitively. Not for 2-letter words or words with no vowel
    (``US``, ``UN``, ``IMF``: "Us", "Imf" would be noise)."""
    t = _title(phrase, org=org)
    out = [t]
    if org and t == phrase and " " not in phrase:
        letters = _NON_LETTERS_RE.sub("", phrase)
        if len(letters) >= 3 and letters.isupper() and _VOWELS & set(letters):
            low = _title(phrase)
            if low != t:
                out.append(low)
    return out


def _kb_id(phrase: str) -> str:
    s = unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return "phoenix_" + (s or "unnamed")


def _add_aliases(target: list[str], new: Iterable[str], name: str) -> None:
    """Append to `target` the aliases of `new` it lacks, in order; never the name itself."""
    seen = set(target) | {name}  # case-sensitive: "Arnor" next to "ARNOR" (the KB matches case)
    for a in new:
        if a not in seen:
            seen.add(a)
            target.append(a)
