"""Machinery shared by the patterns: merging user props over secure defaults, building the shared pieces."""
