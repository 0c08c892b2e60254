"""One ``[...]`` code of an actor dictionary -> a code with its date bounds.

``[CODE]``, ``[CODE >YYYYMMDD]`` (from that day on), ``[CODE <YYYYMMDD]`` (up to that
day), ``[CODE YYYYMMDD-YYYYMMDD]``; bounds are inclusive. Dates are ``YYYYMMDD`` or
``YYMMDD`` (``YY`` 00-30 is 20YY, otherwise 19YY, as in PETRARCH). ``[CODE}`` is read as
``[CODE]``, code case is ignored, alternatives (``[ELR/GAL]``) are read as their first;
``[---]`` is PETRARCH's null code. A date that is not 6 or 8 digits or not a real day, an
interval that ends before it starts, a date with no ``<``/``>``/``-`` and a code that is not
letters and digits raise ValueError (the reader skips the code with a warning).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


class _DateError(ValueError):
    """A date bound that is no YYYYMMDD/YYMMDD day."""


def _parse_date(s: str) -> str:
    s = s.strip()
    if not s.isdigit() or len(s) not in (6, 8):
        raise _DateError(f"date {s!r} is not YYYYMMDD or YYMMDD")
    if len(s) == 6:
        yy = int(s[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), int(s[2:4]), int(s[4:6])
    else:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    try:
        return date(y, m, d).isoformat()
    except ValueError as exc:
        raise _DateError(f"date {s!r}: {exc}") from None


@dataclass
class _Code:
    """A code (upper case) and the ISO days it holds from/to ("" for open); `dated`: it has a bound."""

    code: str
    start: str = ""
    end: str = ""
    dated: bool = False


_CODE_RE = re.compile(r"^[A-Z0-9]+$")
_CODE_REST_RE = re.compile(r"^(\S+)\s*(.*)$")
_BRACKET_RE = re.compile(r"\[([^\[\]{}]*)[\]}]")


def _parse_bracket(inner: str) -> _Code | None:
    """One ``[...]`` body -> _Code, None for the null code; raises ValueError."""
    inner = inner.strip()
    if not inner:
        raise ValueError("empty code []")
    m = _CODE_REST_RE.match(inner)
    if m is None:
        raise ValueError(f"unreadable code [{inner}]")
    code, rest = m[1].upper(), m[2].strip()
    if "/" in code:  # alternatives [ELR/GAL], [FRO/BIL/SAM]: the first one
        code = code.split("/", 1)[0]
    if code.startswith("---"):
        return None
    if not _CODE_RE.match(code):
        raise ValueError(f"code {code!r} is not letters and digits")
    if not rest:
        return _Code(code)
    if rest[0] in "<>":
        when = _parse_date(rest[1:])
        return _Code(code, end=when, dated=True) if rest[0] == "<" else _Code(code, start=when, dated=True)
    if "-" in rest:
        a, _, b = rest.partition("-")
        start, end = _parse_date(a), _parse_date(b)
        if end < start:
            raise ValueError(f"interval ends ({end}) before it starts ({start})")
        return _Code(code, start=start, end=end, dated=True)
    raise ValueError(f"date restriction {rest!r} has no '<', '>' or '-'")
