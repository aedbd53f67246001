"""Port of aws-cdk's aws-rds integ.instance-sql-server-2022.ts: SQL Server Express 2022 instances on three recent
cumulative updates."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-sql-server-2022", termination_protection=False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
for construct_id, version in (
    ("SqlServer2022CU23", rds.SqlServerEngineVersion.VER_16_00_4236_2_V1),
    ("SqlServer2022CU22", rds.SqlServerEngineVersion.VER_16_00_4225_2_V1),
    ("SqlServer2022CU22GDR", rds.SqlServerEngineVersion.VER_16_00_4230_2_V1),
):
    rds.DatabaseInstance(
        stack,
        construct_id,
        engine=rds.DatabaseInstanceEngine.sql_server_ex(version=version),
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
        credentials=rds.Credentials.from_username("admin", exclude_characters='"@/\\'),
        vpc=vpc,
        license_model=rds.LicenseModel.LICENSE_INCLUDED,
        removal_policy=cdk.RemovalPolicy.DESTROY,
    )
app.synth()
