"""The reference structs and ``*Ref`` interfaces of CodeDeploy resources.

aws-cdk-lib defines them in ``aws_cdk.interfaces.aws_codedeploy``: each holds the attributes another construct
needs to point at the resource (``application.application_ref`` and friends).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from constructs.internals import structs


@structs.frozen(kw_only=True)
class ApplicationReference:
    """An application's name."""

    application_name: str


@structs.frozen(kw_only=True)
class DeploymentConfigReference:
    """A deployment configuration's name."""

    deployment_config_name: str


@structs.frozen(kw_only=True)
class DeploymentGroupReference:
    """A deployment group's application name and name."""

    application_name: str
    deployment_group_name: str


@runtime_checkable
class IApplicationRef(Protocol):
    """Anything that references a CodeDeploy application (``application_ref``)."""

    @property
    def application_ref(self) -> ApplicationReference:
        """The application's name."""
        ...


@runtime_checkable
class IDeploymentConfigRef(Protocol):
    """Anything that references a CodeDeploy deployment configuration (``deployment_config_ref``)."""

    @property
    def deployment_config_ref(self) -> DeploymentConfigReference:
        """The deployment configuration's name."""
        ...


@runtime_checkable
class IDeploymentGroupRef(Protocol):
    """Anything that references a CodeDeploy deployment group (``deployment_group_ref``)."""

    @property
    def deployment_group_ref(self) -> DeploymentGroupReference:
        """The deployment group's application name and name."""
        ...
