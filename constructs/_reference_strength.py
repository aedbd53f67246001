"""``ReferenceStrength``: how a value referenced from another stack travels."""

from __future__ import annotations

import enum


class ReferenceStrength(enum.Enum):
    """How a cross-stack reference is made (``CfnResource.apply_cross_stack_reference_strength``)."""

    STRONG = "strong"
    """An export in the producer and ``Fn::ImportValue`` in the consumer: the producer cannot change it while used."""
    WEAK = "weak"
    """The value is passed as a plain value (an SSM parameter or a stack output read at deployment)."""
    BOTH = "both"
    """Strong and weak at once, for moving from one to the other."""
