"""Old import path kept working: the module is `newsgraph.coding.actors`."""

import sys

from .coding import actors as _moved

sys.modules[__name__] = _moved
