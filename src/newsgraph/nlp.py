"""Old import path kept working: the module is `newsgraph.coding.nlp`."""

import sys

from .coding import nlp as _moved

sys.modules[__name__] = _moved
