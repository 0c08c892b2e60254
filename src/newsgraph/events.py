"""Old import path kept working: the module is `newsgraph.coding.events`."""

import sys

from .coding import events as _moved

sys.modules[__name__] = _moved
