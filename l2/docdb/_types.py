"""DocumentDB enums and structs: storage types, logins, backups, rotation options, props and attributes."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration, RemovalPolicy, SecretValue
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import InstanceType, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole
    from l2.interfaces.docdb import IDBClusterParameterGroupRef, IDBClusterRef
    from l2.kms import IKey
    from l2.logs import RetentionDays
    from l2.rds import CaCertificate
    from l2.secretsmanager import ISecret


class StorageType(enum.Enum):
    """The storage type of a cluster."""

    STANDARD = "standard"
    IOPT1 = "iopt1"


@structs.frozen(kw_only=True)
class BackupProps:
    """Automated backups.

    Args:
        retention: how long backups are kept.
        preferred_window: the daily backup window, ``hh24:mi-hh24:mi`` UTC (default one AWS picks).
    """

    retention: Duration
    preferred_window: str | None = None


@structs.frozen(kw_only=True)
class Login:
    """The master user.

    Args:
        username: the user name.
        exclude_characters: characters the generated password leaves out (default ``"@/``).
        kms_key: the KMS key of the generated secret (default the account's Secrets Manager key).
        password: the password (default a generated one, in a new secret).
        secret_name: the name of the generated secret (default generated).
    """

    username: str
    exclude_characters: str | None = None
    kms_key: IKey | None = None
    password: SecretValue | None = None
    secret_name: str | None = None


@structs.frozen(kw_only=True)
class RotationMultiUserOptions:
    """The options of ``DatabaseCluster.add_rotation_multi_user``.

    Args:
        secret: the user's secret (JSON with ``username``, ``password`` and ``masterarn``).
        automatically_after: how often to rotate (default 30 days).
    """

    secret: ISecret
    automatically_after: Duration | None = None


@structs.frozen(kw_only=True)
class ServerlessV2ScalingConfiguration:
    """The capacity range of a serverless cluster, in DocumentDB capacity units (DCUs).

    Args:
        max_capacity: the maximum DCUs.
        min_capacity: the minimum DCUs.
    """

    max_capacity: int | float
    min_capacity: int | float


@structs.frozen(kw_only=True)
class ClusterParameterGroupProps:
    """The properties of a ``ClusterParameterGroup``.

    Args:
        family: the parameter group family (``docdb5.0``).
        parameters: the parameters.
        db_cluster_parameter_group_name: the group's name (default generated).
        description: the description (default ``Cluster parameter group for <family>``).
    """

    family: str
    parameters: Mapping[str, str]
    db_cluster_parameter_group_name: str | None = None
    description: str | None = None


@structs.frozen(kw_only=True)
class DatabaseSecretProps:
    """The properties of a ``DatabaseSecret``.

    Args:
        username: the user name.
        encryption_key: the KMS key (default the account's Secrets Manager key).
        exclude_characters: characters the password leaves out (default ``"@/``).
        master_secret: the master user's secret (for multi-user rotation).
        secret_name: the secret's name (default generated).
    """

    username: str
    encryption_key: IKey | None = None
    exclude_characters: str | None = None
    master_secret: ISecret | None = None
    secret_name: str | None = None


@structs.frozen(kw_only=True)
class DatabaseClusterAttributes:
    """What ``DatabaseCluster.from_database_cluster_attributes`` takes (see that method).

    Args:
        cluster_identifier: the identifier of the existing cluster.
        cluster_endpoint_address: the address of the cluster (writer) endpoint (default: none; the cluster
            endpoint cannot be read then).
        instance_endpoint_addresses: the endpoint addresses of the cluster's instances (default: none).
        instance_identifiers: the identifiers of the cluster's instances (default: none).
        port: the port the endpoints listen on (default: none; needed for the endpoints).
        reader_endpoint_address: the address of the reader endpoint (default: none).
        security_group: the cluster's security group, for its connections (default: none).
    """

    cluster_identifier: str
    cluster_endpoint_address: str | None = None
    instance_endpoint_addresses: Sequence[str] | None = None
    instance_identifiers: Sequence[str] | None = None
    port: int | float | None = None
    reader_endpoint_address: str | None = None
    security_group: ISecurityGroup | None = None


@structs.frozen(kw_only=True)
class DatabaseInstanceAttributes:
    """What ``DatabaseInstance.from_database_instance_attributes`` takes.

    Args:
        instance_endpoint_address: the endpoint address.
        instance_identifier: the instance identifier.
        port: the endpoint port.
    """

    instance_endpoint_address: str
    instance_identifier: str
    port: int | float


@structs.frozen(kw_only=True)
class DatabaseInstanceProps:
    """The properties of a ``DatabaseInstance`` (see the construct)."""

    cluster: IDBClusterRef
    instance_type: InstanceType
    auto_minor_version_upgrade: bool | None = None
    availability_zone: str | None = None
    ca_certificate: CaCertificate | None = None
    db_instance_name: str | None = None
    enable_performance_insights: bool | None = None
    preferred_maintenance_window: str | None = None
    removal_policy: RemovalPolicy | None = None


@structs.frozen(kw_only=True)
class DatabaseClusterProps:
    """The properties of a ``DatabaseCluster`` (see the construct)."""

    master_user: Login
    vpc: IVpc
    backup: BackupProps | None = None
    ca_certificate: CaCertificate | None = None
    cloud_watch_logs_retention: RetentionDays | None = None
    cloud_watch_logs_retention_role: IRole | None = None
    copy_tags_to_snapshot: bool | None = None
    db_cluster_name: str | None = None
    deletion_protection: bool | None = None
    enable_performance_insights: bool | None = None
    engine_version: str | None = None
    export_audit_logs_to_cloud_watch: bool | None = None
    export_profiler_logs_to_cloud_watch: bool | None = None
    instance_identifier_base: str | None = None
    instance_maintenance_window: str | None = None
    instance_removal_policy: RemovalPolicy | None = None
    instances: int | float | None = None
    instance_type: InstanceType | None = None
    kms_key: IKey | None = None
    manage_master_user_password: bool | None = None
    master_user_secret_kms_key: IKey | None = None
    parameter_group: IDBClusterParameterGroupRef | None = None
    port: int | float | None = None
    preferred_maintenance_window: str | None = None
    removal_policy: RemovalPolicy | None = None
    security_group: ISecurityGroup | None = None
    security_group_removal_policy: RemovalPolicy | None = None
    serverless_v2_scaling_configuration: ServerlessV2ScalingConfiguration | None = None
    storage_encrypted: bool | None = None
    storage_type: StorageType | None = None
    vpc_subnets: SubnetSelection | None = None
