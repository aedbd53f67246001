"""``StreamConsumer``: an enhanced fan-out consumer of a Kinesis data stream (``AWS::Kinesis::StreamConsumer``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Resource, Stack
from l1._private.interfaces.kinesis import StreamConsumerReference as StreamConsumerReference
from l1.kinesis import CfnStreamConsumer

if TYPE_CHECKING:
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kinesis._interfaces import IStream, IStreamConsumer
    from l2.kinesis._resource_policy import ResourcePolicy

_READ_OPERATIONS = ("kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard")


class _StreamConsumerBase(Resource):
    """What new and imported consumers share: resource policy and grants."""

    stream_consumer_arn: str
    stream_consumer_name: str
    stream: IStream
    _auto_create_policy = False

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self.resource_policy: ResourcePolicy | None = None
        """The consumer's resource policy (created by the first ``add_to_resource_policy`` of a new consumer)."""

    @property
    def stream_consumer_ref(self) -> StreamConsumerReference:
        """The consumer's ARN."""
        return StreamConsumerReference(consumer_arn=self.stream_consumer_arn)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the consumer's resource policy (creating ``Policy`` on first use; imported
        consumers drop it)."""
        from l2 import iam

        if self.resource_policy is None and self._auto_create_policy:
            from l2.kinesis._resource_policy import ResourcePolicy

            self.resource_policy = ResourcePolicy(self, "Policy", stream_consumer=self)
        if self.resource_policy is not None:
            self.resource_policy.document.add_statements(statement)
            return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.resource_policy)
        return iam.AddToResourcePolicyResult(statement_added=False)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the stream through this consumer (``stream.grant_read`` and subscribing)."""
        self.stream.grant_read(grantee)
        return self.grant(grantee, *_READ_OPERATIONS)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the consumer (identity policy, or the consumer's policy across accounts)."""
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.stream_consumer_arn], resource=self
        )


class _ImportedStreamConsumer(_StreamConsumerBase):
    def __init__(self, scope: Construct, id: str, consumer_arn: str) -> None:
        super().__init__(scope, id)
        from l2.kinesis._stream import Stream

        stack = Stack.of(scope)
        parsed = stack.split_arn(consumer_arn, ArnFormat.SLASH_RESOURCE_NAME)
        stream_name, _consumer, name_and_timestamp = (parsed.resource_name or "").split("/")
        stream_arn = stack.format_arn(
            service=parsed.service,
            resource=parsed.resource,
            resource_name=stream_name,
            partition=parsed.partition,
            region=parsed.region,
            account=parsed.account,
            arn_format=parsed.arn_format,
        )
        self.stream_consumer_arn = consumer_arn
        self.stream_consumer_name = name_and_timestamp.split(":")[0]
        self.stream = Stream.from_stream_arn(scope, f"{id}ImportedStream", stream_arn)


class StreamConsumer(_StreamConsumerBase):
    """A registered (enhanced fan-out) consumer of a stream.

    Args:
        scope: the parent construct.
        id: the construct id.
        stream: the stream to consume.
        stream_consumer_name: the consumer's name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-kinesis.StreamConsumer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    _auto_create_policy = True

    def __init__(self, scope: Construct, id: str, *, stream: IStream, stream_consumer_name: str) -> None:
        super().__init__(scope, id, physical_name=stream_consumer_name)
        self.stream_consumer: CfnStreamConsumer = CfnStreamConsumer(
            self, "Resource", consumer_name=stream_consumer_name, stream_arn=stream.stream_arn
        )
        self.stream = stream

    @functools.cached_property
    def stream_consumer_arn(self) -> str:  # type: ignore[override]
        """The ARN of the consumer (formatted from the names in another environment)."""
        return self.get_resource_arn_attribute(
            self.stream_consumer.attr_consumer_arn,
            {
                "service": "kinesis",
                "resource": "stream",
                "resource_name": f"{self.stream.stream_name}/consumer/{self.physical_name}:*",
                "arn_format": ArnFormat.SLASH_RESOURCE_NAME,
            },
        )

    @functools.cached_property
    def stream_consumer_name(self) -> str:  # type: ignore[override]
        """The name of the consumer."""
        return self.get_resource_name_attribute(self.stream_consumer.attr_consumer_name)

    @staticmethod
    def from_stream_consumer_arn(scope: Construct, id: str, stream_consumer_arn: str) -> IStreamConsumer:
        """Import a consumer by ARN (``arn:...:stream/<stream>/consumer/<name>:<timestamp>``)."""
        return _ImportedStreamConsumer(scope, id, stream_consumer_arn)

    @staticmethod
    def from_stream_consumer_attributes(scope: Construct, id: str, *, stream_consumer_arn: str) -> IStreamConsumer:
        """Import a consumer from its attributes."""
        return _ImportedStreamConsumer(scope, id, stream_consumer_arn)
