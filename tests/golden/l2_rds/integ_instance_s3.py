"""Port of aws-cdk's aws-rds integ.instance-s3.ts: a SQL Server SE instance with S3 import and export buckets (one
role, the SQLSERVER_BACKUP_RESTORE option in a new option group); a full 14.00 version for the bare VER_14,
which cfn-lint rejects."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-s3-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
import_bucket = s3.Bucket(stack, "ImportBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
export_bucket = s3.Bucket(stack, "ExportBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
rds.DatabaseInstance(
    stack,
    "Database",
    engine=rds.DatabaseInstanceEngine.sql_server_se(version=rds.SqlServerEngineVersion.VER_14_00_3505_1_V1),
    vpc=vpc,
    license_model=rds.LicenseModel.LICENSE_INCLUDED,
    s3_import_buckets=[import_bucket],
    s3_export_buckets=[export_bucket],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
