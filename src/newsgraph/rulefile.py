"""Reading the rule files (YAML): one loader, so every file is read and checked the same way.

libyaml's C parser is used when PyYAML was built with it (the wheels are): the trigger files
took about a second of every start-up with the pure-Python parser, and a long file's parse is
kept in the cache folder (`read_yaml`). A file that is not valid YAML is a `RuleError` naming
the file and line, not a parser traceback.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .cache import stamped
from .errors import RuleError
from .ruleschemas import RuleFile

RULES_DIR = Path(__file__).parent / "data" / "rules"
R = TypeVar("R", bound=RuleFile)

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CACHED_CHARS = 8_000  # a shorter file parses in about a millisecond: no cache file for it
_CACHE_FORMAT = 1  # of the cached parses (read_yaml)


def read_yaml(path: Path) -> Any:
    """The YAML document in `path` (safe types only). A long file's parse is kept in the cache
    folder under a hash of its text: libyaml parses fast, but PyYAML builds the Python objects
    in Python, a tenth of a second of every start-up for the trigger files, which a marshal
    file loads in milliseconds. An edited file has another hash, so it is parsed again."""
    text = path.read_text(encoding="utf-8")
    if len(text) < _CACHED_CHARS:
        return _parse(path, text)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:24]
    parsed = stamped(
        f"yaml-{digest}.marshal", [_CACHE_FORMAT, digest], lambda st: {"stamp": st, "data": _parse(path, text)}
    )
    return parsed["data"]  # a value marshal cannot write (a YAML date): parsed each time, not cached


def _parse(path: Path, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleError(f"{path}{where}: not valid YAML: {problem}") from e


M = TypeVar("M", bound=BaseModel)


@cache
def load_rules(schema: type[R]) -> R:
    """The bundled rule file of `schema` (`schema.file` in data/rules), checked, read once per process."""
    path = RULES_DIR / schema.file
    return checked(path, read_yaml(path), schema)


def lowered(*lists: Iterable[str]) -> frozenset[str]:
    """The words of rule lists as one lower-cased set: the files write words as people do
    ("Senate", "NATO"), and the coder compares them with lower-cased tokens and lemmas."""
    return frozenset(w.lower() for words in lists for w in words)


def checked(path: Path, data: Any, schema: type[M]) -> M:
    """`data` (read from `path`) as `schema`; a `RuleError` naming the file, line and key if it is not."""
    try:
        return schema.model_validate(data)
    except ValidationError as e:
        raise RuleError(_explain(path, e.errors())) from None


def checked_entries(path: Path, data: Any, schema: type[M]) -> list[M]:
    """`data` as a list of `schema` entries (a trigger file); errors as for `checked`."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise RuleError(f"{path}:1: must be a YAML list of entries, got {type(data).__name__}")
    out = []
    for n, entry in enumerate(data):
        try:
            out.append(schema.model_validate(entry))
        except ValidationError as e:
            raise RuleError(_explain(path, [{**err, "loc": (n, *err["loc"])} for err in e.errors()])) from None
    return out


def _explain(path: Path, errors: list[Any]) -> str:
    """'file:line: key: what is wrong' for the first error (an unknown key before the missing one
    it misspells), the line found in the YAML node tree (composed only now, when there is an
    error, so a good file is parsed once)."""
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        missing = [str(e["loc"][-1]) for e in errors if e["type"] == "missing" and tuple(e["loc"][:-1]) == loc[:-1]]
        close = difflib.get_close_matches(str(loc[-1]), missing, n=1)
        what = f"unknown key {loc[-1]!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
    elif kind == "missing":
        what = "missing key"
    elif err.get("input") is True or err.get("input") is False:
        what = f"{err['msg'].lower()}, got {err['input']} (YAML reads on/off/yes/no as true/false: quote the word)"
    else:
        what = f"{err['msg'].lower()}, got {_short(err.get('input'))}"
    where = ".".join(str(x) if not isinstance(x, int) else f"[{x}]" for x in loc if x != "[key]")
    line = line_of(path, loc, key=kind == "extra_forbidden")
    return f"{path}:{line}: {where.replace('.[', '[')}: {what}" if where else f"{path}:{line}: {what}"


def line_of(path: Path, loc: tuple[Any, ...], key: bool = False) -> int:
    """The 1-based line of the node at `loc` (of its key when `key`), else of the deepest parent found."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError):
        return 1
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if part == "[key]" or node is None:
            break
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if str(k.value) == str(part):
                    nxt = k if key and part == loc[-1] else v
                    line = k.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            nxt = node.value[part]
        if nxt is None:
            break
        node = nxt
        line = node.start_mark.line + 1
    return line


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
