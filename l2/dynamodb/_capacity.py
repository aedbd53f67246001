"""``Billing``, ``Capacity`` and ``TableEncryptionV2``: how a ``TableV2`` is billed and encrypted."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Stack, Token, UnscopedValidationError, ValidationError
from l2.dynamodb._shared import BillingMode, TableEncryption

if TYPE_CHECKING:
    from l2.kms import IKey


class CapacityMode(enum.Enum):
    """Fixed or auto-scaled provisioned capacity."""

    FIXED = "FIXED"
    AUTOSCALED = "AUTOSCALED"


class Capacity:
    """Provisioned read or write capacity of a ``TableV2`` (``Capacity.fixed`` or ``Capacity.autoscaled``).

    Args:
        autoscaling: the auto scaling bounds and target (autoscaled capacity).
        mode: fixed or autoscaled.
        units: the capacity units (fixed capacity).
    """

    def __init__(self, mode: CapacityMode, *, units: int | float | None = None, autoscaling: dict[str, Any] | None = None) -> None:
        self.mode = mode
        self._units = units
        self._autoscaling = autoscaling

    @staticmethod
    def fixed(iops: int | float) -> Capacity:
        """A fixed number of capacity units (read capacity only)."""
        return Capacity(CapacityMode.FIXED, units=iops)

    @staticmethod
    def autoscaled(
        *,
        max_capacity: int | float,
        min_capacity: int | float | None = None,
        seed_capacity: int | float | None = None,
        target_utilization_percent: int | float | None = None,
    ) -> Capacity:
        """Capacity scaled between ``min_capacity`` (default 1) and ``max_capacity`` at a target utilization
        (default 70 %).

        Raises:
            UnscopedValidationError: min above max, a target outside 20-90, or a seed below 1.
        """
        if (min_capacity if min_capacity is not None else 1) > max_capacity:
            raise UnscopedValidationError("`minCapacity` must be less than or equal to `maxCapacity`")
        if target_utilization_percent is not None and not 20 <= target_utilization_percent <= 90:
            raise UnscopedValidationError("`targetUtilizationPercent` cannot be less than 20 or greater than 90")
        if seed_capacity is not None and seed_capacity < 1:
            raise UnscopedValidationError(f"'seedCapacity' cannot be less than 1 - received {seed_capacity}")
        return Capacity(
            CapacityMode.AUTOSCALED,
            autoscaling={
                "min_capacity": min_capacity if min_capacity is not None else 1,
                "max_capacity": max_capacity,
                "seed_capacity": seed_capacity,
                "target_tracking_scaling_policy_configuration": {
                    "target_value": target_utilization_percent if target_utilization_percent is not None else 70
                },
            },
        )

    def _render_read_capacity(self) -> dict[str, Any]:
        if self.mode is CapacityMode.FIXED:
            return {"read_capacity_units": self._units}
        return {"read_capacity_auto_scaling_settings": self._autoscaling}

    def _render_write_capacity(self) -> dict[str, Any]:
        if self.mode is CapacityMode.FIXED:
            raise UnscopedValidationError("You cannot configure 'writeCapacity' with FIXED capacity mode")
        return {"write_capacity_auto_scaling_settings": self._autoscaling}


class Billing:
    """The billing of a ``TableV2``: ``Billing.on_demand()`` (default) or ``Billing.provisioned(...)``.

    Args:
        mode: on demand or provisioned.
        read: the read capacity (provisioned) or the most read request units per second (on demand).
        write: the write capacity (provisioned) or the most write request units per second (on demand).
    """

    def __init__(
        self,
        mode: BillingMode,
        *,
        read: Capacity | int | float | None = None,
        write: Capacity | int | float | None = None,
    ) -> None:
        self.mode = mode
        self._read = read
        self._write = write

    @staticmethod
    def on_demand(
        *, max_read_request_units: int | float | None = None, max_write_request_units: int | float | None = None
    ) -> Billing:
        """Pay per request, optionally capped."""
        return Billing(BillingMode.PAY_PER_REQUEST, read=max_read_request_units, write=max_write_request_units)

    @staticmethod
    def provisioned(*, read_capacity: Capacity, write_capacity: Capacity) -> Billing:
        """Provisioned capacity (write capacity must be auto-scaled)."""
        return Billing(BillingMode.PROVISIONED, read=read_capacity, write=write_capacity)

    def _render_read_capacity(self) -> Any:
        return self._read._render_read_capacity() if isinstance(self._read, Capacity) else self._read

    def _render_write_capacity(self) -> Any:
        return self._write._render_write_capacity() if isinstance(self._write, Capacity) else self._write


class TableEncryptionV2:
    """Server-side encryption of a ``TableV2``.

    Args:
        replica_key_arns: per replica region, the ARN of its customer-managed key.
        table_key: the customer-managed key of the table in the stack's region.
        type: who owns the key: AWS-owned, AWS-managed or customer-managed.
    """

    def __init__(
        self, type: TableEncryption, table_key: Any = None, replica_key_arns: Mapping[str, str] | None = None
    ) -> None:
        self.type = type
        self.table_key = table_key
        self.replica_key_arns: Mapping[str, str] | None = replica_key_arns

    @staticmethod
    def dynamo_owned_key() -> TableEncryptionV2:
        """A key owned by DynamoDB (``SSEEnabled: false``)."""
        return TableEncryptionV2(TableEncryption.DEFAULT)

    @staticmethod
    def aws_managed_key() -> TableEncryptionV2:
        """The AWS managed key ``alias/aws/dynamodb``."""
        return TableEncryptionV2(TableEncryption.AWS_MANAGED)

    @staticmethod
    def customer_managed_key(table_key: IKey, replica_key_arns: Mapping[str, str] | None = None) -> TableEncryptionV2:
        """A customer managed key in the stack's region, and one key ARN per replica region."""
        return TableEncryptionV2(TableEncryption.CUSTOMER_MANAGED, table_key, dict(replica_key_arns or {}))

    def _render_sse_specification(self) -> dict[str, Any]:
        if self.type is TableEncryption.DEFAULT:
            return {"sse_enabled": False}
        return {"sse_enabled": True, "sse_type": "KMS"}

    def _render_replica_sse_specification(self, scope: Any, replica_region: str) -> dict[str, Any] | None:
        if self.type is not TableEncryption.CUSTOMER_MANAGED:
            return None
        stack_region = Stack.of(scope).region
        keys = self.replica_key_arns or {}
        if Token.is_unresolved(stack_region):
            raise ValidationError("Replica SSE specification cannot be rendered in a region agnostic stack", scope)
        if stack_region in keys:
            raise ValidationError(
                f"KMS key for deployment region {stack_region} cannot be defined in 'replicaKeyArns'", scope
            )
        if replica_region == stack_region:
            return {"kms_master_key_id": self.table_key.key_arn}
        if replica_region not in keys:
            raise ValidationError(f"KMS key for {replica_region} was not found in 'replicaKeyArns'", scope)
        return {"kms_master_key_id": keys[replica_region]}
