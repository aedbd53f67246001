"""Deployment configurations: ``BaseDeploymentConfig``, the host-health and zonal settings, predefined configs."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import cached_property, structs
from l1.codedeploy import CfnDeploymentConfig
from l2.codedeploy._private.utils import NameValidation, arn_for_deployment_config
from l2.codedeploy._references import DeploymentConfigReference

if TYPE_CHECKING:
    from l2.codedeploy._interfaces import IBaseDeploymentConfig
    from l2.codedeploy._references import IDeploymentConfigRef, IDeploymentGroupRef
    from l2.codedeploy._traffic_routing import TrafficRouting


class ComputePlatform(enum.Enum):
    """What a deployment configuration deploys to."""

    SERVER = "Server"
    """EC2 instances or on-premises servers."""
    LAMBDA = "Lambda"
    """A Lambda function."""
    ECS = "ECS"
    """An ECS service."""


class MinimumHealthyHosts:
    """How many instances must stay healthy during a server deployment (``count`` or ``percentage``)."""

    _json: CfnDeploymentConfig.MinimumHealthyHostsProperty

    @classmethod
    def _of(cls, type: str, value: int | float) -> MinimumHealthyHosts:
        made = cls.__new__(cls)
        made._json = CfnDeploymentConfig.MinimumHealthyHostsProperty(type=type, value=value)
        return made

    @staticmethod
    def count(value: int | float) -> MinimumHealthyHosts:
        """At least ``value`` instances (``HOST_COUNT``).

        Args:
            value: the number of instances.
        """
        return MinimumHealthyHosts._of("HOST_COUNT", value)

    @staticmethod
    def percentage(value: int | float) -> MinimumHealthyHosts:
        """At least ``value`` percent of the fleet (``FLEET_PERCENT``).

        Args:
            value: the percentage of the fleet.
        """
        return MinimumHealthyHosts._of("FLEET_PERCENT", value)


class MinimumHealthyHostsPerZone:
    """How many instances must stay healthy in each Availability Zone during a zonal server deployment (``count``
    or ``percentage``)."""

    _json: CfnDeploymentConfig.MinimumHealthyHostsPerZoneProperty

    @classmethod
    def _of(cls, type: str, value: int | float) -> MinimumHealthyHostsPerZone:
        if isinstance(value, float) and not value.is_integer():
            raise UnscopedValidationError(
                f"The percentage or count value of minimumHealthyHostsPerZone must be an integer, got: {value:g}"
            )
        made = cls.__new__(cls)
        made._json = CfnDeploymentConfig.MinimumHealthyHostsPerZoneProperty(type=type, value=value)
        return made

    @staticmethod
    def count(value: int | float) -> MinimumHealthyHostsPerZone:
        """At least ``value`` instances per zone (``HOST_COUNT``; an integer).

        Args:
            value: the number of instances.
        """
        return MinimumHealthyHostsPerZone._of("HOST_COUNT", value)

    @staticmethod
    def percentage(value: int | float) -> MinimumHealthyHostsPerZone:
        """At least ``value`` percent of each zone's instances (``FLEET_PERCENT``; an integer).

        Args:
            value: the percentage.
        """
        return MinimumHealthyHostsPerZone._of("FLEET_PERCENT", value)


@structs.frozen(kw_only=True)
class ZonalConfig:
    """Deploy to one Availability Zone at a time.

    Args:
        monitor_duration: how long to wait after a zone before the next one (default: no wait).
        first_zone_monitor_duration: the wait after the first zone (default ``monitor_duration``).
        minimum_healthy_hosts_per_zone: the healthy instances each zone keeps (default 0 percent).
    """

    first_zone_monitor_duration: Duration | None = None
    minimum_healthy_hosts_per_zone: MinimumHealthyHostsPerZone | None = None
    monitor_duration: Duration | None = None


@structs.frozen(kw_only=True)
class BaseDeploymentConfigOptions:
    """What every deployment configuration takes.

    Args:
        deployment_config_name: the configuration's name (default generated).
    """

    deployment_config_name: str | None = None


@structs.frozen(kw_only=True)
class BaseDeploymentConfigProps(BaseDeploymentConfigOptions):
    """The properties of a ``BaseDeploymentConfig``.

    Args:
        compute_platform: default ``ComputePlatform.SERVER``.
        minimum_healthy_hosts: server configurations only.
        traffic_routing: Lambda and ECS configurations only.
        zonal_config: server configurations only.
    """

    compute_platform: ComputePlatform | None = None
    minimum_healthy_hosts: MinimumHealthyHosts | None = None
    traffic_routing: TrafficRouting | None = None
    zonal_config: ZonalConfig | None = None


class _ImportedDeploymentConfig(Resource):
    def __init__(self, scope: Construct, id: str, name: str, arn: str) -> None:
        super().__init__(scope, id)
        self.deployment_config_name = name
        self.deployment_config_arn = arn

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        return DeploymentConfigReference(deployment_config_name=self.deployment_config_name)


class BaseDeploymentConfig(Resource):
    """A deployment configuration (``AWS::CodeDeploy::DeploymentConfig``); the base of the Lambda, server and ECS
    ones.

    Args:
        scope: the parent construct.
        id: the construct id.
        compute_platform: default ``ComputePlatform.SERVER``.
        minimum_healthy_hosts: the healthy instances a server deployment keeps (server only).
        traffic_routing: how traffic shifts (Lambda and ECS only).
        zonal_config: deploy one Availability Zone at a time (server only).
        deployment_config_name: the configuration's name (default generated).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        compute_platform: ComputePlatform | None = None,
        minimum_healthy_hosts: MinimumHealthyHosts | None = None,
        traffic_routing: TrafficRouting | None = None,
        zonal_config: ZonalConfig | None = None,
        deployment_config_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=deployment_config_name)
        if traffic_routing is not None and compute_platform in (None, ComputePlatform.SERVER):
            raise ValidationError(
                "Traffic routing config must not be specified for a Server-base deployment configuration", self
            )
        if minimum_healthy_hosts is not None and compute_platform not in (None, ComputePlatform.SERVER):
            raise ValidationError(
                "Minimum healthy hosts config must only be specified for a Server-base deployment configuration", self
            )
        zonal: CfnDeploymentConfig.ZonalConfigProperty | None = None
        if zonal_config is not None:
            for name, duration in (("monitorDuration", zonal_config.monitor_duration),
                                   ("firstZoneMonitorDuration", zonal_config.first_zone_monitor_duration)):
                if duration is not None:
                    ms = duration.to_milliseconds()
                    if 0 < ms < 1000:
                        raise ValidationError(
                            f"{name} must be greater than or equal to 1 second or be equal to 0, got {ms:g}ms", self
                        )
            zonal = CfnDeploymentConfig.ZonalConfigProperty(
                monitor_duration_in_seconds=(
                    zonal_config.monitor_duration.to_seconds() if zonal_config.monitor_duration else None),
                first_zone_monitor_duration_in_seconds=(
                    zonal_config.first_zone_monitor_duration.to_seconds()
                    if zonal_config.first_zone_monitor_duration else None),
                minimum_healthy_hosts_per_zone=(
                    zonal_config.minimum_healthy_hosts_per_zone._json
                    if zonal_config.minimum_healthy_hosts_per_zone else None),
            )
        routing: CfnDeploymentConfig.TrafficRoutingConfigProperty | None = None
        if traffic_routing is not None:
            bound = traffic_routing.bind(self)
            routing = CfnDeploymentConfig.TrafficRoutingConfigProperty(
                type=bound.type,
                time_based_canary=CfnDeploymentConfig.TimeBasedCanaryProperty(
                    canary_interval=bound.time_based_canary.canary_interval,
                    canary_percentage=bound.time_based_canary.canary_percentage,
                ) if bound.time_based_canary is not None else None,
                time_based_linear=CfnDeploymentConfig.TimeBasedLinearProperty(
                    linear_interval=bound.time_based_linear.linear_interval,
                    linear_percentage=bound.time_based_linear.linear_percentage,
                ) if bound.time_based_linear is not None else None,
            )
        self._resource = CfnDeploymentConfig(
            self,
            "Resource",
            deployment_config_name=self.physical_name,
            compute_platform=compute_platform.value if compute_platform is not None else None,
            traffic_routing_config=routing,
            minimum_healthy_hosts=minimum_healthy_hosts._json if minimum_healthy_hosts is not None else None,
            zonal_config=zonal,
        )
        self.node.add_validation(NameValidation("Deployment config", lambda: self.physical_name))

    @cached_property
    def deployment_config_name(self) -> str:
        """The configuration's name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @cached_property
    def deployment_config_arn(self) -> str:
        """The configuration's ARN."""
        return self.get_resource_arn_attribute(
            arn_for_deployment_config(self._resource.ref),
            {"service": "codedeploy", "resource": "deploymentconfig", "resource_name": self.physical_name,
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
        )

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        """The configuration's name, as a reference."""
        return DeploymentConfigReference(deployment_config_name=self.deployment_config_name)

    @classmethod
    def from_deployment_config_name(cls, scope: Construct, id: str, deployment_config_name: str) -> IBaseDeploymentConfig:
        """A custom configuration defined outside the app, by name.

        Args:
            scope: the parent construct.
            id: the construct id (the imported construct is named ``<id>:Imported``).
            deployment_config_name: the configuration's name.
        """
        arn = Stack.of(scope).format_arn(service="codedeploy", resource="deploymentconfig",
                                         resource_name=deployment_config_name,
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return _ImportedDeploymentConfig(scope, f"{id}:Imported", deployment_config_name, arn)


class _BoundPredefinedDeploymentConfig:
    """A predefined configuration in the environment of the deployment group using it."""

    def __init__(self, name: str, arn: str) -> None:
        self.deployment_config_name = name
        self.deployment_config_arn = arn

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        return DeploymentConfigReference(deployment_config_name=self.deployment_config_name)


class _PredefinedDeploymentConfig(_BoundPredefinedDeploymentConfig):
    """A configuration AWS defines in every region (``CodeDeployDefault.*``); bound to a group's environment."""

    def __init__(self, name: str) -> None:
        super().__init__(name, arn_for_deployment_config(name))

    def bind_environment(self, deployment_group: IDeploymentGroupRef) -> IDeploymentConfigRef:
        return _BoundPredefinedDeploymentConfig(
            self.deployment_config_name, arn_for_deployment_config(self.deployment_config_name, deployment_group)
        )


class _Presets:
    """The predefined configurations, as class attributes made on first use."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    def __get__(self, obj: object, owner: type) -> Any:
        value = _PredefinedDeploymentConfig(self._name)
        setattr(owner, self._attr, value)
        return value


def bind_deployment_config(config: Any, group: Any) -> Any:
    """``config`` in ``group``'s environment when it is bindable (a predefined configuration), else itself."""
    bind = getattr(config, "bind_environment", None)
    return bind(group) if bind is not None else config
