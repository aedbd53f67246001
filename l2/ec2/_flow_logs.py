"""``FlowLog``: VPC, subnet, ENI or transit gateway flow logs to CloudWatch Logs, S3 or Firehose."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    CfnResource,
    Construct,
    FeatureFlags,
    Lazy,
    PhysicalName,
    RemovalPolicy,
    Resource,
    Stack,
    Tags,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.interfaces.ec2 import FlowLogReference
    from l2.ec2._interfaces import ISubnet
    from l2.ec2._props import DestinationOptions
    from l2.ec2._vpc import IVpc
    from l2.iam import IRole
    from l2.kinesisfirehose import IDeliveryStream
    from l2.logs import ILogGroup
    from l2.s3 import IBucket

S3_CREATE_DEFAULT_LOGGING_POLICY = "@aws-cdk/aws-s3:createDefaultLoggingPolicy"


class FlowLogTrafficType(enum.Enum):
    """Which traffic a flow log records."""

    ACCEPT = "ACCEPT"
    ALL = "ALL"
    REJECT = "REJECT"


class FlowLogDestinationType(enum.Enum):
    """Where flow log records go."""

    CLOUD_WATCH_LOGS = "cloud-watch-logs"
    S3 = "s3"
    KINESIS_DATA_FIREHOSE = "kinesis-data-firehose"


class FlowLogFileFormat(enum.Enum):
    """The file format of flow logs in S3."""

    PLAIN_TEXT = "plain-text"
    PARQUET = "parquet"


class FlowLogMaxAggregationInterval(enum.Enum):
    """How long packets are aggregated into one record (seconds)."""

    ONE_MINUTE = 60
    TEN_MINUTES = 600


@structs.frozen(kw_only=True)
class FlowLogResourceType:
    """What a flow log watches: ``FlowLogResourceType.from_vpc(vpc)`` and friends.

    Args:
        resource_type: the CloudFormation ``ResourceType``.
        resource_id: the watched resource's id.
    """

    resource_type: str
    resource_id: str

    @staticmethod
    def from_subnet(subnet: ISubnet) -> FlowLogResourceType:
        """A subnet's traffic."""
        return FlowLogResourceType(resource_type="Subnet", resource_id=subnet.subnet_id)

    @staticmethod
    def from_vpc(vpc: IVpc) -> FlowLogResourceType:
        """A VPC's traffic."""
        return FlowLogResourceType(resource_type="VPC", resource_id=vpc.vpc_id)

    @staticmethod
    def from_network_interface_id(id: str) -> FlowLogResourceType:
        """A network interface's traffic."""
        return FlowLogResourceType(resource_type="NetworkInterface", resource_id=id)

    @staticmethod
    def from_transit_gateway_id(id: str) -> FlowLogResourceType:
        """A transit gateway's traffic."""
        return FlowLogResourceType(resource_type="TransitGateway", resource_id=id)

    @staticmethod
    def from_transit_gateway_attachment_id(id: str) -> FlowLogResourceType:
        """A transit gateway attachment's traffic."""
        return FlowLogResourceType(resource_type="TransitGatewayAttachment", resource_id=id)


