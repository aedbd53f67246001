"""``QueueGrants``: the permission helpers behind ``Queue.grant_*`` (aws-cdk-lib's ``queue.grants``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CONSUME_ACTIONS = (
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
)
SEND_ACTIONS = ("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl")
PURGE_ACTIONS = ("sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl")
CONSUME_KEY_ACTIONS = ("kms:Decrypt",)
SEND_KEY_ACTIONS = ("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*")


class QueueGrants:
    """Grants on one queue: IAM actions on the queue ARN, plus KMS actions on its key when encrypted.

    Statements go to the grantee's identity policy, or to the queue policy when the grantee is in another
    account (``iam.Grant.add_to_principal_or_resource``).
    """

    def __init__(self, queue: Any) -> None:
        self._queue = queue

    @staticmethod
    def from_queue(queue: Any) -> QueueGrants:
        """The grants of ``queue``."""
        return QueueGrants(queue)

    def actions(
        self,
        grantee: Any,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Any:
        """Grant ``actions`` on the queue (or ``resource_arns``) and ``key_actions`` on its key."""
        from l2 import iam

        result = iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [self._queue.queue_arn],
            resource=self._queue,
        )
        key = self._queue.encryption_master_key
        if key_actions and key is not None:
            key.grant(grantee, *key_actions)
        return result

    def consume_messages(self, grantee: Any) -> Any:
        """Receive, delete and change the visibility of messages (and ``kms:Decrypt``)."""
        return self.actions(grantee, CONSUME_ACTIONS, key_actions=CONSUME_KEY_ACTIONS)

    def send_messages(self, grantee: Any) -> Any:
        """Send messages (and encrypt/decrypt with the key)."""
        return self.actions(grantee, SEND_ACTIONS, key_actions=SEND_KEY_ACTIONS)

    def purge(self, grantee: Any) -> Any:
        """Purge the queue."""
        return self.actions(grantee, PURGE_ACTIONS)
