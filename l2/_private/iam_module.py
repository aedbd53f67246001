"""``l2.iam`` for services that need it only when they grant permissions or build roles.

It is imported on first use and then read from ``sys.modules``: a ``from l2 import iam`` inside a function
costs about a microsecond every time it runs (the package import machinery), which adds up on hot paths such
as grants. A module-level import would load IAM for every user of the service.
"""

from __future__ import annotations

import sys
from types import ModuleType


def iam() -> ModuleType:
    """The ``l2.iam`` module."""
    module = sys.modules.get("l2.iam")
    if module is None:
        import l2.iam

        return l2.iam
    return module
