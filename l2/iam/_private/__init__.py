"""Machinery of ``l2.iam``: statement rendering, merging, principal merging, naming helpers."""
