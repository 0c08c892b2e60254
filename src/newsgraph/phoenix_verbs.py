"""Old import path kept working: the module is `newsgraph.kb.phoenix_verbs`."""

import sys

from .kb import phoenix_verbs as _moved

sys.modules[__name__] = _moved
