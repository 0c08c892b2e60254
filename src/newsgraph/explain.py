"""Old import path kept working: the module is `newsgraph.coding.explain`."""

import sys

from .coding import explain as _moved

sys.modules[__name__] = _moved
