"""Bad input to the RDS constructs: aws-cdk-lib's errors, naming the construct path and the argument."""

from __future__ import annotations

import pytest

from constructs import Duration, Stack, ValidationError
from l2 import ec2, iam, rds


@pytest.fixture
def vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)


def _mysql() -> rds.IInstanceEngine:
    return rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0_35)


def test_gp3_throughput_needs_gp3(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match=r"The storage throughput can only be specified with GP3 storage type\. "
                       r"Got gp2\.") as err:
        rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc, storage_throughput=200)
    assert "S/Db" in str(err.value)


def test_gp3_throughput_to_iops_ratio(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match=r"The maximum ratio of storage throughput to IOPS is 0\.25\. Got 0\.5\."):
        rds.DatabaseInstance(
            stack, "Db", engine=_mysql(), vpc=vpc, storage_type=rds.StorageType.GP3, iops=1000, storage_throughput=500
        )


def test_multi_az_with_availability_zone(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="Requesting a specific availability zone is not valid for Multi-AZ"):
        rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc, multi_az=True, availability_zone="us-east-1a")


def test_parameters_and_parameter_group(stack: Stack, vpc: ec2.Vpc) -> None:
    group = rds.ParameterGroup(stack, "Pg", engine=_mysql())
    with pytest.raises(ValidationError, match="You cannot specify both parameterGroup and parameters"):
        rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc, parameter_group=group, parameters={"a": "b"})


def test_engine_lifecycle_support_only_mysql_and_postgres(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="'engineLifecycleSupport' can only be specified for RDS for MySQL and "
                       "RDS for PostgreSQL, got: 'mariadb'"):
        rds.DatabaseInstance(
            stack, "Db", engine=rds.DatabaseInstanceEngine.MARIADB, vpc=vpc,
            engine_lifecycle_support=rds.EngineLifecycleSupport.OPEN_SOURCE_RDS_EXTENDED_SUPPORT,
        )


def test_unversioned_engine_has_no_parameter_or_option_group(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="ParameterGroup cannot be used with an engine that doesn't specify a "
                       "version"):
        rds.ParameterGroup(stack, "Pg", engine=rds.DatabaseInstanceEngine.MYSQL)
    with pytest.raises(ValidationError, match="OptionGroup cannot be used with an engine that doesn't specify a "
                       "version"):
        rds.OptionGroup(stack, "Og", engine=rds.DatabaseInstanceEngine.MYSQL, configurations=[])


def test_option_port_needs_vpc(stack: Stack) -> None:
    engine = rds.DatabaseInstanceEngine.oracle_se2(version=rds.OracleEngineVersion.VER_19)
    with pytest.raises(ValidationError, match="`port` and `vpc` must be specified together."):
        rds.OptionGroup(stack, "Og", engine=engine, configurations=[rds.OptionConfiguration(name="OEM", port=1158)])


def test_timezone_only_sql_server(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="timezone property can not be configured for mysql"):
        rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc, timezone="UTC")


def test_s3_import_not_supported(stack: Stack, vpc: ec2.Vpc) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("rds.amazonaws.com"))
    with pytest.raises(ValidationError, match="Engine 'mysql-8.0.35' does not support S3 import"):
        rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc, s3_import_role=role)


def test_single_user_rotation_once(stack: Stack, vpc: ec2.Vpc) -> None:
    db = rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc)
    db.add_rotation_single_user()
    with pytest.raises(ValidationError, match="A single user rotation was already added to this instance."):
        db.add_rotation_single_user()


def test_no_rotation_with_managed_password(stack: Stack, vpc: ec2.Vpc) -> None:
    db = rds.DatabaseInstance(stack, "Db", engine=_mysql(), vpc=vpc, manage_master_user_password=True)
    with pytest.raises(ValidationError, match="Cannot add rotation when `manageMasterUserPassword` is enabled"):
        db.add_rotation_single_user()


def test_imported_instance_grant_connect_needs_resource_id(stack: Stack, vpc: ec2.Vpc) -> None:
    db = rds.DatabaseInstance.from_database_instance_attributes(
        stack, "Imp", instance_endpoint_address="a", instance_identifier="i", port=3306, security_groups=[]
    )
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    with pytest.raises(ValidationError, match="instanceResourceId is required to grantConnect") as err:
        db.grant_connect(role, "user")
    assert "S/Imp" in str(err.value)


def _aurora_mysql() -> rds.IClusterEngine:
    return rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0)


def test_cluster_needs_a_writer(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="writer must be provided"):
        rds.DatabaseCluster(stack, "C", engine=_aurora_mysql(), vpc=vpc)


