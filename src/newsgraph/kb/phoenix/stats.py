"""The importer's counts and its warnings (one per line or entry it cannot use)."""

from __future__ import annotations

import logging

# one logger for the whole importer, named as when it was one module
log = logging.getLogger("newsgraph.kb.phoenix")


class _Stats:
    """The counts `import_phoenix` returns besides rows written (see the package doc)."""

    def __init__(self) -> None:
        self.skipped = 0
        self.places = 0
        self.duplicates = 0
        self.null = 0
        self.unmapped = 0
        self.bundled = 0

    def skip(self, where: str, why: str) -> None:
        self.skipped += 1
        log.warning("%s: %s; skipped", where, why)
