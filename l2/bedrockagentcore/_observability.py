"""Runtime observability: X-Ray trace delivery and log delivery (CloudWatch Logs, S3, Firehose)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Lazy, Names, Stack, Tags
from constructs.internals import structs
from l2._private.iam_module import iam

if TYPE_CHECKING:
    from l1.logs import CfnDelivery, CfnDeliveryDestination
    from l2.iam import PolicyDocument
    from l2.kinesisfirehose import IDeliveryStream
    from l2.logs import ILogGroup
    from l2.s3 import IBucket

_MAX_NAME = 60


class LogType:
    """A log type an AgentCore runtime delivers.

    Args:
        value: the log type name as CloudFormation takes it.
    """

    APPLICATION_LOGS: LogType
    """Application logs of runtime invocations."""
    USAGE_LOGS: LogType
    """Usage logs of session-level resource consumption."""

    def __init__(self, value: str) -> None:
        self.value = value
        """The log type value."""

    @staticmethod
    def of(value: str) -> LogType:
        """A log type not listed here."""
        return LogType(value)


LogType.APPLICATION_LOGS = LogType("APPLICATION_LOGS")
LogType.USAGE_LOGS = LogType("USAGE_LOGS")


def _destination(scope: Construct, id: str, kind: str, arn: str | None) -> CfnDeliveryDestination:
    from l1.logs import CfnDeliveryDestination

    made: list[CfnDeliveryDestination] = []
    dest = CfnDeliveryDestination(scope, id, name=Lazy.string(
        lambda: Names.unique_resource_name(made[0], max_length=_MAX_NAME)),
        delivery_destination_type=kind, destination_resource_arn=arn)
    made.append(dest)
    return dest


class LoggingDestination:
    """Where a runtime's logs go; build one with ``cloud_watch_logs``, ``s3`` or ``firehose``.

    Args:
        bucket: the S3 bucket logs go to, when the destination is S3.
        log_group: the log group logs go to, when the destination is CloudWatch Logs.
        stream: the Firehose delivery stream logs go to, when the destination is Firehose.
    """

    def __init__(self, log_group: ILogGroup | None = None, bucket: IBucket | None = None,
                 stream: IDeliveryStream | None = None) -> None:
        self._log_group = log_group
        self._bucket = bucket
        self._stream = stream

    @staticmethod
    def cloud_watch_logs(log_group: ILogGroup) -> LoggingDestination:
        """The CloudWatch Logs group ``log_group``."""
        return LoggingDestination(log_group=log_group)

    @staticmethod
    def s3(bucket: IBucket) -> LoggingDestination:
        """The S3 bucket ``bucket``."""
        return LoggingDestination(bucket=bucket)

    @staticmethod
    def firehose(stream: IDeliveryStream) -> LoggingDestination:
        """The Firehose delivery stream ``stream``."""
        return LoggingDestination(stream=stream)

    def _bind(self, scope: Construct, id: str, manage_policy: bool) -> CfnDeliveryDestination:
        stack = Stack.of(scope)
        i = iam()
        if self._log_group is not None:
            policy = None
            if manage_policy:
                from l2.logs import ResourcePolicy

                found = stack.node.try_find_child("CdkLogGroupLogsDeliveryPolicy")
                policy = found if isinstance(found, ResourcePolicy) else ResourcePolicy(
                    stack, "CdkLogGroupLogsDeliveryPolicy")
                policy.document.add_statements(i.PolicyStatement(
                    effect=i.Effect.ALLOW, principals=[i.ServicePrincipal("delivery.logs.amazonaws.com")],
                    actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                    resources=[f"{self._log_group.log_group_arn}:log-stream:*"],
                    conditions={"StringEquals": {"aws:SourceAccount": stack.account},
                                "ArnLike": {"aws:SourceArn": stack.format_arn(service="logs", resource="*")}}))
            dest = _destination(scope, f"{id}Dest", "CWL", self._log_group.log_group_arn)
            if policy is not None:
                dest.node.add_dependency(policy)
            return dest
        if self._bucket is not None:
            if manage_policy:
                self._bucket.add_to_resource_policy(i.PolicyStatement(
                    effect=i.Effect.ALLOW, principals=[i.ServicePrincipal("delivery.logs.amazonaws.com")],
                    actions=["s3:PutObject"], resources=[f"{self._bucket.bucket_arn}/AWSLogs/{stack.account}/*"],
                    conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control",
                                                 "aws:SourceAccount": stack.account},
                                "ArnLike": {"aws:SourceArn": stack.format_arn(
                                    service="logs", resource="delivery-source", resource_name="*",
                                    arn_format=ArnFormat.COLON_RESOURCE_NAME)}}))
            return _destination(scope, f"{id}Dest", "S3", self._bucket.bucket_arn)
        assert self._stream is not None
        Tags.of(self._stream).add("LogDeliveryEnabled", "true")
        return _destination(scope, f"{id}Dest", "FH", self._stream.delivery_stream_arn)


@structs.frozen(kw_only=True)
class LoggingConfig:
    """One log type and where it goes."""

    destination: LoggingDestination
    """Where the logs go."""
    log_type: LogType
    """The log type."""


class _XRayResourcePolicy(Construct):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.document: PolicyDocument = iam().PolicyDocument()
        from l1.xray import CfnResourcePolicy

        CfnResourcePolicy(self, "ResourcePolicy",
                          policy_name=Lazy.string(lambda: Names.unique_resource_name(self, max_length=128)),
                          policy_document=Lazy.string(
                              lambda: Stack.of(self).to_json_string(self.document.to_json())))


def _source(scope: Construct, id: str, log_type: str, source_arn: str) -> object:
    from l1.logs import CfnDeliverySource

    made: list[CfnDeliverySource] = []
    src = CfnDeliverySource(scope, id, name=Lazy.string(
        lambda: Names.unique_resource_name(made[0], max_length=_MAX_NAME)), log_type=log_type,
        resource_arn=source_arn)
    made.append(src)
    return src


def configure_tracing(scope: Construct, source_arn: str, manage_policy: bool) -> CfnDelivery:
    """Deliver the runtime's traces to X-Ray."""
    from l1.logs import CfnDelivery, CfnDeliverySource

    stack = Stack.of(scope)
    source = _source(scope, "TracesDeliverySource", "TRACES", source_arn)
    assert isinstance(source, CfnDeliverySource)
    policy = None
    if manage_policy:
        found = stack.node.try_find_child("CdkXRayLogsDeliveryPolicy")
        policy = found if isinstance(found, _XRayResourcePolicy) else _XRayResourcePolicy(
            stack, "CdkXRayLogsDeliveryPolicy")
        i = iam()
        policy.document.add_statements(i.PolicyStatement(
            effect=i.Effect.ALLOW, principals=[i.ServicePrincipal("delivery.logs.amazonaws.com")],
            actions=["xray:PutTraceSegments"], resources=["*"],
            conditions={"ForAllValues:ArnLike": {"logs:LogGeneratingResourceArns": [source_arn]},
                        "StringEquals": {"aws:SourceAccount": stack.account},
                        "ArnLike": {"aws:SourceArn": stack.format_arn(
                            service="logs", resource="delivery-source", resource_name="*",
                            arn_format=ArnFormat.COLON_RESOURCE_NAME)}}))
    dest = _destination(scope, "TracesDeliveryDest", "XRAY", None)
    if policy is not None:
        dest.node.add_dependency(policy)
    delivery = CfnDelivery(scope, "TracesDelivery",
                           delivery_source_name=source.delivery_source_ref.delivery_source_name,
                           delivery_destination_arn=dest.attr_arn)
    delivery.node.add_dependency(source)
    delivery.node.add_dependency(dest)
    return delivery


