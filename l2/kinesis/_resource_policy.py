"""``ResourcePolicy``: the resource policy of a Kinesis data stream (``AWS::Kinesis::ResourcePolicy``)."""

from __future__ import annotations

from typing import Any

from constructs import Construct, Resource, ValidationError
from l1.kinesis import CfnResourcePolicy


class ResourcePolicy(Resource):
    """A resource policy attached to a stream or a stream consumer.

    Args:
        stream: the stream the policy is for (exactly one of ``stream`` and ``stream_consumer``).
        stream_consumer: the stream consumer the policy is for.
        policy_document: the initial document (default: an empty ``iam.PolicyDocument``).

    Raises:
        ValidationError: both or neither of ``stream`` and ``stream_consumer``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_document: Any = None,
        stream: Any = None,
        stream_consumer: Any = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam

        if stream is not None and stream_consumer is not None:
            raise ValidationError("Only one of stream or streamConsumer can be set", self)
        if stream is None and stream_consumer is None:
            raise ValidationError("One of stream or streamConsumer must be set", self)
        self.document = policy_document if policy_document is not None else iam.PolicyDocument()
        arn = stream.stream_arn if stream is not None else stream_consumer.stream_consumer_arn
        CfnResourcePolicy(self, "Resource", resource_policy=self.document, resource_arn=arn)
