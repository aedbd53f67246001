"""Private helpers of ``l2.codedeploy``."""
