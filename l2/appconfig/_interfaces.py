"""The interfaces of ``aws_cdk.aws_appconfig`` (``typing.Protocol``s the constructs satisfy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.appconfig._configuration import (
        ConfigurationContent,
        ConfigurationSource,
        HostedConfiguration,
        SourcedConfiguration,
    )
    from l2.appconfig._environment import Monitor
    from l2.appconfig._extension import Action, Parameter
    from l2.appconfig._types import (
        ActionPoint,
        ConfigurationType,
        DeletionProtectionCheck,
        GrowthType,
        SourceType,
        ValidatorType,
    )
    from l2.iam import Grant, IGrantable, IRole, PolicyDocument
    from l2.kms import IKey


@runtime_checkable
class IValidator(Protocol):
    """A validator of a configuration (``JsonSchemaValidator`` / ``LambdaValidator``)."""

    @property
    def content(self) -> str:
        """The schema, or the function ARN."""
        ...

    @property
    def type(self) -> ValidatorType:
        """The kind of validator."""
        ...


@runtime_checkable
class IEventDestination(Protocol):
    """What an extension action invokes (``LambdaDestination``, ``SqsDestination``, ...)."""

    @property
    def extension_uri(self) -> str:
        """The ARN of the invoked resource."""
        ...

    @property
    def type(self) -> SourceType:
        """The kind of resource."""
        ...

    @property
    def policy_document(self) -> PolicyDocument | None:
        """The policy of the execution role that invokes it."""
        ...


@runtime_checkable
class IExtension(Protocol):
    """An AppConfig extension: ``Extension`` or an imported one."""

    @property
    def extension_id(self) -> str:
        """The extension's ID."""
        ...

    @property
    def extension_arn(self) -> str:
        """The extension's ARN."""
        ...

    @property
    def extension_version_number(self) -> int | float:
        """The extension's version number."""
        ...

    @property
    def name(self) -> str | None:
        """The extension's name."""
        ...

    @property
    def description(self) -> str | None:
        """The extension's description."""
        ...

    @property
    def latest_version_number(self) -> int | float | None:
        """The latest version number given."""
        ...

    @property
    def actions(self) -> Sequence[Action] | None:
        """The extension's actions."""
        ...

    @property
    def parameters(self) -> Sequence[Parameter] | None:
        """The extension's parameters."""
        ...


