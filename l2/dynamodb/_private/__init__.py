"""Private machinery of ``l2.dynamodb``."""
