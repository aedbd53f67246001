"""Port of aws-cdk's aws-rds integ.instance-create-grant.ts: an unencrypted PostgreSQL instance with a generated
secret whose ``grant_connect`` goes to an account-assumed role (``storageEncryptedLegacyDefaultValue`` is newer than
2.275)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ-instance-create-grant")
vpc = ec2.Vpc(stack, "VPC")
instance = rds.DatabaseInstance(
    stack,
    "Instance",
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_14),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    credentials=rds.Credentials.from_generated_secret("dbuser"),
    multi_az=False,
    deletion_protection=False,
    publicly_accessible=False,
    backup_retention=cdk.Duration.days(0),
    storage_encrypted=False,
)
role = iam.Role(stack, "DBRole", assumed_by=iam.AccountPrincipal(stack.account))
instance.grant_connect(role)
app.synth()
