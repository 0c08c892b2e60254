"""Old import path kept working: the module is `newsgraph.coding.pipeline`."""

import sys

from .coding import pipeline as _moved

sys.modules[__name__] = _moved
