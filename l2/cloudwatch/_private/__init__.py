"""Machinery of ``l2.cloudwatch``."""
