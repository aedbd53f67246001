"""The secure defaults of the tables the patterns create.

Defaults yield to what the user brings: a KMS key means customer-managed encryption, the legacy
``point_in_time_recovery`` flag replaces the specification (the L2 rejects both), capacities mean provisioned
billing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from l2 import dynamodb


def table_defaults(user_props: Mapping[str, Any] | None) -> dict[str, Any]:
    """An ``id`` string key, on-demand billing, SSE with the AWS managed key and point-in-time recovery."""
    given = user_props or {}
    defaults: dict[str, Any] = {
        "partition_key": dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
        "billing_mode": dynamodb.BillingMode.PAY_PER_REQUEST,
        "encryption": dynamodb.TableEncryption.AWS_MANAGED,
        "point_in_time_recovery_specification": dynamodb.PointInTimeRecoverySpecification(
            point_in_time_recovery_enabled=True
        ),
    }
    if given.get("encryption_key") is not None:
        defaults["encryption"] = dynamodb.TableEncryption.CUSTOMER_MANAGED
    if given.get("point_in_time_recovery") is not None:
        del defaults["point_in_time_recovery_specification"]
    if given.get("read_capacity") is not None or given.get("write_capacity") is not None:
        defaults["billing_mode"] = dynamodb.BillingMode.PROVISIONED
    return defaults
