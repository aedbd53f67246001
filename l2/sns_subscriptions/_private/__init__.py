"""Machinery of ``l2.sns_subscriptions``."""
