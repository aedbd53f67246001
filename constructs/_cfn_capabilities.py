"""``CfnCapabilities``: the capabilities a CloudFormation deployment acknowledges."""

from __future__ import annotations

import enum


class CfnCapabilities(enum.Enum):
    """Capabilities given to CloudFormation (e.g. for a stack set or a pipeline action)."""

    NONE = ""
    """No capabilities."""
    ANONYMOUS_IAM = "CAPABILITY_IAM"
    """The stack may create IAM resources."""
    NAMED_IAM = "CAPABILITY_NAMED_IAM"
    """The stack may create IAM resources with custom names."""
    AUTO_EXPAND = "CAPABILITY_AUTO_EXPAND"
    """The stack may hold macros that expand."""
