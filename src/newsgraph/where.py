"""Old import path kept working: the module is `newsgraph.coding.where`."""

import sys

from .coding import where as _moved

sys.modules[__name__] = _moved
