"""``DatabaseInstance``: an instance added to a DocumentDB cluster."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, RemovalPolicy, Resource, Stack, Token, UnscopedValidationError
from l1.docdb import CfnDBInstance
from l2.docdb._endpoint import Endpoint
from l2.interfaces.docdb import DBInstanceReference

if TYPE_CHECKING:
    from l2.docdb._interfaces import IDatabaseCluster, IDatabaseInstance
    from l2.ec2 import InstanceType
    from l2.interfaces.docdb import IDBClusterRef
    from l2.rds import CaCertificate


class _DatabaseInstanceBase(Resource):
    """What new and imported instances share."""

    instance_identifier: str

    @property
    def instance_arn(self) -> str:
        """The instance's ARN."""
        return Stack.of(self).format_arn(service="rds", resource="db", arn_format=ArnFormat.COLON_RESOURCE_NAME,
                                         resource_name=self.instance_identifier)

    @property
    def db_instance_ref(self) -> DBInstanceReference:
        """The instance's identifier."""
        return DBInstanceReference(db_instance_id=self.instance_identifier)


class _ImportedDatabaseInstance(_DatabaseInstanceBase):
    def __init__(self, scope: Construct, id: str, address: str, identifier: str, port: int | float) -> None:
        super().__init__(scope, id)
        self.instance_identifier = identifier
        self.db_instance_endpoint_address: str = address
        self.db_instance_endpoint_port: str = (
            Token.as_string(port) if Token.is_unresolved(port)
            else (str(int(port)) if float(port).is_integer() else str(port))
        )
        self.instance_endpoint: Endpoint = Endpoint(address, port)


class DatabaseInstance(_DatabaseInstanceBase):
    """An instance of a DocumentDB cluster.

    Args:
        scope: the parent construct.
        id: the construct id.
        cluster: the cluster the instance joins.
        instance_type: the instance type.
        auto_minor_version_upgrade: apply minor engine upgrades automatically (default true).
        availability_zone: the availability zone (default one AWS picks).
        ca_certificate: the CA certificate (default the AWS default).
        db_instance_name: the instance identifier (default generated).
        enable_performance_insights: Performance Insights (default false).
        preferred_maintenance_window: the weekly maintenance window ``ddd:hh24:mi-ddd:hh24:mi``.
        removal_policy: what happens to the instance when it leaves the stack (default ``RETAIN``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-docdb.DatabaseInstance"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: IDBClusterRef,
        instance_type: InstanceType,
        auto_minor_version_upgrade: bool | None = None,
        availability_zone: str | None = None,
        ca_certificate: CaCertificate | None = None,
        db_instance_name: str | None = None,
        enable_performance_insights: bool | None = None,
        preferred_maintenance_window: str | None = None,
        removal_policy: RemovalPolicy | None = None,
    ) -> None:
        super().__init__(scope, id)
        instance = CfnDBInstance(
            self,
            "Resource",
            db_cluster_identifier=cluster.db_cluster_ref.db_cluster_id,
            db_instance_class=f"db.{instance_type.to_string()}",
            auto_minor_version_upgrade=auto_minor_version_upgrade if auto_minor_version_upgrade is not None else True,
            availability_zone=availability_zone,
            ca_certificate_identifier=ca_certificate.to_string() if ca_certificate is not None else None,
            db_instance_identifier=db_instance_name,
            preferred_maintenance_window=preferred_maintenance_window,
            enable_performance_insights=enable_performance_insights,
        )
        self._cluster = cluster
        self.instance_identifier = instance.ref
        self.db_instance_endpoint_address: str = instance.attr_endpoint
        self.db_instance_endpoint_port: str = instance.attr_port
        self.instance_endpoint: Endpoint = Endpoint(instance.attr_endpoint, Token.as_number(instance.attr_port))
        instance.apply_removal_policy(removal_policy, apply_to_update_replace_policy=True)

    @property
    def cluster(self) -> IDatabaseCluster:
        """The cluster the instance belongs to."""
        cluster = self._cluster
        if not hasattr(cluster, "cluster_identifier") or not hasattr(cluster, "connections"):
            raise UnscopedValidationError(
                f"'cluster' instance should implement IDatabaseCluster, but doesn't: {type(cluster).__name__}"
            )
        return cluster  # type: ignore[return-value]

    @staticmethod
    def from_database_instance_attributes(
        scope: Construct, id: str, *, instance_endpoint_address: str, instance_identifier: str, port: int | float
    ) -> IDatabaseInstance:
        """Import an instance."""
        return _ImportedDatabaseInstance(scope, id, instance_endpoint_address, instance_identifier, port)
