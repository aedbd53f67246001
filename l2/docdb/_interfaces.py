"""``IDatabaseCluster``, ``IDatabaseInstance`` and ``IClusterParameterGroup``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.docdb._endpoint import Endpoint
    from l2.ec2 import Connections
    from l2.interfaces.docdb import DBClusterParameterGroupReference, DBClusterReference, DBInstanceReference
    from l2.secretsmanager import SecretAttachmentTargetProps


@runtime_checkable
class IDatabaseCluster(Protocol):
    """A DocumentDB cluster (aws-cdk-lib's ``aws_docdb.IDatabaseCluster``)."""

    @property
    def cluster_identifier(self) -> str:
        """The cluster's identifier."""
        ...

    @property
    def instance_identifiers(self) -> list[str]:
        """The identifiers of its instances."""
        ...

    @property
    def cluster_endpoint(self) -> Endpoint:
        """The writer endpoint."""
        ...

    @property
    def cluster_read_endpoint(self) -> Endpoint:
        """The reader endpoint."""
        ...

    @property
    def instance_endpoints(self) -> list[Endpoint]:
        """The endpoints of its instances."""
        ...

    @property
    def security_group_id(self) -> str:
        """The id of its security group."""
        ...

    @property
    def connections(self) -> Connections:
        """Its network connections."""
        ...

    @property
    def db_cluster_ref(self) -> DBClusterReference:
        """The cluster's reference."""
        ...

    def as_secret_attachment_target(self) -> SecretAttachmentTargetProps:
        """The cluster as a secret attachment target."""
        ...


@runtime_checkable
class IDatabaseInstance(Protocol):
    """A DocumentDB instance (aws-cdk-lib's ``aws_docdb.IDatabaseInstance``)."""

    @property
    def instance_identifier(self) -> str:
        """The instance's identifier."""
        ...

    @property
    def instance_arn(self) -> str:
        """The instance's ARN."""
        ...

    @property
    def db_instance_endpoint_address(self) -> str:
        """The instance's endpoint address."""
        ...

    @property
    def db_instance_endpoint_port(self) -> str:
        """The instance's endpoint port."""
        ...

    @property
    def instance_endpoint(self) -> Endpoint:
        """The instance's endpoint."""
        ...

    @property
    def db_instance_ref(self) -> DBInstanceReference:
        """The instance's reference."""
        ...


@runtime_checkable
class IClusterParameterGroup(Protocol):
    """A cluster parameter group (aws-cdk-lib's ``aws_docdb.IClusterParameterGroup``)."""

    @property
    def parameter_group_name(self) -> str:
        """The group's name."""
        ...

    @property
    def db_cluster_parameter_group_ref(self) -> DBClusterParameterGroupReference:
        """The group's reference."""
        ...
