"""The interfaces of CodeDeploy applications, deployment configurations and deployment groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l2.codedeploy._references import (
    ApplicationReference,
    DeploymentConfigReference,
    DeploymentGroupReference,
    IDeploymentConfigRef,
    IDeploymentGroupRef,
)

if TYPE_CHECKING:
    from constructs import Stack
    from l2.autoscaling import IAutoScalingGroup
    from l2.iam import IRole


@runtime_checkable
class IBaseDeploymentConfig(Protocol):
    """A deployment configuration of any compute platform: its name and ARN."""

    @property
    def deployment_config_arn(self) -> str:
        """The configuration's ARN."""
        ...

    @property
    def deployment_config_name(self) -> str:
        """The configuration's name."""
        ...

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        """The configuration's name, as a reference."""
        ...


@runtime_checkable
class IBindableDeploymentConfig(Protocol):
    """A deployment configuration that takes the account and region of the deployment group using it.

    The predefined configurations (``LambdaDeploymentConfig.ALL_AT_ONCE`` and friends) exist in every region.
    """

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        """The configuration's name, as a reference."""
        ...

    def bind_environment(self, deployment_group: IDeploymentGroupRef) -> IDeploymentConfigRef:
        """The configuration in the account and region of ``deployment_group``."""
        ...


@runtime_checkable
class ILambdaDeploymentConfig(IBaseDeploymentConfig, Protocol):
    """The deployment configuration of a Lambda deployment group."""


@runtime_checkable
class IServerDeploymentConfig(IBaseDeploymentConfig, Protocol):
    """The deployment configuration of an EC2/on-premises deployment group."""


@runtime_checkable
class IEcsDeploymentConfig(IBaseDeploymentConfig, Protocol):
    """The deployment configuration of an ECS deployment group."""


class _ApplicationLike(Protocol):
    @property
    def application_arn(self) -> str:
        """The application's ARN."""
        ...

    @property
    def application_name(self) -> str:
        """The application's name."""
        ...

    @property
    def application_ref(self) -> ApplicationReference:
        """The application's name, as a reference."""
        ...

    @property
    def stack(self) -> Stack:
        """The stack the application is defined in."""
        ...


@runtime_checkable
class ILambdaApplication(_ApplicationLike, Protocol):
    """A CodeDeploy application that deploys to Lambda (new or imported)."""


@runtime_checkable
class IServerApplication(_ApplicationLike, Protocol):
    """A CodeDeploy application that deploys to EC2 instances or on-premises servers (new or imported)."""


@runtime_checkable
class IEcsApplication(_ApplicationLike, Protocol):
    """A CodeDeploy application that deploys to ECS (new or imported)."""


class _DeploymentGroupLike(Protocol):
    @property
    def deployment_group_arn(self) -> str:
        """The deployment group's ARN."""
        ...

    @property
    def deployment_group_name(self) -> str:
        """The deployment group's name."""
        ...

    @property
    def deployment_group_ref(self) -> DeploymentGroupReference:
        """The deployment group's application name and name."""
        ...

    @property
    def stack(self) -> Stack:
        """The stack the deployment group is defined in."""
        ...


@runtime_checkable
class ILambdaDeploymentGroup(_DeploymentGroupLike, Protocol):
    """A Lambda deployment group (new or imported)."""

    @property
    def application(self) -> ILambdaApplication:
        """The application the group belongs to."""
        ...

    @property
    def deployment_config(self) -> ILambdaDeploymentConfig:
        """The deployment configuration the group uses."""
        ...


@runtime_checkable
class IServerDeploymentGroup(_DeploymentGroupLike, Protocol):
    """An EC2/on-premises deployment group (new or imported)."""

    @property
    def application(self) -> IServerApplication:
        """The application the group belongs to."""
        ...

    @property
    def deployment_config(self) -> IServerDeploymentConfig:
        """The deployment configuration the group uses."""
        ...

    @property
    def auto_scaling_groups(self) -> Sequence[IAutoScalingGroup] | None:
        """The Auto Scaling groups the group deploys to (``None`` for an imported group)."""
        ...

    @property
    def role(self) -> IRole | None:
        """The group's service role (``None`` for an imported group)."""
        ...


@runtime_checkable
class IEcsDeploymentGroup(_DeploymentGroupLike, Protocol):
    """An ECS deployment group (new or imported)."""

    @property
    def application(self) -> IEcsApplication:
        """The application the group belongs to."""
        ...

    @property
    def deployment_config(self) -> IEcsDeploymentConfig:
        """The deployment configuration the group uses."""
        ...
