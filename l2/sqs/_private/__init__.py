"""Machinery of ``l2.sqs`` (validation rules)."""
