"""``ResourcePolicy``: the resource policy of a Kinesis data stream (``AWS::Kinesis::ResourcePolicy``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Resource, ValidationError
from l1.kinesis import CfnResourcePolicy

if TYPE_CHECKING:
    from l2.iam import PolicyDocument
    from l2.kinesis._interfaces import IStream, IStreamConsumer


class ResourcePolicy(Resource):
    """A resource policy attached to a stream or a stream consumer.

    Args:
        stream: the stream the policy is for (exactly one of ``stream`` and ``stream_consumer``).
        stream_consumer: the stream consumer the policy is for.
        policy_document: the initial document (default: an empty ``iam.PolicyDocument``).

    Raises:
        ValidationError: both or neither of ``stream`` and ``stream_consumer``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-kinesis.ResourcePolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_document: PolicyDocument | None = None,
        stream: IStream | None = None,
        stream_consumer: IStreamConsumer | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam

        if stream is not None and stream_consumer is not None:
            raise ValidationError("Only one of stream or streamConsumer can be set", self)
        if stream is None and stream_consumer is None:
            raise ValidationError("One of stream or streamConsumer must be set", self)
        self.document: PolicyDocument = policy_document if policy_document is not None else iam.PolicyDocument()
        arn = stream.stream_arn if stream is not None else stream_consumer.stream_consumer_arn  # type: ignore[union-attr]
        CfnResourcePolicy(self, "Resource", resource_policy=self.document, resource_arn=arn)
