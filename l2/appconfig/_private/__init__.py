"""Private helpers of ``l2.appconfig``."""
