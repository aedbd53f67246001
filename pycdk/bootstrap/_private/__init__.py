"""Helpers of the bootstrap module (not public API)."""
