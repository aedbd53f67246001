"""CodeDeploy for EC2 instances and on-premises servers: ``ServerApplication``, ``ServerDeploymentConfig``,
``ServerDeploymentGroup``, ``InstanceTagSet`` and ``LoadBalancer``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    Construct,
    FeatureFlags,
    Lazy,
    PhysicalName,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1.codedeploy import CfnDeploymentGroup
from l2.codedeploy._application import ApplicationBase, import_application_by_arn, import_application_by_name
from l2.codedeploy._config import (
    BaseDeploymentConfig,
    BaseDeploymentConfigOptions,
    MinimumHealthyHosts,
    ZonalConfig,
    _Presets,
)
from l2.codedeploy._group_base import AutoRollbackConfig, _DeploymentGroupBase, _ImportedDeploymentGroupBase
from l2.codedeploy._lambda import REMOVE_ALARMS_FLAG
from l2.codedeploy._private.utils import render_alarm_configuration, render_auto_rollback_configuration

if TYPE_CHECKING:
    from l2.autoscaling import AutoScalingGroup, IAutoScalingGroup
    from l2.cloudwatch import IAlarmRef
    from l2.codedeploy._interfaces import IServerApplication, IServerDeploymentConfig, IServerDeploymentGroup
    from l2.codedeploy._references import IApplicationRef, IDeploymentConfigRef
    from l2.elasticloadbalancing import LoadBalancer as ClassicLoadBalancer
    from l2.elasticloadbalancingv2 import IApplicationTargetGroup, INetworkTargetGroup
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class ServerApplicationProps:
    """The properties of a ``ServerApplication``.

    Args:
        application_name: the application's name (default generated).
    """

    application_name: str | None = None


class ServerApplication(ApplicationBase):
    """A CodeDeploy application that deploys to EC2 instances or on-premises servers.

    Args:
        scope: the parent construct.
        id: the construct id.
        application_name: the application's name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.ServerApplication"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _compute_platform = "Server"

    def __init__(self, scope: Construct, id: str, *, application_name: str | None = None) -> None:
        super().__init__(scope, id, application_name=application_name)

    @staticmethod
    def from_server_application_name(scope: Construct, id: str, server_application_name: str) -> IServerApplication:
        """An application of this stack's account and region, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            server_application_name: the application's name.
        """
        return import_application_by_name(scope, id, server_application_name)  # type: ignore[no-any-return]

    @staticmethod
    def from_server_application_arn(scope: Construct, id: str, server_application_arn: str) -> IServerApplication:
        """An application by ARN (its account and region are the ARN's).

        Args:
            scope: the parent construct.
            id: the construct id.
            server_application_arn: the application's ARN.
        """
        return import_application_by_arn(scope, id, server_application_arn)  # type: ignore[no-any-return]


@structs.frozen(kw_only=True)
class ServerDeploymentConfigProps(BaseDeploymentConfigOptions):
    """The properties of a ``ServerDeploymentConfig``.

    Args:
        minimum_healthy_hosts: the healthy instances a deployment keeps.
        zonal_config: deploy to one Availability Zone at a time (default: across the region).
    """

    minimum_healthy_hosts: MinimumHealthyHosts
    zonal_config: ZonalConfig | None = None


class ServerDeploymentConfig(BaseDeploymentConfig):
    """A custom deployment configuration for server deployment groups; the predefined ones are class attributes.

    Args:
        scope: the parent construct.
        id: the construct id.
        minimum_healthy_hosts: the healthy instances a deployment keeps.
        zonal_config: deploy to one Availability Zone at a time (default: across the region).
        deployment_config_name: the configuration's name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.ServerDeploymentConfig"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    ONE_AT_A_TIME: ClassVar[IServerDeploymentConfig] = _Presets("CodeDeployDefault.OneAtATime")  # type: ignore[assignment]
    """One instance at a time."""
    HALF_AT_A_TIME: ClassVar[IServerDeploymentConfig] = _Presets("CodeDeployDefault.HalfAtATime")  # type: ignore[assignment]
    """Half of the instances at a time."""
    ALL_AT_ONCE: ClassVar[IServerDeploymentConfig] = _Presets("CodeDeployDefault.AllAtOnce")  # type: ignore[assignment]
    """Every instance at once."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        minimum_healthy_hosts: MinimumHealthyHosts,
        zonal_config: ZonalConfig | None = None,
        deployment_config_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, minimum_healthy_hosts=minimum_healthy_hosts, zonal_config=zonal_config,
                         deployment_config_name=deployment_config_name)

    @classmethod
    def from_server_deployment_config_name(
        cls, scope: Construct, id: str, server_deployment_config_name: str
    ) -> IServerDeploymentConfig:
        """A custom configuration defined outside the app, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            server_deployment_config_name: the configuration's name.
        """
        return cls.from_deployment_config_name(scope, id, server_deployment_config_name)  # type: ignore[return-value]


