"""CodeDeploy for Lambda: ``LambdaApplication``, ``LambdaDeploymentConfig`` and ``LambdaDeploymentGroup``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    Construct,
    FeatureFlags,
    Lazy,
    ValidationError,
)
from constructs.internals import deprecated, structs
from l1.codedeploy import CfnDeploymentGroup
from l2.codedeploy._application import ApplicationBase, import_application_by_arn, import_application_by_name
from l2.codedeploy._config import BaseDeploymentConfig, BaseDeploymentConfigOptions, ComputePlatform, _Presets
from l2.codedeploy._group_base import AutoRollbackConfig, _DeploymentGroupBase, _ImportedDeploymentGroupBase
from l2.codedeploy._private.utils import (
    render_alarm_configuration,
    render_auto_rollback_configuration,
)
from l2.codedeploy._traffic_routing import TrafficRouting

if TYPE_CHECKING:
    from l2.cloudwatch import IAlarmRef
    from l2.codedeploy._interfaces import ILambdaApplication, ILambdaDeploymentConfig, ILambdaDeploymentGroup
    from l2.iam import Grant, IGrantable, IRole
    from l2.lambda_ import Alias, IFunction

REMOVE_ALARMS_FLAG = "@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup"


@structs.frozen(kw_only=True)
class LambdaApplicationProps:
    """The properties of a ``LambdaApplication``.

    Args:
        application_name: the application's name (default generated).
    """

    application_name: str | None = None


class LambdaApplication(ApplicationBase):
    """A CodeDeploy application that deploys to Lambda.

    Args:
        scope: the parent construct.
        id: the construct id.
        application_name: the application's name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.LambdaApplication"
    """The id property injectors register for (aws-cdk-lib's property injection)."""
    _compute_platform = "Lambda"

    def __init__(self, scope: Construct, id: str, *, application_name: str | None = None) -> None:
        super().__init__(scope, id, application_name=application_name)

    @staticmethod
    def from_lambda_application_name(scope: Construct, id: str, lambda_application_name: str) -> ILambdaApplication:
        """An application of this stack's account and region, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            lambda_application_name: the application's name.
        """
        return import_application_by_name(scope, id, lambda_application_name)  # type: ignore[no-any-return]

    @staticmethod
    def from_lambda_application_arn(scope: Construct, id: str, lambda_application_arn: str) -> ILambdaApplication:
        """An application by ARN (its account and region are the ARN's).

        Args:
            scope: the parent construct.
            id: the construct id.
            lambda_application_arn: the application's ARN.
        """
        return import_application_by_arn(scope, id, lambda_application_arn)  # type: ignore[no-any-return]


@structs.frozen(kw_only=True)
class LambdaDeploymentConfigImportProps:
    """The name of an existing Lambda deployment configuration (``LambdaDeploymentConfig.import_``).

    Args:
        deployment_config_name: the configuration's name.
    """

    deployment_config_name: str


@structs.frozen(kw_only=True)
class LambdaDeploymentConfigProps(BaseDeploymentConfigOptions):
    """The properties of a ``LambdaDeploymentConfig``.

    Args:
        traffic_routing: how traffic shifts (default all at once).
    """

    traffic_routing: TrafficRouting | None = None


