"""Private helpers of ``l2.ecr_assets``."""
