"""Reading the rule and dictionary files (YAML): one function, so every file is read the same way.

libyaml's C parser is used when PyYAML was built with it (the wheels are): the trigger files
took about a second of every start-up with the pure-Python parser. A file that is not valid
YAML is a `RuleError` naming the file and line, not a parser traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import RuleError

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The YAML document in `path` (safe types only)."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleError(f"{path}{where}: not valid YAML: {problem}") from e
