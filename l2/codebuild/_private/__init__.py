"""Private helpers of ``l2.codebuild``."""
