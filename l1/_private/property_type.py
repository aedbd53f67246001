"""The core's ``constructs.internals.l1runtime.property_type``, under the name the generated L1 modules import.

The L1 runtime lives in the core (the core's own ``CfnStack``, ``CfnWaitCondition``, ... need it); this name is
the very same module object, so a change made through either name is seen by both.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from constructs.internals import l1runtime

if TYPE_CHECKING:  # the names, for type checkers
    CfnPropertyType = l1runtime.property_type.CfnPropertyType
    CfnResourceProps = l1runtime.property_type.CfnResourceProps
    resource_props_class = l1runtime.property_type.resource_props_class

sys.modules[__name__] = l1runtime.property_type