class LogFormat:
    """One field (or a custom format string) of a flow log record.

    Args:
        value: the field as ``${field-name}``, or a whole custom format; use the class constants or ``custom``.
    """

    VERSION: ClassVar[LogFormat]
    ACCOUNT_ID: ClassVar[LogFormat]
    INTERFACE_ID: ClassVar[LogFormat]
    SRC_ADDR: ClassVar[LogFormat]
    DST_ADDR: ClassVar[LogFormat]
    SRC_PORT: ClassVar[LogFormat]
    DST_PORT: ClassVar[LogFormat]
    PROTOCOL: ClassVar[LogFormat]
    PACKETS: ClassVar[LogFormat]
    BYTES: ClassVar[LogFormat]
    START_TIMESTAMP: ClassVar[LogFormat]
    END_TIMESTAMP: ClassVar[LogFormat]
    ACTION: ClassVar[LogFormat]
    LOG_STATUS: ClassVar[LogFormat]
    VPC_ID: ClassVar[LogFormat]
    SUBNET_ID: ClassVar[LogFormat]
    INSTANCE_ID: ClassVar[LogFormat]
    TCP_FLAGS: ClassVar[LogFormat]
    TRAFFIC_TYPE: ClassVar[LogFormat]
    PKT_SRC_ADDR: ClassVar[LogFormat]
    PKT_DST_ADDR: ClassVar[LogFormat]
    REGION: ClassVar[LogFormat]
    AZ_ID: ClassVar[LogFormat]
    SUBLOCATION_TYPE: ClassVar[LogFormat]
    SUBLOCATION_ID: ClassVar[LogFormat]
    PKT_SRC_AWS_SERVICE: ClassVar[LogFormat]
    PKT_DST_AWS_SERVICE: ClassVar[LogFormat]
    FLOW_DIRECTION: ClassVar[LogFormat]
    TRAFFIC_PATH: ClassVar[LogFormat]
    ECS_CLUSTER_ARN: ClassVar[LogFormat]
    ECS_CLUSTER_NAME: ClassVar[LogFormat]
    ECS_CONTAINER_INSTANCE_ARN: ClassVar[LogFormat]
    ECS_CONTAINER_INSTANCE_ID: ClassVar[LogFormat]
    ECS_CONTAINER_ID: ClassVar[LogFormat]
    ECS_SECOND_CONTAINER_ID: ClassVar[LogFormat]
    ECS_SERVICE_NAME: ClassVar[LogFormat]
    ECS_TASK_DEFINITION_ARN: ClassVar[LogFormat]
    ECS_TASK_ARN: ClassVar[LogFormat]
    ECS_TASK_ID: ClassVar[LogFormat]
    ALL_DEFAULT_FIELDS: ClassVar[LogFormat]

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def custom(format_string: str) -> LogFormat:
        """A literal format string."""
        return LogFormat(format_string)

    @staticmethod
    def field(field: str) -> LogFormat:
        """One named field (``${field}``)."""
        return LogFormat("${" + field + "}")


for _attr, _field in (
    ("VERSION", "version"), ("ACCOUNT_ID", "account-id"), ("INTERFACE_ID", "interface-id"), ("SRC_ADDR", "srcaddr"),
    ("DST_ADDR", "dstaddr"), ("SRC_PORT", "srcport"), ("DST_PORT", "dstport"), ("PROTOCOL", "protocol"),
    ("PACKETS", "packets"), ("BYTES", "bytes"), ("START_TIMESTAMP", "start"), ("END_TIMESTAMP", "end"),
    ("ACTION", "action"), ("LOG_STATUS", "log-status"), ("VPC_ID", "vpc-id"), ("SUBNET_ID", "subnet-id"),
    ("INSTANCE_ID", "instance-id"), ("TCP_FLAGS", "tcp-flags"), ("TRAFFIC_TYPE", "type"),
    ("PKT_SRC_ADDR", "pkt-srcaddr"), ("PKT_DST_ADDR", "pkt-dstaddr"), ("REGION", "region"), ("AZ_ID", "az-id"),
    ("SUBLOCATION_TYPE", "sublocation-type"), ("SUBLOCATION_ID", "sublocation-id"),
    ("PKT_SRC_AWS_SERVICE", "pkt-src-aws-service"), ("PKT_DST_AWS_SERVICE", "pkt-dst-aws-service"),
    ("FLOW_DIRECTION", "flow-direction"), ("TRAFFIC_PATH", "traffic-path"), ("ECS_CLUSTER_ARN", "ecs-cluster-arn"),
    ("ECS_CLUSTER_NAME", "ecs-cluster-name"), ("ECS_CONTAINER_INSTANCE_ARN", "ecs-container-instance-arn"),
    ("ECS_CONTAINER_INSTANCE_ID", "ecs-container-instance-id"), ("ECS_CONTAINER_ID", "ecs-container-id"),
    ("ECS_SECOND_CONTAINER_ID", "ecs-second-container-id"), ("ECS_SERVICE_NAME", "ecs-service-name"),
    ("ECS_TASK_DEFINITION_ARN", "ecs-task-definition-arn"), ("ECS_TASK_ARN", "ecs-task-arn"),
    ("ECS_TASK_ID", "ecs-task-id"),
):
    setattr(LogFormat, _attr, LogFormat.field(_field))
