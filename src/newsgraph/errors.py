"""Every error newsgraph raises on purpose, in one place: what each means and who raises it.

Each message names the file, line, id or parameter at fault and says what to do; the CLI
prints it as it is, the web app turns it into its status (503, 413, ...). Errors of bad input
are not here: a bad article is a record with status `failed` and a reason, never an exception.
"""

from __future__ import annotations


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and, where it can, the entry or line.
    Raised when rules are loaded (`rulefile.load_rules`, `rulefile.checked_entries`, `coding.events.load_triggers`)."""


class KBError(ValueError):
    """A KB file is malformed; the message names the file and line (`kb.load_kb`)."""


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says why and names the file
    (`store.Store`). The CLI prints it; the server answers 503."""


class StoreDamaged(StoreError):
    """DuckDB found the file damaged (truncated, a failed block checksum): no read or write of
    it can be trusted, so the message says so, names the file and what to do."""


class ExportError(RuntimeError):
    """The export cannot be written; the message says why and names the file (`store.export`)."""


class QueueFull(Exception):
    """No room for another /api/code job: the caller should try again in `retry_after` seconds
    (the server answers 503 with Retry-After)."""

    def __init__(self, waiting: int, retry_after: int) -> None:
        super().__init__(f"{waiting} articles are waiting to be coded; try again in {retry_after} s")
        self.waiting = waiting
        self.retry_after = retry_after


class ClientGone(Exception):
    """The job's client disconnected before its turn: it was not run."""


class WorkerLost(Exception):
    """A coding process died during the job (killed, out of memory); the pool was started again
    (the server answers 503)."""
