"""Private helpers of ``l2.eks``."""
