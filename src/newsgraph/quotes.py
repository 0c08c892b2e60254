"""Old import path kept working: the module is `newsgraph.coding.quotes`."""

import sys

from .coding import quotes as _moved

sys.modules[__name__] = _moved
