"""Old import path kept working: the module is `newsgraph.coding.component`."""

import sys

from .coding import component as _moved

sys.modules[__name__] = _moved