LogFormat.ALL_DEFAULT_FIELDS = LogFormat(
    "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} "
    "${bytes} ${start} ${end} ${action} ${log-status}"
)


@structs.frozen(kw_only=True)
class FlowLogDestinationConfig:
    """What a destination binds to (``FlowLogDestination.bind``).

    Args:
        log_destination_type: the destination type.
        iam_role: the role flow logs assume (CloudWatch Logs).
        log_group: the log group (CloudWatch Logs).
        s3_bucket: the bucket (S3).
        key_prefix: the object key prefix (S3).
        destination_options: the S3 file options.
        delivery_stream_arn: the Firehose stream, by ARN.
        delivery_stream: the Firehose stream.
    """

    log_destination_type: FlowLogDestinationType
    destination_options: DestinationOptions | None = None
    delivery_stream: IDeliveryStream | None = None
    delivery_stream_arn: str | None = None
    iam_role: IRole | None = None
    key_prefix: str | None = None
    log_group: ILogGroup | None = None
    s3_bucket: IBucket | None = None


class FlowLogDestination:
    """Where a flow log publishes: ``to_cloud_watch_logs()``, ``to_s3()``, ``to_kinesis_data_firehose_destination()``."""

    @staticmethod
    def to_cloud_watch_logs(log_group: ILogGroup | None = None, iam_role: IRole | None = None) -> FlowLogDestination:
        """CloudWatch Logs (default: a new log group and a new role)."""
        return _CloudWatchLogsDestination(log_group, iam_role)

    @staticmethod
    def to_s3(
        bucket: IBucket | None = None,
        key_prefix: str | None = None,
        *,
        file_format: FlowLogFileFormat | None = None,
        hive_compatible_partitions: bool | None = None,
        per_hour_partition: bool | None = None,
    ) -> FlowLogDestination:
        """An S3 bucket (default: a new retained bucket), with an optional key prefix and file options."""
        return _S3Destination(bucket, key_prefix, file_format, hive_compatible_partitions, per_hour_partition)

    @staticmethod
    def to_kinesis_data_firehose_destination(delivery_stream_arn: str) -> FlowLogDestination:
        """A Kinesis Data Firehose delivery stream, by ARN."""
        return _FirehoseDestination(delivery_stream_arn)

    @staticmethod
    def to_firehose(delivery_stream: IDeliveryStream, iam_role: IRole | None = None) -> FlowLogDestination:
        """A Kinesis Data Firehose delivery stream (``iam_role`` is needed for a stream of another account)."""
        return _FirehoseDestination(None, delivery_stream, iam_role)

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        """Create what the destination needs and describe it."""
        raise NotImplementedError


class _S3Destination(FlowLogDestination):
    def __init__(self, bucket: Any, key_prefix: str | None, file_format: FlowLogFileFormat | None,
                 hive: bool | None, per_hour: bool | None) -> None:
        self._bucket = bucket
        self._key_prefix = key_prefix
        self._file_format = file_format
        self._hive = hive
        self._per_hour = per_hour

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        from l2 import iam, s3

        bucket = self._bucket if self._bucket is not None else s3.Bucket(
            scope, "Bucket", removal_policy=RemovalPolicy.RETAIN
        )
        if FeatureFlags.of(scope).is_enabled(S3_CREATE_DEFAULT_LOGGING_POLICY):
            stack = Stack.of(scope)
            prefix = self._key_prefix or ""
            if prefix and not prefix.endswith("/"):
                prefix += "/"
            objects = (
                bucket.arn_for_objects(f"{prefix}AWSLogs/aws-account-id={stack.account}/*")
                if self._hive
                else bucket.arn_for_objects(f"{prefix}AWSLogs/{stack.account}/*")
            )
            source_arn = stack.format_arn(service="logs", resource="*")
            bucket.add_to_resource_policy(iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")],
                resources=[objects],
                actions=["s3:PutObject"],
                conditions={
                    "StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceAccount": stack.account},
                    "ArnLike": {"aws:SourceArn": source_arn},
                },
            ))
            bucket.add_to_resource_policy(iam.PolicyStatement(
                effect=iam.Effect.ALLOW,
                principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")],
                resources=[bucket.bucket_arn],
                actions=["s3:GetBucketAcl", "s3:ListBucket"],
                conditions={
                    "StringEquals": {"aws:SourceAccount": stack.account},
                    "ArnLike": {"aws:SourceArn": source_arn},
                },
            ))
        from l2.ec2._props import DestinationOptions

        options = None
        if self._file_format or self._per_hour or self._hive:
            options = DestinationOptions(
                file_format=self._file_format or FlowLogFileFormat.PLAIN_TEXT,
                per_hour_partition=bool(self._per_hour),
                hive_compatible_partitions=bool(self._hive),
            )
        return FlowLogDestinationConfig(
            log_destination_type=FlowLogDestinationType.S3,
            s3_bucket=bucket,
            key_prefix=self._key_prefix,
            destination_options=options,
        )


