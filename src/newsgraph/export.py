"""Old import path kept working: the module is `newsgraph.store.export`."""

import sys

from .store import export as _moved

sys.modules[__name__] = _moved
