"""Machinery of ``l2.kms``."""