class _CloudWatchLogsDestination(FlowLogDestination):
    def __init__(self, log_group: Any, iam_role: Any) -> None:
        self._log_group = log_group
        self._iam_role = iam_role

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        from l2 import iam, logs

        role = self._iam_role if self._iam_role is not None else iam.Role(
            scope,
            "IAMRole",
            role_name=PhysicalName.GENERATE_IF_NEEDED,
            assumed_by=iam.ServicePrincipal("vpc-flow-logs.amazonaws.com"),
        )
        group = self._log_group if self._log_group is not None else logs.LogGroup(scope, "LogGroup")
        role.add_to_principal_policy(iam.PolicyStatement(
            actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
            effect=iam.Effect.ALLOW,
            resources=[group.log_group_arn],
        ))
        return FlowLogDestinationConfig(
            log_destination_type=FlowLogDestinationType.CLOUD_WATCH_LOGS, log_group=group, iam_role=role
        )


class _FirehoseDestination(FlowLogDestination):
    def __init__(self, delivery_stream_arn: str | None, delivery_stream: Any = None, iam_role: Any = None) -> None:
        self._arn = delivery_stream_arn
        self._stream = delivery_stream
        self._iam_role = iam_role

    def bind(self, scope: Construct, flow_log: FlowLog) -> FlowLogDestinationConfig:
        from constructs import Token, TokenComparison

        if bool(self._arn) == bool(self._stream):
            raise ValidationError("Specify exactly one of either deliveryStream or deliveryStreamArn.", scope)
        if self._stream is not None and self._iam_role is None and Token.compare_strings(
            self._stream.env.account, flow_log.env.account
        ) == TokenComparison.DIFFERENT:
            raise ValidationError("The iamRole is required for cross-account log delivery.", scope)
        return FlowLogDestinationConfig(
            log_destination_type=FlowLogDestinationType.KINESIS_DATA_FIREHOSE, delivery_stream_arn=self._arn,
            delivery_stream=self._stream, iam_role=self._iam_role,
        )


@structs.frozen(kw_only=True)
class FlowLogOptions:
    """A flow log to add to a VPC (see ``FlowLog`` for the fields)."""

    destination: FlowLogDestination | None = None
    log_format: Sequence[LogFormat] | None = None
    max_aggregation_interval: FlowLogMaxAggregationInterval | None = None
    traffic_type: FlowLogTrafficType | None = None


