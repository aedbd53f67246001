"""Port of aws-cdk's aws-rds integ.cluster-s3.ts: a legacy-API Aurora MySQL cluster in public subnets with a
storage key and S3 import and export buckets (two roles, cluster parameters), open to the world; Aurora MySQL
5.7 for the retired ``aurora`` (MySQL 5.6) engine, which cfn-lint rejects."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-s3-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
kms_key = kms.Key(stack, "DbSecurity")
import_bucket = s3.Bucket(stack, "ImportBucket")
export_bucket = s3.Bucket(stack, "ExportBucket")
cluster = rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_2_11_4),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    instance_props=rds.InstanceProps(
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        vpc=vpc,
    ),
    storage_encryption_key=kms_key,
    s3_import_buckets=[import_bucket],
    s3_export_buckets=[export_bucket],
)
cluster.connections.allow_default_port_from_any_ipv4("Open to the world")
app.synth()