def test_cluster_vpc_or_instance_props(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="Provide either vpc or instanceProps.vpc, but not both"):
        rds.DatabaseCluster(stack, "C", engine=_aurora_mysql(), writer=rds.ClusterInstance.serverless_v2("w"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"serverless_v2_max_capacity": 300}, "serverlessV2MaxCapacity must be >= 1 & <= 256"),
        ({"serverless_v2_min_capacity": -1}, "serverlessV2MinCapacity must be >= 0 & <= 256"),
        ({"serverless_v2_min_capacity": 4, "serverless_v2_max_capacity": 2},
         "serverlessV2MaxCapacity must be greater than serverlessV2MinCapacity"),
        ({"serverless_v2_max_capacity": 2.3},
         "serverlessV2MinCapacity & serverlessV2MaxCapacity must be in 0.5 step increments, received min: 0.5, "
         "max: 2.3"),
        ({"serverless_v2_auto_pause_duration": Duration.seconds(100)},
         "serverlessV2AutoPause must be between 300 seconds"),
        ({"monitoring_interval": Duration.seconds(7)},
         "'monitoringInterval' must be one of 0, 1, 5, 10, 15, 30, or 60 seconds, got: 7 seconds."),
        ({"enable_cluster_level_enhanced_monitoring": True},
         "`monitoringInterval` must be set when `enableClusterLevelEnhancedMonitoring` is true."),
    ],
)
def test_cluster_capacity_and_monitoring(stack: Stack, vpc: ec2.Vpc, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace(".", r"\.").replace("(", r"\(")) as err:
        rds.DatabaseCluster(
            stack, "C", engine=_aurora_mysql(), vpc=vpc, writer=rds.ClusterInstance.serverless_v2("w"), **kwargs
        )
    assert "S/C" in str(err.value)


def test_auto_pause_needs_a_supporting_version(stack: Stack, vpc: ec2.Vpc) -> None:
    engine = rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_07_1)
    with pytest.raises(ValidationError, match="serverlessV2 auto-pause feature is not supported by aurora-mysql "
                       "8.0.mysql_aurora.3.07.1."):
        rds.DatabaseCluster(
            stack, "C", engine=engine, vpc=vpc, writer=rds.ClusterInstance.serverless_v2("w"),
            serverless_v2_auto_pause_duration=Duration.minutes(10),
        )


def test_unsupported_log_types(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="Unsupported logs for the current engine type: postgresql"):
        rds.DatabaseCluster(
            stack, "C", engine=_aurora_mysql(), vpc=vpc, writer=rds.ClusterInstance.serverless_v2("w"),
            cloudwatch_logs_exports=["postgresql"],
        )


def test_imported_cluster_data_api_disabled(stack: Stack) -> None:
    cluster = rds.DatabaseCluster.from_database_cluster_attributes(stack, "Imp", cluster_identifier="c")
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    with pytest.raises(ValidationError, match="Cannot grant Data API access when the Data API is disabled"):
        cluster.grant_data_api_access(role)


def test_aurora_postgres_s3_import_needs_feature(stack: Stack, vpc: ec2.Vpc) -> None:
    engine = rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_10_4)
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("rds.amazonaws.com"))
    with pytest.raises(ValidationError, match="s3Import is not supported for Postgres version: 10.4."):
        rds.DatabaseCluster(
            stack, "C", engine=engine, vpc=vpc, writer=rds.ClusterInstance.serverless_v2("w"), s3_import_role=role
        )


def test_promotion_tier_range(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(ValidationError, match="promotionTier must be between 0-15"):
        rds.DatabaseCluster(
            stack, "C", engine=_aurora_mysql(), vpc=vpc, writer=rds.ClusterInstance.serverless_v2("w"),
            readers=[rds.ClusterInstance.provisioned("r", promotion_tier=16)],
        )


def test_wrong_types_are_type_errors(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(TypeError):
        rds.DatabaseInstance(stack, "Db", engine="mysql", vpc=vpc)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        rds.SubnetGroup(stack, "Sg", description=3, vpc=vpc)  # type: ignore[arg-type]


def test_version_constants_match_aws_cdk_lib_names() -> None:
    # spot checks of the generated table against aws-cdk-lib 2.275's constants
    assert rds.AuroraMysqlEngineVersion.VER_3_08_0.aurora_mysql_full_version == "8.0.mysql_aurora.3.08.0"
    assert rds.AuroraEngineVersion.VER_10_A.aurora_full_version == "5.6.10a"
    assert rds.PostgresEngineVersion.VER_16_4.postgres_major_version == "16"
    assert rds.SqlServerEngineVersion.VER_16.sql_server_full_version == "16.00"
    assert rds.DatabaseInstanceEngine.sql_server_ee(
        version=rds.SqlServerEngineVersion.VER_16
    ).parameter_group_family == "sqlserver-ee-16.0"
    assert rds.DatabaseInstanceEngine.oracle_se2(
        version=rds.OracleEngineVersion.VER_19
    ).parameter_group_family == "oracle-se2-19"


