"""Old module paths still import: `import newsgraph.events` gives `newsgraph.coding.events`.

The package was laid out by layer (coding, kb, store, web); users' code and notebooks that
import a module by its old flat name get the same module object, loaded when first asked
for (importing `newsgraph` must not load spaCy). One table instead of a file per old name.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, cast

#: old module name (below `newsgraph.`) -> where it lives now
MOVED = {
    "actors": "coding.actors",
    "cameo": "kb.cameo",
    "component": "coding.component",
    "events": "coding.events",
    "explain": "coding.explain",
    "export": "store.export",
    "flags": "coding.flags",
    "nlp": "coding.nlp",
    "pages": "store.memory",
    "phoenix": "kb.phoenix",
    "phoenix_verbs": "kb.phoenix_verbs",
    "pipeline": "coding.pipeline",
    "query": "store.query",
    "quotes": "coding.quotes",
    "unknown": "kb.unknown",
    "when": "coding.when",
    "where": "coding.where",
}


class _OldPaths:
    """Finds `newsgraph.<old name>` and answers with the module at its new place (a meta path finder
    and its loader; importlib.abc's base classes would cost 40 ms of every start-up)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        old = fullname.removeprefix("newsgraph.")
        if fullname.startswith("newsgraph.") and old in MOVED:
            return importlib.util.spec_from_loader(fullname, cast(Any, self))  # a loader by its methods
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module("newsgraph." + MOVED[spec.name.removeprefix("newsgraph.")])

    def exec_module(self, module: ModuleType) -> None:
        """The module ran when it was imported at its new place."""


def install() -> None:
    if not any(isinstance(f, _OldPaths) for f in sys.meta_path):
        sys.meta_path.append(_OldPaths())
