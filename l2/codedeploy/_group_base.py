"""What the Lambda, server and ECS deployment groups share: the service role, name checks, name and ARN."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Arn, ArnComponents, ArnFormat, Aws, Construct, Resource
from constructs.internals import structs
from l2.codedeploy._config import bind_deployment_config
from l2.codedeploy._private.utils import NameValidation
from l2.codedeploy._references import DeploymentGroupReference

if TYPE_CHECKING:
    from l1.codedeploy import CfnDeploymentGroup
    from l2.codedeploy._references import IApplicationRef
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class AutoRollbackConfig:
    """When a deployment group rolls a deployment back.

    Args:
        deployment_in_alarm: when an alarm of the group goes off (default: when the group has alarms).
        failed_deployment: when the deployment fails (default ``True``).
        stopped_deployment: when the deployment is stopped by hand (default ``False``).
    """

    deployment_in_alarm: bool | None = None
    failed_deployment: bool | None = None
    stopped_deployment: bool | None = None


class _DeploymentGroupBase(Resource):
    """A new deployment group: creates the service role unless one is given, checks the name."""

    application_name: str
    deployment_group_name: str
    deployment_group_arn: str

    def __init__(self, scope: Construct, id: str, *, deployment_group_name: str | None, role: IRole | None,
                 role_construct_id: str) -> None:
        super().__init__(scope, id, physical_name=deployment_group_name)
        if role is None:
            from l2 import iam

            role = iam.Role(self, role_construct_id, assumed_by=iam.ServicePrincipal("codedeploy.amazonaws.com"))
        self._role: IRole = role
        self.node.add_validation(NameValidation("Deployment group", lambda: self.physical_name))

    @property
    def deployment_group_ref(self) -> DeploymentGroupReference:
        """The group's application name and name."""
        return DeploymentGroupReference(application_name=self.application_name,
                                        deployment_group_name=self.deployment_group_name)

    def _bind_deployment_config(self, config: Any) -> Any:
        return bind_deployment_config(config, self)

    def _set_name_and_arn(self, resource: CfnDeploymentGroup, application: IApplicationRef) -> None:
        app_name = application.application_ref.application_name
        self.application_name = app_name
        self.deployment_group_name = self.get_resource_name_attribute(resource.ref)
        self.deployment_group_arn = self.get_resource_arn_attribute(
            self.stack.format_arn(service="codedeploy", resource="deploymentgroup",
                                  resource_name=f"{app_name}/{resource.ref}", arn_format=ArnFormat.COLON_RESOURCE_NAME),
            {"service": "codedeploy", "resource": "deploymentgroup", "resource_name": f"{app_name}/{self.physical_name}",
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
        )


class _ImportedDeploymentGroupBase(Resource):
    """A deployment group defined outside the app; its environment is its application's."""

    def __init__(self, scope: Construct, id: str, *, application: IApplicationRef, deployment_group_name: str) -> None:
        app_name = application.application_ref.application_name
        env = getattr(application, "env", None)
        arn = Arn.format(ArnComponents(
            partition=Aws.PARTITION,
            account=env.account if env is not None else Aws.ACCOUNT_ID,
            region=env.region if env is not None else Aws.REGION,
            service="codedeploy",
            resource="deploymentgroup",
            resource_name=f"{app_name}/{deployment_group_name}",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        ))
        # the ARN's account and region, given as such: the core reads none from an ARN holding a token (its
        # partition), where aws-cdk-lib reads those of any ARN that starts with ``arn:``
        super().__init__(scope, id, environment_from_arn=arn, account=env.account if env is not None else None,
                         region=env.region if env is not None else None)
        self.application_name = app_name
        self.deployment_group_name = deployment_group_name
        self.deployment_group_arn = arn

    @property
    def deployment_group_ref(self) -> DeploymentGroupReference:
        """The group's application name and name."""
        return DeploymentGroupReference(application_name=self.application_name,
                                        deployment_group_name=self.deployment_group_name)

    def _bind_deployment_config(self, config: Any) -> Any:
        return bind_deployment_config(config, self)
