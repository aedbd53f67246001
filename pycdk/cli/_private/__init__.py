"""Machinery of the ``pycdk`` command (not public API)."""
