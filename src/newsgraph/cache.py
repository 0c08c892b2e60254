"""Where newsgraph keeps what it compiles once (the gazetteer, the KB's name patterns, the parsed
rule files, py3langid's model decompressed: langid_model.py).

A cache is only ever a speed-up: every reader rebuilds in memory when the folder is missing,
stale or read-only, so nothing depends on it being there or writable.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO


def cache_dir() -> Path:
    """`$NEWSGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/newsgraph`, else `~/.cache/newsgraph`."""
    base = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "newsgraph" if xdg else Path.home() / ".cache" / "newsgraph"


def load_marshal(path: Path) -> Any:
    """What `save_marshal` wrote to `path`, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def save_marshal(path: Path, data: Any) -> None:
    """Write `data` atomically (a reader never sees half a file); a read-only place is no error,
    nor a value marshal cannot write (a YAML date): it is then not cached."""
    try:
        blob = marshal.dumps(data)
    except ValueError:
        return
    save_atomic(path, lambda f: f.write(blob))


def save_atomic(path: Path, write: Callable[[BinaryIO], Any]) -> bool:
    """Call `write` on a new file beside `path`, then put it in `path`'s place in one step, so a
    reader sees the old file or the whole new one. False when the folder is read-only or full: a
    cache that cannot be written is no error. A half-written file is never left behind."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def stamped(name: str, stamp: Any, build: Callable[[Any], Any]) -> Any:
    """The dict cached as `name` in the cache folder when its "stamp" is `stamp` (what it was
    built from), else `build(stamp)`, cached for the next process (a read-only home: not cached)."""
    path = cache_dir() / name
    cached = load_marshal(path)
    if isinstance(cached, dict) and cached.get("stamp") == stamp:
        return cached
    data = build(stamp)
    save_marshal(path, data)
    return data
