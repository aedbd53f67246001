"""``HealthCheck``: a Route 53 health check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Duration, Resource
from l1.route53 import CfnHealthCheck
from l2.route53._interfaces import HealthCheckReference
from l2.route53._types import HealthCheckType, InsufficientDataHealthStatusEnum

if TYPE_CHECKING:
    from constructs import Construct
    from l2.route53._interfaces import IHealthCheck
    from l2.route53._types import AlarmIdentifier

_HTTP = (HealthCheckType.HTTP, HealthCheckType.HTTP_STR_MATCH)
_HTTPS = (HealthCheckType.HTTPS, HealthCheckType.HTTPS_STR_MATCH)
_NO_ENDPOINT = (HealthCheckType.CALCULATED, HealthCheckType.CLOUDWATCH_METRIC, HealthCheckType.RECOVERY_CONTROL)


class _ImportedHealthCheck(Resource):
    def __init__(self, scope: Construct, id: str, health_check_id: str) -> None:
        super().__init__(scope, id)
        self.health_check_id = health_check_id

    @property
    def health_check_ref(self) -> HealthCheckReference:
        """The health check's id."""
        return HealthCheckReference(health_check_id=self.health_check_id)


class HealthCheck(Resource):
    """A Route 53 health check.

    Args:
        scope: the parent construct.
        id: the construct id.
        type: what is checked.
        alarm_identifier: the alarm of a ``CLOUDWATCH_METRIC`` check.
        child_health_checks: the children of a ``CALCULATED`` check.
        enable_sni: send the host name in the TLS handshake (default true for HTTPS checks).
        failure_threshold: consecutive failures before unhealthy (default 3 for endpoint checks).
        fqdn: the endpoint's domain name.
        health_threshold: healthy children a ``CALCULATED`` check needs (default all).
        insufficient_data_health_status: the status while the alarm lacks data (default last known status).
        inverted: invert the status (default false).
        ip_address: the endpoint's IP address.
        measure_latency: measure latency from several regions (default false for endpoint checks).
        port: the endpoint's port (default 80 for HTTP, 443 for HTTPS).
        regions: the regions that check.
        request_interval: seconds between checks (default 30 for endpoint checks).
        resource_path: the path requested (default ``""`` for HTTP(S) checks).
        routing_control: the routing control ARN of a ``RECOVERY_CONTROL`` check.
        search_string: the string a ``*_STR_MATCH`` check looks for.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.HealthCheck"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        type: HealthCheckType,
        alarm_identifier: AlarmIdentifier | None = None,
        child_health_checks: Sequence[IHealthCheck] | None = None,
        enable_sni: bool | None = None,
        failure_threshold: int | float | None = None,
        fqdn: str | None = None,
        health_threshold: int | float | None = None,
        insufficient_data_health_status: InsufficientDataHealthStatusEnum | None = None,
        inverted: bool | None = None,
        ip_address: str | None = None,
        measure_latency: bool | None = None,
        port: int | float | None = None,
        regions: Sequence[str] | None = None,
        request_interval: Duration | None = None,
        resource_path: str | None = None,
        routing_control: str | None = None,
        search_string: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        endpoint = type not in _NO_ENDPOINT
        if health_threshold is None and type is HealthCheckType.CALCULATED:
            health_threshold = len(child_health_checks or [])
        if insufficient_data_health_status is None and type is HealthCheckType.CLOUDWATCH_METRIC:
            insufficient_data_health_status = InsufficientDataHealthStatusEnum.LAST_KNOWN_STATUS
        if request_interval is None and endpoint:
            request_interval = Duration.seconds(30)
        resource = CfnHealthCheck(
            self,
            "Resource",
            health_check_config=CfnHealthCheck.HealthCheckConfigProperty(
                type=type.value,
                alarm_identifier=CfnHealthCheck.AlarmIdentifierProperty(
                    name=alarm_identifier.name, region=alarm_identifier.region
                ) if alarm_identifier is not None else None,
                child_health_checks=[c.health_check_id for c in child_health_checks]
                if child_health_checks is not None else None,
                enable_sni=enable_sni if enable_sni is not None else (True if type in _HTTPS else None),
                failure_threshold=failure_threshold if failure_threshold is not None else (3 if endpoint else None),
                fully_qualified_domain_name=fqdn,
                health_threshold=health_threshold,
                insufficient_data_health_status=insufficient_data_health_status.value
                if insufficient_data_health_status is not None else None,
                inverted=inverted if inverted is not None else False,
                ip_address=ip_address,
                measure_latency=measure_latency if measure_latency is not None else (False if endpoint else None),
                port=port if port is not None else (80 if type in _HTTP else 443 if type in _HTTPS else None),
                regions=list(regions) if regions is not None else None,
                request_interval=request_interval.to_seconds() if request_interval is not None else None,
                resource_path=resource_path if resource_path is not None else (
                    "" if type in _HTTP or type in _HTTPS else None
                ),
                routing_control_arn=routing_control,
                search_string=search_string,
            ),
        )
        self.health_check_id: str = resource.ref

    @property
    def health_check_ref(self) -> HealthCheckReference:
        """The health check's id."""
        return HealthCheckReference(health_check_id=self.health_check_id)

    @staticmethod
    def from_health_check_id(scope: Construct, id: str, health_check_id: str) -> IHealthCheck:
        """An existing health check by id."""
        return _ImportedHealthCheck(scope, id, health_check_id)
