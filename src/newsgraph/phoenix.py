"""Old import path kept working: the module is `newsgraph.kb.phoenix`."""

import sys

from .kb import phoenix as _moved

sys.modules[__name__] = _moved
