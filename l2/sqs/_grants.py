"""``QueueGrants``: the permission helpers behind ``Queue.grant_*`` (aws-cdk-lib's ``queue.grants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from l2._private.grants import KeyedResourceGrants

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable

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


class QueueGrants(KeyedResourceGrants):
    """Grants on one queue: IAM actions on the queue ARN, plus KMS actions on its key when encrypted.

    Args:
        resource: the queue the grants are on.
    """

    @staticmethod
    def from_queue(resource: Any) -> QueueGrants:
        """The grants of the queue ``resource``."""
        return QueueGrants(resource)

    def _arn(self) -> str:
        return self._resource.queue_arn  # type: ignore[no-any-return]

    def _key(self) -> Any:
        return self._resource.encryption_master_key

    def consume_messages(self, grantee: IGrantable) -> Grant:
        """Receive, delete and change the visibility of messages (and ``kms:Decrypt``)."""
        return self.actions(grantee, CONSUME_ACTIONS, key_actions=CONSUME_KEY_ACTIONS)

    def send_messages(self, grantee: IGrantable) -> Grant:
        """Send messages (and encrypt/decrypt with the key)."""
        return self.actions(grantee, SEND_ACTIONS, key_actions=SEND_KEY_ACTIONS)

    def purge(self, grantee: IGrantable) -> Grant:
        """Purge the queue."""
        return self.actions(grantee, PURGE_ACTIONS)