@runtime_checkable
class IExtensible(Protocol):
    """A resource extensions can be associated with (application, environment, configuration profile)."""

    def on(
        self,
        action_point: ActionPoint,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``action_point`` and associate it with the resource."""
        ...

    def pre_create_hosted_configuration_version(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``PRE_CREATE_HOSTED_CONFIGURATION_VERSION`` and associate it with the resource."""
        ...

    def pre_start_deployment(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``PRE_START_DEPLOYMENT`` and associate it with the resource."""
        ...

    def on_deployment_start(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``ON_DEPLOYMENT_START`` and associate it with the resource."""
        ...

    def on_deployment_step(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``ON_DEPLOYMENT_STEP`` and associate it with the resource."""
        ...

    def on_deployment_baking(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``ON_DEPLOYMENT_BAKING`` and associate it with the resource."""
        ...

    def on_deployment_complete(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``ON_DEPLOYMENT_COMPLETE`` and associate it with the resource."""
        ...

    def on_deployment_rolled_back(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``ON_DEPLOYMENT_ROLLED_BACK`` and associate it with the resource."""
        ...

    def at_deployment_tick(
        self,
        event_destination: IEventDestination,
        *,
        description: str | None = None,
        extension_name: str | None = None,
        latest_version_number: int | float | None = None,
        parameters: Sequence[Parameter] | None = None,
    ) -> None:
        """Create an extension at ``AT_DEPLOYMENT_TICK`` and associate it with the resource."""
        ...

    def add_extension(self, extension: IExtension) -> None:
        """Associate an extension with the resource."""
        ...


@runtime_checkable
class IDeploymentStrategy(Protocol):
    """A deployment strategy: ``DeploymentStrategy`` or an imported one."""

    @property
    def deployment_strategy_id(self) -> str:
        """The strategy's ID."""
        ...

    @property
    def deployment_strategy_arn(self) -> str:
        """The strategy's ARN."""
        ...

    @property
    def name(self) -> str | None:
        """The strategy's name."""
        ...

    @property
    def description(self) -> str | None:
        """The strategy's description."""
        ...

    @property
    def deployment_duration_in_minutes(self) -> int | float | None:
        """The deployment duration."""
        ...

    @property
    def final_bake_time_in_minutes(self) -> int | float | None:
        """The final bake time."""
        ...

    @property
    def growth_factor(self) -> int | float | None:
        """The growth factor."""
        ...

    @property
    def growth_type(self) -> GrowthType | None:
        """The growth type."""
        ...


@runtime_checkable
class IEnvironment(IExtensible, Protocol):
    """An AppConfig environment: ``Environment`` or an imported one."""

    @property
    def application(self) -> IApplication | None:
        """The environment's application."""
        ...

    @property
    def application_id(self) -> str:
        """The ID of the environment's application."""
        ...

    @property
    def environment_id(self) -> str:
        """The environment's ID."""
        ...

    @property
    def environment_arn(self) -> str:
        """The environment's ARN."""
        ...

    @property
    def name(self) -> str | None:
        """The environment's name."""
        ...

    @property
    def description(self) -> str | None:
        """The environment's description."""
        ...

    @property
    def monitors(self) -> Sequence[Monitor] | None:
        """The environment's monitors."""
        ...

    def add_deployment(self, configuration: IConfiguration) -> None:
        """Deploy ``configuration`` to the environment."""
        ...

    def add_deployments(self, *configurations: IConfiguration) -> None:
        """Deploy each configuration to the environment, in order."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the environment."""
        ...

    def grant_read_config(self, grantee: IGrantable) -> Grant:
        """Grant reading the configurations deployed to the environment."""
        ...


@runtime_checkable
class IConfiguration(Protocol):
    """A configuration: ``HostedConfiguration`` or ``SourcedConfiguration``."""

    @property
    def application(self) -> IApplication:
        """The configuration's application."""
        ...

    @property
    def configuration_profile_id(self) -> str:
        """The configuration profile's ID."""
        ...

    @property
    def version_number(self) -> str | None:
        """The version to deploy."""
        ...

    @property
    def deployment_strategy(self) -> IDeploymentStrategy | None:
        """The deployment strategy."""
        ...

    @property
    def deployment_key(self) -> IKey | None:
        """The KMS key deployments encrypt with."""
        ...

    @property
    def deploy_to(self) -> Sequence[IEnvironment] | None:
        """The environments to deploy to."""
        ...

    @property
    def description(self) -> str | None:
        """The description."""
        ...

    @property
    def name(self) -> str | None:
        """The name."""
        ...

    @property
    def type(self) -> ConfigurationType | None:
        """The configuration type."""
        ...

    @property
    def validators(self) -> Sequence[IValidator] | None:
        """The validators."""
        ...


@runtime_checkable
class IApplication(IExtensible, Protocol):
    """An AppConfig application: ``Application`` or an imported one."""

    @property
    def application_id(self) -> str:
        """The application's ID."""
        ...

    @property
    def application_arn(self) -> str:
        """The application's ARN."""
        ...

    @property
    def name(self) -> str | None:
        """The application's name."""
        ...

    @property
    def description(self) -> str | None:
        """The application's description."""
        ...

    def add_environment(
        self,
        id: str,
        *,
        deletion_protection_check: DeletionProtectionCheck | None = None,
        description: str | None = None,
        environment_name: str | None = None,
        monitors: Sequence[Monitor] | None = None,
    ) -> IEnvironment:
        """Add an environment."""
        ...

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
        """Add a hosted configuration."""
        ...

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
        """Add a sourced configuration."""
        ...

    def add_existing_environment(self, environment: IEnvironment) -> None:
        """Record an environment as the application's."""
        ...

    def environments(self) -> list[IEnvironment]:
        """The application's environments."""
        ...
