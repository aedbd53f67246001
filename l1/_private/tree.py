"""The core's ``constructs.internals.l1runtime.tree``, under the name the generated L1 modules import.

The L1 runtime lives in the core (the core's own ``CfnStack``, ``CfnWaitCondition``, ... need it); this name is
the very same module object, so a change made through either name is seen by both.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from constructs.internals import l1runtime

if TYPE_CHECKING:  # the names, for type checkers
    tree_props = l1runtime.tree.tree_props

sys.modules[__name__] = l1runtime.tree
