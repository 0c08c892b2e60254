"""Reading an actor dictionary into groups of entries that share one code list.

An entry line ``NAME_WITH_UNDERSCORES [CODE]`` (code optional), alias lines ``+ALIAS``,
and code lines starting with whitespace holding one or more ``[...]`` codes (read by
`brackets`). Comments: lines starting with ``#``, text after ``#`` or ``;``, ``<!-- ...
-->`` (also over several lines). A ``+`` inside an alias line separates two aliases.

As in PETRARCH, entry lines that have no code of their own share the codes of the next
entry that has some (``BORIS_YELTSIN_`` / ``BORIS_N._YELTSIN`` / ``YELTSIN`` / then the
code lines): one group. An entry line with no code whose text looks like a note
(``Source: MNC.MLH.actors``: a colon followed by a blank) is skipped.

Skipped with a warning: unreadable codes (see `brackets`), aliases or code lines before
any entry, lines with no name or no code where one is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..phoenix_verbs import _lines
from .brackets import _BRACKET_RE, _Code, _parse_bracket
from .names import _phrase
from .stats import _Stats


@dataclass
class _Entry:
    """An entry line: its name as plain words, where it stands, its ``+`` aliases."""

    name: str
    file: str
    line: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class _Group:
    """Entries that share one code list (PETRARCH: consecutive entry lines with no
    code of their own take the codes of the next entry that has some)."""

    entries: list[_Entry]
    codes: list[_Code] = field(default_factory=list)
    null: bool = False  # had PETRARCH's null code [---]


def _codes_in(text: str, where: str, stats: _Stats, group: _Group | None) -> None:
    """Add the ``[...]`` codes of `text` to `group` (the null code marks it)."""
    found = _BRACKET_RE.findall(text)
    if not found:
        stats.skip(where, f"no [CODE] in {text.strip()!r}")
        return
    if group is None:
        stats.skip(where, "code line before any entry")
        return
    for inner in found:
        try:
            c = _parse_bracket(inner)
        except ValueError as exc:
            stats.skip(where, f"[{inner.strip()}]: {exc}")
            continue
        if c is None:
            group.null = True
        else:
            group.codes.append(c)


def _read_actors(path: Path, stats: _Stats) -> Iterator[_Group]:
    """The groups of an actor dictionary, in file order."""
    group: _Group | None = None
    for no, line in _lines(path):
        where = f"{path.name}:{no}"
        entry = group.entries[-1] if group else None
        if line[0] in " \t":
            _codes_in(line, where, stats, group)
        elif line[0] == "+":
            if entry is None:
                stats.skip(where, "alias before any entry")
                continue
            body = line[1:]
            if "[" in body:  # a code on an alias line belongs to the entry
                _codes_in(body[body.index("[") :], where, stats, group)
                body = body[: body.index("[")]
            for alias in body.split("+"):
                a = _phrase(alias)
                if a:
                    entry.aliases.append(a)
        else:
            name_part = line.split("[", 1)[0]
            name = _phrase(name_part)
            if not name or not re.search(r"[A-Za-z0-9]", name):
                stats.skip(where, f"entry line without a name: {line.strip()!r}")
                continue
            if "[" not in line and re.search(r":\s", name_part):
                stats.skip(where, f"{line.strip()!r} looks like a note, not a name")
                continue
            new = _Entry(name=name, file=path.name, line=no)
            if group is not None and not group.codes and not group.null:
                group.entries.append(new)  # shares the codes still to come
            else:
                if group is not None:
                    yield group
                group = _Group([new])
            if "[" in line:
                _codes_in(line[len(name_part) :], where, stats, group)
    if group is not None:
        yield group
