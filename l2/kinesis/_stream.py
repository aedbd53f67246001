"""``Stream``: a Kinesis data stream (``AWS::Kinesis::Stream``), and importing existing ones."""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Aws,
    CfnCondition,
    Construct,
    Duration,
    Fn,
    RemovalPolicy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.kinesis import StreamReference as StreamReference
from l1.kinesis import CfnStream
from l2._private.metric_options import given_options as _options

if TYPE_CHECKING:

    from l2.cloudwatch import Metric, Unit
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kinesis._interfaces import IStream
    from l2.kms import IKey

READ_OPERATIONS: tuple[str, ...] = (
    "kinesis:DescribeStreamSummary",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:ListShards",
    "kinesis:SubscribeToShard",
    "kinesis:DescribeStream",
    "kinesis:ListStreams",
    "kinesis:DescribeStreamConsumer",
)
WRITE_OPERATIONS: tuple[str, ...] = ("kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords")
_NOT_IN_RESOURCE_POLICIES = frozenset({"kinesis:DescribeStreamConsumer", "kinesis:ListStreams", "kinesis:SubscribeToShard"})
_UNSUPPORTED_REGIONS_CONDITION = "AwsCdkKinesisEncryptedStreamsUnsupportedRegions"





class StreamEncryption(enum.Enum):
    """How the records of a stream are encrypted at rest."""

    UNENCRYPTED = "NONE"
    KMS = "KMS"
    """A customer managed KMS key (created unless ``encryption_key`` is given)."""
    MANAGED = "MANAGED"
    """The AWS managed key ``alias/aws/kinesis``."""


class StreamMode(enum.Enum):
    """Capacity mode of a stream."""

    PROVISIONED = "PROVISIONED"
    ON_DEMAND = "ON_DEMAND"


class ShardLevelMetrics(enum.Enum):
    """Enhanced shard-level metrics."""

    INCOMING_BYTES = "IncomingBytes"
    INCOMING_RECORDS = "IncomingRecords"
    ITERATOR_AGE_MILLISECONDS = "IteratorAgeMilliseconds"
    OUTGOING_BYTES = "OutgoingBytes"
    OUTGOING_RECORDS = "OutgoingRecords"
    READ_PROVISIONED_THROUGHPUT_EXCEEDED = "ReadProvisionedThroughputExceeded"
    WRITE_PROVISIONED_THROUGHPUT_EXCEEDED = "WriteProvisionedThroughputExceeded"
    ALL = "ALL"


@structs.frozen(kw_only=True)
class StreamAttributes:
    """What ``Stream.from_stream_attributes`` needs: the ARN, and the KMS key if the stream is encrypted.

    Args:
        stream_arn: the ARN of the existing stream.
        encryption_key: the KMS key the stream's records are encrypted with (default: none, the stream is not
            encrypted with a customer-managed key).
    """

    stream_arn: str
    encryption_key: IKey | None = None