def configure_logging(scope: Construct, source_arn: str, configs: Sequence[LoggingConfig],
                      manage_policy: bool) -> list[CfnDelivery]:
    """Deliver the runtime's logs: one delivery source per log type, one delivery per destination."""
    from l1.logs import CfnDelivery, CfnDeliverySource

    by_type: dict[str, list[LoggingConfig]] = {}
    for config in configs:
        by_type.setdefault(config.log_type.value, []).append(config)
    deliveries: list[CfnDelivery] = []
    for log_type, group in by_type.items():
        type_id = "".join(w[:1] + w[1:].lower() for w in log_type.split("_"))
        source = _source(scope, f"{type_id}DeliverySource", log_type, source_arn)
        assert isinstance(source, CfnDeliverySource)
        for index, config in enumerate(group):
            id = type_id if len(group) == 1 else f"{type_id}{index}"
            dest = config.destination._bind(scope, id, manage_policy)
            delivery = CfnDelivery(scope, f"{id}Delivery",
                                   delivery_source_name=source.delivery_source_ref.delivery_source_name,
                                   delivery_destination_arn=dest.attr_arn)
            delivery.node.add_dependency(source)
            delivery.node.add_dependency(dest)
            if deliveries:
                delivery.node.add_dependency(deliveries[-1])
            deliveries.append(delivery)
    return deliveries
