"""Private machinery of ``l2.ssm``."""
