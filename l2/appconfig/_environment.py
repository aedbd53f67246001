"""``Environment``: where configurations are deployed, with the alarms (``Monitor``) that roll them back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import (
    ArnFormat,
    Construct,
    Names,
    PhysicalName,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.appconfig import EnvironmentReference as EnvironmentReference
from l1.appconfig import CfnDeployment, CfnEnvironment
from l2.appconfig._extension import ExtensibleBase, _Extensible
from l2.appconfig._private.hash import get_hash
from l2.appconfig._types import DeletionProtectionCheck, MonitorType

if TYPE_CHECKING:
    from l2.appconfig._interfaces import IApplication, IConfiguration, IEnvironment
    from l2.cloudwatch import IAlarm
    from l2.iam import Grant, IGrantable, IRole


class Monitor:
    """An alarm AppConfig watches during deployments to an environment (``from_cloud_watch_alarm`` /
    ``from_cfn_monitors_property``)."""

    def __init__(self) -> None:
        self.alarm_arn: str = ""
        """The alarm's ARN."""
        self.monitor_type: MonitorType = MonitorType.CLOUDWATCH
        """How the monitor was made."""
        self.alarm_role_arn: str | None = None
        """The role AppConfig assumes to read the alarm."""
        self.is_composite_alarm: bool | None = None
        """Whether the alarm is a composite alarm."""

    @staticmethod
    def _of(alarm_arn: str, alarm_role_arn: str | None, monitor_type: MonitorType) -> Monitor:
        monitor = Monitor()
        monitor.alarm_arn = alarm_arn
        monitor.alarm_role_arn = alarm_role_arn
        monitor.monitor_type = monitor_type
        return monitor

    @staticmethod
    def from_cloud_watch_alarm(alarm: IAlarm, alarm_role: IRole | None = None) -> Monitor:
        """A monitor from a CloudWatch alarm; without ``alarm_role`` the environment makes a role to read it."""
        return Monitor._of(
            alarm.alarm_arn, alarm_role.role_arn if alarm_role is not None else None, MonitorType.CLOUDWATCH
        )

    @staticmethod
    def from_cfn_monitors_property(*, alarm_arn: str | None = None, alarm_role_arn: str | None = None) -> Monitor:
        """A monitor from the fields of a ``CfnEnvironment.MonitorsProperty`` (``alarm_arn`` required)."""
        if alarm_arn is None:
            raise UnscopedValidationError('You must specify an alarmArn property to use "fromCfnMonitorsProperty".')
        return Monitor._of(alarm_arn, alarm_role_arn, MonitorType.CFN_MONITORS_PROPERTY)


@structs.frozen(kw_only=True)
class EnvironmentOptions:
    """Options of an environment made by ``Application.add_environment``.

    Args:
        deletion_protection_check: AppConfig's check before deleting an active environment.
        description: a description.
        environment_name: a name (default generated).
        monitors: alarms that roll deployments back.
    """

    deletion_protection_check: DeletionProtectionCheck | None = None
    description: str | None = None
    environment_name: str | None = None
    monitors: Sequence[Monitor] | None = None


@structs.frozen(kw_only=True)
class EnvironmentProps(EnvironmentOptions):
    """The properties of an ``Environment`` (see ``Environment``)."""

    application: IApplication


@structs.frozen(kw_only=True)
class EnvironmentAttributes:
    """An existing environment (``Environment.from_environment_attributes``).

    Args:
        application: its application.
        environment_id: its ID.
        description: its description.
        monitors: its monitors.
        name: its name.
    """

    application: IApplication
    environment_id: str
    description: str | None = None
    monitors: Sequence[Monitor] | None = None
    name: str | None = None


