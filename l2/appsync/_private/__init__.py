"""Private helpers of ``l2.appsync``."""