class LambdaDeploymentConfig(BaseDeploymentConfig):
    """A custom deployment configuration for Lambda deployment groups; the predefined ones are class attributes.

    Args:
        scope: the parent construct.
        id: the construct id.
        traffic_routing: how traffic shifts (default ``TrafficRouting.all_at_once()``).
        deployment_config_name: the configuration's name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.LambdaDeploymentConfig"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    ALL_AT_ONCE: ClassVar[ILambdaDeploymentConfig] = _Presets("CodeDeployDefault.LambdaAllAtOnce")  # type: ignore[assignment]
    """All traffic to the new version at once."""
    CANARY_10_PERCENT_30_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaCanary10Percent30Minutes")
    """10 percent of the traffic first, the rest 30 minutes later."""
    CANARY_10_PERCENT_5_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaCanary10Percent5Minutes")
    """10 percent of the traffic first, the rest 5 minutes later."""
    CANARY_10_PERCENT_10_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaCanary10Percent10Minutes")
    """10 percent of the traffic first, the rest 10 minutes later."""
    CANARY_10_PERCENT_15_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaCanary10Percent15Minutes")
    """10 percent of the traffic first, the rest 15 minutes later."""
    LINEAR_10_PERCENT_EVERY_10_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaLinear10PercentEvery10Minutes")
    """10 percent more of the traffic every 10 minutes."""
    LINEAR_10_PERCENT_EVERY_1_MINUTE: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaLinear10PercentEvery1Minute")
    """10 percent more of the traffic every minute."""
    LINEAR_10_PERCENT_EVERY_2_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaLinear10PercentEvery2Minutes")
    """10 percent more of the traffic every 2 minutes."""
    LINEAR_10_PERCENT_EVERY_3_MINUTES: ClassVar[ILambdaDeploymentConfig] = _Presets(  # type: ignore[assignment]
        "CodeDeployDefault.LambdaLinear10PercentEvery3Minutes")
    """10 percent more of the traffic every 3 minutes."""

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
            compute_platform=ComputePlatform.LAMBDA,
            traffic_routing=traffic_routing if traffic_routing is not None else TrafficRouting.all_at_once(),
        )

    @classmethod
    def from_lambda_deployment_config_name(
        cls, scope: Construct, id: str, lambda_deployment_config_name: str
    ) -> ILambdaDeploymentConfig:
        """A custom configuration defined outside the app, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            lambda_deployment_config_name: the configuration's name.
        """
        return cls.from_deployment_config_name(scope, id, lambda_deployment_config_name)  # type: ignore[return-value]

    @classmethod
    def import_(cls, _scope: Construct, _id: str, *, deployment_config_name: str) -> ILambdaDeploymentConfig:
        """Deprecated: use ``from_lambda_deployment_config_name``.

        Args:
            _scope: the parent construct.
            _id: the construct id.
            deployment_config_name: the configuration's name.
        """
        deprecated("aws-cdk-lib.aws_codedeploy.LambdaDeploymentConfig#import", "use `fromLambdaDeploymentConfigName`",
                   method=True)
        return cls.from_lambda_deployment_config_name(_scope, _id, deployment_config_name)


@structs.frozen(kw_only=True)
class LambdaDeploymentGroupAttributes:
    """An existing Lambda deployment group (``LambdaDeploymentGroup.from_lambda_deployment_group_attributes``).

    Args:
        application: the application the group belongs to.
        deployment_group_name: the group's name.
        deployment_config: the configuration it uses (default ``CANARY_10_PERCENT_5_MINUTES``).
    """

    application: ILambdaApplication
    deployment_group_name: str
    deployment_config: ILambdaDeploymentConfig | None = None


@structs.frozen(kw_only=True)
class LambdaDeploymentGroupProps:
    """The properties of a ``LambdaDeploymentGroup`` (see ``LambdaDeploymentGroup`` for each keyword)."""

    alias: Alias
    alarms: Sequence[IAlarmRef] | None = None
    application: ILambdaApplication | None = None
    auto_rollback: AutoRollbackConfig | None = None
    deployment_config: ILambdaDeploymentConfig | None = None
    deployment_group_name: str | None = None
    ignore_alarm_configuration: bool | None = None
    ignore_poll_alarms_failure: bool | None = None
    post_hook: IFunction | None = None
    pre_hook: IFunction | None = None
    role: IRole | None = None


class _ImportedLambdaDeploymentGroup(_ImportedDeploymentGroupBase):
    def __init__(self, scope: Construct, id: str, *, application: ILambdaApplication, deployment_group_name: str,
                 deployment_config: ILambdaDeploymentConfig | None) -> None:
        super().__init__(scope, id, application=application, deployment_group_name=deployment_group_name)
        self.application = application
        self.deployment_config: ILambdaDeploymentConfig = self._bind_deployment_config(
            deployment_config or LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES
        )


class LambdaDeploymentGroup(_DeploymentGroupBase):
    """A CodeDeploy deployment group that shifts a Lambda alias's traffic to each new version.

    The alias gets the ``CodeDeployLambdaAliasUpdate`` update policy: updating its version starts a deployment.

    Args:
        scope: the parent construct.
        id: the construct id.
        alias: the alias whose traffic shifts.
        alarms: alarms that stop (and roll back) a deployment when they go off (more with ``add_alarm``).
        application: the application (default a new ``LambdaApplication``).
        auto_rollback: when deployments roll back (default: failed ones, and alarmed ones if there are alarms).
        deployment_config: default ``LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES``.
        deployment_group_name: the group's name (default generated).
        ignore_alarm_configuration: skip the alarm checks during deployments (default ``False``).
        ignore_poll_alarms_failure: go on when the alarms' state cannot be read (default ``False``).
        post_hook: a function run after traffic has shifted.
        pre_hook: a function run before traffic shifts.
        role: the service role (default a new role with ``AWSCodeDeployRoleForLambdaLimited``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codedeploy.LambdaDeploymentGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alias: Alias,
        alarms: Sequence[IAlarmRef] | None = None,
        application: ILambdaApplication | None = None,
        auto_rollback: AutoRollbackConfig | None = None,
        deployment_config: ILambdaDeploymentConfig | None = None,
        deployment_group_name: str | None = None,
        ignore_alarm_configuration: bool | None = None,
        ignore_poll_alarms_failure: bool | None = None,
        post_hook: IFunction | None = None,
        pre_hook: IFunction | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id, deployment_group_name=deployment_group_name, role=role,
                         role_construct_id="ServiceRole")
        from l2 import iam

        self._pre_hook: IFunction | None = None
        self._post_hook: IFunction | None = None
        self.role: IRole = self._role
        """The group's service role."""
        self.application: ILambdaApplication = application or LambdaApplication(self, "Application")
        """The application the group belongs to."""
        self._alarms: list[IAlarmRef] = list(alarms or [])
        self.role.add_managed_policy(
            iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSCodeDeployRoleForLambdaLimited")
        )
        self._deployment_config = self._bind_deployment_config(
            deployment_config or LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES
        )
        remove_alarms = FeatureFlags.of(self).is_enabled(REMOVE_ALARMS_FLAG)
        resource = CfnDeploymentGroup(
            self,
            "Resource",
            application_name=self.application.application_name,
            service_role_arn=self.role.role_arn,
            deployment_group_name=self.physical_name,
            deployment_config_name=self._deployment_config.deployment_config_ref.deployment_config_name,
            deployment_style=CfnDeploymentGroup.DeploymentStyleProperty(
                deployment_type="BLUE_GREEN", deployment_option="WITH_TRAFFIC_CONTROL"
            ),
            alarm_configuration=Lazy.any(lambda: render_alarm_configuration(
                self._alarms, ignore_poll_alarm_failure=ignore_poll_alarms_failure, remove_alarms=bool(remove_alarms),
                ignore_alarm_configuration=ignore_alarm_configuration,
            )),
            auto_rollback_configuration=Lazy.any(
                lambda: render_auto_rollback_configuration(self, self._alarms, auto_rollback)
            ),
        )
        self._set_name_and_arn(resource, self.application)
        if pre_hook is not None:
            self.add_pre_hook(pre_hook)
        if post_hook is not None:
            self.add_post_hook(post_hook)
        alias_resource: Any = alias.node.default_child
        # a mapping, not a ``CfnUpdatePolicy``: the keys render in aws-cdk-lib's order (the hooks come last)
        alias_resource.cfn_options.update_policy = {
            "code_deploy_lambda_alias_update": {
                "application_name": self.application.application_name,
                "deployment_group_name": resource.ref,
                "before_allow_traffic_hook": Lazy.string(
                    lambda: self._pre_hook.function_name if self._pre_hook is not None else None),  # type: ignore[arg-type, return-value]
                "after_allow_traffic_hook": Lazy.string(
                    lambda: self._post_hook.function_name if self._post_hook is not None else None),  # type: ignore[arg-type, return-value]
            },
        }

    @property
    def deployment_config(self) -> ILambdaDeploymentConfig:
        """The deployment configuration the group uses."""
        return self._deployment_config  # type: ignore[no-any-return]

    @staticmethod
    def from_lambda_deployment_group_attributes(
        scope: Construct,
        id: str,
        *,
        application: ILambdaApplication,
        deployment_group_name: str,
        deployment_config: ILambdaDeploymentConfig | None = None,
    ) -> ILambdaDeploymentGroup:
        """A deployment group defined outside the app (its account and region are its application's).

        Args:
            scope: the parent construct.
            id: the construct id.
            application: the application the group belongs to.
            deployment_group_name: the group's name.
            deployment_config: the configuration it uses (default ``CANARY_10_PERCENT_5_MINUTES``).
        """
        return _ImportedLambdaDeploymentGroup(  # type: ignore[return-value]
            scope, id, application=application, deployment_group_name=deployment_group_name,
            deployment_config=deployment_config,
        )

    def add_alarm(self, alarm: IAlarmRef) -> None:
        """Stop (and roll back) deployments when ``alarm`` goes off.

        Args:
            alarm: the alarm.
        """
        self._alarms.append(alarm)

    def add_pre_hook(self, pre_hook: IFunction) -> None:
        """Run ``pre_hook`` before traffic shifts (it may report its result; the group may invoke it).

        Args:
            pre_hook: the function.

        Raises:
            ValidationError: the group has a pre-hook already.
        """
        if self._pre_hook is not None:
            raise ValidationError("A pre-hook function is already defined for this deployment group", self)
        self._pre_hook = pre_hook
        self.grant_put_lifecycle_event_hook_execution_status(pre_hook)
        pre_hook.grant_invoke(self.role)

    def add_post_hook(self, post_hook: IFunction) -> None:
        """Run ``post_hook`` after traffic has shifted (it may report its result; the group may invoke it).

        Args:
            post_hook: the function.

        Raises:
            ValidationError: the group has a post-hook already.
        """
        if self._post_hook is not None:
            raise ValidationError("A post-hook function is already defined for this deployment group", self)
        self._post_hook = post_hook
        self.grant_put_lifecycle_event_hook_execution_status(post_hook)
        post_hook.grant_invoke(self.role)

    def grant_put_lifecycle_event_hook_execution_status(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` report a lifecycle hook's result (``codedeploy:PutLifecycleEventHookExecutionStatus``).

        Args:
            grantee: the principal.
        """
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, resource_arns=[self.deployment_group_arn],
                                          actions=["codedeploy:PutLifecycleEventHookExecutionStatus"])