class _EnvironmentBase(_Extensible, Resource):
    application: IApplication | None = None
    name: str | None = None
    description: str | None = None
    monitors: list[Monitor] | None = None
    application_id: str
    environment_id: str
    environment_arn: str

    def __init__(self, scope: Construct, id: str, **resource_props: str | None) -> None:
        super().__init__(scope, id, **resource_props)  # type: ignore[arg-type]
        self._deployment_queue: list[CfnDeployment] = []

    @property
    def environment_ref(self) -> EnvironmentReference:
        """The application and environment IDs, as a reference."""
        return EnvironmentReference(application_id=self.application_id, environment_id=self.environment_id)

    def add_deployment(self, configuration: IConfiguration) -> None:
        """Deploy ``configuration`` to this environment (after the deployments added before it)."""
        if self.name is None:
            raise ValidationError("Environment name must be known to add a Deployment", self)
        strategy = configuration.deployment_strategy
        key = configuration.deployment_key
        deployment = CfnDeployment(
            configuration,  # type: ignore[arg-type]
            f"Deployment{get_hash(self.name)}",
            application_id=configuration.application.application_id,
            configuration_profile_id=configuration.configuration_profile_id,
            deployment_strategy_id=strategy.deployment_strategy_id if strategy is not None else None,  # type: ignore[arg-type]
            environment_id=self.environment_id,
            configuration_version=configuration.version_number,  # type: ignore[arg-type]
            description=configuration.description,
            kms_key_identifier=key.key_arn if key is not None else None,
        )
        self._deployment_queue.append(deployment)
        if len(self._deployment_queue) > 1:
            deployment.add_resource_dependency(self._deployment_queue[-2])

    def add_deployments(self, *configurations: IConfiguration) -> None:
        """Deploy each configuration to this environment, in order."""
        for configuration in configurations:
            self.add_deployment(configuration)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this environment to ``grantee``."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.environment_arn])

    def grant_read_config(self, identity: IGrantable) -> Grant:
        """Grant reading the configurations deployed to this environment."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=identity,
            actions=["appconfig:GetLatestConfiguration", "appconfig:StartConfigurationSession"],
            resource_arns=[f"{self.environment_arn}/configuration/*"],
        )


class _ImportedEnvironment(_EnvironmentBase):
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        application_id: str,
        environment_id: str,
        environment_arn: str,
        application: IApplication | None = None,
        name: str | None = None,
        description: str | None = None,
        monitors: Sequence[Monitor] | None = None,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=environment_arn)
        self.application = application
        self.application_id = application_id
        self.environment_id = environment_id
        self.environment_arn = environment_arn
        self.name = name
        self.description = description
        self.monitors = list(monitors) if monitors is not None else None
        self._extensible = ExtensibleBase(self, environment_arn, name)


class Environment(_EnvironmentBase):
    """An AWS AppConfig environment (``AWS::AppConfig::Environment``).

    Args:
        application: the application the environment belongs to.
        deletion_protection_check: AppConfig's check before deleting an active environment.
        description: a description.
        environment_name: a name (default generated).
        monitors: alarms that roll deployments back (a role to read CloudWatch alarms is made when none is given).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appconfig.Environment"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        application: IApplication,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        description: str | None = None,
        environment_name: str | None = None,
        monitors: Sequence[Monitor] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=environment_name)
        self.name = environment_name or Names.unique_resource_name(self, max_length=64, separator="-")
        self.application = application
        self.application_id = application.application_id
        self.description = description
        self.monitors = list(monitors) if monitors is not None else None
        rendered = None
        if self.monitors is not None:
            rendered = []
            for monitor in self.monitors:
                role_arn = monitor.alarm_role_arn
                if monitor.monitor_type is MonitorType.CLOUDWATCH and not role_arn:
                    role_arn = self._alarm_role().role_arn
                rendered.append(CfnEnvironment.MonitorProperty(alarm_arn=monitor.alarm_arn, alarm_role_arn=role_arn))
        resource = CfnEnvironment(
            self,
            "Resource",
            application_id=self.application_id,
            name=self.name,
            description=self.description,
            deletion_protection_check=deletion_protection_check.value if deletion_protection_check else None,
            monitors=rendered,
        )
        self.environment_id = resource.ref
        self.environment_arn = self.stack.format_arn(
            service="appconfig",
            resource="application",
            resource_name=f"{self.application_id}/environment/{self.environment_id}",
        )
        self._extensible = ExtensibleBase(self, self.environment_arn, self.name)
        application.add_existing_environment(self)

    def _alarm_role(self) -> IRole:
        from l2 import iam

        logical_id = f"Role{get_hash(self.name or '')}"
        existing = self.node.try_find_child(logical_id)
        if existing is not None:
            return existing  # type: ignore[return-value]
        statement = iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["cloudwatch:DescribeAlarms"], resources=["*"])
        return iam.Role(
            self,
            logical_id,
            role_name=PhysicalName.GENERATE_IF_NEEDED,
            assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"),
            inline_policies={"AllowAppConfigMonitorAlarmPolicy": iam.PolicyDocument(statements=[statement])},
        )

    @staticmethod
    def from_environment_arn(scope: Construct, id: str, environment_arn: str) -> IEnvironment:
        """Import an environment by ARN (``arn:...:application/<app id>/environment/<env id>``)."""
        parsed = Stack.of(scope).split_arn(environment_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not parsed.resource_name:
            raise ValidationError(
                "Missing required /$/{applicationId}/environment//$/{environmentId} from environment ARN: "
                f"{parsed.resource_name}",
                scope,
            )
        parts = parsed.resource_name.split("/")
        if len(parts) != 3 or not parts[0] or not parts[2]:
            raise ValidationError(
                "Missing required parameters for environment ARN: format should be "
                "/$/{applicationId}/environment//$/{environmentId}",
                scope,
            )
        return _ImportedEnvironment(
            scope, id, application_id=parts[0], environment_id=parts[2], environment_arn=environment_arn
        )

    @staticmethod
    def from_environment_attributes(
        scope: Construct,
        id: str,
        *,
        application: IApplication,
        environment_id: str,
        description: str | None = None,
        monitors: Sequence[Monitor] | None = None,
        name: str | None = None,
    ) -> IEnvironment:
        """Import an environment from its attributes."""
        arn = Stack.of(scope).format_arn(
            service="appconfig",
            resource="application",
            resource_name=f"{application.application_id}/environment/{environment_id}",
        )
        return _ImportedEnvironment(
            scope,
            id,
            application=application,
            application_id=application.application_id,
            environment_id=environment_id,
            environment_arn=arn,
            name=name,
            description=description,
            monitors=monitors,
        )
