"""CodeDeploy for ECS: ``EcsApplication``, ``EcsDeploymentConfig`` and ``EcsDeploymentGroup`` (blue/green)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Resource,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1.codedeploy import CfnDeploymentGroup
from l2.codedeploy._application import ApplicationBase, import_application_by_arn, import_application_by_name
from l2.codedeploy._config import BaseDeploymentConfig, BaseDeploymentConfigOptions, ComputePlatform, _Presets
from l2.codedeploy._group_base import AutoRollbackConfig, _DeploymentGroupBase, _ImportedDeploymentGroupBase
from l2.codedeploy._lambda import REMOVE_ALARMS_FLAG
from l2.codedeploy._private.utils import render_alarm_configuration, render_auto_rollback_configuration
from l2.codedeploy._traffic_routing import TrafficRouting

if TYPE_CHECKING:
    from l2.cloudwatch import IAlarmRef
    from l2.codedeploy._interfaces import IEcsApplication, IEcsDeploymentConfig, IEcsDeploymentGroup
    from l2.codedeploy._references import IApplicationRef, IDeploymentConfigRef
    from l2.ecs import IBaseService
    from l2.elasticloadbalancingv2 import IListenerRef, ITargetGroup
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class EcsApplicationProps:
    """The properties of an ``EcsApplication``.

    Args:
        application_name: the application's name (default generated).
    """

    application_name: str | None = None


class EcsApplication(ApplicationBase):
    """A CodeDeploy application that deploys to ECS.

    Args:
        scope: the parent construct.
        id: the construct id.
        application_name: the application's name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.EcsApplication"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _compute_platform = "ECS"

    def __init__(self, scope: Construct, id: str, *, application_name: str | None = None) -> None:
        super().__init__(scope, id, application_name=application_name)

    @staticmethod
    def from_ecs_application_name(scope: Construct, id: str, ecs_application_name: str) -> IEcsApplication:
        """An application of this stack's account and region, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            ecs_application_name: the application's name.
        """
        return import_application_by_name(scope, id, ecs_application_name)  # type: ignore[no-any-return]

    @staticmethod
    def from_ecs_application_arn(scope: Construct, id: str, ecs_application_arn: str) -> IEcsApplication:
        """An application by ARN (its account and region are the ARN's).

        Args:
            scope: the parent construct.
            id: the construct id.
            ecs_application_arn: the application's ARN.
        """
        return import_application_by_arn(scope, id, ecs_application_arn)  # type: ignore[no-any-return]


@structs.frozen(kw_only=True)
class EcsDeploymentConfigProps(BaseDeploymentConfigOptions):
    """The properties of an ``EcsDeploymentConfig``.

    Args:
        traffic_routing: how traffic shifts (default all at once).
    """

    traffic_routing: TrafficRouting | None = None


class EcsDeploymentConfig(BaseDeploymentConfig):
    """A custom deployment configuration for ECS deployment groups; the predefined ones are class attributes.

    Args:
        scope: the parent construct.
        id: the construct id.
        traffic_routing: how traffic shifts (default ``TrafficRouting.all_at_once()``).
        deployment_config_name: the configuration's name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.EcsDeploymentConfig"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    ALL_AT_ONCE: ClassVar[IEcsDeploymentConfig] = _Presets("CodeDeployDefault.ECSAllAtOnce")  # type: ignore[assignment]
    """All traffic to the new task set at once."""
    LINEAR_10_PERCENT_EVERY_1_MINUTES: ClassVar[IEcsDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.ECSLinear10PercentEvery1Minutes")
    """10 percent more of the traffic every minute."""
    LINEAR_10_PERCENT_EVERY_3_MINUTES: ClassVar[IEcsDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.ECSLinear10PercentEvery3Minutes")
    """10 percent more of the traffic every 3 minutes."""
    CANARY_10_PERCENT_5_MINUTES: ClassVar[IEcsDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.ECSCanary10Percent5Minutes")
    """10 percent of the traffic first, the rest 5 minutes later."""
    CANARY_10_PERCENT_15_MINUTES: ClassVar[IEcsDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.ECSCanary10Percent15Minutes")
    """10 percent of the traffic first, the rest 15 minutes later."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        traffic_routing: TrafficRouting | None = None,
        deployment_config_name: str | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            deployment_config_name=deployment_config_name,
            compute_platform=ComputePlatform.ECS,
            traffic_routing=traffic_routing if traffic_routing is not None else TrafficRouting.all_at_once(),
        )

    @classmethod
    def from_ecs_deployment_config_name(
        cls, scope: Construct, id: str, ecs_deployment_config_name: str
    ) -> IEcsDeploymentConfig:
        """A custom configuration defined outside the app, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            ecs_deployment_config_name: the configuration's name.
        """
        return cls.from_deployment_config_name(scope, id, ecs_deployment_config_name)  # type: ignore[return-value]


