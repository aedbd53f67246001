"""``QueuePolicy``: an ``AWS::SQS::QueuePolicy`` for one or more queues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Construct, Resource, ValidationError
from l1.sqs import CfnQueuePolicy


class QueuePolicy(Resource):
    """The resource policy of SQS queues; add statements to ``document``.

    Args:
        queues: the queues the policy applies to.
    """

    def __init__(self, scope: Construct, id: str, *, queues: Sequence[Any]) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.document = iam.PolicyDocument()
        self._resource = CfnQueuePolicy(
            self, "Resource", policy_document=self.document, queues=[q.queue_url for q in queues]
        )

    @property
    def queue_policy_id(self) -> str:
        """Removed from CloudFormation; always raises."""
        raise ValidationError("QueuePolicy.queuePolicyId has been removed from CloudFormation", self)