class FlowLog(Resource):
    """A flow log.

    Args:
        resource_type: what to watch (``FlowLogResourceType.from_vpc(vpc)``...).
        destination: where records go (default: CloudWatch Logs with a new group and role).
        flow_log_name: the ``Name`` tag (default: the construct path).
        log_format: the record fields in order (default: the default format).
        max_aggregation_interval: aggregation window (transit gateways: one minute only).
        traffic_type: which traffic (default ALL; not allowed for transit gateways).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.FlowLog"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        resource_type: FlowLogResourceType,
        destination: FlowLogDestination | None = None,
        flow_log_name: str | None = None,
        log_format: Sequence[LogFormat] | None = None,
        max_aggregation_interval: FlowLogMaxAggregationInterval | None = None,
        traffic_type: FlowLogTrafficType | None = None,
    ) -> None:
        from l1.ec2 import CfnFlowLog

        super().__init__(scope, id)
        config = (destination or FlowLogDestination.to_cloud_watch_logs()).bind(self, self)
        self.log_group = config.log_group
        self.bucket = config.s3_bucket
        self.iam_role = config.iam_role
        self.key_prefix = config.key_prefix
        self.delivery_stream = config.delivery_stream
        self.delivery_stream_arn = (
            config.delivery_stream.delivery_stream_arn if config.delivery_stream is not None
            else config.delivery_stream_arn
        )
        Tags.of(self).add("Name", flow_log_name or self.node.path)
        log_destination = None
        if self.bucket is not None:
            log_destination = self.bucket.arn_for_objects(self.key_prefix) if self.key_prefix else self.bucket.bucket_arn
        if self.delivery_stream_arn:
            log_destination = self.delivery_stream_arn
        custom_format = " ".join(f.value for f in log_format) if log_format else None
        traffic: FlowLogTrafficType | None = traffic_type or FlowLogTrafficType.ALL
        if resource_type.resource_type in ("TransitGateway", "TransitGatewayAttachment"):
            if traffic_type is not None:
                raise ValidationError(
                    "trafficType is not supported for Transit Gateway and Transit Gateway Attachment", self
                )
            if max_aggregation_interval and max_aggregation_interval is not FlowLogMaxAggregationInterval.ONE_MINUTE:
                raise ValidationError(
                    "maxAggregationInterval must be set to ONE_MINUTE for Transit Gateway and Transit Gateway "
                    "Attachment",
                    self,
                )
            traffic = None
        chosen = config.destination_options
        options = None if chosen is None else {  # the property is JSON: the options given, camelCase
            key: value for key, value in (
                ("fileFormat", chosen.file_format.value if chosen.file_format is not None else None),
                ("perHourPartition", chosen.per_hour_partition),
                ("hiveCompatiblePartitions", chosen.hive_compatible_partitions),
            ) if value is not None
        }
        flow_log = CfnFlowLog(
            self,
            "FlowLog",
            destination_options=Lazy.any(lambda: options) if options is not None else None,
            deliver_logs_permission_arn=self.iam_role.role_arn if self.iam_role is not None else None,
            log_destination_type=config.log_destination_type.value,
            log_group_name=self.log_group.log_group_name if self.log_group is not None else None,
            max_aggregation_interval=max_aggregation_interval.value if max_aggregation_interval else None,
            resource_id=resource_type.resource_id,
            resource_type=resource_type.resource_type,
            traffic_type=traffic.value if traffic is not None else None,
            log_format=custom_format,
            log_destination=log_destination,
        )
        policy = getattr(self.bucket, "policy", None) if self.bucket is not None else None
        if policy is not None and isinstance(policy.node.default_child, CfnResource):
            flow_log.add_resource_dependency(policy.node.default_child)
        if self.bucket is not None:
            auto_delete = self.bucket.node.try_find_child("AutoDeleteObjectsCustomResource")
            if auto_delete is not None and isinstance(auto_delete.node.default_child, CfnResource):
                flow_log.add_resource_dependency(auto_delete.node.default_child)
        self.flow_log_id: str = flow_log.ref
        self.node.default_child = flow_log

    @staticmethod
    def from_flow_log_id(scope: Construct, id: str, flow_log_id: str) -> Resource:
        """An existing flow log."""
        imported = Resource(scope, id)
        imported.flow_log_id = flow_log_id  # type: ignore[attr-defined]
        return imported


def _flow_log_ref(self: FlowLog) -> FlowLogReference:
    """A reference to this flow log (``flow_log_id``)."""
    from l1.interfaces.ec2 import FlowLogReference

    return FlowLogReference(flow_log_id=self.flow_log_id)


FlowLog.flow_log_ref = property(_flow_log_ref)  # type: ignore[attr-defined]
