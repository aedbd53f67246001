"""Machinery of ``l2.lambda_``."""
