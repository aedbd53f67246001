"""``IQueue``: the interface of new and imported queues (for type hints, as in aws-cdk-lib)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class IQueue(Protocol):
    """An SQS queue: ``Queue`` or one returned by ``Queue.from_queue_arn`` / ``from_queue_attributes``."""

    queue_arn: str
    queue_url: str
    queue_name: str
    fifo: bool
    encryption_master_key: Any

    def add_to_resource_policy(self, statement: Any) -> Any: ...

    def grant(self, grantee: Any, *actions: str) -> Any: ...

    def grant_consume_messages(self, grantee: Any) -> Any: ...

    def grant_send_messages(self, grantee: Any) -> Any: ...

    def grant_purge(self, grantee: Any) -> Any: ...
