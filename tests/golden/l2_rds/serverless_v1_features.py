"""ServerlessCluster (Aurora Serverless v1) in a VPC: scaling options, Data API and grants, backups, a named
identifier, rotation (single and multi user), a cluster from a snapshot (no new password: cfn-lint wants MasterUsername with MasterUserPassword, which a
restore cannot set), imports."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "RdsServerlessV1")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
key = kms.Key(stack, "Key")
cluster = rds.ServerlessCluster(
    stack,
    "Cluster",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_13_9),
    vpc=vpc,
    scaling=rds.ServerlessScalingOptions(
        auto_pause=cdk.Duration.minutes(10),
        min_capacity=rds.AuroraCapacityUnit.ACU_2,
        max_capacity=rds.AuroraCapacityUnit.ACU_16,
        timeout=cdk.Duration.seconds(120),
        timeout_action=rds.TimeoutAction.FORCE_APPLY_CAPACITY_CHANGE,
    ),
    backup_retention=cdk.Duration.days(7),
    cluster_identifier="My-Serverless",
    default_database_name="app",
    storage_encryption_key=key,
    parameter_group=rds.ParameterGroup.from_parameter_group_name(stack, "Pg", "default.aurora-postgresql13"),
    removal_policy=cdk.RemovalPolicy.RETAIN,
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
cluster.grant_data_api_access(role)
cluster.add_rotation_single_user()
user = rds.DatabaseSecret(stack, "User", username="app", master_secret=cluster.secret)
cluster.add_rotation_multi_user("AppUser", secret=user)
cdk.CfnOutput(stack, "Endpoint", value=cluster.cluster_endpoint.socket_address)
cdk.CfnOutput(stack, "Arn", value=cluster.cluster_arn)

restored = rds.ServerlessClusterFromSnapshot(
    stack,
    "Restored",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_2_11_4),
    snapshot_identifier="my-snapshot",
    vpc=vpc,
    scaling=rds.ServerlessScalingOptions(auto_pause=cdk.Duration.minutes(0)),
    enable_data_api=True,
)
cdk.CfnOutput(stack, "RestoredEndpoint", value=restored.cluster_endpoint.hostname)

imported = rds.ServerlessCluster.from_serverless_cluster_attributes(
    stack, "Imported", cluster_identifier="imported", cluster_endpoint_address="imp.example.com", port=5432,
)
imported.grant_data_api_access(role)
app.synth()
