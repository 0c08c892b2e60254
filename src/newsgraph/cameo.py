"""Old import path kept working: the module is `newsgraph.kb.cameo`."""

import sys

from .kb import cameo as _moved

sys.modules[__name__] = _moved