@structs.frozen(kw_only=True)
class EcsBlueGreenDeploymentConfig:
    """The target groups and listeners of an ECS blue/green deployment.

    Args:
        blue_target_group: the target group of the current task set.
        green_target_group: the target group of the new task set.
        listener: the production listener.
        deployment_approval_wait_time: how long to wait for an approval before rerouting traffic
            (default: reroute at once).
        termination_wait_time: how long to keep the old task set after success (default 0 minutes).
        test_listener: a listener for test traffic to the new task set (default none).
    """

    blue_target_group: ITargetGroup
    green_target_group: ITargetGroup
    listener: IListenerRef
    deployment_approval_wait_time: Duration | None = None
    termination_wait_time: Duration | None = None
    test_listener: IListenerRef | None = None


@structs.frozen(kw_only=True)
class EcsDeploymentGroupAttributes:
    """An existing ECS deployment group (``EcsDeploymentGroup.from_ecs_deployment_group_attributes``).

    Args:
        application: the application the group belongs to.
        deployment_group_name: the group's name.
        deployment_config: the configuration it uses (default ``EcsDeploymentConfig.ALL_AT_ONCE``).
    """

    application: IApplicationRef
    deployment_group_name: str
    deployment_config: IDeploymentConfigRef | None = None


@structs.frozen(kw_only=True)
class EcsDeploymentGroupProps:
    """The properties of an ``EcsDeploymentGroup`` (see ``EcsDeploymentGroup`` for each keyword)."""

    blue_green_deployment_config: EcsBlueGreenDeploymentConfig
    service: IBaseService
    alarms: Sequence[IAlarmRef] | None = None
    application: IApplicationRef | None = None
    auto_rollback: AutoRollbackConfig | None = None
    deployment_config: IDeploymentConfigRef | None = None
    deployment_group_name: str | None = None
    ignore_alarm_configuration: bool | None = None
    ignore_poll_alarms_failure: bool | None = None
    role: IRole | None = None


def _to_ecs_application(app: Any) -> Any:
    if not (hasattr(app, "application_arn") and hasattr(app, "application_name")):
        raise UnscopedValidationError(
            f"'application' instance should implement IEcsApplication, but doesn't: {type(app).__name__}"
        )
    return app


class _ImportedEcsDeploymentGroup(_ImportedDeploymentGroupBase):
    def __init__(self, scope: Construct, id: str, *, application: IApplicationRef, deployment_group_name: str,
                 deployment_config: IDeploymentConfigRef | None) -> None:
        super().__init__(scope, id, application=application, deployment_group_name=deployment_group_name)
        self._application = application
        self._deployment_config = self._bind_deployment_config(deployment_config or EcsDeploymentConfig.ALL_AT_ONCE)

    @property
    def application(self) -> IEcsApplication:
        return _to_ecs_application(self._application)  # type: ignore[no-any-return]

    @property
    def deployment_config(self) -> IEcsDeploymentConfig:
        return self._deployment_config  # type: ignore[no-any-return]


def _controller_type(cfn_service: Any) -> Any:
    controller = getattr(cfn_service, "deployment_controller", None)
    if controller is None:
        return None
    if isinstance(controller, dict):
        return controller.get("type")
    return getattr(controller, "type", None)


