"""Private helpers of ``l2.cloudformation_include``."""
