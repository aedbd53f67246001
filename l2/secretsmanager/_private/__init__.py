"""Private machinery of ``l2.secretsmanager``."""