class StreamBase(Resource):
    """A new or imported Kinesis data stream (grants, metrics, resource policy).

    Subclasses set ``stream_arn``, ``stream_name``, ``encryption_key`` and ``_auto_create_policy``.
    """

    stream_arn: str
    stream_name: str
    encryption_key: IKey | None
    _auto_create_policy: bool = False

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self.resource_policy: Any = None
        self.node.add_validation(_PolicyValidation(self))

    @property
    def stream_ref(self) -> StreamReference:
        """The stream's name and ARN."""
        return StreamReference(stream_arn=self.stream_arn, stream_name=self.stream_name)

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the stream's resource policy, creating ``Policy`` on first use."""
        from l2 import iam

        if self.resource_policy is None and self._auto_create_policy:
            from l2.kinesis._resource_policy import ResourcePolicy

            self.resource_policy = ResourcePolicy(self, "Policy", stream=self)
        if self.resource_policy is not None:
            self.resource_policy.document.add_statements(statement)
            return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.resource_policy)
        return iam.AddToResourcePolicyResult(statement_added=False)

    # -- grants --------------------------------------------------------------------------------------------
    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this stream (identity policy, or the stream policy across accounts)."""
        from l2 import iam

        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee,
            actions=list(actions),
            resource_arns=[self.stream_arn],
            resource=_FilteringPolicyTarget(self),
        )

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading records (and ``kms:Decrypt`` on the key)."""
        result = self.grant(grantee, *READ_OPERATIONS)
        if self.encryption_key is not None:
            self.encryption_key.grant_decrypt(grantee)
        return result

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing records (and encrypt on the key)."""
        result = self.grant(grantee, *WRITE_OPERATIONS)
        if self.encryption_key is not None:
            self.encryption_key.grant_encrypt(grantee)
        return result

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Grant reading and writing records (and encrypt/decrypt on the key)."""
        result = self.grant(grantee, *dict.fromkeys((*READ_OPERATIONS, *WRITE_OPERATIONS)))
        if self.encryption_key is not None:
            self.encryption_key.grant_encrypt_decrypt(grantee)
        return result

    # -- metrics -------------------------------------------------------------------------------------------
    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A CloudWatch metric of this stream (namespace ``AWS/Kinesis``, dimension ``StreamName``); the keywords
        are aws-cdk-lib's ``MetricOptions``."""
        return self._metric(metric_name, None, _options(locals(), "metric_name"))

    def _metric(self, metric_name: str, statistic: str | None, props: dict[str, Any]) -> Any:
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/Kinesis",
            "metric_name": metric_name,
            "dimensions_map": {"StreamName": self.stream_name},
        }
        if statistic is not None:
            options["statistic"] = statistic
        options.update({k: v for k, v in props.items() if v is not None})
        return cloudwatch.Metric(**options).attach_to(self)

    def metric_get_records_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``GetRecords.Bytes`` (Average over 5 minutes by default)."""
        return self._metric("GetRecords.Bytes", "Average", _options(locals()))

    def metric_get_records_iterator_age_milliseconds(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``GetRecords.IteratorAgeMilliseconds`` (Maximum over 5 minutes by default)."""
        return self._metric("GetRecords.IteratorAgeMilliseconds", "Maximum", _options(locals()))

    def metric_get_records_success(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``GetRecords.Success`` (Average over 5 minutes by default)."""
        return self._metric("GetRecords.Success", "Average", _options(locals()))

    def metric_get_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``GetRecords.Records`` (Average over 5 minutes by default)."""
        return self._metric("GetRecords.Records", "Average", _options(locals()))

    def metric_get_records_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``GetRecords.Latency`` (Average over 5 minutes by default)."""
        return self._metric("GetRecords.Latency", "Average", _options(locals()))

    def metric_put_record_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecord.Bytes`` (Average over 5 minutes by default)."""
        return self._metric("PutRecord.Bytes", "Average", _options(locals()))

    def metric_put_record_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecord.Latency`` (Average over 5 minutes by default)."""
        return self._metric("PutRecord.Latency", "Average", _options(locals()))

    def metric_put_record_success(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecord.Success`` (Average over 5 minutes by default)."""
        return self._metric("PutRecord.Success", "Average", _options(locals()))

    def metric_put_records_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.Bytes`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.Bytes", "Average", _options(locals()))

    def metric_put_records_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.Latency`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.Latency", "Average", _options(locals()))

    def metric_put_records_success(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.Success`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.Success", "Average", _options(locals()))

    def metric_put_records_total_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.TotalRecords`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.TotalRecords", "Average", _options(locals()))

    def metric_put_records_successful_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.SuccessfulRecords`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.SuccessfulRecords", "Average", _options(locals()))

    def metric_put_records_failed_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.FailedRecords`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.FailedRecords", "Average", _options(locals()))

    def metric_put_records_throttled_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``PutRecords.ThrottledRecords`` (Average over 5 minutes by default)."""
        return self._metric("PutRecords.ThrottledRecords", "Average", _options(locals()))

    def metric_incoming_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``IncomingBytes`` (Average over 5 minutes by default)."""
        return self._metric("IncomingBytes", "Average", _options(locals()))

    def metric_incoming_records(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``IncomingRecords`` (Average over 5 minutes by default)."""
        return self._metric("IncomingRecords", "Average", _options(locals()))

    def metric_read_provisioned_throughput_exceeded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``ReadProvisionedThroughputExceeded`` (Average over 5 minutes by default)."""
        return self._metric("ReadProvisionedThroughputExceeded", "Average", _options(locals()))

    def metric_write_provisioned_throughput_exceeded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``WriteProvisionedThroughputExceeded`` (Average over 5 minutes by default)."""
        return self._metric("WriteProvisionedThroughputExceeded", "Average", _options(locals()))


class _FilteringPolicyTarget:
    """The stream as a grant's resource: drops actions a Kinesis resource policy cannot hold."""

    __slots__ = ("_stream",)

    def __init__(self, stream: StreamBase) -> None:
        self._stream = stream

    @property
    def env(self) -> Any:
        return self._stream.env

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        from l2 import iam

        actions = [a for a in statement.actions if a not in _NOT_IN_RESOURCE_POLICIES]
        if actions:
            return self._stream.add_to_resource_policy(statement.copy(actions=actions))
        return iam.AddToResourcePolicyResult(statement_added=False)


class _PolicyValidation:
    __slots__ = ("_stream",)

    def __init__(self, stream: StreamBase) -> None:
        self._stream = stream

    def validate(self) -> list[str]:
        policy = self._stream.resource_policy
        return list(policy.document.validate_for_resource_policy()) if policy is not None else []


class _ImportedStream(StreamBase):
    def __init__(self, scope: Construct, id: str, attributes: StreamAttributes) -> None:
        super().__init__(scope, id, environment_from_arn=attributes.stream_arn)
        self.stream_arn = attributes.stream_arn
        self.stream_name = Stack.of(scope).split_arn(attributes.stream_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        self.encryption_key = attributes.encryption_key


class Stream(StreamBase):
    """A Kinesis data stream, retained when removed from the stack by default.

    Args:
        stream_name: a physical name (default generated by CloudFormation).
        shard_count: shards of a provisioned stream (default 1; not for ``ON_DEMAND``).
        stream_mode: ``StreamMode`` (default: not set, which CloudFormation treats as provisioned).
        retention_period: 24 to 8,760 hours (default 24 hours).
        encryption / encryption_key: default: ``alias/aws/kinesis``, except in China regions, through the
            stack-level condition ``AwsCdkKinesisEncryptedStreamsUnsupportedRegions``.
        shard_level_metrics: enhanced shard-level metrics to enable.
        removal_policy: default ``RemovalPolicy.RETAIN``.

    Raises:
        ValidationError: inconsistent props (the message names the prop and the allowed values).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-kinesis.Stream"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    _auto_create_policy = True

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        encryption: StreamEncryption | None = None,
        encryption_key: IKey | None = None,
        removal_policy: RemovalPolicy | None = None,
        retention_period: Duration | None = None,
        shard_count: int | float | None = None,
        shard_level_metrics: Sequence[ShardLevelMetrics] | None = None,
        stream_mode: StreamMode | None = None,
        stream_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=stream_name)
        if stream_mode is StreamMode.ON_DEMAND and shard_count is not None:
            raise ValidationError(
                f"streamMode must be set to {StreamMode.PROVISIONED.value} (default) when specifying shardCount", self
            )
        if stream_mode in (StreamMode.PROVISIONED, None) and shard_count is None:
            shard_count = 1
        hours = retention_period.to_hours() if retention_period is not None else 24
        if not Token.is_unresolved(hours) and not 24 <= hours <= 8760:
            raise ValidationError(f"retentionPeriod must be between 24 and 8760 hours. Received {hours}", self)
        stream_encryption, key = self._parse_encryption(encryption, encryption_key)
        if shard_level_metrics:
            if ShardLevelMetrics.ALL in shard_level_metrics and len(shard_level_metrics) > 1:
                raise ValidationError(
                    "`shardLevelMetrics` cannot include `ShardLevelMetrics.ALL` together with individual metrics, "
                    "use either `ShardLevelMetrics.ALL` alone or specify individual metrics.",
                    self,
                )
            if len(set(shard_level_metrics)) != len(shard_level_metrics):
                raise ValidationError("shardLevelMetrics cannot contain duplicate items.", self)
        self.stream: CfnStream = CfnStream(
            self,
            "Resource",
            name=self.physical_name if stream_name is not None else None,
            retention_period_hours=hours,
            shard_count=shard_count,
            stream_encryption=stream_encryption,
            desired_shard_level_metrics=[m.value for m in shard_level_metrics] if shard_level_metrics else None,
            stream_mode_details={"stream_mode": stream_mode.value} if stream_mode is not None else None,
        )
        self.stream.apply_removal_policy(removal_policy)
        self.encryption_key = key

    @functools.cached_property
    def stream_arn(self) -> str:  # type: ignore[override]
        """The ARN of the stream (formatted from its name in another environment)."""
        return self.get_resource_arn_attribute(
            self.stream.attr_arn, {"service": "kinesis", "resource": "stream", "resource_name": self.physical_name}
        )

    @functools.cached_property
    def stream_name(self) -> str:  # type: ignore[override]
        """The name of the stream."""
        return self.get_resource_name_attribute(self.stream.ref)

    @staticmethod
    def from_stream_arn(scope: Construct, id: str, stream_arn: str) -> IStream:
        """Import a stream by ARN."""
        return _ImportedStream(scope, id, StreamAttributes(stream_arn=stream_arn))

    @staticmethod
    def from_stream_attributes(scope: Construct, id: str, *, stream_arn: str, encryption_key: IKey | None = None) -> IStream:
        """Import a stream by ARN, with the KMS key that encrypts it."""
        return _ImportedStream(scope, id, StreamAttributes(stream_arn=stream_arn, encryption_key=encryption_key))

    def _parse_encryption(self, encryption: StreamEncryption | None, key: Any) -> tuple[Any, Any]:
        if encryption is None and key is None:
            stack = Stack.of(self)
            if stack.node.try_find_child(_UNSUPPORTED_REGIONS_CONDITION) is None:
                CfnCondition(
                    stack,
                    _UNSUPPORTED_REGIONS_CONDITION,
                    expression=Fn.condition_or(
                        Fn.condition_equals(Aws.REGION, "cn-north-1"),
                        Fn.condition_equals(Aws.REGION, "cn-northwest-1"),
                    ),
                )
            return (
                Fn.condition_if(
                    _UNSUPPORTED_REGIONS_CONDITION, Aws.NO_VALUE, {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}
                ),
                None,
            )
        encryption = encryption or (StreamEncryption.KMS if key is not None else StreamEncryption.UNENCRYPTED)
        if encryption is not StreamEncryption.KMS and key is not None:
            raise ValidationError(
                f"encryptionKey is specified, so 'encryption' must be set to KMS (value: {encryption.value})", self
            )
        if encryption is StreamEncryption.UNENCRYPTED:
            return None, None
        if encryption is StreamEncryption.MANAGED:
            return {"encryption_type": "KMS", "key_id": "alias/aws/kinesis"}, None
        if key is None:
            from l2 import kms

            key = kms.Key(self, "Key", description=f"Created by {self.node.path}")
        return {"encryption_type": "KMS", "key_id": key.key_arn}, key
