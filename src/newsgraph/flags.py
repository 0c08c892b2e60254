"""Old import path kept working: the module is `newsgraph.coding.flags`."""

import sys

from .coding import flags as _moved

sys.modules[__name__] = _moved
