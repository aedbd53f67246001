"""``QueuePolicy``: an ``AWS::SQS::QueuePolicy`` for one or more queues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Resource, ValidationError
from constructs.internals import structs
from l1.sqs import CfnQueuePolicy

if TYPE_CHECKING:
    from l2.sqs._interfaces import IQueue


@structs.frozen(kw_only=True)
class QueuePolicyProps:
    """The properties of a ``QueuePolicy``.

    Args:
        queues: the queues the policy applies to.
    """

    queues: Sequence[IQueue]


class QueuePolicy(Resource):
    """The resource policy of SQS queues; add statements to ``document``.

    Args:
        queues: the queues the policy applies to.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sqs.QueuePolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, queues: Sequence[IQueue]) -> None:
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
