"""Old import path kept working: the module is `newsgraph.kb.unknown`."""

import sys

from .kb import unknown as _moved

sys.modules[__name__] = _moved
