"""Amazon RDS constructs (aws-cdk-lib: ``aws_cdk.aws_rds``): engines and versions, ``DatabaseInstance`` (new, from a
snapshot, read replica), credentials and secrets, subnet, parameter and option groups, the L1 classes.

Names load on first use (PEP 562): ``from l2 import rds`` stays cheap (the engine version tables, the
constructs and the generated ``l1.rds`` module are imported when a name is first touched).
"""

from __future__ import annotations

import importlib
from typing import Any

from constructs.internals import check_public_classes
from l2.rds import (
    _interfaces as _interfaces,  # the Protocols the argument checks resolve (TYPE_CHECKING imports)
)

_L2_NAMES: dict[str, str] = {
    "AuroraCapacityUnit": "_serverless",
    "AuroraClusterEngineProps": "_engines",
    "AuroraEngineVersion": "_engine_versions",
    "AuroraMysqlClusterEngineProps": "_engines",
    "AuroraMysqlEngineVersion": "_engine_versions",
    "AuroraPostgresClusterEngineProps": "_engines",
    "AuroraPostgresEngineFeatures": "_engine_versions",
    "AuroraPostgresEngineVersion": "_engine_versions",
    "BackupProps": "_props",
    "CaCertificate": "_props",
    "ClientPasswordAuthType": "_proxy",
    "ClusterEngineBindOptions": "_engines",
    "ClusterEngineConfig": "_engines",
    "ClusterEngineFeatures": "_engines",
    "ClusterInstance": "_cluster_instance",
    "ClusterInstanceBindOptions": "_cluster_instance",
    "ClusterInstanceOptions": "_cluster_instance",
    "ClusterInstanceProps": "_cluster_instance",
    "ClusterInstanceType": "_cluster_instance",
    "ClusterScailabilityType": "_cluster",
    "ClusterScalabilityType": "_cluster",
    "CommonRotationUserOptions": "_props",
    "Credentials": "_props",
    "CredentialsBaseOptions": "_props",
    "CredentialsFromUsernameOptions": "_props",
    "DBClusterStorageType": "_cluster",
    "DatabaseCluster": "_cluster",
    "DatabaseClusterAttributes": "_structs",
    "DatabaseClusterBase": "_cluster",
    "DatabaseClusterEngine": "_engines",
    "DatabaseClusterFromSnapshot": "_cluster",
    "DatabaseClusterFromSnapshotProps": "_structs",
    "DatabaseClusterLookupOptions": "_structs",
    "DatabaseClusterProps": "_structs",
    "DatabaseInsightsMode": "_props",
    "DatabaseInstance": "_instance",
    "DatabaseInstanceAttributes": "_structs",
    "DatabaseInstanceBase": "_instance",
    "DatabaseInstanceEngine": "_engines",
    "DatabaseInstanceFromSnapshot": "_instance",
    "DatabaseInstanceFromSnapshotProps": "_structs",
    "DatabaseInstanceLookupOptions": "_structs",
    "DatabaseInstanceNewProps": "_structs",
    "DatabaseInstanceProps": "_structs",
    "DatabaseInstanceReadReplica": "_instance",
    "DatabaseInstanceReadReplicaProps": "_structs",
    "DatabaseInstanceSourceProps": "_structs",
    "DatabaseProxy": "_proxy",
    "DatabaseProxyAttributes": "_proxy",
    "DatabaseProxyEndpoint": "_proxy",
    "DatabaseProxyEndpointAttributes": "_proxy",
    "DatabaseProxyEndpointOptions": "_proxy",
    "DatabaseProxyEndpointProps": "_proxy",
    "DatabaseProxyOptions": "_proxy",
    "DatabaseProxyProps": "_proxy",
    "DatabaseSecret": "_database_secret",
    "DatabaseSecretProps": "_structs",
    "DefaultAuthScheme": "_proxy",
    "Endpoint": "_endpoint",
    "EngineLifecycleSupport": "_props",
    "EngineVersion": "_engine_versions",
    "IAuroraClusterInstance": "_interfaces",
    "IClusterEngine": "_interfaces",
    "IClusterInstance": "_interfaces",
    "IDatabaseCluster": "_interfaces",
    "IDatabaseInstance": "_interfaces",
    "IDatabaseProxy": "_interfaces",
    "IDatabaseProxyEndpoint": "_interfaces",
    "IEngine": "_interfaces",
    "IInstanceEngine": "_interfaces",
    "IOptionGroup": "_interfaces",
    "IParameterGroup": "_interfaces",
    "IServerlessCluster": "_interfaces",
    "ISubnetGroup": "_interfaces",
    "InstanceEngineBindOptions": "_engines",
    "InstanceEngineConfig": "_engines",
    "InstanceEngineFeatures": "_engines",
    "InstanceProps": "_cluster_instance",
    "InstanceType": "_cluster_instance",
    "InstanceUpdateBehaviour": "_cluster",
    "LicenseModel": "_props",
    "MariaDbEngineVersion": "_engine_versions",
    "MariaDbInstanceEngineProps": "_engines",
    "MySqlInstanceEngineProps": "_engines",
    "MysqlEngineVersion": "_engine_versions",
    "NetworkType": "_props",
    "OptionConfiguration": "_option_group",
    "OptionGroup": "_option_group",
    "OptionGroupProps": "_structs",
    "OracleEeCdbInstanceEngineProps": "_engines",
    "OracleEeInstanceEngineProps": "_engines",
    "OracleEngineVersion": "_engine_versions",
    "OracleSe2CdbInstanceEngineProps": "_engines",
    "OracleSe2InstanceEngineProps": "_engines",
    "ParameterGroup": "_parameter_group",
    "ParameterGroupClusterBindOptions": "_parameter_group",
    "ParameterGroupClusterConfig": "_parameter_group",
    "ParameterGroupInstanceBindOptions": "_parameter_group",
    "ParameterGroupInstanceConfig": "_parameter_group",
    "ParameterGroupProps": "_structs",
    "PerformanceInsightRetention": "_props",
    "PostgresEngineFeatures": "_engine_versions",
    "PostgresEngineVersion": "_engine_versions",
    "PostgresInstanceEngineProps": "_engines",
    "ProcessorFeatures": "_props",
    "ProvisionedClusterInstanceProps": "_cluster_instance",
    "ProxyEndpointTargetRole": "_proxy",
    "ProxyTarget": "_proxy",
    "ProxyTargetConfig": "_proxy",
    "RotationMultiUserOptions": "_props",
    "RotationSingleUserOptions": "_props",
    "ServerlessCluster": "_serverless",
    "ServerlessClusterAttributes": "_serverless",
    "ServerlessClusterFromSnapshot": "_serverless",
    "ServerlessClusterFromSnapshotProps": "_serverless",
    "ServerlessClusterProps": "_serverless",
    "ServerlessScalingOptions": "_serverless",
    "ServerlessV2ClusterInstanceProps": "_cluster_instance",
    "SessionPinningFilter": "_proxy",
    "SnapshotCredentials": "_props",
    "SnapshotCredentialsFromGeneratedPasswordOptions": "_props",
    "SqlServerEeInstanceEngineProps": "_engines",
    "SqlServerEngineVersion": "_engine_versions",
    "SqlServerExInstanceEngineProps": "_engines",
    "SqlServerSeInstanceEngineProps": "_engines",
    "SqlServerWebInstanceEngineProps": "_engines",
    "StorageType": "_props",
    "SubnetGroup": "_subnet_group",
    "SubnetGroupProps": "_structs",
    "TimeoutAction": "_serverless",
}


def __getattr__(name: str) -> Any:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.rds.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.rds").__all__})
    else:
        l1 = importlib.import_module("l1.rds")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.rds' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