class InstanceTagSet:
    """The tags that select a deployment group's instances: up to 3 groups, an instance must match each group
    (a group matches an instance having any of its tags; an empty value list matches the key alone, an empty key
    matches the values under any key).

    Args:
        instance_tag_groups: mappings of tag key to tag values.
    """

    def __init__(self, *instance_tag_groups: Mapping[str, Sequence[str]]) -> None:
        if len(instance_tag_groups) > 3:
            raise UnscopedValidationError(
                "An instance tag set can have a maximum of 3 instance tag groups, but "
                f"{len(instance_tag_groups)} were provided"
            )
        self._instance_tag_groups = list(instance_tag_groups)

    @property
    def instance_tag_groups(self) -> list[Mapping[str, Sequence[str]]]:
        """The tag groups (a copy)."""
        return list(self._instance_tag_groups)


class LoadBalancerGeneration(enum.Enum):
    """The generation of a load balancer."""

    FIRST = 0
    """A classic load balancer."""
    SECOND = 1
    """An Application or Network Load Balancer (through its target group)."""


class LoadBalancer:
    """A load balancer a server deployment group blocks traffic to while it deploys to an instance
    (``classic``, ``application`` or ``network``)."""

    generation: LoadBalancerGeneration
    """The load balancer's generation."""
    name: str
    """The classic load balancer's name, or the target group's."""

    @classmethod
    def _of(cls, generation: LoadBalancerGeneration, name: str) -> LoadBalancer:
        made = cls.__new__(cls)
        made.generation = generation
        made.name = name
        return made

    @staticmethod
    def classic(load_balancer: ClassicLoadBalancer) -> LoadBalancer:
        """A classic load balancer.

        Args:
            load_balancer: the load balancer.
        """
        return LoadBalancer._of(LoadBalancerGeneration.FIRST, load_balancer.load_balancer_name)

    @staticmethod
    def application(alb_target_group: IApplicationTargetGroup) -> LoadBalancer:
        """An Application Load Balancer's target group.

        Args:
            alb_target_group: the target group.
        """
        return LoadBalancer._of(LoadBalancerGeneration.SECOND, alb_target_group.target_group_name)

    @staticmethod
    def network(nlb_target_group: INetworkTargetGroup) -> LoadBalancer:
        """A Network Load Balancer's target group.

        Args:
            nlb_target_group: the target group.
        """
        return LoadBalancer._of(LoadBalancerGeneration.SECOND, nlb_target_group.target_group_name)


@structs.frozen(kw_only=True)
class ServerDeploymentGroupAttributes:
    """An existing server deployment group (``ServerDeploymentGroup.from_server_deployment_group_attributes``).

    Args:
        application: the application the group belongs to.
        deployment_group_name: the group's name.
        deployment_config: the configuration it uses (default ``ServerDeploymentConfig.ONE_AT_A_TIME``).
    """

    application: IApplicationRef
    deployment_group_name: str
    deployment_config: IDeploymentConfigRef | None = None