class EcsDeploymentGroup(_DeploymentGroupBase):
    """A CodeDeploy deployment group that deploys an ECS service blue/green behind a load balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        blue_green_deployment_config: the target groups and listeners.
        service: the service (with the ``CODE_DEPLOY`` deployment controller).
        alarms: alarms that stop (and roll back) a deployment when they go off (more with ``add_alarm``).
        application: the application (default a new ``EcsApplication``).
        auto_rollback: when deployments roll back (default: failed ones, and alarmed ones if there are alarms).
        deployment_config: default ``EcsDeploymentConfig.ALL_AT_ONCE``.
        deployment_group_name: the group's name (default generated).
        ignore_alarm_configuration: skip the alarm checks during deployments (default ``False``).
        ignore_poll_alarms_failure: go on when the alarms' state cannot be read (default ``False``).
        role: the service role (default a new role with ``AWSCodeDeployRoleForECS``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.EcsDeploymentGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        blue_green_deployment_config: EcsBlueGreenDeploymentConfig,
        service: IBaseService,
        alarms: Sequence[IAlarmRef] | None = None,
        application: IApplicationRef | None = None,
        auto_rollback: AutoRollbackConfig | None = None,
        deployment_config: IDeploymentConfigRef | None = None,
        deployment_group_name: str | None = None,
        ignore_alarm_configuration: bool | None = None,
        ignore_poll_alarms_failure: bool | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id, deployment_group_name=deployment_group_name, role=role,
                         role_construct_id="ServiceRole")
        from l2 import iam

        self.role: IRole = self._role
        """The group's service role."""
        self._application: Any = application or EcsApplication(self, "Application")
        self._alarms: list[IAlarmRef] = list(alarms or [])
        self.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AWSCodeDeployRoleForECS"))
        self._deployment_config = self._bind_deployment_config(deployment_config or EcsDeploymentConfig.ALL_AT_ONCE)
        if Resource.is_owned_resource(service):  # type: ignore[arg-type]
            cfn_service: Any = service.node.default_child  # type: ignore[attr-defined]
            if _controller_type(cfn_service) != "CODE_DEPLOY":
                raise ValidationError(
                    "The ECS service associated with the deployment group must use the CODE_DEPLOY deployment "
                    "controller type", self,
                )
            task_definition = getattr(service, "task_definition", None)
            if task_definition is not None and cfn_service.task_definition != task_definition.family:
                raise ValidationError(
                    "The ECS service associated with the deployment group must specify the task definition using "
                    "the task definition family name only. Otherwise, the task definition cannot be updated in the "
                    "stack", self,
                )
        remove_alarms = FeatureFlags.of(self).is_enabled(REMOVE_ALARMS_FLAG)
        config = blue_green_deployment_config
        resource = CfnDeploymentGroup(
            self,
            "Resource",
            application_name=self.application.application_name,
            service_role_arn=self.role.role_arn,
            deployment_group_name=self.physical_name,
            deployment_config_name=self.deployment_config.deployment_config_name,
            deployment_style=CfnDeploymentGroup.DeploymentStyleProperty(
                deployment_type="BLUE_GREEN", deployment_option="WITH_TRAFFIC_CONTROL"
            ),
            ecs_services=[CfnDeploymentGroup.ECSServiceProperty(
                cluster_name=service.cluster.cluster_name, service_name=service.service_name,
            )],
            blue_green_deployment_configuration=Lazy.any(lambda: self._render_blue_green(config)),
            load_balancer_info=Lazy.any(lambda: self._render_load_balancer_info(config)),
            alarm_configuration=Lazy.any(lambda: render_alarm_configuration(
                self._alarms, ignore_poll_alarm_failure=ignore_poll_alarms_failure, remove_alarms=bool(remove_alarms),
                ignore_alarm_configuration=ignore_alarm_configuration,
            )),
            auto_rollback_configuration=Lazy.any(
                lambda: render_auto_rollback_configuration(self, self._alarms, auto_rollback)
            ),
        )
        self._set_name_and_arn(resource, self.application)
        if isinstance(self._deployment_config, Construct):
            self.node.add_dependency(self._deployment_config)

    @property
    def application(self) -> IEcsApplication:
        """The application the group belongs to."""
        return _to_ecs_application(self._application)  # type: ignore[no-any-return]

    @property
    def deployment_config(self) -> IEcsDeploymentConfig:
        """The deployment configuration the group uses."""
        return self._deployment_config  # type: ignore[no-any-return]

    @staticmethod
    def from_ecs_deployment_group_attributes(
        scope: Construct,
        id: str,
        *,
        application: IApplicationRef,
        deployment_group_name: str,
        deployment_config: IDeploymentConfigRef | None = None,
    ) -> IEcsDeploymentGroup:
        """A deployment group defined outside the app (its account and region are its application's).

        Args:
            scope: the parent construct.
            id: the construct id.
            application: the application the group belongs to.
            deployment_group_name: the group's name.
            deployment_config: the configuration it uses (default ``EcsDeploymentConfig.ALL_AT_ONCE``).
        """
        return _ImportedEcsDeploymentGroup(  # type: ignore[return-value]
            scope, id, application=application, deployment_group_name=deployment_group_name,
            deployment_config=deployment_config,
        )

    def add_alarm(self, alarm: IAlarmRef) -> None:
        """Stop (and roll back) deployments when ``alarm`` goes off.

        Args:
            alarm: the alarm.
        """
        self._alarms.append(alarm)

    @staticmethod
    def _render_blue_green(config: EcsBlueGreenDeploymentConfig) -> CfnDeploymentGroup.BlueGreenDeploymentConfigurationProperty:
        approval = config.deployment_approval_wait_time
        termination = config.termination_wait_time
        return CfnDeploymentGroup.BlueGreenDeploymentConfigurationProperty(
            deployment_ready_option=CfnDeploymentGroup.DeploymentReadyOptionProperty(
                action_on_timeout="STOP_DEPLOYMENT" if approval is not None else "CONTINUE_DEPLOYMENT",
                wait_time_in_minutes=approval.to_minutes() if approval is not None else 0,
            ),
            terminate_blue_instances_on_deployment_success=CfnDeploymentGroup.BlueInstanceTerminationOptionProperty(
                action="TERMINATE",
                termination_wait_time_in_minutes=termination.to_minutes() if termination is not None else 0,
            ),
        )

    @staticmethod
    def _render_load_balancer_info(config: EcsBlueGreenDeploymentConfig) -> CfnDeploymentGroup.LoadBalancerInfoProperty:
        return CfnDeploymentGroup.LoadBalancerInfoProperty(target_group_pair_info_list=[
            CfnDeploymentGroup.TargetGroupPairInfoProperty(
                target_groups=[
                    CfnDeploymentGroup.TargetGroupInfoProperty(name=config.blue_target_group.target_group_name),
                    CfnDeploymentGroup.TargetGroupInfoProperty(name=config.green_target_group.target_group_name),
                ],
                prod_traffic_route=CfnDeploymentGroup.TrafficRouteProperty(listener_arns=[config.listener.listener_arn]),
                test_traffic_route=CfnDeploymentGroup.TrafficRouteProperty(
                    listener_arns=[config.test_listener.listener_arn]) if config.test_listener is not None else None,
            )
        ])
