"""Port of aws-cdk's aws-rds integ.instance-manage-master-password.ts: a MySQL instance whose master password RDS
manages, the secret encrypted with a key (the API-call assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-manage-master-password-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
kms_key = kms.Key(stack, "SecretsKey", description="KMS key for RDS secrets encryption")
rds.DatabaseInstance(
    stack,
    "DatabaseInstance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0_46),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    manage_master_user_password=True,
    credentials=rds.Credentials.from_username("testadmin", encryption_key=kms_key),
)
app.synth()
