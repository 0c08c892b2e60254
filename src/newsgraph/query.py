"""Old import path kept working: the module is `newsgraph.store.query`."""

import sys

from .store import query as _moved

sys.modules[__name__] = _moved
