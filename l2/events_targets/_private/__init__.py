"""Private helpers of ``l2.events_targets``."""
