"""Helpers of ``pycdk.graph``."""
