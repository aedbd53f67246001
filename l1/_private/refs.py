"""The core's ``constructs.internals.l1runtime.refs``, under the name the generated L1 modules import.

The L1 runtime lives in the core (the core's own ``CfnStack``, ``CfnWaitCondition``, ... need it); this name is
the very same module object, so a change made through either name is seen by both.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from constructs.internals import l1runtime

# the reference classes of every other namespace are in l1._private.interfaces.<namespace>
if "l1._private.interfaces" not in l1runtime.refs.REFERENCE_PACKAGES:
    l1runtime.refs.REFERENCE_PACKAGES.append("l1._private.interfaces")

if TYPE_CHECKING:  # the names, for type checkers
    imported = l1runtime.refs.imported
    interpolate = l1runtime.refs.interpolate
    parse_template = l1runtime.refs.parse_template
    part = l1runtime.refs.part
    resolve = l1runtime.refs.resolve
    resolve_list = l1runtime.refs.resolve_list
    struct = l1runtime.refs.struct

sys.modules[__name__] = l1runtime.refs
