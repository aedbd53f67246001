"""DatabaseCluster: an Aurora MySQL cluster with a provisioned writer and readers (serverless v2 that scales with
the writer, a provisioned reader with parameters), serverless v2 capacity, I/O-optimized storage, backtrack,
backups, S3 import/export buckets, the Data API and its grant, cluster parameters, monitoring, insights, rotation,
grant_connect, metrics; an Aurora PostgreSQL serverless-v2-only cluster with managed master password; imports."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "RdsCluster")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
key = kms.Key(stack, "Key")
bucket = s3.Bucket(stack, "Bucket")
cluster = rds.DatabaseCluster(
    stack,
    "Mysql",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned(
        "writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
        publicly_accessible=False, ca_certificate=rds.CaCertificate.RDS_CA_RSA2048_G1,
    ),
    readers=[
        rds.ClusterInstance.serverless_v2("reader1", scale_with_writer=True),
        rds.ClusterInstance.provisioned(
            "reader2", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
            parameters={"max_connections": "100"},
        ),
    ],
    serverless_v2_min_capacity=0.5,
    serverless_v2_max_capacity=16,
    storage_type=rds.DBClusterStorageType.AURORA_IOPT1,
    backtrack_window=cdk.Duration.hours(12),
    backup=rds.BackupProps(retention=cdk.Duration.days(7), preferred_window="01:00-02:00"),
    s3_import_buckets=[bucket],
    s3_export_buckets=[bucket],
    enable_data_api=True,
    parameters={"time_zone": "UTC"},
    monitoring_interval=cdk.Duration.seconds(30),
    performance_insight_retention=rds.PerformanceInsightRetention.DEFAULT,
    storage_encryption_key=key,
    cloudwatch_logs_exports=["error", "slowquery"],
    iam_authentication=True,
    default_database_name="app",
    cluster_identifier="My-Cluster",
    credentials=rds.Credentials.from_generated_secret("clusteradmin"),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    preferred_maintenance_window="Sun:05:00-Sun:06:00",
    network_type=rds.NetworkType.IPV4,
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
cluster.grant_data_api_access(role)
cluster.grant_connect(role, "app_user")
cluster.connections.allow_default_port_from_any_ipv4("open")
cluster.add_rotation_single_user(automatically_after=cdk.Duration.days(7))
cdk.CfnOutput(stack, "Endpoint", value=cluster.cluster_endpoint.socket_address)
cdk.CfnOutput(stack, "ReadEndpoint", value=cluster.cluster_read_endpoint.hostname)
cdk.CfnOutput(stack, "Arn", value=cluster.cluster_arn)
cdk.CfnOutput(stack, "Instances", value=cdk.Fn.join(",", cluster.instance_identifiers))
cdk.CfnOutput(stack, "Acu", value=cluster.metric_acu_utilization().metric_name)
cdk.CfnOutput(stack, "VolumeReads", value=cluster.metric_volume_read_io_ps().metric_name)

pg = rds.DatabaseCluster(
    stack,
    "Postgres",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    writer=rds.ClusterInstance.serverless_v2("writer"),
    readers=[rds.ClusterInstance.serverless_v2("reader", scale_with_writer=True)],
    serverless_v2_min_capacity=0,
    serverless_v2_max_capacity=4,
    serverless_v2_auto_pause_duration=cdk.Duration.minutes(10),
    manage_master_user_password=True,
    credentials=rds.Credentials.from_username("pgadmin", encryption_key=key),
    enable_performance_insights=True,
    deletion_protection=False,
)
cdk.CfnOutput(stack, "PgSecret", value=pg.secret.secret_arn)

imported = rds.DatabaseCluster.from_database_cluster_attributes(
    stack, "Imported", cluster_identifier="imported-cluster", cluster_resource_identifier="cluster-ABC",
    cluster_endpoint_address="imp.example.com", port=3306, security_groups=[ec2.SecurityGroup(stack, "Sg", vpc=vpc)],
)
imported.grant_connect(role, "someone")
cdk.CfnOutput(stack, "ImportedEndpoint", value=imported.cluster_endpoint.socket_address)
app.synth()