@structs.frozen(kw_only=True)
class ServerDeploymentGroupProps:
    """The properties of a ``ServerDeploymentGroup`` (see ``ServerDeploymentGroup`` for each keyword)."""

    alarms: Sequence[IAlarmRef] | None = None
    application: IApplicationRef | None = None
    auto_rollback: AutoRollbackConfig | None = None
    auto_scaling_groups: Sequence[IAutoScalingGroup] | None = None
    deployment_config: IDeploymentConfigRef | None = None
    deployment_group_name: str | None = None
    ec2_instance_tags: InstanceTagSet | None = None
    ignore_alarm_configuration: bool | None = None
    ignore_poll_alarms_failure: bool | None = None
    install_agent: bool | None = None
    load_balancer: LoadBalancer | None = None
    load_balancers: Sequence[LoadBalancer] | None = None
    on_premise_instance_tags: InstanceTagSet | None = None
    role: IRole | None = None
    termination_hook: bool | None = None


def _to_server_application(app: Any) -> Any:
    if not (hasattr(app, "application_arn") and hasattr(app, "application_name")):
        raise UnscopedValidationError(
            f"'application' instance should implement IServerApplication, but doesn't: {type(app).__name__}"
        )
    return app


class _ImportedServerDeploymentGroup(_ImportedDeploymentGroupBase):
    def __init__(self, scope: Construct, id: str, *, application: IApplicationRef, deployment_group_name: str,
                 deployment_config: IDeploymentConfigRef | None) -> None:
        super().__init__(scope, id, application=application, deployment_group_name=deployment_group_name)
        self._application = application
        self._deployment_config = self._bind_deployment_config(
            deployment_config or ServerDeploymentConfig.ONE_AT_A_TIME
        )
        self.role: IRole | None = None
        self.auto_scaling_groups: list[IAutoScalingGroup] | None = None

    @property
    def application(self) -> IServerApplication:
        return _to_server_application(self._application)  # type: ignore[no-any-return]

    @property
    def deployment_config(self) -> IServerDeploymentConfig:
        return self._deployment_config  # type: ignore[no-any-return]


_LINUX_AGENT = (
    "set +e",
    "PKG_CMD=`which yum 2>/dev/null`",
    "set -e",
    'if [ -z "$PKG_CMD" ]; then',
    "PKG_CMD=apt-get",
    "else",
    "PKG_CMD=yum",
    "fi",
    "$PKG_CMD update -y",
    "set +e",
    "$PKG_CMD install -y ruby2.0",
    "RUBY2_INSTALL=$?",
    "set -e",
    "if [ $RUBY2_INSTALL -ne 0 ]; then",
    "$PKG_CMD install -y ruby",
    "fi",
    "AWS_CLI_PACKAGE_NAME=awscli",
    'if [ "$PKG_CMD" = "yum" ]; then',
    "AWS_CLI_PACKAGE_NAME=aws-cli",
    "fi",
    "$PKG_CMD install -y $AWS_CLI_PACKAGE_NAME",
    "TMP_DIR=`mktemp -d`",
    "cd $TMP_DIR",
)


