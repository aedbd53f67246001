"""``Application``: the AppConfig application that environments and configurations belong to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Names, Resource, Stack, ValidationError
from constructs.internals import structs
from l1._private.interfaces.appconfig import ApplicationReference as ApplicationReference
from l1.appconfig import CfnApplication
from l2.appconfig._configuration import (
    ConfigurationContent,
    ConfigurationSource,
    HostedConfiguration,
    SourcedConfiguration,
)
from l2.appconfig._environment import Environment, Monitor
from l2.appconfig._extension import ExtensibleBase, _Extensible
from l2.appconfig._types import ConfigurationType, DeletionProtectionCheck, Platform

if TYPE_CHECKING:
    from l2.appconfig._interfaces import IApplication, IDeploymentStrategy, IEnvironment, IValidator
    from l2.ecs import TaskDefinition
    from l2.iam import IRole
    from l2.kms import IKey


@structs.frozen(kw_only=True)
class ApplicationProps:
    """The properties of an ``Application`` (see ``Application``)."""

    application_name: str | None = None
    description: str | None = None


class _ApplicationBase(_Extensible, Resource):
    description: str | None = None
    name: str | None = None
    application_id: str
    application_arn: str

    def __init__(self, scope: Construct, id: str, **resource_props: Any) -> None:
        super().__init__(scope, id, **resource_props)
        self._environments: list[IEnvironment] = []

    @property
    def application_ref(self) -> ApplicationReference:
        """The application's ID, as a reference."""
        return ApplicationReference(application_id=self.application_id)

    def add_environment(
        self,
        id: str,
        *,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        description: str | None = None,
        environment_name: str | None = None,
        monitors: Sequence[Monitor] | None = None,
    ) -> IEnvironment:
        """Add an environment to this application."""
        return Environment(
            self,
            id,
            application=self,  # type: ignore[arg-type]
            deletion_protection_check=deletion_protection_check,
            description=description,
            environment_name=environment_name,
            monitors=monitors,
        )

    def add_hosted_configuration(
        self,
        id: str,
        *,
        content: ConfigurationContent,
        latest_version_number: int | float | None = None,
        version_label: str | None = None,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        deployment_key: IKey | None = None,
        deployment_strategy: IDeploymentStrategy | None = None,
        deploy_to: Sequence[IEnvironment] | None = None,
        description: str | None = None,
        name: str | None = None,
        type: ConfigurationType | None = None,
        validators: Sequence[IValidator] | None = None,
    ) -> HostedConfiguration:
        """Add a hosted configuration to this application."""
        return HostedConfiguration(
            self,
            id,
            application=self,  # type: ignore[arg-type]
            content=content,
            latest_version_number=latest_version_number,
            version_label=version_label,
            deletion_protection_check=deletion_protection_check,
            deployment_key=deployment_key,
            deployment_strategy=deployment_strategy,
            deploy_to=deploy_to,
            description=description,
            name=name,
            type=type,
            validators=validators,
        )

    def add_sourced_configuration(
        self,
        id: str,
        *,
        location: ConfigurationSource,
        retrieval_role: IRole | None = None,
        version_number: str | None = None,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        deployment_key: IKey | None = None,
        deployment_strategy: IDeploymentStrategy | None = None,
        deploy_to: Sequence[IEnvironment] | None = None,
        description: str | None = None,
        name: str | None = None,
        type: ConfigurationType | None = None,
        validators: Sequence[IValidator] | None = None,
    ) -> SourcedConfiguration:
        """Add a sourced configuration to this application."""
        return SourcedConfiguration(
            self,
            id,
            application=self,  # type: ignore[arg-type]
            location=location,
            retrieval_role=retrieval_role,
            version_number=version_number,
            deletion_protection_check=deletion_protection_check,
            deployment_key=deployment_key,
            deployment_strategy=deployment_strategy,
            deploy_to=deploy_to,
            description=description,
            name=name,
            type=type,
            validators=validators,
        )

    def add_existing_environment(self, environment: IEnvironment) -> None:
        """Record an environment as one of this application's (configurations deploy to it)."""
        self._environments.append(environment)

    def environments(self) -> list[IEnvironment]:
        """The environments of this application."""
        return list(self._environments)


class _ImportedApplication(_ApplicationBase):
    def __init__(self, scope: Construct, id: str, application_id: str, application_arn: str) -> None:
        super().__init__(scope, id)
        self.application_id = application_id
        self.application_arn = application_arn
        self._extensible = ExtensibleBase(scope, application_arn)


class Application(_ApplicationBase):
    """An AWS AppConfig application (``AWS::AppConfig::Application``).

    Args:
        application_name: a name (default generated).
        description: a description.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appconfig.Application"
    """The id property injectors register for."""

    def __init__(
        self, scope: Construct, id: str, *, application_name: str | None = None, description: str | None = None
    ) -> None:
        super().__init__(scope, id)
        self.description = description
        self.name = application_name or Names.unique_resource_name(self, max_length=64, separator="-")
        resource = CfnApplication(self, "Resource", name=self.name, description=self.description)
        self.application_id = resource.ref
        self.application_arn = Stack.of(self).format_arn(
            service="appconfig", resource="application", resource_name=self.application_id
        )
        self._extensible = ExtensibleBase(self, self.application_arn, self.name)

    @staticmethod
    def from_application_arn(scope: Construct, id: str, application_arn: str) -> IApplication:
        """Import an application by ARN."""
        parsed = Stack.of(scope).split_arn(application_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not parsed.resource_name:
            raise ValidationError("Missing required application id from application ARN", scope)
        return _ImportedApplication(scope, id, parsed.resource_name, application_arn)

    @staticmethod
    def from_application_id(scope: Construct, id: str, application_id: str) -> IApplication:
        """Import an application by ID."""
        arn = Stack.of(scope).format_arn(service="appconfig", resource="application", resource_name=application_id)
        return _ImportedApplication(scope, id, application_id, arn)

    @staticmethod
    def get_lambda_layer_version_arn(region: str, platform: Platform | None = None) -> str:
        """The ARN of the AWS AppConfig Lambda extension layer in ``region`` (default platform ``X86_64``)."""
        from l2.appconfig._layers import LAMBDA_LAYER_VERSIONS

        return LAMBDA_LAYER_VERSIONS[(platform or Platform.X86_64).value].get(region)  # type: ignore[return-value]

    @staticmethod
    def add_agent_to_ecs(task_def: TaskDefinition) -> None:
        """Add the AWS AppConfig agent container to an ECS task definition."""
        from l2 import ecs

        task_def.add_container(
            "AppConfigAgentContainer",
            image=ecs.ContainerImage.from_registry("public.ecr.aws/aws-appconfig/aws-appconfig-agent:latest"),
            container_name="AppConfigAgentContainer",
        )
