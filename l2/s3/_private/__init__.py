"""Machinery of ``l2.s3``: action lists, name validation, property rendering, region facts."""
