"""``DeliveryStream``: an Amazon Data Firehose delivery stream (``AWS::KinesisFirehose::DeliveryStream``), its
interface, grants, metrics, source and imports."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Node,
    Resource,
    Stack,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.kinesisfirehose import DeliveryStreamReference as DeliveryStreamReference
from l1.kinesisfirehose import CfnDeliveryStream
from l2._private.metric_options import given_options as _options
from l2.kinesisfirehose._common import IDestination, ISource, StreamEncryption, StreamEncryptionType

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections
    from l2.iam import Grant, IGrantable, IPrincipal, IRole
    from l2.kinesis import IStream

_NAMESPACE = "AWS/Firehose"
_MAPPING_ID = "@aws-cdk/aws-kinesisfirehose.CidrBlocks"




@runtime_checkable
class IDeliveryStream(Protocol):
    """A delivery stream (``DeliveryStream`` or an imported one): identity, grants and metrics."""

    @property
    def node(self) -> Node:
        """The construct node."""
        ...

    @property
    def delivery_stream_arn(self) -> str:
        """The ARN of the delivery stream."""
        ...

    @property
    def delivery_stream_name(self) -> str:
        """The name of the delivery stream."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal the stream acts as."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the delivery stream."""
        ...

    def grant_put_records(self, grantee: IGrantable) -> Grant:
        """Grant putting records."""
        ...

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
        """A metric of the delivery stream."""
        ...

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
        """Bytes ingested."""
        ...

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
        """Records ingested."""
        ...

    def metric_backup_to_s3_bytes(
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
        """Bytes backed up to S3."""
        ...

    def metric_backup_to_s3_data_freshness(
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
        """Age of the oldest record backed up to S3."""
        ...

    def metric_backup_to_s3_records(
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
        """Records backed up to S3."""
        ...


class DeliveryStreamGrants:
    """Grants on a delivery stream (aws-cdk-lib's generated grants class).

    Args:
        resource: the delivery stream the grants are on.
    """

    def __init__(self, resource: Any) -> None:
        self.resource = resource

    @classmethod
    def from_delivery_stream(cls, resource: IDeliveryStream) -> DeliveryStreamGrants:
        """The grants of ``resource``."""
        return cls(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the stream (or on ``resource_arns``)."""
        from l2 import iam

        arns = list(resource_arns) if resource_arns is not None else [self.resource.delivery_stream_arn]
        return iam.Grant.add_to_principal(actions=list(actions), grantee=grantee, resource_arns=arns)

    def put_records(self, grantee: IGrantable) -> Grant:
        """Grant ``firehose:PutRecord`` and ``firehose:PutRecordBatch``."""
        return self.actions(grantee, ["firehose:PutRecord", "firehose:PutRecordBatch"])


def _cidr_block(scope: Construct) -> Any:
    """The Firehose CIDR block of the stack's region (through the stack's lazy ``CidrBlocks`` mapping)."""
    from constructs import CfnMapping
    from l2.region_info import Fact, FactName

    stack = Stack.of(scope)
    mapping = Node.of(stack).try_find_child(_MAPPING_ID)
    if mapping is None:
        values = {}
        for region in Fact.regions:
            cidr = Fact.find(region, FactName.FIREHOSE_CIDR_BLOCK)
            if cidr:
                values[region] = {"FirehoseCidrBlock": cidr}
        mapping = CfnMapping(stack, _MAPPING_ID, mapping=values, lazy=True)
    return mapping.find_in_map(stack.region, "FirehoseCidrBlock")  # type: ignore[attr-defined]


class _DeliveryStreamBase(Resource):
    delivery_stream_arn: str
    delivery_stream_name: str

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self.grants: DeliveryStreamGrants = DeliveryStreamGrants.from_delivery_stream(self)  # type: ignore[arg-type]
        self._cidr = _cidr_block(self)

    @functools.cached_property
    def connections(self) -> Connections:
        """Network connections from the Firehose CIDR block of the region (for VPC destinations)."""
        from l2 import ec2

        return ec2.Connections(peer=ec2.Peer.ipv4(self._cidr))

    @property
    def delivery_stream_ref(self) -> DeliveryStreamReference:
        """The stream's name and ARN."""
        return DeliveryStreamReference(
            delivery_stream_arn=self.delivery_stream_arn, delivery_stream_name=self.delivery_stream_name
        )

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this delivery stream."""
        from l2 import iam

        return iam.Grant.add_to_principal(resource_arns=[self.delivery_stream_arn], grantee=grantee, actions=list(actions))

    def grant_put_records(self, grantee: IGrantable) -> Grant:
        """Grant ``firehose:PutRecord`` and ``firehose:PutRecordBatch``."""
        return self.grants.put_records(grantee)

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
        """A CloudWatch metric of this stream (namespace ``AWS/Firehose``, dimension ``DeliveryStreamName``)."""
        return self._metric(metric_name, None, _options(locals(), "metric_name"))

    def _metric(self, metric_name: str, statistic: str | None, props: dict[str, Any]) -> Any:
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": _NAMESPACE,
            "metric_name": metric_name,
            "dimensions_map": {"DeliveryStreamName": self.delivery_stream_name},
        }
        if statistic is not None:
            options["statistic"] = statistic
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

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
        """Bytes ingested (``IncomingBytes``, sum over 5 minutes)."""
        return self._metric("IncomingBytes", "Sum", _options(locals()))

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
        """Records ingested (``IncomingRecords``, sum over 5 minutes)."""
        return self._metric("IncomingRecords", "Sum", _options(locals()))

    def metric_backup_to_s3_bytes(
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
        """Bytes backed up to S3 (``BackupToS3.Bytes``, sum over 5 minutes)."""
        return self._metric("BackupToS3.Bytes", "Sum", _options(locals()))

    def metric_backup_to_s3_data_freshness(
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
        """Age of the oldest record backed up to S3 (``BackupToS3.DataFreshness``, average over 5 minutes)."""
        return self._metric("BackupToS3.DataFreshness", "Average", _options(locals()))

    def metric_backup_to_s3_records(
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
        """Records backed up to S3 (``BackupToS3.Records``, sum over 5 minutes)."""
        return self._metric("BackupToS3.Records", "Sum", _options(locals()))


@structs.frozen(kw_only=True)
class DeliveryStreamAttributes:
    """What ``DeliveryStream.from_delivery_stream_attributes`` needs (a name or an ARN).

    Args:
        delivery_stream_arn: the ARN.
        delivery_stream_name: the name.
        role: the role the stream uses (default: an unknown principal).
    """

    delivery_stream_arn: str | None = None
    delivery_stream_name: str | None = None
    role: IRole | None = None


class _ImportedDeliveryStream(_DeliveryStreamBase):
    def __init__(self, scope: Construct, id: str, name: str, arn: str, role: IRole | None) -> None:
        self.delivery_stream_name = name
        self.delivery_stream_arn = arn
        self._role = role
        super().__init__(scope, id)

    @functools.cached_property
    def grant_principal(self) -> IPrincipal:
        """The role given on import, else an unknown principal."""
        if self._role is not None:
            return self._role  # type: ignore[return-value]
        from l2 import iam

        return iam.UnknownPrincipal(resource=self)  # type: ignore[return-value]


class KinesisStreamSource:
    """A Kinesis data stream as the source of a delivery stream.

    Args:
        stream: the data stream.
    """

    def __init__(self, stream: IStream) -> None:
        self.stream = stream

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the data stream."""
        return self.stream.grant_read(grantee)

    def _bind(self, _scope: Construct, role_arn: str | None) -> dict[str, Any]:
        return {"kinesis_stream_source_configuration": {"kinesis_stream_arn": self.stream.stream_arn, "role_arn": role_arn}}


@structs.frozen(kw_only=True)
class DeliveryStreamProps:
    """The properties of a ``DeliveryStream`` (see ``DeliveryStream``)."""

    destination: IDestination
    delivery_stream_name: str | None = None
    encryption: StreamEncryption | None = None
    role: IRole | None = None
    source: ISource | None = None


class DeliveryStream(_DeliveryStreamBase):
    """An Amazon Data Firehose delivery stream.

    Args:
        destination: where records go (``S3Bucket``, ``HttpEndpoint``, ``Datadog``).
        delivery_stream_name: a physical name (default generated).
        encryption: server-side encryption (not with a Kinesis source).
        role: the role the stream assumes to read the source and use the key (default: a new one when needed).
        source: a Kinesis data stream source (default: direct put).

    Raises:
        ValidationError: server-side encryption with a Kinesis source.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-kinesisfirehose.DeliveryStream"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        destination: IDestination,
        delivery_stream_name: str | None = None,
        encryption: StreamEncryption | None = None,
        role: IRole | None = None,
        source: ISource | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=delivery_stream_name)
        self._role = role
        key = encryption.encryption_key if encryption is not None else None
        if key is not None or source is not None:
            self._role = self._service_role()
        kind = encryption.type if encryption is not None else None
        if source is not None and kind in (StreamEncryptionType.AWS_OWNED, StreamEncryptionType.CUSTOMER_MANAGED):
            raise ValidationError(
                "Requested server-side encryption but delivery stream source is a Kinesis data stream. Specify "
                "server-side encryption on the data stream instead.",
                self,
            )
        if key is None and kind is StreamEncryptionType.CUSTOMER_MANAGED:
            from l2 import kms

            key = kms.Key(self, "Key")
        encryption_config = None
        if key is not None or kind is StreamEncryptionType.AWS_OWNED:
            encryption_config = {
                "key_arn": key.key_arn if key is not None else None,
                "key_type": "CUSTOMER_MANAGED_CMK" if key is not None else "AWS_OWNED_CMK",
            }
        if self._role is not None and key is not None:
            key.grant_encrypt_decrypt(self._role)
        read_grant = None
        if self._role is not None and source is not None:
            read_grant = source.grant_read(self._role)
        destination_config = destination.bind(self)
        source_config: dict[str, Any] = {}
        if source is not None:
            source_config = source._bind(self, self._role.role_arn if self._role is not None else None)  # type: ignore[attr-defined]
        self.resource: CfnDeliveryStream = CfnDeliveryStream(
            self,
            "Resource",
            delivery_stream_encryption_configuration_input={k: v for k, v in encryption_config.items() if v is not None}
            if encryption_config is not None
            else None,
            delivery_stream_name=delivery_stream_name,
            delivery_stream_type="KinesisStreamAsSource" if source is not None else "DirectPut",
            **source_config,
            extended_s3_destination_configuration=destination_config.extended_s3_destination_configuration,
            http_endpoint_destination_configuration=destination_config.http_endpoint_destination_configuration,
        )
        for dependable in destination_config.dependables or []:
            self.resource.node.add_dependency(dependable)
        if read_grant is not None:
            self.resource.node.add_dependency(read_grant)

    def _service_role(self) -> IRole:
        if self._role is None:
            from l2 import iam

            self._role = iam.Role(self, "Service Role", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))
        return self._role

    @property
    def grant_principal(self) -> IPrincipal:
        """The stream's role (created as ``Service Role`` on first use)."""
        return self._service_role()  # type: ignore[return-value]

    @functools.cached_property
    def delivery_stream_arn(self) -> str:  # type: ignore[override]
        """The ARN of the delivery stream."""
        return self.get_resource_arn_attribute(
            self.resource.attr_arn,
            {"service": "kinesis", "resource": "deliverystream", "resource_name": self.physical_name},
        )

    @functools.cached_property
    def delivery_stream_name(self) -> str:  # type: ignore[override]
        """The name of the delivery stream."""
        return self.get_resource_name_attribute(self.resource.ref)

    @staticmethod
    def from_delivery_stream_name(scope: Construct, id: str, delivery_stream_name: str) -> IDeliveryStream:
        """Import a delivery stream by name."""
        return DeliveryStream.from_delivery_stream_attributes(scope, id, delivery_stream_name=delivery_stream_name)

    @staticmethod
    def from_delivery_stream_arn(scope: Construct, id: str, delivery_stream_arn: str) -> IDeliveryStream:
        """Import a delivery stream by ARN."""
        return DeliveryStream.from_delivery_stream_attributes(scope, id, delivery_stream_arn=delivery_stream_arn)

    @staticmethod
    def from_delivery_stream_attributes(
        scope: Construct,
        id: str,
        *,
        delivery_stream_arn: str | None = None,
        delivery_stream_name: str | None = None,
        role: IRole | None = None,
    ) -> IDeliveryStream:
        """Import a delivery stream by name or ARN (with the role it uses, for grants to it)."""
        if not delivery_stream_name and not delivery_stream_arn:
            raise ValidationError(
                "Either deliveryStreamName or deliveryStreamArn must be provided in DeliveryStreamAttributes", scope
            )
        stack = Stack.of(scope)
        name = delivery_stream_name
        if name is None:
            name = stack.split_arn(delivery_stream_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[arg-type]
        if not name:
            raise ValidationError(f"No delivery stream name found in ARN: '{delivery_stream_arn}'", scope)
        arn = delivery_stream_arn
        if arn is None:
            arn = stack.format_arn(
                service="firehose",
                resource="deliverystream",
                resource_name=delivery_stream_name,
                arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            )
        return _ImportedDeliveryStream(scope, id, name, arn, role)  # type: ignore[return-value]
