"""The core's ``constructs.internals.l1runtime.render``, under the name the generated L1 modules import.

The L1 runtime lives in the core (the core's own ``CfnStack``, ``CfnWaitCondition``, ... need it); this name is
the very same module object, so a change made through either name is seen by both.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from constructs.internals import l1runtime

if TYPE_CHECKING:  # the names, for type checkers
    _camel = l1runtime.render._camel
    _check = l1runtime.render._check
    _property_class = l1runtime.render._property_class
    render_property_type = l1runtime.render.render_property_type
    render_resource_properties = l1runtime.render.render_resource_properties

sys.modules[__name__] = l1runtime.render
