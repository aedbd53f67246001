"""DatabaseInstance: defaults (MySQL, generated secret, subnet and security groups, SNAPSHOT), then a PostgreSQL
instance with every storage, backup, monitoring, insights, logs and network option, parameters, an
option group, S3 import/export buckets, IAM auth and grant_connect, rotation, metrics, events and imports."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "RdsInstance")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
rds.DatabaseInstance(stack, "Default", engine=rds.DatabaseInstanceEngine.MYSQL, vpc=vpc)

key = kms.Key(stack, "Key")
bucket = s3.Bucket(stack, "Bucket")
pg = rds.DatabaseInstance(
    stack,
    "Postgres",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_4),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM),
    credentials=rds.Credentials.from_generated_secret("pgadmin", exclude_characters="\"@/"),
    storage_type=rds.StorageType.GP3,
    iops=4000,
    storage_throughput=500,
    allocated_storage=200,
    max_allocated_storage=400,
    multi_az=True,
    backup_retention=cdk.Duration.days(7),
    preferred_backup_window="03:00-04:00",
    preferred_maintenance_window="Sun:05:00-Sun:06:00",
    monitoring_interval=cdk.Duration.seconds(60),
    performance_insight_retention=rds.PerformanceInsightRetention.MONTHS_1,
    performance_insight_encryption_key=key,
    cloudwatch_logs_exports=["postgresql", "upgrade"],
    storage_encryption_key=key,
    deletion_protection=False,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    iam_authentication=True,
    parameters={"max_connections": "200"},
    database_name="app",
    port=5433,
    ca_certificate=rds.CaCertificate.RDS_CA_RSA2048_G1,
    network_type=rds.NetworkType.IPV4,
    auto_minor_version_upgrade=False,
    copy_tags_to_snapshot=False,
    s3_import_buckets=[bucket],
    s3_export_buckets=[bucket],
    engine_lifecycle_support=rds.EngineLifecycleSupport.OPEN_SOURCE_RDS_EXTENDED_SUPPORT_DISABLED,
    instance_identifier="My-Postgres",
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
pg.grant_connect(role)
pg.grant_connect(role, "reader")
pg.connections.allow_default_port_from_any_ipv4("open")
pg.add_rotation_single_user(automatically_after=cdk.Duration.days(15))
user = rds.DatabaseSecret(stack, "UserSecret", username="app_user", master_secret=pg.secret)
pg.add_rotation_multi_user("AppUser", secret=user)
pg.on_event("Events")
cdk.CfnOutput(stack, "Cpu", value=pg.metric_cpu_utilization().metric_name)
cdk.CfnOutput(stack, "Address", value=pg.instance_endpoint.socket_address)
cdk.CfnOutput(stack, "Arn", value=pg.instance_arn)
cdk.CfnOutput(stack, "Port", value=pg.db_instance_endpoint_port)

sg = ec2.SecurityGroup(stack, "ImportedSg", vpc=vpc)
imported = rds.DatabaseInstance.from_database_instance_attributes(
    stack, "Imported", instance_endpoint_address="db.example.com", instance_identifier="imported-db", port=3306,
    security_groups=[sg], instance_resource_id="db-ABC",
)
imported.grant_connect(role, "someone")
cdk.CfnOutput(stack, "ImportedArn", value=imported.instance_arn)
cdk.CfnOutput(stack, "ImportedSocket", value=imported.instance_endpoint.socket_address)
app.synth()
