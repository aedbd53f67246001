"""``RealtimeLogConfig`` and its ``Endpoint``s (Kinesis data streams)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Lazy, Names, PhysicalName, Resource, ValidationError
from l1.cloudfront import CfnRealtimeLogConfig
from l2.cloudfront._references import RealtimeLogConfigReference

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kinesis import IStream


@runtime_checkable
class IRealtimeLogConfig(Protocol):
    """A real-time log configuration."""

    @property
    def realtime_log_config_name(self) -> str:
        """Its name."""
        ...

    @property
    def realtime_log_config_arn(self) -> str:
        """Its ARN."""
        ...


class Endpoint:
    """Where a real-time log configuration sends its records."""

    def _render_endpoint(self, scope: Construct) -> dict[str, Any]:
        raise NotImplementedError

    @staticmethod
    def from_kinesis_stream(stream: IStream, role: IRole | None = None) -> Endpoint:
        """A Kinesis data stream, written with ``role`` (default a role CloudFront assumes, one per config)."""
        return _KinesisEndpoint(stream, role)


class _KinesisEndpoint(Endpoint):
    def __init__(self, stream: IStream, role: IRole | None) -> None:
        self._stream = stream
        self._role = role

    def _render_endpoint(self, scope: Construct) -> dict[str, Any]:
        from l2 import iam

        role = self._role
        if role is None:
            existing = scope.node.try_find_child("RealtimeLogKinesisRole")
            role = existing if existing is not None else iam.Role(  # type: ignore[assignment]
                scope, "RealtimeLogKinesisRole", role_name=PhysicalName.GENERATE_IF_NEEDED,
                assumed_by=iam.ServicePrincipal("cloudfront.amazonaws.com"),
            )
        assert role is not None
        self._stream.grant(
            role, "kinesis:DescribeStreamSummary", "kinesis:DescribeStream", "kinesis:PutRecord", "kinesis:PutRecords"
        )
        if self._stream.encryption_key is not None:
            self._stream.encryption_key.grant(role, "kms:GenerateDataKey")
        return {
            "kinesis_stream_config": {"role_arn": role.role_arn, "stream_arn": self._stream.stream_arn},
            "stream_type": "Kinesis",
        }


class RealtimeLogConfig(Resource):
    """A real-time log configuration (``AWS::CloudFront::RealtimeLogConfig``).

    Args:
        end_points: where the records go.
        fields: the fields to log.
        sampling_rate: the percentage of requests logged (1 to 100).
        realtime_log_config_name: default a unique name from the construct path.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.RealtimeLogConfig"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        end_points: Sequence[Endpoint],
        fields: Sequence[str],
        sampling_rate: int | float,
        realtime_log_config_name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id,
            physical_name=realtime_log_config_name
            if realtime_log_config_name is not None else Lazy.string(lambda: Names.unique_resource_name(self)),
        )
        if sampling_rate < 1 or sampling_rate > 100:
            raise ValidationError(
                f"Sampling rate must be between 1 and 100 (inclusive), received {sampling_rate}", scope
            )
        self._resource = CfnRealtimeLogConfig(
            self, "Resource",
            end_points=[e._render_endpoint(self) for e in end_points],
            fields=list(fields),
            name=self.physical_name,
            sampling_rate=sampling_rate,
        )
        self._ref_arn: str = self._resource.ref

    @property
    def realtime_log_config_ref(self) -> RealtimeLogConfigReference:
        """A reference to this configuration (its ARN, the resource's ``Ref``)."""
        return RealtimeLogConfigReference(realtime_log_config_arn=self._resource.ref)

    @property
    def realtime_log_config_name(self) -> str:
        """The configuration's name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def realtime_log_config_arn(self) -> str:
        """The configuration's ARN."""
        return self.get_resource_arn_attribute(self._resource.attr_arn, {
            "service": "cloudfront", "region": "", "resource": "realtime-log-config",
            "resource_name": self.physical_name,
        })
