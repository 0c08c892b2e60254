"""Old import path kept working: the module is `newsgraph.coding.when`."""

import sys

from .coding import when as _moved

sys.modules[__name__] = _moved
