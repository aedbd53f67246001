"""Private helpers of ``l2.ec2``."""
