"""Old import path kept working: the in-memory event index is `newsgraph.store.memory`."""

import sys

from .store import memory as _moved

sys.modules[__name__] = _moved