class ServerDeploymentGroup(_DeploymentGroupBase):
    """A CodeDeploy deployment group for EC2 instances (Auto Scaling groups or tagged instances) and on-premises
    servers.

    Args:
        scope: the parent construct.
        id: the construct id.
        alarms: alarms that stop (and roll back) a deployment when they go off (more with ``add_alarm``).
        application: the application (default a new ``ServerApplication``).
        auto_rollback: when deployments roll back (default: failed ones, and alarmed ones if there are alarms).
        auto_scaling_groups: the Auto Scaling groups to deploy to (more with ``add_auto_scaling_group``).
        deployment_config: default ``ServerDeploymentConfig.ONE_AT_A_TIME``.
        deployment_group_name: the group's name (default generated).
        ec2_instance_tags: the tags of the EC2 instances to deploy to.
        ignore_alarm_configuration: skip the alarm checks during deployments (default ``False``).
        ignore_poll_alarms_failure: go on when the alarms' state cannot be read (default ``False``).
        install_agent: install the CodeDeploy agent on the Auto Scaling groups' instances (default ``True``).
        load_balancer: a load balancer to take instances out of while deploying to them.
        load_balancers: several (replaces ``load_balancer``; must not be empty).
        on_premise_instance_tags: the tags of the on-premises instances to deploy to.
        role: the service role (default a new role with ``AWSCodeDeployRole``).
        termination_hook: deploy to instances before Auto Scaling terminates them (default ``False``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.ServerDeploymentGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alarms: Sequence[IAlarmRef] | None = None,
        application: IApplicationRef | None = None,
        auto_rollback: AutoRollbackConfig | None = None,
        auto_scaling_groups: Sequence[IAutoScalingGroup] | None = None,
        deployment_config: IDeploymentConfigRef | None = None,
        deployment_group_name: str | None = None,
        ec2_instance_tags: InstanceTagSet | None = None,
        ignore_alarm_configuration: bool | None = None,
        ignore_poll_alarms_failure: bool | None = None,
        install_agent: bool | None = None,
        load_balancer: LoadBalancer | None = None,
        load_balancers: Sequence[LoadBalancer] | None = None,
        on_premise_instance_tags: InstanceTagSet | None = None,
        role: IRole | None = None,
        termination_hook: bool | None = None,
    ) -> None:
        super().__init__(scope, id, deployment_group_name=deployment_group_name, role=role, role_construct_id="Role")
        from l2 import iam, s3

        self.role: IRole | None = self._role
        """The group's service role."""
        self._application: Any = application or ServerApplication(
            self, "Application",
            application_name=PhysicalName.GENERATE_IF_NEEDED
            if deployment_group_name == PhysicalName.GENERATE_IF_NEEDED else None,
        )
        self._deployment_config = self._bind_deployment_config(
            deployment_config or ServerDeploymentConfig.ONE_AT_A_TIME
        )
        self._role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSCodeDeployRole"))
        self._auto_scaling_groups: list[IAutoScalingGroup] = list(auto_scaling_groups or [])
        self._install_agent = install_agent if install_agent is not None else True
        self._code_deploy_bucket = s3.Bucket.from_bucket_name(self, "Bucket",
                                                              f"aws-codedeploy-{Stack.of(self).region}")
        self._load_balancers = list(load_balancers) if load_balancers is not None else (
            [load_balancer] if load_balancer is not None else None)
        if self._load_balancers is not None and not self._load_balancers:
            raise ValidationError("loadBalancers must be a non-empty array", self)
        for asg in self._auto_scaling_groups:
            self._add_code_deploy_agent_install_user_data(asg)
        self._alarms: list[IAlarmRef] = list(alarms or [])
        remove_alarms = FeatureFlags.of(self).is_enabled(REMOVE_ALARMS_FLAG)
        resource = CfnDeploymentGroup(
            self,
            "Resource",
            application_name=self.application.application_name,
            deployment_group_name=self.physical_name,
            service_role_arn=self._role.role_arn,
            deployment_config_name=(deployment_config.deployment_config_ref.deployment_config_name
                                    if deployment_config is not None else None),
            auto_scaling_groups=Lazy.list(
                lambda: [a.auto_scaling_group_name for a in self._auto_scaling_groups],
                display_hint="autoScalingGroups", omit_empty=True,
            ),
            load_balancer_info=self._load_balancers_info(self._load_balancers),
            deployment_style=(CfnDeploymentGroup.DeploymentStyleProperty(deployment_option="WITH_TRAFFIC_CONTROL")
                              if self._load_balancers is not None else None),
            ec2_tag_set=self._ec2_tag_set(ec2_instance_tags),
            on_premises_tag_set=self._on_premise_tag_set(on_premise_instance_tags),
            alarm_configuration=Lazy.any(lambda: render_alarm_configuration(
                self._alarms, ignore_poll_alarm_failure=ignore_poll_alarms_failure, remove_alarms=bool(remove_alarms),
                ignore_alarm_configuration=ignore_alarm_configuration,
            )),
            auto_rollback_configuration=Lazy.any(
                lambda: render_auto_rollback_configuration(self, self._alarms, auto_rollback)
            ),
            termination_hook_enabled=termination_hook,
        )
        self._set_name_and_arn(resource, self.application)

    @property
    def application(self) -> IServerApplication:
        """The application the group belongs to."""
        return _to_server_application(self._application)  # type: ignore[no-any-return]

    @property
    def deployment_config(self) -> IServerDeploymentConfig:
        """The deployment configuration the group uses."""
        return self._deployment_config  # type: ignore[no-any-return]

    @property
    def auto_scaling_groups(self) -> list[IAutoScalingGroup] | None:
        """The Auto Scaling groups the group deploys to."""
        return list(self._auto_scaling_groups)

    @staticmethod
    def from_server_deployment_group_attributes(
        scope: Construct,
        id: str,
        *,
        application: IApplicationRef,
        deployment_group_name: str,
        deployment_config: IDeploymentConfigRef | None = None,
    ) -> IServerDeploymentGroup:
        """A deployment group defined outside the app (its account and region are its application's).

        Args:
            scope: the parent construct.
            id: the construct id.
            application: the application the group belongs to.
            deployment_group_name: the group's name.
            deployment_config: the configuration it uses (default ``ServerDeploymentConfig.ONE_AT_A_TIME``).
        """
        return _ImportedServerDeploymentGroup(  # type: ignore[return-value]
            scope, id, application=application, deployment_group_name=deployment_group_name,
            deployment_config=deployment_config,
        )

    def add_auto_scaling_group(self, asg: AutoScalingGroup) -> None:
        """Deploy to ``asg`` too (and install the agent on its instances unless ``install_agent=False``).

        Args:
            asg: the Auto Scaling group.
        """
        self._auto_scaling_groups.append(asg)
        self._add_code_deploy_agent_install_user_data(asg)

    def add_alarm(self, alarm: IAlarmRef) -> None:
        """Stop (and roll back) deployments when ``alarm`` goes off.

        Args:
            alarm: the alarm.
        """
        self._alarms.append(alarm)

    def _add_code_deploy_agent_install_user_data(self, asg: IAutoScalingGroup) -> None:
        if not self._install_agent:
            return
        from l2.ec2 import OperatingSystemType

        self._code_deploy_bucket.grant_read(asg, "latest/*")
        region = Stack.of(self).region
        if asg.os_type == OperatingSystemType.LINUX:
            asg.add_user_data(
                *_LINUX_AGENT,
                f"aws s3 cp s3://aws-codedeploy-{region}/latest/install . --region {region}",
                "chmod +x ./install",
                "./install auto",
                "rm -fr $TMP_DIR",
            )
        elif asg.os_type == OperatingSystemType.WINDOWS:
            asg.add_user_data(
                "Set-Variable -Name TEMPDIR -Value (New-TemporaryFile).DirectoryName",
                f"aws s3 cp s3://aws-codedeploy-{region}/latest/codedeploy-agent.msi $TEMPDIR\\codedeploy-agent.msi",
                "cd $TEMPDIR",
                ".\\codedeploy-agent.msi /quiet /l c:\\temp\\host-agent-install-log.txt",
            )

    @staticmethod
    def _load_balancers_info(load_balancers: list[LoadBalancer] | None) -> dict[str, Any] | None:
        if load_balancers is None:
            return None
        info: dict[str, Any] = {}
        for lb in load_balancers:
            key = "elb_info_list" if lb.generation == LoadBalancerGeneration.FIRST else "target_group_info_list"
            info.setdefault(key, []).append({"name": lb.name})
        return info

    def _ec2_tag_set(self, tag_set: InstanceTagSet | None) -> dict[str, Any] | None:
        if tag_set is None or not tag_set.instance_tag_groups:
            return None
        return {"ec2_tag_set_list": [{"ec2_tag_group": self._tag_group(g)} for g in tag_set.instance_tag_groups]}

    def _on_premise_tag_set(self, tag_set: InstanceTagSet | None) -> dict[str, Any] | None:
        if tag_set is None or not tag_set.instance_tag_groups:
            return None
        return {"on_premises_tag_set_list": [{"on_premises_tag_group": self._tag_group(g)}
                                             for g in tag_set.instance_tag_groups]}

    def _tag_group(self, group: Mapping[str, Sequence[str]]) -> list[dict[str, str]]:
        tags: list[dict[str, str]] = []
        for key, values in group.items():
            if key:
                if values:
                    tags.extend({"key": key, "value": v, "type": "KEY_AND_VALUE"} for v in values)
                else:
                    tags.append({"key": key, "type": "KEY_ONLY"})
            elif values:
                tags.extend({"value": v, "type": "VALUE_ONLY"} for v in values)
            else:
                raise ValidationError("Cannot specify both an empty key and no values for an instance tag filter", self)
        return tags
