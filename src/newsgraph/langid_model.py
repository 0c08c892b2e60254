"""py3langid's model for the language check (read.detect_language), loaded from the cache folder.

py3langid ships its model as `model.npz.xz`, and every process that checks a language first
decompresses it (about 0.3 s of CPU) and unpacks the npz (0.15 s): half a second of every
`newsgraph code` start-up and of every worker, spent on the first article. Its six arrays are
written once as `.npy` files in `cache.cache_dir()`, in a folder named for the py3langid version
and the model file's size and mtime (a new model has another folder), each file put in place in
one step; a later process maps them (np.load with mmap_mode="r") in milliseconds. The identifier
is then made from the arrays as py3langid's `LanguageIdentifier.from_model_file` makes it (same
dtypes, same conversions), so it decides every text exactly as py3langid's own would.

A cache file that is missing, unreadable or of the wrong shape is rebuilt from the model file; a
read-only cache folder only means the model is decompressed in every process, as before.
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import py3langid
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import _to_array

from .cache import cache_dir, save_atomic

_FORMAT = 1
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
Arrays = dict[str, np.ndarray]


def model_path() -> Path:
    """py3langid's own model file."""
    return Path(MODEL_DIR) / MODEL_FILE


def cache_folder(model: Path) -> Path:
    """Where `model`'s arrays are kept: named for py3langid's version and the file's size and mtime."""
    st = model.stat()
    return cache_dir() / f"langid-{_FORMAT}-{py3langid.__version__}-{st.st_size}-{st.st_mtime_ns}"


def load_identifier(model: Path | None = None) -> Any:
    """py3langid's identifier (probabilities normalised, as read.py asks) from the cached arrays
    of `model` (py3langid's own by default), building the cache when it is missing or damaged."""
    model = model or model_path()
    folder = cache_folder(model)
    arrays = _read(folder)
    if arrays is None:
        arrays = _decompress(model)
        for name in _ARRAYS:
            save_atomic(folder / f"{name}.npy", partial(np.save, arr=arrays[name], allow_pickle=False))
    return LanguageIdentifier(
        np.asarray(arrays["ptc"]),
        np.asarray(arrays["pc"]),
        arrays["classes"].tolist(),
        _to_array(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        norm_probs=True,
        tk_row=_to_array(arrays["nextmove_row"]),
    )


def _decompress(model: Path) -> Arrays:
    """The model's arrays as py3langid's `modelio.load_model` reads them, before its conversions."""
    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(model) as src:
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with np.load(tmp, allow_pickle=False) as data:
            return {name: data[name] for name in _ARRAYS}


def _read(folder: Path) -> Arrays | None:
    """The cached arrays, mapped read-only; None when a file is missing, unreadable or the arrays
    do not fit together (a damaged file must be rebuilt, not crash the language check later)."""
    try:
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    except (OSError, ValueError, EOFError):
        return None
    return arrays if _consistent(arrays) else None


def _consistent(a: Arrays) -> bool:
    """Whether the arrays have the model's kinds and shapes, and every index in them points inside
    the array it indexes (feature -> row of `ptc`, state -> DFA row, DFA move -> state)."""
    ptc, pc, classes, nextmove, rows, out = (a[name] for name in _ARRAYS)
    kinds = (ptc.dtype.kind, pc.dtype.kind, classes.dtype.kind, nextmove.dtype.kind, rows.dtype.kind, out.dtype.kind)
    if kinds != ("f", "f", "U", "u", "u", "i") or nextmove.dtype.itemsize not in (2, 4, 8):
        return False
    if rows.dtype.itemsize not in (2, 4, 8) or ptc.ndim != 2 or pc.shape != (ptc.shape[1],):
        return False
    if classes.shape != pc.shape or nextmove.ndim != 1 or nextmove.size % 256 or out.shape != rows.shape:
        return False
    if not (nextmove.size and rows.size and ptc.size):
        return False
    return bool(
        int(nextmove.max()) < rows.size
        and int(rows.max()) < nextmove.size // 256
        and -1 <= int(out.min())
        and int(out.max()) < ptc.shape[0]
    )
