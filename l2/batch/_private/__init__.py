"""Private helpers of ``l2.batch``."""
