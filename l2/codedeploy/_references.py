"""The reference structs and ``*Ref`` interfaces of CodeDeploy resources.

aws-cdk-lib defines them in ``aws_cdk.interfaces.aws_codedeploy``: each holds the attributes another construct
needs to point at the resource (``application.application_ref`` and friends).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from l1._private.interfaces.codedeploy import ApplicationReference as ApplicationReference
from l1._private.interfaces.codedeploy import DeploymentConfigReference as DeploymentConfigReference
from l1._private.interfaces.codedeploy import DeploymentGroupReference as DeploymentGroupReference


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
