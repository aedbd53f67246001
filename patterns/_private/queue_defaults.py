"""The secure defaults of the queues the patterns create.

A user who brings a KMS key means "encrypt with this key": the default ``encryption`` yields to it (the L2
would reject ``KMS_MANAGED`` next to a key).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from l2 import sqs


def queue_defaults(user_props: Mapping[str, Any] | None) -> dict[str, Any]:
    """SSE with the AWS managed key ``alias/aws/sqs`` (a customer key if one is given) and TLS-only access."""
    given = user_props or {}
    encryption = sqs.QueueEncryption.KMS if given.get("encryption_master_key") else sqs.QueueEncryption.KMS_MANAGED
    return {"encryption": encryption, "enforce_ssl": True}
