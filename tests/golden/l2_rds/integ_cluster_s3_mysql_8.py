"""Port of aws-cdk's aws-rds integ.cluster-s3.mysql-8.ts: an Aurora MySQL 3.01.0 cluster whose import and export
bucket is the same S3 bucket (one S3 role per direction, cluster parameter group)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-s3-mysql-8-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
bucket = s3.Bucket(stack, "ImportExportBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_01_0),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    writer=rds.ClusterInstance.provisioned("Instance1", is_from_legacy_instance_props=True),
    vpc=vpc,
    s3_import_buckets=[bucket],
    s3_export_buckets=[bucket],
)
app.synth()
